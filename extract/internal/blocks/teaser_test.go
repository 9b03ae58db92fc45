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

// TestBegins checks when a description cut short begins a paragraph, with
// near-misses.
func TestBegins(t *testing.T) {
	const p = "In Hamburg steht der Hafen still. Tausende Container warten an den Terminals auf ihre Schiffe, und die Reedereien leiten um."
	tests := []struct {
		desc, p string
		want    bool
	}{
		{"In Hamburg steht der Hafen still. Tausende Container warten an den...", p, true},
		{"In Hamburg steht der Hafen still. Tausende Container warten an d…", p, true},
		{"In Hamburg steht der Hafen still. Tausende Container warten", "In Hamburg steht der Hafen still. Tausende Container warten", false},
		{"In Hamburg steht der Hafen…", p, false},
		{"In Bremen steht der Hafen still. Tausende Container warten an den...", p, false},
	}
	for _, tt := range tests {
		if got := NewTeaser(CleanDescription(tt.desc)).Begins(tt.p); got != tt.want {
			t.Errorf("Begins(%q, %q) = %v, want %v", tt.desc, tt.p, got, tt.want)
		}
	}
	for d, want := range map[string]bool{"Der Hafen steht still…": true, "Der Hafen steht still... ": true, "Der Hafen steht still.": false, "": false} {
		if got := IsCut(d); got != want {
			t.Errorf("IsCut(%q) = %v, want %v", d, got, want)
		}
	}
}
