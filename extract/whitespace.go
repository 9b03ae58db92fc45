package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanBytes returns b as a string in NFC, trimmed, without control
// characters and with each run of white space folded into one space, in one allocation; white space alone gives
// "" and no allocation.
func cleanBytes(b []byte) string {
	b = trimSpaceBytes(b)
	if len(b) == 0 {
		return ""
	}
	if isCleanBytes(b) {
		return nfc(string(b))
	}
	var sb strings.Builder
	sb.Grow(len(b))
	pending := false
	for len(b) > 0 {
		r, size := rune(b[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b)
		}
		switch {
		case isSpaceRune(r):
			pending = true
		case isControl(r):
		default:
			if pending {
				sb.WriteByte(' ')
				pending = false
			}
			if r == utf8.RuneError && size == 1 {
				sb.WriteRune(r)
			} else {
				sb.Write(b[:size])
			}
		}
		b = b[size:]
	}
	return nfc(sb.String())
}

// nfc returns s in Unicode normalisation form C, which all text of an
// article is in.
func nfc(s string) string {
	if norm.NFC.QuickSpanString(s) == len(s) {
		return s
	}
	return norm.NFC.String(s)
}

// trimSpaceBytes trims white space from both ends of b.
func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 {
		r, size := rune(b[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b)
		}
		if !isSpaceRune(r) {
			break
		}
		b = b[size:]
	}
	for len(b) > 0 {
		r, size := rune(b[len(b)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(b)
		}
		if !isSpaceRune(r) {
			break
		}
		b = b[:len(b)-size]
	}
	return b
}

// isCleanBytes reports whether b, trimmed, has no white space but single
// spaces and no invalid UTF-8.
func isCleanBytes(b []byte) bool {
	prevSpace := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			sp := c == ' '
			if (sp && prevSpace) || (!sp && (isSpaceRune(rune(c)) || isControl(rune(c)))) {
				return false
			}
			prevSpace = sp
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || isControl(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return true
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

// isControl reports whether r is a control character other than white
// space, which clean text leaves out.
func isControl(r rune) bool {
	return (r < 0x20 || (r >= 0x7F && r < 0xA0)) && !isSpaceRune(r)
}
