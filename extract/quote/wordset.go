package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxKey is the longest key, in bytes, looked up without allocating.
const maxKey = 96

// wordSet is a set of words and phrases in lower case.
type wordSet map[string]bool

// has reports whether the set holds the word w, in any case.
func (ws wordSet) has(w string) bool {
	ok, _ := lookup(ws, w)
	return ok
}

// lookup returns m's value for the word w, in any case. A word already in
// lower case is looked up as it is; others are lowered into a buffer on
// the stack, so the lookup does not allocate for keys that fit maxKey.
func lookup[V any](m map[string]V, w string) (V, bool) {
	if isLowerASCII(w) {
		v, ok := m[w]
		return v, ok
	}
	var buf [maxKey]byte
	if k, ok := appendLower(buf[:0], w); ok {
		v, ok := m[string(k)]
		return v, ok
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}

// isLowerASCII reports whether w is ASCII without a capital letter.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// lookupPhrase returns m's value for the words toks[i:j] of s, in lower
// case and joined by single spaces.
func lookupPhrase[V any](m map[string]V, s string, toks []token, i, j int) (V, bool) {
	var buf [maxKey]byte
	k := buf[:0]
	for n := i; n < j; n++ {
		if n > i {
			if len(k) == cap(k) {
				var zero V
				return zero, false
			}
			k = append(k, ' ')
		}
		var ok bool
		if k, ok = appendLower(k, toks[n].text(s)); !ok {
			var zero V
			return zero, false
		}
	}
	v, ok := m[string(k)]
	return v, ok
}

// appendLower appends the lower-case form of w to b within b's capacity,
// and reports whether it fit. It lowers as unicode.ToLower does, with
// arithmetic for the Latin-1 and Cyrillic letters the lexicon is written in.
func appendLower(b []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if len(b) == cap(b) {
				return b, false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if cap(b)-len(b) < utf8.UTFMax {
			return b, false
		}
		if c >= 0xC2 && c <= 0xD3 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			if r, ok := lower2(rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)); ok {
				b = append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b, true
}

// lower2 returns the lower case of r, a rune below U+0500, when it is
// Latin-1 or Cyrillic; it reports false for the runes between.
func lower2(r rune) (rune, bool) {
	switch {
	case r < 0xC0:
		return r, true
	case r <= 0xFF:
		if r <= 0xDE && r != 0xD7 {
			return r + 0x20, true
		}
		return r, true
	case r < 0x400:
		return 0, false
	case r < 0x410:
		return r + 0x50, true
	case r < 0x430:
		return r + 0x20, true
	case r < 0x460, 0x482 <= r && r < 0x48A, r == 0x4CF:
		return r, true
	case r == 0x4C0:
		return 0x4CF, true
	case 0x4C1 <= r && r <= 0x4CE:
		return r + r&1, true
	default:
		return r + 1 - r&1, true
	}
}

// text returns the text of t in s.
func (t token) text(s string) string { return s[t.start:t.end] }
