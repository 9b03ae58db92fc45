package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxKey is the longest key, in bytes, looked up without allocating.
const maxKey = 96

// wordSet is a set of words and phrases in lower case. Beside the words
// it keeps a filter of their first and last letters, which turns most
// words away before they are lowered and hashed. The zero value is an
// empty set that cannot be added to.
type wordSet struct {
	m     map[string]bool
	edges *[edgeBits / 64]uint64
	bit   classes // the set's bit in a word's classes
}

// edgeBits is the size of a wordSet's filter, in bits, and edgeShift
// what turns a 32-bit hash into one of them.
const (
	edgeBits  = 1 << 9
	edgeShift = 32 - 9
)

// newWordSet returns an empty set.
func newWordSet() wordSet {
	return wordSet{m: make(map[string]bool), edges: new([edgeBits / 64]uint64)}
}

// add puts the word w, in lower case, in the set.
func (ws wordSet) add(w string) {
	ws.m[w] = true
	if h, ok := edgeHash(w); ok {
		ws.edges[h/64] |= 1 << (h % 64)
	}
}

// has reports whether the set holds the word w, in any case.
func (ws wordSet) has(w string) bool {
	if ws.edges == nil {
		return false
	}
	if h, ok := edgeHash(w); ok && ws.edges[h/64]&(1<<(h%64)) == 0 {
		return false // as mayHave, without one more call
	}
	ok, _ := lookup(ws.m, w)
	return ok
}

// mayHave reports false when the set's filter tells that it holds w in
// no case, without looking w up.
func (ws wordSet) mayHave(w string) bool {
	if ws.edges == nil {
		return false
	}
	h, ok := edgeHash(w)
	return !ok || ws.edges[h/64]&(1<<(h%64)) != 0
}

// edgeHash returns the filter's bit for w, read from its first and last
// runes in lower case. It reports false when either rune is one it does
// not lower, and the filter must not be read.
func edgeHash(w string) (uint32, bool) {
	if w == "" {
		return 0, false
	}
	if a, z := w[0], w[len(w)-1]; a|z < utf8.RuneSelf {
		return mixEdges(rune(a|0x20), rune(z|0x20)), true
	}
	return edgeHashRunes(w)
}

// edgeHashRunes is edgeHash for words that begin or end with a rune
// beyond ASCII.
func edgeHashRunes(w string) (uint32, bool) {
	first, ok := firstLower(w)
	if !ok {
		return 0, false
	}
	last, ok := lastLower(w)
	if !ok {
		return 0, false
	}
	return mixEdges(first, last), true
}

// mixEdges returns the filter's bit for a word's edge runes, the ASCII
// ones with the case bit set, which folds the case of letters.
func mixEdges(first, last rune) uint32 {
	return (uint32(first)*0x9E3779B1 ^ uint32(last)*0x85EBCA6B) >> edgeShift
}

// firstLower returns the first rune of w in lower case, when it is a
// two-byte rune that lower2 lowers, or ASCII, with the case bit set.
func firstLower(w string) (rune, bool) {
	if c := w[0]; c < utf8.RuneSelf {
		return rune(c | 0x20), true
	}
	if len(w) < 2 || w[1]&0xC0 != 0x80 {
		return 0, false
	}
	return lowerPair(w[0], w[1])
}

// lastLower returns the last rune of w in lower case, as firstLower does
// the first.
func lastLower(w string) (rune, bool) {
	n := len(w)
	if c := w[n-1]; c < utf8.RuneSelf {
		return rune(c | 0x20), true
	}
	if n < 2 || w[n-1]&0xC0 != 0x80 {
		return 0, false
	}
	return lowerPair(w[n-2], w[n-1])
}

// lowerPair lowers the two-byte rune of lead byte a and continuation b,
// when lower2 knows it.
func lowerPair(a, b byte) (rune, bool) {
	if a < 0xC2 || a > 0xD3 {
		return 0, false
	}
	return lower2(rune(a&0x1F)<<6 | rune(b&0x3F))
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
		if c == 0xD0 && i+1 < len(w) && w[i+1] >= 0xB0 && w[i+1] <= 0xBF || c == 0xD1 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] <= 0x9F {
			b = append(b, c, w[i+1]) // а to я and ѐ to џ, already in lower case
			i += 2
			continue
		}
		if c >= 0xC2 && c <= 0xD3 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			if r, ok := lower2(rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)); ok {
				b = append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
				i += 2
				continue
			}
		}
		r, size := textutil.DecodeRune(w[i:])
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
