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

// lookup returns m's value for the word w, in any case. Keys that fit
// maxKey are lowered into a buffer on the stack, so the lookup does not
// allocate.
func lookup[V any](m map[string]V, w string) (V, bool) {
	var buf [maxKey]byte
	if k, ok := appendLower(buf[:0], w); ok {
		v, ok := m[string(k)]
		return v, ok
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
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
// and reports whether it fit.
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
		r, size := utf8.DecodeRuneInString(w[i:])
		if cap(b)-len(b) < utf8.UTFMax {
			return b, false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b, true
}

// text returns the text of t in s.
func (t token) text(s string) string { return s[t.start:t.end] }
