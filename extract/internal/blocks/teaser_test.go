package blocks

import "testing"

// TestRepeats checks when a description repeats a paragraph, with
// near-misses.
func TestRepeats(t *testing.T) {
	const p = "Hamburg. In Hamburg steht der Hafen still, und Tausende warten auf Nachricht."
	tests := []struct {
		desc, p string
		want    bool
	}{
		{"In Hamburg steht der Hafen still, und Tausende warten auf Nachricht.", p, true},
		{CleanDescription("In Hamburg steht der Hafen still, und Tausende warten auf Nachr…"), p, true},
		{"Stromausfall", "Stromausfall", false},
		{"In Hamburg steht der Hafen still", p + " " + p + " " + p, false},
		{"Die Feuerwehr ist mit vielen Kräften vor Ort.", p, false},
	}
	for _, tt := range tests {
		if got := Repeats(tt.desc, tt.p); got != tt.want {
			t.Errorf("Repeats(%q, %q) = %v, want %v", tt.desc, tt.p, got, tt.want)
		}
	}
}
