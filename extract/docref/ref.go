package docref

import (
	"slices"
	"strings"
)

// Ref is one mention of a document in a text.
type Ref struct {
	// Symbol is the canonical document symbol, such as "S/PRST/2019/5",
	// "S/RES/2231 (2015)", "A/RES/70/1" or "S/PV.8160"; it is empty when
	// the document has none or it cannot be told for certain.
	Symbol string
	// Title is the name of a named instrument, such as "Treaty on the
	// Non-Proliferation of Nuclear Weapons", or "resolution 1540"
	// for a resolution whose organ the text leaves open; empty otherwise.
	Title string
	// Kind is the sort of document: "resolution", "presidential
	// statement", "meeting record", "letter", "report", "draft
	// resolution", "press release", "treaty", "code", "concept" and so on.
	Kind string
	// Organ is the body that issued the document, such as "Security
	// Council" or "General Assembly", when the symbol or the words tell.
	Organ string
	// Year is the calendar year the symbol or its citation gives; 0 when
	// it gives none (the 72 of A/RES/72/1 is a session, not a year).
	Year int
	// Start and End are the byte offsets of the mention in the text.
	Start, End int
	// Text is text[Start:End], the mention as written.
	Text string
}

// Key identifies the document a mention refers to, so that the mentions of
// one document can be grouped: the symbol when it is known, else the kind
// and title, else the normalised text. A Security Council resolution is
// keyed without its year, so that "S/RES/2231" and "S/RES/2231 (2015)"
// fall together.
func (r Ref) Key() string {
	if r.Symbol != "" {
		return "symbol:" + baseSymbol(r.Symbol)
	}
	if r.Title != "" {
		return "title:" + r.Kind + ":" + normalise(r.Title)
	}
	return "text:" + normalise(r.Text)
}

// baseSymbol strips the parenthesised year from the symbol of a Security
// Council resolution; other symbols are returned unchanged.
func baseSymbol(sym string) string {
	if !strings.HasPrefix(sym, "S/RES/") {
		return sym
	}
	if i := strings.IndexByte(sym, ' '); i > 0 {
		return sym[:i]
	}
	return sym
}

// normalise lower-cases s and collapses each run of white space to one
// blank.
func normalise(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// appendRef appends r to refs, doubling the capacity when it is full:
// Find gathers every ref in one list, and doubling keeps the memory all
// its growth takes within twice the final size, where append's gentler
// growth of long slices takes up to four times.
func appendRef(refs []Ref, r Ref) []Ref {
	if len(refs) == cap(refs) {
		refs = slices.Grow(refs, max(len(refs), 4))
	}
	return append(refs, r)
}
