package quote

import (
	"strings"
	"testing"
)

// No pronoun or possessive a speaker may be holds a space, so that
// resolving passes over a speaker of several words without looking it up.
func TestPronounsOneWord(t *testing.T) {
	lx := lexicon()
	for _, m := range []map[string]byte{lx.pronoun, lx.possessive} {
		for w := range m {
			if strings.Contains(w, " ") {
				t.Errorf("%q holds a space", w)
			}
		}
	}
}
