package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// isMarkRune reports whether r is a quotation mark this package reads.
func isMarkRune(r rune) bool {
	switch r {
	case '"', '«', '»', '‹', '›', '“', '”', '„', '‟', '‘', '’', '‚':
		return true
	}
	return false
}

// markAt returns the quotation mark that starts at s[i] and its width in
// bytes: a rune isMarkRune reports, or one of the ASCII pairs of the
// plain-text habit of wire and newspaper archives, two apostrophes and
// two grave accents, read as a straight double mark ("), the grave pair
// always opening. An apostrophe alone is never a mark. r is -1 when no
// mark starts at s[i].
func markAt(s string, i int) (r rune, w int, opening bool) {
	if i >= len(s) {
		return -1, 0, false
	}
	switch c := s[i]; {
	case c == '\'' || c == '`':
		if i+1 < len(s) && s[i+1] == c {
			return '"', 2, c == '`'
		}
		return -1, 0, false
	case c < utf8.RuneSelf && c != '"':
		return -1, 0, false
	}
	r, w = textutil.DecodeRune(s[i:])
	if !isMarkRune(r) {
		return -1, 0, false
	}
	return r, w, false
}

// isMarkAt reports whether a quotation mark starts at s[i].
func isMarkAt(s string, i int) bool {
	r, _, _ := markAt(s, i)
	return r >= 0
}

// closersOf returns the marks that may close a quotation opened by r. A
// straight double mark and the curly ones close each other, as in text
// edited in both habits: "Q,” she said.
func closersOf(r rune) string {
	switch r {
	case '«':
		return "»"
	case '‹':
		return "›"
	case '„':
		return "“”"
	case '‚':
		return "‘’"
	case '“', '‟':
		return "”“\""
	case '‘':
		return "’"
	case '”':
		return "”"
	}
	return `"”` // a straight mark closed by a curly one: text edited in two habits
}

// closes reports whether the mark r may close a quotation opened by opener.
func closes(opener, r rune) bool {
	return strings.ContainsRune(closersOf(opener), r)
}

// markContext tells how the text around a mark at s[i:i+w] reads: whether
// the mark stands where a quotation opens (after a space, before a word) and
// where one closes (after a word, before a space or punctuation).
type markContext struct {
	opener, closer bool
	inWord         bool // letters on both sides
}

// contextAt returns the context of the mark at s[i:i+w].
func contextAt(s string, i, w int) markContext {
	p, n := textutil.RuneBefore(s, i), textutil.RuneAt(s, i+w)
	pWord, nWord := textutil.IsWordRune(p), textutil.IsWordRune(n)
	openBefore := p < 0 || isSpace(p) || isDash(p) || isMarkRune(p) || strings.ContainsRune("([{:/", p)
	return markContext{
		opener: openBefore && n >= 0 && !isSpace(n),
		closer: p >= 0 && !isSpace(p) && !nWord,
		inWord: pWord && nWord && !isCJK(p),
	}
}

// isCJK reports whether r is a letter of Chinese, Japanese or Korean,
// which write no apostrophes: a mark after one closes a quotation that a
// particle follows (‘…간직’하는).
func isCJK(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// pureOpener reports an opener context that is not also a closer one.
func (c markContext) pureOpener() bool { return c.opener && !c.closer }

// pureCloser reports a closer context that is not also an opener one.
func (c markContext) pureCloser() bool { return c.closer && !c.opener }
