package textutil

// Ring holds the tokens of a text near a scan position, in a ring buffer.
// Tokens are read when first asked for and dropped once the scan has moved
// well past them, so that memory is the same whatever the text: a run of a
// million punctuation marks costs no more than a short sentence. The
// buffer is given by the caller, usually an array on its stack, and its
// length must be a power of two.
//
// The scanners of dates, countries and documents read their text through a
// Ring, each with tokens of its own kind.
type Ring[T any] struct {
	next   func() (T, bool) // reads the next token; false at the end
	n      int              // number of tokens read
	keep   int              // first token that may still be asked for
	behind int              // how far before the scan position tokens are kept
	buf    []T              // token i at buf[i&(len(buf)-1)], for keep ≤ i < n
	none   T                // what At returns for a missing token; always zero
}

// NewRing returns a ring over buf that reads tokens with next and keeps
// behind tokens before the scan position.
func NewRing[T any](buf []T, behind int, next func() (T, bool)) Ring[T] {
	return Ring[T]{next: next, behind: behind, buf: buf}
}

// OK reports whether the text has a token i, reading up to it. A token
// dropped behind the window is reported missing, as is one so far ahead
// that reading it would drop a token still in use.
func (r *Ring[T]) OK(i int) bool {
	if i < r.keep {
		return false
	}
	for i >= r.n {
		if r.n-r.keep >= len(r.buf) {
			return false
		}
		t, ok := r.next()
		if !ok {
			return false
		}
		r.buf[r.n&(len(r.buf)-1)] = t
		r.n++
	}
	return true
}

// At returns token i, or the zero token when there is none (see OK). The
// token stays in place until the scan moves on (see MoveTo).
func (r *Ring[T]) At(i int) *T {
	if i >= r.keep && i < r.n || r.OK(i) {
		return &r.buf[i&(len(r.buf)-1)]
	}
	return &r.none
}

// MoveTo tells the ring that the scan has reached token i: tokens more than
// behind before it will not be asked for again.
func (r *Ring[T]) MoveTo(i int) {
	r.keep = max(r.keep, i-r.behind)
}
