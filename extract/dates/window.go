package dates

// maxBehind is how many tokens before the scan position the matchers may
// look back at: "targeted" reads the sixteen words before a year and the
// token before the last of them.
const maxBehind = 20

// Sizes of the token ring, powers of two. windowSize holds the tokens a
// matcher may look back at and more than any match looks ahead (some forty
// tokens for a weekday, a time with its zone and a date); a text of no
// more than smallWindow bytes fits whole in a ring of smallWindow, which
// is quicker to set up.
const (
	windowSize  = 128
	smallWindow = 32
)

// window holds the tokens of a text near the scan position, in a ring.
// Tokens are read from the text when first asked for and dropped once the
// scan has moved well past them, so that memory is the same whatever the
// text: a run of a million punctuation marks costs no more than a short
// sentence. The ring is a slice of an array on the caller's stack.
type window struct {
	s    string
	pos  int     // offset in s where reading resumes
	n    int     // number of tokens read
	keep int     // first token that may still be asked for
	ring []token // token i at ring[i&(len(ring)-1)], for keep ≤ i < n
	none token   // what at returns for a missing token; always zero
}

// ok reports whether the text has a token i, reading up to it. A token
// dropped before the window is reported missing, as is one so far ahead
// that reading it would drop a token still in use.
func (w *window) ok(i int) bool {
	if i < w.keep {
		return false
	}
	for i >= w.n {
		if w.n-w.keep >= len(w.ring) || !w.read() {
			return false
		}
	}
	return true
}

// at returns token i, or a token of kind 0 when there is none. The token
// stays in place until the scan moves on (see moveTo): the ring never
// holds more than its length in tokens from keep on.
func (w *window) at(i int) *token {
	if i >= w.keep && i < w.n || w.ok(i) {
		return &w.ring[i&(len(w.ring)-1)]
	}
	return &w.none
}

// moveTo tells the window that the scan has reached token i: tokens more
// than maxBehind before it will not be asked for again.
func (w *window) moveTo(i int) {
	w.keep = max(w.keep, i-maxBehind)
}

// read appends the next token of the text to the ring; it reports false
// at the end of the text.
func (w *window) read() bool {
	if w.pos >= len(w.s) {
		return false
	}
	t, pos := nextToken(w.s, w.pos)
	w.pos = pos
	if t.kind == 0 {
		return false
	}
	w.ring[w.n&(len(w.ring)-1)] = t
	w.n++
	return true
}
