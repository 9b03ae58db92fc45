package names

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/country"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
)

// scrapinghubTruth holds the true bodies of the pages of the ScrapingHub
// article-extraction benchmark.
const scrapinghubTruth = "../../../shared/corpus/scrapinghub/truth/ground-truth.json"

// corpusTexts returns the bodies of the ScrapingHub corpus, in order of
// page id, each split into its paragraphs, and the country spans of each
// paragraph as the article layer gives them to FindIn. It skips when the
// corpus is absent.
func corpusTexts(tb testing.TB) (texts [][]string, places [][][]Span) {
	for _, ps := range pagetest.ScrapingHubBodies(tb, scrapinghubTruth) {
		sp := make([][]Span, len(ps))
		for i, p := range ps {
			for _, m := range country.Find(p) {
				sp[i] = append(sp[i], Span{m.Start, m.End})
			}
		}
		texts = append(texts, ps)
		places = append(places, sp)
	}
	return texts, places
}

// BenchmarkFindIn measures FindIn on the news bodies of the ScrapingHub
// corpus with their countries found beforehand, as the article layer
// calls it.
func BenchmarkFindIn(b *testing.B) {
	texts, places := corpusTexts(b)
	lex()
	givenNames()
	n := 0
	for _, ps := range texts {
		for _, p := range ps {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, ps := range texts {
			FindIn(ps, places[i])
		}
	}
}

// benchParagraphs returns about size bytes of English, Russian and
// Kazakh news paragraphs.
func benchParagraphs(tb testing.TB, size int) []string {
	b, err := os.ReadFile("../../testdata/bnews-kazakhstan-unsc-presidency.txt")
	if err != nil {
		tb.Fatal(err)
	}
	chunk := strings.Split(string(b), "\n\n")
	chunk = append(chunk, "Министр иностранных дел Казахстана Мухтар Тлеуберди провёл переговоры с Сергеем Лавровым в Министерстве иностранных дел.",
		"ҚР Президенті Қасым-Жомарт Тоқаев Сыртқы істер министрлігінде кеңес өткізді.")
	var out []string
	n := 0
	for n < size {
		for _, p := range chunk {
			out = append(out, p)
			n += len(p)
		}
	}
	return out
}

// BenchmarkFind measures Find on texts of growing size; equal MB/s across
// the sizes shows that the time is linear.
func BenchmarkFind(b *testing.B) {
	lex()
	givenNames()
	for _, size := range []int{16 << 10, 64 << 10, 256 << 10} {
		ps := benchParagraphs(b, size)
		n := 0
		for _, p := range ps {
			n += len(p)
		}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				Find(ps)
			}
		})
	}
}

// BenchmarkHostile measures Find on one long paragraph of capitals, of
// initials, of quotes and of acronyms, which the runs and the look-ups
// read most, at two sizes: equal MB/s shows that the time is linear.
func BenchmarkHostile(b *testing.B) {
	lex()
	givenNames()
	for name, unit := range map[string]string{
		"capitals": "President John Smith Jones Brown ",
		"initials": "J. ",
		"quotes":   "компания «",
		"acronyms": "NATO ООН ",
	} {
		for _, size := range []int{64 << 10, 256 << 10} {
			p := strings.Repeat(unit, size/len(unit))
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(p)))
				b.ReportAllocs()
				for b.Loop() {
					Find([]string{p})
				}
			})
		}
	}
}

// BenchmarkBuild measures building the given-name table and the lexicon,
// the cost of the first call to Find.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildGiven()
	}
}
