package dates

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// hostileSize is the size of each hostile input.
const hostileSize = 1 << 20

// maxAllocPerByte bounds the bytes Find and Years may allocate per byte of
// input, whatever the input.
const maxAllocPerByte = 2

// hostileInput is an input built to make a scanner allocate much or work
// hard.
type hostileInput struct {
	name    string
	text    string
	perLine bool // call the function on each line, as callers do with paragraphs
}

// hostileInputs returns the inputs on which memory and time are bounded:
// runs of punctuation and NUL bytes (once a token each), many one-letter
// paragraphs, dates that resolve to nothing, and news prose.
func hostileInputs(tb testing.TB) []hostileInput {
	return []hostileInput{
		{name: "quotes", text: strings.Repeat(`"`, hostileSize)},
		{name: "curly-quotes", text: strings.Repeat("“", hostileSize/3)},
		{name: "nuls", text: strings.Repeat("\x00", hostileSize)},
		{name: "paragraphs", text: strings.Repeat("a\n", hostileSize/2), perLine: true},
		{name: "old-dates", text: repeatTo("February 2, 1980, 3:01 PM +0530; ", hostileSize)},
		{name: "prose", text: repeatTo(readSample(tb)+"\n", hostileSize)},
		{name: "prose-lines", text: repeatTo(readSample(tb)+"\n", hostileSize), perLine: true},
	}
}

// repeatTo repeats unit up to size bytes.
func repeatTo(unit string, size int) string {
	return strings.Repeat(unit, size/len(unit)+1)[:size]
}

// each calls f on the text of in, or on each of its lines.
func (in hostileInput) each(f func(string)) {
	if !in.perLine {
		f(in.text)
		return
	}
	for s := in.text; s != ""; {
		line, rest, _ := strings.Cut(s, "\n")
		f(line)
		s = rest
	}
}

// allocPerByte returns the bytes that one run of f over in allocates, per
// byte of input. A first run builds the lazy tables.
func allocPerByte(in hostileInput, f func(string)) float64 {
	in.each(f)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	in.each(f)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(in.text))
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
	for _, in := range hostileInputs(t) {
		for _, e := range entryPoints() {
			got := allocPerByte(in, e.f)
			if got > maxAllocPerByte {
				t.Errorf("%s on %s: %.2f bytes allocated per input byte, want ≤ %d", e.name, in.name, got, maxAllocPerByte)
			}
			t.Logf("%s on %s: %.3f bytes allocated per input byte", e.name, in.name, got)
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
	benchHostile(b, func(s string) { Parser{YearHint: 2018}.Find(s) })
}

func BenchmarkYearsHostile(b *testing.B) {
	benchHostile(b, func(s string) { Years(s) })
}

// benchHostile runs f over each hostile input.
func benchHostile(b *testing.B, f func(string)) {
	for _, in := range hostileInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				in.each(f)
			}
		})
	}
}
