package quote

import (
	"sort"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// cachedTexts is how many texts a tokenCache keeps: the paragraphs of a
// quotation, of its attribution and the one before them.
const cachedTexts = 4

// keptTokens bounds the tokens an entry holds, and keptBefore how many
// of them before the window read last it keeps when it drops the rest:
// windows move on through a text, and look back a little.
const (
	keptTokens = 512
	keptBefore = 128
)

// syncBack is how far before a window a new entry of the cache may
// start: at the text's start or after a space, where tokenize reading
// from the text's start has a token's boundary.
const syncBack = 64

// tokenCache keeps the tokens of the texts last read, each tokenised
// once as far as the windows read in it ask, so that the windows read
// around each quotation of a dense text do not tokenise the same words
// again. Its zero value is empty and ready.
type tokenCache struct {
	texts [cachedTexts]cachedText
	tick  int // counts the reads, to tell the entry least recently read
	words wordCache
}

// cachedText is one text of a tokenCache.
type cachedText struct {
	s        string
	base, at int     // toks are the tokens of s[base:at]
	toks     []token // sorted by offset
	used     int     // the tick of the latest read
	words    *wordCache
}

// window is a scratch buffer of tokens, read through a cache.
type window struct {
	toks  []token
	cache *tokenCache
}

// read sets w.toks to what tokenize(w.toks[:0], s, from, to, max, stops)
// gives, and returns it.
func (w *window) read(s string, from, to, max, stops int) []token {
	w.toks = w.cache.tokens(w.toks[:0], s, from, to, max, stops)
	return w.toks
}

// tokens appends to dst what tokenize(dst, s, from, to, max, stops)
// appends. It copies them from the cached tokens of s, and falls back to
// tokenize where a cached token crosses from or to, which tokenize would
// have cut. A nil cache tokenizes.
func (c *tokenCache) tokens(dst []token, s string, from, to, max, stops int) []token {
	if c == nil || from >= to || !runeStart(s, from) || !runeStart(s, to) {
		return tokenize(dst, s, from, to, max, stops)
	}
	t := c.text(s, from)
	if t == nil {
		return tokenize(dst, s, from, to, max, stops)
	}
	k := sort.Search(len(t.toks), func(k int) bool { return t.toks[k].end > from })
	if t.ready(s, k) && t.toks[k].start < from {
		return tokenize(dst, s, from, to, max, stops) // from cuts a token
	}
	e := t.span(s, k, from, to, max, stops)
	if e > k {
		last := t.toks[e-1]
		if last.end > to || last.end == to && cutAtDot(s, last) || e-k == max && joinedMark(s, last) {
			return tokenize(dst, s, from, to, max, stops) // to or max cuts it
		}
	}
	base := len(dst)
	dst = append(dst, t.toks[k:e]...)
	if e > k && opensWithDash(s, dst[base], from) {
		dst[base].kind = tkDash
	}
	return dst
}

// span returns the end of the run of t's tokens from the k-th that
// tokenize(dst, s, from, to, max, stops) reads: those that start before
// to, at most max, up to the stops-th that ends a clause, a hyphen that
// opens the window among them.
func (t *cachedText) span(s string, k, from, to, max, stops int) int {
	e := k
	for ; t.ready(s, e) && t.toks[e].start < to && e-k < max; e++ {
		if stops > 0 && e > k && (isClauseStop(t.toks[e-1]) || e-1 == k && opensWithDash(s, t.toks[k], from)) {
			if stops--; stops == 0 {
				break
			}
		}
	}
	return e
}

// opensWithDash reports whether tok, the first token of a window that
// starts at from, is a hyphen between spaces, which tokenize reads as a
// dash setting off words.
func opensWithDash(s string, tok token, from int) bool {
	return tok.start == from && tok.r == '-' && tok.kind == tkPunct && isSpace(textutil.RuneAt(s, from+1))
}

// runeStart reports whether i is the end of s or the start of a rune of
// it: an offset inside a rune makes tokenize read bytes that the cache
// read as part of a rune.
func runeStart(s string, i int) bool {
	return i >= len(s) || utf8.RuneStart(s[i])
}

// cutAtDot reports whether tok is a word that ends on a dot kept only
// because a comma follows it, which tokenize reading up to the dot
// would not keep.
func cutAtDot(s string, tok token) bool {
	return tok.kind == tkWord && s[tok.end-1] == '.' && textutil.RuneAt(s, tok.end) == ','
}

// joinedMark reports whether tok is a word with the mark of a plural
// possessive joined to it, which tokenize joins only when it reads the
// mark as one more token.
func joinedMark(s string, tok token) bool {
	if tok.kind != tkWord {
		return false
	}
	r := textutil.RuneBefore(s, tok.end)
	return r == '’' || r == '\''
}

// text returns the cache's entry for s that starts at or before from,
// tokenised past from, or nil when there is none and no point to start
// one at near from.
func (c *tokenCache) text(s string, from int) *cachedText {
	c.tick++
	t := c.find(s, from)
	if t == nil {
		return nil
	}
	t.used = c.tick
	t.drop(from)
	for (len(t.toks) == 0 || t.toks[len(t.toks)-1].end <= from) && t.grow(s) {
	}
	return t
}

// drop lets go of the tokens well before from once t holds keptTokens.
func (t *cachedText) drop(from int) {
	if len(t.toks) < keptTokens {
		return
	}
	k := sort.Search(len(t.toks), func(k int) bool { return t.toks[k].end > from })
	if k <= keptBefore {
		return
	}
	n := copy(t.toks, t.toks[k-keptBefore:])
	t.toks = t.toks[:n]
	t.base = t.toks[0].start
}

// ready reports whether t holds a k-th token, reading on until it also
// holds the one after, or s ends: reading the next token may join a
// mark to the one before it.
func (t *cachedText) ready(s string, k int) bool {
	for len(t.toks) <= k+1 && t.grow(s) {
	}
	return k < len(t.toks)
}

// grow reads one more token of s into t, and reports false at its end.
func (t *cachedText) grow(s string) bool {
	for n := len(t.toks); t.at < len(s); {
		if t.at = nextToken(&t.toks, s, 0, t.at, len(s), t.words); len(t.toks) > n {
			return true
		}
	}
	return false
}

// find returns the entry for s that starts at or before from, or starts
// one in place of the least recently read.
func (c *tokenCache) find(s string, from int) *cachedText {
	oldest := &c.texts[0]
	for i := range c.texts {
		t := &c.texts[i]
		if t.s == s && t.base <= from && t.toks != nil {
			return t
		}
		if t.used < oldest.used {
			oldest = t
		}
	}
	base := syncPoint(s, from)
	if base < 0 {
		return nil
	}
	*oldest = cachedText{s: s, base: base, at: base, toks: oldest.toks[:0], words: &c.words}
	if oldest.toks == nil {
		oldest.toks = make([]token, 0, 64)
	}
	return oldest
}

// syncPoint returns the nearest offset at or before from, by at most
// syncBack bytes, where a token of s may start whatever came before it:
// the start of s or a space. It returns -1 when there is none.
func syncPoint(s string, from int) int {
	for i := from; i >= 0 && i >= from-syncBack; i-- {
		if i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t' {
			return i
		}
	}
	return -1
}
