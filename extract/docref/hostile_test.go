package docref

import (
	"testing"
	"unsafe"

	"github.com/newsextract/newsextract/extract/internal/hostile"
)

// maxAllocPerByte bounds the bytes Find may allocate per byte of input, on
// top of twice the size of the refs it returns and their symbols (whose
// memory is the caller's).
const maxAllocPerByte = 2

// inputs returns the hostile inputs of every scanner, and runs of
// capitalised words and of symbol prefixes.
func inputs(tb testing.TB) []hostile.Input {
	return hostile.Inputs(megabyte(tb),
		hostile.Input{Name: "capitals", Text: hostile.RepeatTo("Treaty Monday March Of The Code ", hostile.Size)},
		hostile.Input{Name: "slashes", Text: hostile.RepeatTo("S/ A/RES/ SC/x ", hostile.Size)})
}

func TestAllocBound(t *testing.T) {
	for _, in := range inputs(t) {
		result := 0
		in.Each(func(s string) {
			for _, r := range Find(s) {
				result += int(unsafe.Sizeof(r)) + len(r.Symbol)
			}
		})
		limit := maxAllocPerByte + 2*float64(result)/float64(len(in.Text))
		got := hostile.AllocPerByte(in, func(s string) { Find(s) })
		if got > limit {
			t.Errorf("Find on %s: %.2f bytes allocated per input byte, want ≤ %.2f", in.Name, got, limit)
		}
		t.Logf("Find on %s: %.3f bytes allocated per input byte (result %.3f)", in.Name, got, float64(result)/float64(len(in.Text)))
	}
}

func TestShortNoAlloc(t *testing.T) {
	Find("Treaty S/1 resolution 1 ҚК 1 қарары")
	for _, s := range []string{"a", "", `"`, "\x00", "The minister said so.", "On Monday, the Code said", "resolution of", "S/", "2015 жылғы"} {
		if n := testing.AllocsPerRun(100, func() { Find(s) }); n != 0 {
			t.Errorf("Find(%q): %.0f allocations, want 0", s, n)
		}
	}
}

func BenchmarkFindHostile(b *testing.B) {
	hostile.Bench(b, inputs(b), func(s string) { Find(s) })
}
