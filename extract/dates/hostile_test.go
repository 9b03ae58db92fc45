package dates

import (
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract/internal/hostile"
)

// maxAllocPerByte bounds the bytes Find and Years may allocate per byte of
// input, whatever the input.
const maxAllocPerByte = 2

// inputs returns the hostile inputs of every scanner, and dates that
// resolve to nothing.
func inputs(tb testing.TB) []hostile.Input {
	return hostile.Inputs(readSample(tb),
		hostile.Input{Name: "old-dates", Text: hostile.RepeatTo("February 2, 1980, 3:01 PM +0530; ", hostile.Size)})
}

// entryPoints are the scanning functions whose memory is bounded.
func entryPoints() []struct {
	name string
	f    func(string)
} {
	withRef := Parser{Reference: time.Date(2018, 2, 5, 12, 0, 0, 0, time.UTC)}
	return []struct {
		name string
		f    func(string)
	}{
		{"Find", func(s string) { Parser{YearHint: 2018}.Find(s) }},
		{"FindRef", func(s string) { withRef.Find(s) }},
		{"Years", func(s string) { Years(s) }},
		{"Parse", func(s string) { withRef.Parse(s) }},
	}
}

func TestAllocBound(t *testing.T) {
	for _, in := range inputs(t) {
		for _, e := range entryPoints() {
			got := hostile.AllocPerByte(in, e.f)
			if got > maxAllocPerByte {
				t.Errorf("%s on %s: %.2f bytes allocated per input byte, want ≤ %d", e.name, in.Name, got, maxAllocPerByte)
			}
			t.Logf("%s on %s: %.3f bytes allocated per input byte", e.name, in.Name, got)
		}
	}
}

func TestShortNoAlloc(t *testing.T) {
	p := Parser{YearHint: 2018}
	for _, s := range []string{"a", "", `"`, "\x00", "The minister said so.", "in 1990s", "12:30"} {
		if n := testing.AllocsPerRun(100, func() { p.Find(s) }); n != 0 {
			t.Errorf("Find(%q): %.0f allocations, want 0", s, n)
		}
		if n := testing.AllocsPerRun(100, func() { Years(s) }); n != 0 {
			t.Errorf("Years(%q): %.0f allocations, want 0", s, n)
		}
	}
}

func BenchmarkFindHostile(b *testing.B) {
	hostile.Bench(b, inputs(b), func(s string) { Parser{YearHint: 2018}.Find(s) })
}

func BenchmarkYearsHostile(b *testing.B) {
	hostile.Bench(b, inputs(b), func(s string) { Years(s) })
}
