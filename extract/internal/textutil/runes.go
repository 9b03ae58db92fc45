package textutil

import (
	"unicode"
	"unicode/utf8"
)

// RuneBefore returns the rune that ends just before byte offset i of s, or
// -1 when i is at or before the start of s or beyond its end.
func RuneBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return -1
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := DecodeLastRune(s[:i])
	return r
}

// RuneAt returns the rune that starts at byte offset i of s, or -1 when i
// is before the start of s or at or beyond its end. An invalid byte reads as
// utf8.RuneError.
func RuneAt(s string, i int) rune {
	r, _ := DecodeAt(s, i)
	return r
}

// DecodeAt returns the rune that starts at byte offset i of s and its width
// in bytes, or -1 and 0 when i is before the start of s or at or beyond its
// end. An invalid byte reads as utf8.RuneError of width 1.
func DecodeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return DecodeRune(s[i:])
}

// DecodeRune is utf8.DecodeRuneInString with the two-byte runes (Latin
// accents, Greek, Cyrillic, Hebrew, Arabic) and those of the general
// punctuation block (U+2000 to U+2FFF: curly quotation marks, dashes, the
// ellipsis), which news text is full of, decoded by arithmetic.
func DecodeRune(s string) (r rune, size int) {
	// The form of utf8.DecodeRuneInString, which keeps it inlined.
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	} else {
		r, size = decodeRune(s)
	}
	return
}

func decodeRune(s string) (rune, int) {
	if len(s) >= 2 && 0xC2 <= s[0] && s[0] <= 0xDF && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) >= 3 && s[0] == 0xE2 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return 0x2000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLastRune is utf8.DecodeLastRuneInString with the runes DecodeRune
// decodes by arithmetic decoded the same way.
func DecodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 2 && s[n-1]&0xC0 == 0x80 {
		if c := s[n-2]; 0xC2 <= c && c <= 0xDF {
			return rune(c&0x1F)<<6 | rune(s[n-1]&0x3F), 2
		}
		if n >= 3 && s[n-3] == 0xE2 && s[n-2]&0xC0 == 0x80 {
			return 0x2000 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// IsWordRune reports whether r belongs to a word: a letter, a digit, or a
// combining mark, which belongs to the letter before it. The underscore,
// -1 and utf8.RuneError belong to none.
func IsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0xC0 <= r && r <= 0xFF:
		return r != 0xD7 && r != 0xF7 // Latin-1 letters, not × and ÷
	case 0x400 <= r && r <= 0x52F:
		return r != 0x482 // Cyrillic and its supplement (Kazakh ә, қ, ө, ү), its combining marks, but the thousands sign ҂
	case 0x2000 <= r && r <= 0x206F:
		return false // general punctuation: ’ “ ” — …
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
