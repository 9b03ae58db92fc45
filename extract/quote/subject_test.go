package quote

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// sentenceStartByRunes is sentenceStart as it reads s backwards rune by
// rune, which lastSentenceEnd's reading of bytes must agree with.
func sentenceStartByRunes(s string, lo, open int) (int, bool) {
	limit := max(lo, open-maxBack)
	for i := open; i > limit; {
		r, w := utf8.DecodeLastRuneInString(s[limit:i])
		p := i - w
		if isSentenceEnd(r) && (i == open || isSpace(textutil.RuneAt(s, i)) || isMarkAt(s, i)) && !(r == '.' && abbrevBefore(s, p)) {
			return i, true
		}
		i = p
	}
	if limit == lo {
		return lo, true
	}
	for limit < open {
		r, w := utf8.DecodeRuneInString(s[limit:])
		limit += w
		if isSpace(r) {
			break
		}
	}
	return limit, false
}

// sentenceStart finds the sentence ends that reading s rune by rune
// finds, in text with abbreviations, ellipses, marks and broken UTF-8.
func TestSentenceStartAgrees(t *testing.T) {
	parts := []string{"a", "Mr", ".", " ", "!", "?", "…", "\xe2\x80", "\xa6", "\x80", "\xe2", "”", "“", "No", " 5", "é", "сказал", "\n", "U.S", "Dr", ",", "—"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		open := rng.IntN(len(s) + 1)
		lo := rng.IntN(open + 1)
		if rng.IntN(2) == 0 {
			lo = 0
		}
		gs, gr := sentenceStart(s, lo, open)
		ws, wr := sentenceStartByRunes(s, lo, open)
		if gs != ws || gr != wr {
			t.Fatalf("sentenceStart(%q, %d, %d) = %d, %v; reading runes gives %d, %v", s, lo, open, gs, gr, ws, wr)
		}
	}
}
