package docref

import (
	"strings"
	"testing"
)

// TestLowerIs checks lowerIs against strings.ToLower, on the words it is
// used for written in every case and with look-alike letters.
func TestLowerIs(t *testing.T) {
	words := []string{"may", "march", "april", "monday", "friday", "sunday", "december"}
	for _, w := range words {
		for _, in := range []string{
			w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[1:],
			strings.ReplaceAll(w, "s", "ſ"), strings.ReplaceAll(strings.ToUpper(w), "K", "\u212a"),
			strings.ReplaceAll(strings.ToUpper(w), "I", "İ"), w + "\xff", "\xff" + w, "",
		} {
			for _, x := range words {
				if got, want := lowerIs(in, x), strings.ToLower(in) == x; got != want {
					t.Errorf("lowerIs(%q, %q) = %v, want %v", in, x, got, want)
				}
			}
		}
	}
}
