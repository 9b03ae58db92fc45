package country

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/pagetest"
)

// scrapinghubTruth holds the true bodies of the pages of the ScrapingHub
// article-extraction benchmark.
const scrapinghubTruth = "../../../shared/corpus/scrapinghub/truth/ground-truth.json"

// BenchmarkFindCorpus measures Find on each paragraph of the news bodies
// of the ScrapingHub corpus, as the article layer calls it; it skips when
// the corpus is absent.
func BenchmarkFindCorpus(b *testing.B) {
	var paras []string
	for _, body := range pagetest.ScrapingHubBodies(b, scrapinghubTruth) {
		paras = append(paras, body...)
	}
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	theTable()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Find(p)
		}
	}
}

// benchText returns about size bytes of English, Russian and Kazakh news
// text.
func benchText(tb testing.TB, size int) string {
	b, err := os.ReadFile("../../testdata/bnews-kazakhstan-unsc-presidency.txt")
	if err != nil {
		tb.Fatal(err)
	}
	chunk := string(b) + "\nМинистр иностранных дел Казахстана провёл переговоры с коллегами из России, " +
		"Китая и Соединённых Штатов Америки.\nҚазақстан Республикасының министрі Ресейге және Қытайға сапар жасады.\n"
	var sb strings.Builder
	for sb.Len() < size {
		sb.WriteString(chunk)
	}
	return sb.String()[:size]
}

// BenchmarkFind measures Find on texts of growing size; equal MB/s across
// the sizes shows that the time is linear.
func BenchmarkFind(b *testing.B) {
	theTable()
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		text := benchText(b, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(text)
			}
		})
	}
}

// BenchmarkBuildTable measures the one-time cost of the first call to Find.
func BenchmarkBuildTable(b *testing.B) {
	b.SetBytes(int64(len(phraseData)))
	b.ReportAllocs()
	for b.Loop() {
		buildTable()
	}
}

// TestFindLinear checks that the look-ups per token are bounded, also on
// texts made of prefixes of long phrases, which is what keeps Find linear.
func TestFindLinear(t *testing.T) {
	for _, unit := range []string{
		"Papua New ", "United States of ", "Islamic Republic of ", "South Georgia and the South ",
		"Республики ", "Папуа — Новой ", "Америка Құрама ", "the ", "’", "U.S.", "a ",
		"Moscow, Georgia and ", "Gov. A B of Georgia, ", "Georgia-", "Islamic State of Iraq and ",
	} {
		for _, n := range []int{10, 1000, 20000} {
			s := scanAll(strings.Repeat(unit, n))
			if tokens := s.win.Count(); s.probes > maxPhraseTokens*tokens {
				t.Errorf("%q × %d: %d look-ups for %d tokens", unit, n, s.probes, tokens)
			}
		}
	}
	s := scanAll(benchText(t, 1<<20))
	if perToken := float64(s.probes) / float64(s.win.Count()); perToken > 1.5 {
		t.Errorf("%.2f look-ups per token on news text", perToken)
	}
}

// scanAll runs a scanner over text and returns it, with its count of
// look-ups and of tokens read.
func scanAll(text string) *scanner {
	s := newScanner(text, make([]token, windowSize))
	s.run(text)
	return &s
}
