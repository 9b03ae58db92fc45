package country

import (
	"unicode"
	"unicode/utf8"
)

// Folding of Latin letters with diacritics to their base letters, for
// U+00C0–U+00FF and U+0100–U+017F; a space means "no folding" (× and ÷).
const (
	latin1Fold   = "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty"
	latinExtFold = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
)

// appendFolded appends the lookup form of rune r to b: lower case, Latin
// diacritics removed, ё as е, every apostrophe as ' and every dash as -.
// Matching is on this form; case is checked apart (see caseOK).
func appendFolded(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r >= 0xC0 && r <= 0xFF && latin1Fold[r-0xC0] != ' ':
		return append(b, latin1Fold[r-0xC0])
	case r >= 0x100 && r <= 0x17F:
		return append(b, latinExtFold[r-0x100])
	case 'А' <= r && r <= 'Я':
		r += 'а' - 'А' // basic Cyrillic, as unicode.ToLower gives it
	case 'а' <= r && r <= 'я':
	case r == 'ё' || r == 'Ё':
		r = 'е'
	case isApostrophe(r):
		return append(b, '\'')
	case isDash(r):
		return append(b, '-')
	default:
		r = unicode.ToLower(r)
	}
	return utf8.AppendRune(b, r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', '′':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// appendFoldedString appends the lookup form of s to b, rune by rune.
func appendFoldedString(b []byte, s string) []byte {
	for _, r := range s {
		b = appendFolded(b, r)
	}
	return b
}

// foldInto writes the lookup form of s into buf and returns it; ok is
// false when it does not fit, and then it is no word of any table.
func foldInto(buf []byte, s string) (key []byte, ok bool) {
	key = buf[:0]
	for i := 0; i < len(s); {
		if len(key)+utf8.UTFMax > cap(key) {
			return nil, false
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		key = appendFolded(key, r)
		i += n
	}
	return key, true
}
