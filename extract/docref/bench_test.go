package docref

import (
	"os"
	"strings"
	"testing"
	"time"
)

// megabyte returns about 1 MB of text made of the press release and the
// sample article, repeated.
func megabyte(tb testing.TB) string {
	sample, err := os.ReadFile("../../testdata/bnews-kazakhstan-unsc-presidency.txt")
	if err != nil {
		tb.Fatal(err)
	}
	unit := pressRelease + "\n\n" + string(sample) + "\n\n" +
		"резолюции СБ ООН 1540 (2004), ҚК-нің 2231 қарары.\n\n"
	return strings.Repeat(unit, 1<<20/len(unit)+1)
}

func BenchmarkFind1MB(b *testing.B) {
	text := megabyte(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkFindParagraph(b *testing.B) {
	b.SetBytes(int64(len(pressRelease)))
	b.ReportAllocs()
	for b.Loop() {
		Find(pressRelease)
	}
}

func BenchmarkParseSymbol(b *testing.B) {
	const s = "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		ParseSymbol(s)
	}
}

// TestLinear checks that Find's time grows linearly on inputs built to
// make a careless scanner quadratic (long lists, long runs of
// capitalised words, slashes, unfinished citations): ten times the input
// may not take much more than ten times as long (a quadratic scan
// would take a hundred).
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for _, unit := range []string{
		"1, ", "Treaty ", "Treaty on Code of ", "A/", "S/1/", "resolution ",
		"resolutions 1 (2000), ", "2015 жылғы ", "www.", "x/", "Aa Bb Cc Dd ",
		", Just", "ҚК ", "резолюции ", "Security Council ",
	} {
		small := strings.Repeat(unit, 3000)
		big := strings.Repeat(unit, 30000)
		// Timing is noisy on a loaded machine: a quadratic scan fails
		// every try, a linear one passes one at least.
		ratio := 0.0
		for try := 0; try < 3; try++ {
			ts, tb := minTime(small), minTime(big)
			if ratio = float64(tb) / float64(max(ts, time.Microsecond)); ratio <= 40 {
				break
			}
		}
		if ratio > 40 {
			t.Errorf("%q: 10x input takes %.0fx time", unit, ratio)
		}
	}
}

// minTime returns the shortest of three runs of Find over text.
func minTime(text string) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Find(text)
		best = min(best, time.Since(start))
	}
	return best
}
