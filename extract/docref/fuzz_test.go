package docref

import (
	"os"
	"testing"
)

// checkInvariants verifies what Find promises whatever the input: spans
// in bounds, in order, non-overlapping, and Text equal to the span.
func checkInvariants(t *testing.T, text string, refs []Ref) {
	t.Helper()
	prev := 0
	for i, r := range refs {
		if r.Start < prev || r.End <= r.Start || r.End > len(text) {
			t.Fatalf("ref %d: bad span %d:%d (prev end %d, len %d)", i, r.Start, r.End, prev, len(text))
		}
		if text[r.Start:r.End] != r.Text {
			t.Fatalf("ref %d: Text %q != text[%d:%d] %q", i, r.Text, r.Start, r.End, text[r.Start:r.End])
		}
		if r.Symbol == "" && r.Title == "" && r.Kind == "" {
			t.Fatalf("ref %d: empty ref %+v", i, r)
		}
		_ = r.Key()
		prev = r.End
	}
}

func seedCorpus(f *testing.F) {
	for _, tc := range symbolCases {
		f.Add("See " + tc.in + ".")
	}
	f.Add(pressRelease)
	f.Add("резолюции СБ ООН 1540 (2004) и 2231, ҚК-нің 2231 қарары, 1718 және 2397 қарарлары")
	f.Add("the Treaty on the Non-Proliferation of Nuclear Weapons, the Paris Agreement")
	f.Add("S/RES/2231 (\xff2015) A/\x80RES/70/1 resolution 12\xc3")
	if b, err := os.ReadFile("../../testdata/bnews-kazakhstan-unsc-presidency.txt"); err == nil {
		f.Add(string(b))
	}
}

func FuzzFind(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Find(text))
	})
}

func FuzzParseSymbol(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, text string) {
		r, ok := ParseSymbol(text)
		if !ok {
			return
		}
		if r.Symbol == "" || text[r.Start:r.End] != r.Text {
			t.Fatalf("ParseSymbol(%q) = %+v", text, r)
		}
		// The canonical form parses to itself.
		c, ok := ParseSymbol(r.Symbol)
		if !ok || c.Symbol != r.Symbol || c.Kind != r.Kind || c.Year != r.Year {
			t.Fatalf("canonical %q of %q reparses as %+v, %v", r.Symbol, text, c, ok)
		}
	})
}
