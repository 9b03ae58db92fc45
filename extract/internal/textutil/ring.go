package textutil

// Ring holds the tokens of a text near a scan position, in a ring buffer:
// the tokens from the one the scan may still look back at to the last one
// read. Its owner reads a token when Need says the scan asks for one not
// yet read, and pushes it; tokens are dropped once the scan has moved well
// past them (MoveTo), so that memory is the same whatever the text: a run
// of a million punctuation marks costs no more than a short sentence. The
// buffer is given by the caller, usually an array on its stack, and its
// length must be a power of two.
//
// The scanners of dates and countries read their text through a Ring, each
// with tokens of its own.
type Ring[T any] struct {
	n      int // number of tokens read
	keep   int // first token that may still be asked for
	behind int // how far before the scan position tokens are kept
	buf    []T // token i at buf[i&(len(buf)-1)], for keep ≤ i < n
	none   T   // what At returns for a missing token; always zero
}

// NewRing returns a ring over buf that keeps behind tokens before the scan
// position.
func NewRing[T any](buf []T, behind int) Ring[T] {
	return Ring[T]{behind: behind, buf: buf}
}

// Fill reads tokens with next, while the scan asks for token i and there
// is room for it, and reports whether the ring then has token i. next
// returns false at the end of the text.
func (r *Ring[T]) Fill(i int, next func() (T, bool)) bool {
	for r.Need(i) {
		t, ok := next()
		if !ok {
			break
		}
		r.Push(t)
	}
	return r.Has(i)
}

// Need reports whether token i is still to be read and there is room for
// it: the owner reads the next token and pushes it while Need(i) holds.
func (r *Ring[T]) Need(i int) bool {
	return i >= r.n && i >= r.keep && r.n-r.keep < len(r.buf)
}

// Push appends the next token of the text.
func (r *Ring[T]) Push(t T) {
	r.buf[r.n&(len(r.buf)-1)] = t
	r.n++
}

// Count returns how many tokens have been pushed.
func (r *Ring[T]) Count() int { return r.n }

// Has reports whether token i is in the ring: read, and not dropped.
func (r *Ring[T]) Has(i int) bool {
	return i >= r.keep && i < r.n
}

// At returns token i, or the zero token when the ring does not have it.
// The token stays in place until the scan moves on (see MoveTo).
func (r *Ring[T]) At(i int) *T {
	if !r.Has(i) {
		return &r.none
	}
	return &r.buf[i&(len(r.buf)-1)]
}

// MoveTo tells the ring that the scan has reached token i: tokens more than
// behind before it will not be asked for again.
func (r *Ring[T]) MoveTo(i int) {
	r.keep = max(r.keep, i-r.behind)
}
