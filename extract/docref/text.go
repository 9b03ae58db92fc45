package docref

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// This file holds the byte- and rune-level helpers that every scanner of
// the package shares. They never panic on any input, invalid UTF-8
// included: an invalid byte decodes as utf8.RuneError, which is neither a
// letter nor a digit.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isLetter(c byte) bool {
	return isUpper(c) || isLower(c)
}

// starts is the set of offsets of a text where a reading may start: a
// letter or a digit, or the sign "№", with no letter or digit just before
// it (see atWordStart). It takes a bit of each byte of the text.
type starts []uint64

// wordStarts returns the starts of s, in buf when it is large enough.
func wordStarts(s string, buf []uint64) starts {
	n := (len(s) + 63) / 64
	if cap(buf) < n {
		buf = make([]uint64, n)
	}
	set := starts(buf[:n])
	clear(set)
	inWord := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			word := asciiWord[c]
			if word && !inWord {
				set[i>>6] |= 1 << (i & 63)
			}
			inWord = word
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		word := textutil.IsWordRune(r)
		if !inWord && (word || r == '№') {
			set[i>>6] |= 1 << (i & 63)
		}
		inWord = word
		i += n
	}
	return set
}

// asciiWord tells the ASCII letters and digits, the bytes of
// textutil.IsWordRune below utf8.RuneSelf.
var asciiWord = [utf8.RuneSelf]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true,
	'J': true, 'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true,
	'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// from returns the first start at or after offset i, or -1.
func (set starts) from(i int) int {
	w := i >> 6
	if i < 0 || w >= len(set) {
		return -1
	}
	if m := set[w] >> (i & 63); m != 0 {
		return i + bits.TrailingZeros64(m)
	}
	for w++; w < len(set); w++ {
		if set[w] != 0 {
			return w<<6 + bits.TrailingZeros64(set[w])
		}
	}
	return -1
}

// atWordStart reports whether no letter or digit ends just before byte i.
func atWordStart(s string, i int) bool {
	return !textutil.IsWordRune(textutil.RuneBefore(s, i))
}

// atWordEnd reports whether no letter or digit starts at byte i.
func atWordEnd(s string, i int) bool {
	r, _ := textutil.DecodeAt(s, i)
	return !textutil.IsWordRune(r)
}

// spaceAt returns the width of the horizontal space (a blank, a tab or
// a no-break space) at byte i, or 0 when there is none.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2: // U+202F narrow no-break space
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xAF {
			return 3
		}
	}
	return 0
}

// skipSpace returns the index after one horizontal space at i, or -1 when
// there is none.
func skipSpace(s string, i int) int {
	if n := spaceAt(s, i); n > 0 {
		return i + n
	}
	return -1
}

// skipSpaces returns the index after any run of horizontal spaces at i.
func skipSpaces(s string, i int) int {
	for {
		n := spaceAt(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// digitsAt returns the end of the run of ASCII digits starting at i.
func digitsAt(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// atoi converts a short run of ASCII digits; it returns 0 for runs longer
// than nine digits, so that it cannot overflow.
func atoi(s string) int {
	if len(s) > 9 {
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isYear reports whether n is a plausible year of a UN document.
func isYear(n int) bool { return 1945 <= n && n <= 2100 }

// hasPrefixAt reports whether s[i:] starts with p.
func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// wordEndAt returns the end of the word (letters, digits, inner hyphens
// and apostrophes) that starts at i.
func wordEndAt(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := textutil.DecodeAt(s, j)
		if textutil.IsWordRune(r) {
			j += n
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && j > i {
			r2, _ := textutil.DecodeAt(s, j+n)
			if textutil.IsWordRune(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// isRoman reports whether w is an upper-case Roman numeral of the kind
// that numbers sessions (I to about C).
func isRoman(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

func isLowerRune(r rune) bool { return unicode.IsLower(r) }
func isUpperRune(r rune) bool { return unicode.IsUpper(r) }

// lowerIsAny reports whether strings.ToLower(w) is one of the words, which
// are ASCII and in lower case, without making the lower-case copy.
func lowerIsAny(w string, words ...string) bool {
	for _, x := range words {
		if lowerIs(w, x) {
			return true
		}
	}
	return false
}

// lowerIs reports whether strings.ToLower(w) == lower for an ASCII
// lower-case word.
func lowerIs(w, lower string) bool {
	if len(w) < len(lower) || len(w) > utf8.UTFMax*len(lower) {
		return false
	}
	k := 0
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if k >= len(lower) || r != rune(lower[k]) {
			return false
		}
		k++
	}
	return k == len(lower)
}
