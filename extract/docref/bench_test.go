package docref

import (
	"os"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/hostile"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
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

// scrapinghubTruth holds the true bodies of the pages of the ScrapingHub
// article-extraction benchmark.
const scrapinghubTruth = "../../../shared/corpus/scrapinghub/truth/ground-truth.json"

// BenchmarkFindCorpus measures Find on each paragraph of the news bodies
// of the ScrapingHub corpus, as the article layer calls it; it skips when
// the corpus is absent.
func BenchmarkFindCorpus(b *testing.B) {
	var paras []string
	n := 0
	for _, body := range pagetest.ScrapingHubBodies(b, scrapinghubTruth) {
		for _, p := range body {
			paras = append(paras, p)
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Find(p)
		}
	}
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

// BenchmarkScaling runs Find over inputs built to make a careless scanner
// quadratic, each at three sizes ten times apart: the MB/s of a unit stay
// level when Find is linear in its input, and fall tenfold at each step
// when it is not.
func BenchmarkScaling(b *testing.B) {
	hostile.BenchScaling(b, []string{
		"1, ", "Treaty ", "Treaty on Code of ", "A/", "S/1/", "resolution ",
		"resolutions 1 (2000), ", "2015 жылғы ", "www.", "x/", "Aa Bb Cc Dd ",
		", Just", "ҚК ", "резолюции ", "Security Council ",
	}, func(s string) { Find(s) })
}
