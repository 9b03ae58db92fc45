package dates

import (
	"unicode"
	"unicode/utf8"
)

// tokKind tells what a token is.
type tokKind uint8

const (
	tokNum   tokKind = iota + 1 // a run of ASCII digits
	tokWord                     // a run of letters
	tokPunct                    // any other single rune that is not a space
)

// token is a piece of the input: a number, a word or one punctuation rune.
// Spaces separate tokens and are not tokens themselves.
type token struct {
	kind       tokKind
	start, end int  // byte offsets in the input
	digits     int  // number of digits, for tokNum
	val        int  // value of a tokNum (capped), or the rune of a tokPunct
	r          rune // first rune of a tokWord
	info       wordInfo
}

// maxNum caps the value of long digit runs so that it never overflows.
const maxNum = 1 << 40

// tokenize splits s into tokens. It never fails: invalid UTF-8 bytes
// become punctuation tokens.
func tokenize(s string, toks []token) []token {
	if want := len(s)/5 + 8; cap(toks) < want {
		toks = make([]token, 0, want)
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v < maxNum {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{kind: tokNum, start: i, end: j, digits: j - i, val: v})
			i = j
		case c < utf8.RuneSelf:
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			case isASCIILetter(c):
				j, n := i+1, 1
				for j < len(s) && isLetterAt(s, j) {
					_, w := utf8.DecodeRuneInString(s[j:])
					j += w
					n++
				}
				toks = appendWord(toks, s, token{kind: tokWord, start: i, end: j, r: rune(c)}, n)
				i = j
				continue
			default:
				toks = append(toks, token{kind: tokPunct, start: i, end: i + 1, val: int(c)})
			}
			i++
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				i += w
			case unicode.IsLetter(r):
				j, n := i+w, 1
				for j < len(s) && isLetterAt(s, j) {
					_, w2 := utf8.DecodeRuneInString(s[j:])
					j += w2
					n++
				}
				toks = appendWord(toks, s, token{kind: tokWord, start: i, end: j, r: r}, n)
				i = j
			default:
				toks = append(toks, token{kind: tokPunct, start: i, end: i + w, val: int(r)})
				i += w
			}
		}
	}
	return toks
}

// appendWord appends the word token t, n runes long, with what the
// lexicon knows of it.
func appendWord(toks []token, s string, t token, n int) []token {
	t.info = lookup(s, t, n)
	return append(toks, t)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isLetterAt reports whether s has a letter (or a combining mark, which
// belongs to the letter before it) at byte offset i.
func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// runeBefore returns the rune that ends just before offset i, or 0.
func runeBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune that starts at offset i, or 0.
func runeAt(s string, i int) rune {
	if i < 0 || i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// lowerKey writes the lower-case form of w into buf and returns it; ok is
// false when w does not fit. Callers index maps with string(key), which
// does not allocate.
func lowerKey(buf []byte, w string) (key []byte, ok bool) {
	key = buf[:0]
	for _, r := range w {
		r = foldRune(r)
		if len(key)+utf8.RuneLen(r) > cap(buf) {
			return nil, false
		}
		key = utf8.AppendRune(key, r)
	}
	return key, true
}

// foldRune lower-cases r and merges look-alike letters that Kazakh texts
// use interchangeably (Latin i for Cyrillic і, ə for ә, ё for е).
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	switch r {
	case 'ə':
		return 'ә'
	case 'ё':
		return 'е'
	}
	return r
}
