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
	digits     uint8 // number of digits of a tokNum, capped at maxDigits
	start, end int   // byte offsets in the input
	val        int   // value of a tokNum (capped), or the rune of a tokPunct
	r          rune  // first rune of a tokWord
	info       wordInfo
}

// maxNum caps the value of long digit runs so that it never overflows;
// maxDigits caps their count of digits, which no date part comes near.
const (
	maxNum    = 1 << 40
	maxDigits = 255
)

// nextToken returns the first token of s at or after byte i, and the
// offset after it; at the end of s the token's kind is 0. It never fails:
// invalid UTF-8 bytes become punctuation tokens.
func nextToken(s string, i int) (token, int) {
	for i < len(s) {
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
			if j < len(s) && s[j] >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(s[j:]); digitValue(r) >= 0 {
					return number(s, i) // digits of two scripts
				}
			}
			return token{kind: tokNum, start: i, end: j, digits: uint8(min(j-i, maxDigits)), val: v}, j
		case c < utf8.RuneSelf:
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
			case isASCIILetter(c):
				return word(s, i, i+1, rune(c))
			default:
				return token{kind: tokPunct, start: i, end: i + 1, val: int(c)}, i + 1
			}
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				i += w
			case digitValue(r) >= 0:
				return number(s, i)
			case isIdeograph(r):
				t := token{kind: tokWord, start: i, end: i + w, r: r}
				t.info = lookup(s, t, 1)
				return t, i + w
			case unicode.IsLetter(r):
				return word(s, i, i+w, r)
			default:
				return token{kind: tokPunct, start: i, end: i + w, val: int(r)}, i + w
			}
		}
	}
	return token{start: len(s), end: len(s)}, len(s)
}

// number returns the number token that starts at byte i: a run of
// decimal digits, ASCII or of another script (Arabic-Indic "١٣", Persian
// "۱۳", full-width "１３", Devanagari, Bengali, Thai), and the offset after
// it.
func number(s string, i int) (token, int) {
	j, v, n := i, 0, 0
	for j < len(s) {
		d, w := 0, 1
		if c := s[j]; c >= '0' && c <= '9' {
			d = int(c - '0')
		} else if c < utf8.RuneSelf {
			break
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(s[j:])
			if d = digitValue(r); d < 0 {
				break
			}
		}
		if v < maxNum {
			v = v*10 + d
		}
		j += w
		n++
	}
	return token{kind: tokNum, start: i, end: j, digits: uint8(min(n, maxDigits)), val: v}, j
}

// digitZeros are the zeros of the non-ASCII decimal digits read as
// numbers; each script's digits follow its zero in Unicode.
var digitZeros = [...]rune{0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10}

// digitValue returns the value of a decimal digit, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x0660 {
		return -1
	}
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

// isIdeograph reports whether r is a Han ideograph or a kana: Chinese and
// Japanese write without spaces, so that each is a word of its own.
func isIdeograph(r rune) bool {
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// word returns the word token that starts at byte i with rune r and goes
// on at byte j, with what the lexicon knows of it, and the offset after
// it.
func word(s string, i, j int, r rune) (token, int) {
	n := 1
	for j < len(s) && isLetterAt(s, j) {
		if s[j] < utf8.RuneSelf {
			j++
		} else {
			_, w := utf8.DecodeRuneInString(s[j:])
			j += w
		}
		n++
	}
	t := token{kind: tokWord, start: i, end: j, r: r}
	t.info = lookup(s, t, n)
	return t, j
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isLetterAt reports whether s has a letter (or a combining mark, which
// belongs to the letter before it, such as the vowel signs of Devanagari
// and Bengali) at byte offset i that goes on a word:
// not a Han ideograph or kana, each a word of its own.
func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) && !isIdeograph(r)
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
