package country

import "github.com/newsextract/newsextract/extract/internal/textutil"

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

// window holds the tokens of a text near the scan position, read as the
// scan asks for them (textutil.Ring).
type window struct {
	textutil.Ring[token]
	text string
	pos  int // offset in text where reading resumes
}

// ok reports whether the text has a token i, reading up to it. A token
// dropped behind the window is reported missing, as is one so far ahead
// that reading it would drop a token still in use.
func (w *window) ok(i int) bool {
	return w.Has(i) || w.Fill(i, w.next)
}

// next reads the next token of the text; false at its end.
func (w *window) next() (token, bool) {
	t, pos, ok := nextToken(w.text, w.pos)
	w.pos = pos
	return t, ok
}
