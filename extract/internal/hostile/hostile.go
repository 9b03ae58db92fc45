// Package hostile builds the inputs on which the scanners of newsextract
// keep their time and memory bounded, and measures what a scan of them
// allocates. It serves the tests and benchmarks of those packages.
package hostile

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// Size is the size of each input.
const Size = 1 << 20

// Input is a text built to make a scanner allocate much or work hard.
type Input struct {
	Name    string
	Text    string
	PerLine bool // scan each line, as callers scan paragraphs
}

// Inputs returns the inputs every scanner is held to: runs of quote marks
// and NUL bytes, many one-letter paragraphs, a word of one letter a
// megabyte long, and prose, whole and by lines; then the scanner's own.
func Inputs(prose string, own ...Input) []Input {
	prose = RepeatTo(prose+"\n", Size)
	return append([]Input{
		{Name: "quotes", Text: strings.Repeat(`"`, Size)},
		{Name: "curly-quotes", Text: strings.Repeat("“", Size/3)},
		{Name: "nuls", Text: strings.Repeat("\x00", Size)},
		{Name: "paragraphs", Text: strings.Repeat("a\n", Size/2), PerLine: true},
		{Name: "long-word", Text: strings.Repeat("Ж", Size/2)},
		{Name: "prose", Text: prose},
		{Name: "prose-lines", Text: prose, PerLine: true},
	}, own...)
}

// RepeatTo repeats unit up to size bytes.
func RepeatTo(unit string, size int) string {
	return strings.Repeat(unit, size/len(unit)+1)[:size]
}

// Each calls f on the text of in, or on each of its lines.
func (in Input) Each(f func(string)) {
	if !in.PerLine {
		f(in.Text)
		return
	}
	for s := in.Text; s != ""; {
		line, rest, _ := strings.Cut(s, "\n")
		f(line)
		s = rest
	}
}

// AllocPerByte returns the bytes that one run of f over in allocates, per
// byte of input. A first run, not counted, builds the lazy tables.
func AllocPerByte(in Input, f func(string)) float64 {
	in.Each(f)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	in.Each(f)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(in.Text))
}

// Bench runs f over each input as a sub-benchmark, in bytes per second and
// allocations.
func Bench(b *testing.B, inputs []Input, f func(string)) {
	for _, in := range inputs {
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Text)))
			b.ReportAllocs()
			for b.Loop() {
				in.Each(f)
			}
		})
	}
}

// Scales are the sizes, in repetitions of a unit, at which BenchScaling
// runs: a linear scan costs the same per byte at each, a quadratic one ten
// times as much at every step.
var Scales = []int{1000, 10000, 100000}

// BenchScaling runs f over each unit repeated at each of the Scales, as
// sub-benchmarks named unit/size, in bytes per second: their MB/s are the
// same when the time f takes grows linearly.
func BenchScaling(b *testing.B, units []string, f func(string)) {
	for i, unit := range units {
		for _, n := range Scales {
			text := strings.Repeat(unit, n)
			b.Run(fmt.Sprintf("%d/%dx", i, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					f(text)
				}
			})
		}
	}
}
