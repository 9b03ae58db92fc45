package names

import (
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// wordEnd returns the end of the word that starts at byte i, as the
// tokenizer read it before it read words in one pass.
func wordEnd(p string, i int) int {
	j := i
	for j < len(p) {
		if c := p[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++
			continue
		}
		r, n := rune(p[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[j:])
		}
		if textutil.IsWordRune(r) {
			j += n
			continue
		}
		if joinerAt(p, j, r, n) {
			j += n
			continue
		}
		break
	}
	return j
}

// TestReadWord checks that readWord ends, cases and folds a word as
// wordEnd, caseOf and fold do.
func TestReadWord(t *testing.T) {
	for _, p := range []string{
		"Hello world", "O'Brien's dog", "Secretary-General said", "Самрук-Казына", "ЁЛКА ёлка",
		"Tokayev’s speech", "rock’n’roll", "NATO-led", "X", "É", "İstanbul", "ǅemal", "Abc\xffdef",
		"1990s", "Ж.", "BBC’s", "McDonald", "ÀÉÎ", "Ωmega", "ﬁne", "a\u0301b", "Ÿ-Ÿ",
	} {
		for i := 0; i < len(p); {
			r, n := utf8.DecodeRuneInString(p[i:])
			if !textutil.IsWordRune(r) {
				i += n
				continue
			}
			end, caps, folded := readWord(p, i, nil)
			if want := wordEnd(p, i); end != want {
				t.Errorf("%q at %d: end %d, want %d", p, i, end, want)
			} else if caps != caseOf(p[i:end]) || string(folded) != fold(p[i:end]) {
				t.Errorf("%q at %d: case %d, folded %q; want %d, %q", p, i, caps, folded, caseOf(p[i:end]), fold(p[i:end]))
			}
			i = max(end, i+n)
		}
	}
}
