package extract

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// cleanTitle returns a title candidate without the characters that print
// nothing (soft hyphens, zero-width spaces and joiners, byte-order marks)
// and with the character references that markup left in it ("&#8217;",
// "&quot;") decoded.
func cleanTitle(t string) string {
	return textutil.CleanSpace(dropInvisible(unescapeRefs(t)))
}

// unescapeRefs decodes the character references in t.
func unescapeRefs(t string) string {
	if strings.IndexByte(t, '&') >= 0 && strings.IndexByte(t, ';') >= 0 {
		return html.UnescapeString(t)
	}
	return t
}

// dropInvisible removes the characters of t that print nothing.
func dropInvisible(t string) string {
	if !strings.ContainsFunc(t, isInvisible) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, t)
}

// isInvisible reports whether r prints nothing inside a word.
func isInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// minTailRunes is how long the part a headline shares with another title
// is at least for the rest to be told a kicker.
const minTailRunes = 20

// sharedTail returns the end that the headline h shares with one of the
// candidates when what stands before it in each differs: a kicker glued on
// before the headline proper ("Eskalation im Nahen Osten «…»" beside
// "Iranischer Angriff auf Israel: «…»"), or a candidate that is the
// headline without its kicker. It returns "" when there is none. The part
// begins a word in both and makes up most of the headline.
func sharedTail(h string, cands []string) string {
	for _, c := range cands {
		if c == "" {
			continue
		}
		c = blocks.SplitTitle(c)[0]
		n := commonSuffix(h, c)
		tail := strings.TrimSpace(h[len(h)-n:])
		if utf8.RuneCountInString(tail) < minTailRunes || 2*len(tail) < len(h) || tail == h {
			continue
		}
		if startsWord(h, len(h)-len(tail)) && startsWord(c, len(c)-len(tail)) && kickerBefore(c, len(c)-len(tail)) {
			return tail
		}
	}
	return ""
}

// commonSuffix returns the length in bytes of the longest common suffix
// of a and b that ends on whole runes.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	for n > 0 && !utf8.RuneStart(a[len(a)-n]) {
		n--
	}
	return n
}

// startsWord reports whether i begins a word of s: at its start or after
// a space.
func startsWord(s string, i int) bool {
	return i == 0 || s[i-1] == ' '
}

// kickerBefore reports whether what stands before i in c is empty or a
// kicker set off from the headline by a colon or a dash.
func kickerBefore(c string, i int) bool {
	k := strings.TrimSpace(c[:i])
	if k == "" {
		return true
	}
	return strings.HasSuffix(k, ":") || strings.HasSuffix(k, " -") || strings.HasSuffix(k, " –") || strings.HasSuffix(k, " —")
}
