package quote

import (
	"testing"
	"unicode"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// isSpace, with its fast path for ASCII, agrees with unicode.IsSpace and
// takes the zero-width space for one too.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r) || r == '\u200b'; got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// No rune before firstCyrillic is of the Cyrillic script, so that
// hasCyrillic may pass over them.
func TestFirstCyrillic(t *testing.T) {
	if lo := rune(unicode.Cyrillic.R16[0].Lo); lo < firstCyrillic {
		t.Errorf("the Cyrillic script starts at %U, before firstCyrillic %U", lo, firstCyrillic)
	}
}

// Every dash isDash tells is written with 0xE2 as its first byte, which
// findInsertion looks for.
func TestDashesLeadE2(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isDash(r) && string(r)[0] != 0xE2 {
			t.Errorf("the dash %U starts with %#x", r, string(r)[0])
		}
	}
}

// moreWordsThan agrees with counting every word.
func TestMoreWordsThan(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "Kazakhstan’s course is unchanged.", "— Мы готовы, — сказал посол.", "well-known x", "a - b", "«Қазақстан» деп"} {
		for n := 0; n <= countWords(s)+1; n++ {
			if got, want := moreWordsThan(s, n), countWords(s) > n; got != want {
				t.Errorf("moreWordsThan(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// wordEnd takes every rune from U+0400 to U+04FF for a letter of a word
// without decoding it, but the thousands sign: IsWordRune must agree.
func TestCyrillicWordRunes(t *testing.T) {
	for r := rune(0x400); r <= 0x4FF; r++ {
		if textutil.IsWordRune(r) != (r != 0x482) {
			t.Errorf("IsWordRune(%U) = %v", r, textutil.IsWordRune(r))
		}
		if w := "а" + string(r) + "б"; (wordEnd(w, 0) == len(w)) != (r != 0x482) {
			t.Errorf("wordEnd(%q) = %d", w, wordEnd(w, 0))
		}
	}
}

// isUpperStart tells the Cyrillic capitals as unicode.IsUpper does.
func TestCyrillicCapitals(t *testing.T) {
	for r := rune(0x400); r <= 0x4FF; r++ {
		if got, want := isUpperStart(string(r)), unicode.IsUpper(r); got != want {
			t.Errorf("isUpperStart(%q) = %v, want %v", r, got, want)
		}
	}
}
