package country

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// token is one word (a maximal run of letters, digits and marks) or one
// other non-space character of a text.
type token struct {
	start, end int   // bytes in the text
	key        int   // start of the folded form in the key buffer; it ends at the next token's key
	space      uint8 // whitespace before the token: spaceNone, spaceBlank or spaceLine
	kind       uint8 // kindWord, kindPunct
	caps       uint8 // for words: capsLower, capsTitle or capsUpper
}

const (
	spaceNone = iota
	spaceBlank
	spaceLine
)

const (
	kindWord = iota
	kindPunct
)

// Letter case of a word as written: capsTitle when the first letter is a
// capital, capsUpper when every letter is (and there are two or more).
const (
	capsLower = iota
	capsTitle
	capsUpper
)

// tokens is a short text tokenized whole, with the folded forms of its
// tokens: the phrases of the table are read this way. Find reads a text
// token by token instead (see window).
type tokens struct {
	list []token
	keys []byte
}

// keyOf returns the folded form of token i.
func (t *tokens) keyOf(i int) []byte {
	end := len(t.keys)
	if i+1 < len(t.list) {
		end = t.list[i+1].key
	}
	return t.keys[t.list[i].key:end]
}

// appendKey appends to key the folded form of tokens [a, b): their keys,
// with one space where the text has any whitespace, as in the table.
func (t *tokens) appendKey(key []byte, a, b int) []byte {
	for k := a; k < b; k++ {
		if k > a && t.list[k].space != spaceNone {
			key = append(key, ' ')
		}
		key = append(key, t.keyOf(k)...)
	}
	return key
}

// tokenize splits text into tokens, reusing the memory of t.
func tokenize(text string, t *tokens) {
	t.list = t.list[:0]
	t.keys = t.keys[:0]
	for i := 0; ; {
		tok, next, ok := nextToken(text, i)
		if !ok {
			return
		}
		tok.key = len(t.keys)
		t.keys = appendFoldedString(t.keys, text[tok.start:tok.end])
		t.list = append(t.list, tok)
		i = next
	}
}

// nextToken reads the token that starts at or after byte i of text, with
// the whitespace before it, and returns it and the offset after it; ok is
// false when only whitespace is left. Invalid UTF-8 bytes are punctuation
// tokens of one byte. The key of the token is not set.
func nextToken(text string, i int) (tok token, next int, ok bool) {
	space := uint8(spaceNone)
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				space = spaceLine
			} else if space == spaceNone {
				space = spaceBlank
			}
			i += size
			continue
		}
		tok = token{start: i, space: space, kind: kindPunct}
		if !textutil.IsWordRune(r) {
			tok.end = i + size
			return tok, tok.end, true
		}
		tok.kind = kindWord
		letters, upper := 0, 0
	word:
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z':
					letters++
				case 'A' <= c && c <= 'Z':
					if letters == 0 {
						tok.caps = capsTitle
					}
					letters++
					upper++
				case '0' <= c && c <= '9':
				default:
					break word
				}
				i++
				continue
			}
			r, size = utf8.DecodeRuneInString(text[i:])
			if !textutil.IsWordRune(r) {
				break
			}
			if isLetter(r) {
				isUp := isUpper(r)
				if letters == 0 && isUp {
					tok.caps = capsTitle
				}
				letters++
				if isUp {
					upper++
				}
			}
			i += size
		}
		if letters >= 2 && upper == letters {
			tok.caps = capsUpper
		}
		tok.end = i
		return tok, i, true
	}
	return token{}, i, false
}

// isLetter is unicode.IsLetter with fast paths for ASCII, Latin-1 and
// basic Cyrillic.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0xC0 <= r && r <= 0xFF:
		return r != 0xD7 && r != 0xF7
	case 0x400 <= r && r <= 0x45F:
		return true
	}
	return unicode.IsLetter(r)
}

// isUpper reports whether r is a capital (or title-case) letter, with the
// same fast paths as isLetter.
func isUpper(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case 0xC0 <= r && r <= 0xFF:
		return r < 0xDF && r != 0xD7
	case 0x400 <= r && r <= 0x45F:
		return r < 0x430
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsSpace(r)
}
