package dates

import "github.com/newsextract/newsextract/extract/internal/textutil"

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

// window holds the tokens of a text near the scan position, read as the
// scan asks for them (textutil.Ring).
type window struct {
	textutil.Ring[token]
	s   string
	pos int // offset in s where reading resumes
}

// ok reports whether the text has a token i, reading up to it. A token
// dropped behind the window is reported missing, as is one so far ahead
// that reading it would drop a token still in use.
func (w *window) ok(i int) bool {
	return w.Has(i) || w.Fill(i, w.next)
}

// next reads the next token of the text; false at its end.
func (w *window) next() (token, bool) {
	if w.pos >= len(w.s) {
		return token{}, false
	}
	t, pos := nextToken(w.s, w.pos)
	w.pos = pos
	return t, t.kind != 0
}

// at returns token i, or a token of kind 0 when there is none.
func (w *window) at(i int) *token {
	w.ok(i)
	return w.At(i)
}
