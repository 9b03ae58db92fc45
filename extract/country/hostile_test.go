package country

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/newsextract/newsextract/extract/internal/hostile"
)

// maxAllocPerByte bounds the bytes Find may allocate per byte of input, on
// top of twice the size of the matches it returns (whose memory is the
// caller's).
const maxAllocPerByte = 2

// inputs returns the hostile inputs of every scanner, and a long line of
// prefixes of phrases.
func inputs(tb testing.TB) []hostile.Input {
	return hostile.Inputs(benchText(tb, hostile.Size),
		hostile.Input{Name: "prefixes", Text: hostile.RepeatTo("United States of Papua New ", hostile.Size)})
}

func TestAllocBound(t *testing.T) {
	for _, in := range inputs(t) {
		matches := 0
		in.Each(func(s string) { matches += len(Find(s)) })
		limit := maxAllocPerByte + 2*float64(matches)*float64(unsafe.Sizeof(Match{}))/float64(len(in.Text))
		got := hostile.AllocPerByte(in, func(s string) { Find(s) })
		if got > limit {
			t.Errorf("Find on %s: %.2f bytes allocated per input byte, want ≤ %.2f", in.Name, got, limit)
		}
		t.Logf("Find on %s: %.3f bytes allocated per input byte (%d matches)", in.Name, got, matches)
	}
}

func TestShortNoAlloc(t *testing.T) {
	theTable()
	for _, s := range []string{"a", "", `"`, "\x00", "The minister said so.", "Papua New", "Republic of"} {
		if n := testing.AllocsPerRun(100, func() { Find(s) }); n != 0 {
			t.Errorf("Find(%q): %.0f allocations, want 0", s, n)
		}
	}
	// One allocation for the matches.
	if n := testing.AllocsPerRun(100, func() { Find("Kazakhstan and Georgia") }); n != 1 {
		t.Errorf("Find with two matches: %.0f allocations, want 1", n)
	}
	eight := strings.Repeat("Kazakhstan, ", 8)
	if n := testing.AllocsPerRun(100, func() { Find(eight) }); n != 1 {
		t.Errorf("Find with eight matches: %.0f allocations, want 1", n)
	}
}

func BenchmarkFindHostile(b *testing.B) {
	theTable()
	hostile.Bench(b, inputs(b), func(s string) { Find(s) })
}
