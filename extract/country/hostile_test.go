package country

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// hostileSize is the size of each hostile input.
const hostileSize = 1 << 20

// maxAllocPerByte bounds the bytes Find may allocate per byte of input, on
// top of twice the size of the matches it returns (whose memory is the
// caller's).
const maxAllocPerByte = 2

// hostileInput is an input built to make a scanner allocate much or work
// hard.
type hostileInput struct {
	name    string
	text    string
	perLine bool // call Find on each line, as callers do with paragraphs
}

// hostileInputs returns the inputs on which memory and time are bounded:
// runs of punctuation and NUL bytes (once a token each), many one-letter
// paragraphs, one long line of prefixes of phrases, and news prose.
func hostileInputs(tb testing.TB) []hostileInput {
	return []hostileInput{
		{name: "quotes", text: strings.Repeat(`"`, hostileSize)},
		{name: "curly-quotes", text: strings.Repeat("“", hostileSize/3)},
		{name: "nuls", text: strings.Repeat("\x00", hostileSize)},
		{name: "paragraphs", text: strings.Repeat("a\n", hostileSize/2), perLine: true},
		{name: "prefixes", text: repeatTo("United States of Papua New ", hostileSize)},
		{name: "long-word", text: strings.Repeat("Ж", hostileSize/2)},
		{name: "prose", text: benchText(tb, hostileSize)},
		{name: "prose-lines", text: benchText(tb, hostileSize), perLine: true},
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
// byte of input. A first run builds the table.
func allocPerByte(in hostileInput, f func(string)) float64 {
	in.each(f)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	in.each(f)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(in.text))
}

func TestAllocBound(t *testing.T) {
	for _, in := range hostileInputs(t) {
		matches := 0
		in.each(func(s string) { matches += len(Find(s)) })
		limit := maxAllocPerByte + 2*float64(matches)*float64(unsafe.Sizeof(Match{}))/float64(len(in.text))
		got := allocPerByte(in, func(s string) { Find(s) })
		if got > limit {
			t.Errorf("Find on %s: %.2f bytes allocated per input byte, want ≤ %.2f", in.name, got, limit)
		}
		t.Logf("Find on %s: %.3f bytes allocated per input byte (%d matches)", in.name, got, matches)
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
	for _, in := range hostileInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				in.each(func(s string) { Find(s) })
			}
		})
	}
}
