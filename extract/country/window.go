package country

// maxBehind is how many tokens before a phrase the rules of context may
// look back at: "Gov. Brian Kemp of Georgia" reads eight.
const maxBehind = 12

// Sizes of the token ring, powers of two. windowSize holds the tokens the
// rules may look back at and more than they look ahead (a phrase of up to
// maxPhraseTokens, a list separator and the phrase after it); a text of no
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
	text string
	pos  int     // offset in text where reading resumes
	n    int     // number of tokens read
	keep int     // first token that may still be asked for
	ring []token // token i at ring[i&(len(ring)-1)], for keep ≤ i < n
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

// at returns token i, which must exist (see ok). It stays in place until
// the scan moves on (see moveTo).
func (w *window) at(i int) *token {
	return &w.ring[i&(len(w.ring)-1)]
}

// moveTo tells the window that the scan has reached token i: tokens more
// than maxBehind before it will not be asked for again.
func (w *window) moveTo(i int) {
	w.keep = max(w.keep, i-maxBehind)
}

// read appends the next token of the text to the ring; it reports false
// at the end of the text.
func (w *window) read() bool {
	t, pos, ok := nextToken(w.text, w.pos)
	w.pos = pos
	if !ok {
		return false
	}
	w.ring[w.n&(len(w.ring)-1)] = t
	w.n++
	return true
}
