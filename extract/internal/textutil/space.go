package textutil

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanBytes returns b as a string in NFC, trimmed, without control
// characters and with each run of white space folded into one space. Clean
// text in NFC costs one allocation, white space alone none.
func CleanBytes(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return ""
	}
	if clean, ascii := isClean(b); clean && ascii {
		return string(b)
	} else if clean {
		return NFC(string(b))
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
		case unicode.IsSpace(r):
			pending = true
		case IsControl(r):
		default:
			if pending && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			pending = false
			if r == utf8.RuneError && size == 1 {
				sb.WriteRune(r)
			} else {
				sb.Write(b[:size])
			}
		}
		b = b[size:]
	}
	return NFC(sb.String())
}

// NFC returns s in Unicode normalisation form C, which all text of an
// article is in.
func NFC(s string) string {
	if norm.NFC.QuickSpanString(s) == len(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isClean reports whether b, trimmed, has no white space but single
// spaces, no control characters and no invalid UTF-8, and whether it is
// all ASCII.
func isClean[S string | []byte](b S) (clean, ascii bool) {
	prevSpace, ascii := false, true
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c > ' ' && c < 0x7F:
			prevSpace = false
			i++
			continue
		case c == ' ':
			if prevSpace {
				return false, ascii
			}
			prevSpace = true
			i++
			continue
		case c < utf8.RuneSelf:
			return false, ascii
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(string(b[i:min(i+utf8.UTFMax, len(b))]))
		if r == utf8.RuneError || !isPrintable(r) {
			return false, ascii
		}
		prevSpace = false
		i += size
	}
	return true, ascii
}

// isPrintable reports whether a rune past ASCII is neither white space nor
// a control character.
func isPrintable(r rune) bool {
	if r >= 0x100 && r < 0x1680 {
		return true // the alphabets of most languages
	}
	return !unicode.IsSpace(r) && !IsControl(r)
}

// IsControl reports whether r is a control character other than white
// space, which clean text leaves out.
func IsControl(r rune) bool {
	return (r < 0x20 || (r >= 0x7F && r < 0xA0)) && !unicode.IsSpace(r)
}

// CleanSpace is CleanBytes for a string. It returns s itself when there is
// nothing to change.
func CleanSpace(s string) string {
	if clean, ascii := isCleanString(s); clean && ascii {
		return s
	} else if clean {
		return NFC(s)
	}
	return CleanBytes([]byte(s))
}

// isCleanString is isClean for a string that must also be trimmed.
func isCleanString(s string) (clean, ascii bool) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == "", true
	}
	return isClean(s)
}
