package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// tokKind is the sort of a token of attribution text.
type tokKind uint8

const (
	tkWord  tokKind = iota // a word, with its inner hyphens, apostrophes and dots
	tkPunct                // one punctuation rune
	tkDash                 // a dash standing between words
	tkMark                 // a quote mark
)

// token is a word or a punctuation rune of a paragraph, by byte offsets.
type token struct {
	start, end int
	kind       tokKind
	r          rune    // the first rune
	cls        classes // a word's classes: the sets of the lexicon it is in
}

// isSpace reports whether r separates words.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || '\t' <= r && r <= '\r'
	case r < 0x2000:
		return r == 0x85 || r == 0xA0 || r == 0x1680
	case r <= 0x200B:
		return true // the spaces of general punctuation and the zero-width space
	}
	return r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// isDash reports whether r is a dash that sets off speech or an author's words.
func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '―' || r == '‒'
}

// isSentenceEnd reports whether r ends a sentence.
func isSentenceEnd(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isUpperStart reports whether s begins with an upper-case letter.
func isUpperStart(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := textutil.DecodeRune(s)
	if 0x400 <= r && r <= 0x4FF {
		l, _ := lower2(r)
		return l != r // a Cyrillic capital is the letter lower2 lowers
	}
	return unicode.IsUpper(r)
}

// skipSpace returns the first index at or after i that is not a space.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, w := textutil.DecodeRune(s[i:])
		if !isSpace(r) {
			break
		}
		i += w
	}
	return i
}

// trimSpan narrows s[start:end] to exclude surrounding spaces.
func trimSpan(s string, start, end int) (int, int) {
	start = skipSpace(s, start)
	for end > start {
		r, w := textutil.DecodeLastRune(s[start:end])
		if !isSpace(r) {
			break
		}
		end -= w
	}
	return start, end
}

// wordEnd returns the end of the word that starts at i. Hyphens,
// apostrophes and dots belong to a word when a letter follows them;
// a dot after an abbreviation or an initial ends the word.
func wordEnd(s string, i int) int {
	start := i
	for i < len(s) {
		if c := s[i]; isASCIIWordByte(c) {
			i++
			continue
		} else if c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
			break // no other ASCII byte goes on a word
		}
		if c := s[i]; 0xD0 <= c && c <= 0xD3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && !(c == 0xD2 && s[i+1] == 0x82) {
			i += 2 // a Cyrillic letter, U+0400 to U+04FF, but the thousands sign U+0482
			continue
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = textutil.DecodeRune(s[i:])
		}
		if textutil.IsWordRune(r) {
			i += w
			continue
		}
		if (r == '-' || r == '\'' || r == '’' || r == '.' || r == '‐') && i > start && textutil.IsWordRune(textutil.RuneAt(s, i+w)) {
			i += w
			continue
		}
		if r == '.' && (isAbbrev(s[start:i]) || textutil.RuneAt(s, i+w) == ',') {
			i += w // Mr., and a dot no sentence ends on: R-Pa., said
		}
		break
	}
	return i
}

// isAbbrev reports whether w, written before a dot, is an initial or a
// title abbreviation whose dot does not end a sentence.
func isAbbrev(w string) bool {
	if n := utf8.RuneCountInString(w); n == 1 {
		return isUpperStart(w)
	}
	ws := lexicon().abbrev
	return ws.mayHave(w) && ws.m[w]
}

// tokenize splits s[from:to] into at most max tokens, appended to toks,
// and stops after the stops-th token that ends a clause when stops > 0.
func tokenize(toks []token, s string, from, to, max, stops int) []token {
	max += len(toks)
	i := from
	for n := len(toks); i < to && len(toks) < max; n = len(toks) {
		if stops > 0 && n > 0 && isClauseStop(toks[n-1]) {
			if stops--; stops == 0 {
				break
			}
		}
		for i < to && len(toks) == n {
			i = nextToken(&toks, s, from, i, to, nil)
		}
	}
	return toks
}

// isASCIIWordByte reports whether c is an ASCII letter or digit, which
// textutil.IsWordRune reports for the ASCII runes.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// nextToken reads the rune or word at s[i:to], appending a token to
// *toks unless it is a space, and returns the index after it. Words'
// classes are looked up through wc.
func nextToken(toks *[]token, s string, from, i, to int, wc *wordCache) int {
	switch c := s[i]; {
	case c == ' ':
		return i + 1
	case isASCIIWordByte(c):
		return appendWord(toks, s, i, to, rune(c), wc)
	}
	r, w := textutil.DecodeRune(s[i:to])
	t := token{start: i, end: i + w, kind: tkPunct, r: r}
	if m, mw, _ := markAt(s[:to], i); mw == 2 {
		r, t = m, token{start: i, end: i + mw, kind: tkMark, r: m}
	}
	switch {
	case t.kind == tkMark:
	case isSpace(r):
		return i + w
	case textutil.IsWordRune(r):
		return appendWord(toks, s, i, to, r, wc)
	case isDash(r) || (r == '-' && (i == from || isSpace(textutil.RuneBefore(s, i))) && isSpace(textutil.RuneAt(s, i+w))):
		t.kind = tkDash
	case isMarkRune(r):
		if n := len(*toks); (r == '’' || r == '\'') && n > 0 && (*toks)[n-1].end == i && (*toks)[n-1].kind == tkWord {
			// A plural possessive: the ministers’ meeting.
			prev := &(*toks)[n-1]
			prev.end, prev.cls = i+w, classesOf(s[prev.start:i+w])
			return i + w
		}
		t.kind = tkMark
	}
	*toks = append(*toks, t)
	return t.end
}

// appendWord appends to *toks the word that starts at s[i] with the rune
// r and ends by to at the latest, and returns its end.
func appendWord(toks *[]token, s string, i, to int, r rune, wc *wordCache) int {
	end := min(wordEnd(s[:to], i), to)
	*toks = append(*toks, token{start: i, end: end, kind: tkWord, r: r, cls: wc.classes(s[i:end])})
	return end
}

// endsIn reports whether w ends with one of ends.
func endsIn(w string, ends ...string) bool {
	for _, end := range ends {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// firstCyrillic is the first rune of the Cyrillic script.
const firstCyrillic = '\u0400'

// hasCyrillic reports whether s contains a Cyrillic letter.
func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= firstCyrillic && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// countWords returns the number of words in s.
func countWords(s string) int {
	return countWordsTo(s, len(s))
}

// moreWordsThan reports whether s holds more than n words, as countWords
// counts them, reading only as far as it must.
func moreWordsThan(s string, n int) bool {
	return countWordsTo(s, n+1) > n
}

// countWordsTo counts the words of s as countWords does, up to most.
func countWordsTo(s string, most int) int {
	n := 0
	in := false
	for _, r := range s {
		w := textutil.IsWordRune(r)
		if w && !in {
			if n++; n == most {
				return n
			}
		}
		in = w || (in && (r == '-' || r == '’' || r == '\''))
	}
	return n
}
