package blocks

import "testing"

// TestRepeats checks when a description repeats a paragraph, with
// near-misses.
func TestRepeats(t *testing.T) {
	const p = "Berlin. In Berlin brennen zwei Strommasten, und Zehntausende sind ohne Energie."
	tests := []struct {
		desc, p string
		want    bool
	}{
		{"In Berlin brennen zwei Strommasten, und Zehntausende sind ohne Energie.", p, true},
		{CleanDescription("In Berlin brennen zwei Strommasten, und Zehntausende sind ohne Ener…"), p, true},
		{"Stromausfall", "Stromausfall", false},
		{"In Berlin brennen zwei Strommasten", p + " " + p + " " + p, false},
		{"Die Feuerwehr ist mit vielen Kräften vor Ort.", p, false},
	}
	for _, tt := range tests {
		if got := Repeats(tt.desc, tt.p); got != tt.want {
			t.Errorf("Repeats(%q, %q) = %v, want %v", tt.desc, tt.p, got, tt.want)
		}
	}
}
