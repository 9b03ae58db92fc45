package quote

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/hostile"
)

// quotedParas are paragraphs rich in quotations, in the three languages.
var quotedParas = []string{
	`“We are ready to help,” Foreign Minister Kairat Abdrakhmanov said. “The region needs water.”`,
	`The minister called the deal “horrible, one-sided” and said: "We will not sign it."`,
	`«Переговоры прошли успешно, — отметил Кайрат Абдрахманов, — и мы довольны результатом».`,
	`Министр заявил: «Заявление „О предотвращении конфликтов“ стало итогом брифинга».`,
	`«Қазақстан өңірдің мүддесін қорғайды» деп атап өтті Қайрат Әбдірахманов.`,
	`— Мы готовы к переговорам, — сказал посол. — Но условия должны быть честными.`,
	`The delegates met at the “Astana Club” forum, and the ministry noted: “Kazakhstan’s course is unchanged.”`,
}

// plainParas are paragraphs without a quotation mark.
var plainParas = []string{
	`Kazakhstan has completed its presidency of the United Nations Security Council, the press-service of the Ministry of Foreign Affairs of Kazakhstan reported.`,
	`Казахстан завершил председательство в Совете Безопасности ООН, в ходе которого было проведено около тридцати заседаний.`,
	`Қазақстан БҰҰ Қауіпсіздік Кеңесіндегі төрағалығын аяқтады, бұл туралы Сыртқы істер министрлігі хабарлады.`,
}

// corpus repeats paras to about size bytes.
func corpus(paras []string, size int) []string {
	var out []string
	n := 0
	for n < size {
		p := paras[len(out)%len(paras)]
		out = append(out, p)
		n += len(p)
	}
	return out
}

func bytesOf(paras []string) int64 {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return int64(n)
}

func benchFind(b *testing.B, paras []string) {
	b.SetBytes(bytesOf(paras))
	b.ReportAllocs()
	for b.Loop() {
		Find(paras)
	}
}

// BenchmarkFind runs on texts of growing size; time per byte stays flat.
func BenchmarkFind(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"256KB", 256 << 10}, {"1MB", 1 << 20}} {
		b.Run("quotes/"+size.name, func(b *testing.B) { benchFind(b, corpus(quotedParas, size.n)) })
		b.Run("none/"+size.name, func(b *testing.B) { benchFind(b, corpus(plainParas, size.n)) })
	}
}

// BenchmarkFindAdversarial runs on single 1 MB paragraphs of unbalanced
// marks and of dashes, the inputs most likely to cost more than linear time.
func BenchmarkFindAdversarial(b *testing.B) {
	cases := map[string]string{
		"open-marks": strings.Repeat("“a ", 1<<18),
		"mixed":      strings.Repeat("« „ “ ‘ \" x ” » ’ ", 1<<16),
		"dashes":     strings.Repeat("— a, — сказал он, ", 1<<15),
		"closed":     strings.Repeat("“a,” he said. ", 1<<16),
	}
	for name, s := range cases {
		b.Run(name, func(b *testing.B) { benchFind(b, []string{s}) })
	}
	b.Run("paragraphs", func(b *testing.B) {
		benchFind(b, corpus([]string{"“Open and never closed.", "Plain text paragraph follows here."}, 1<<20))
	})
}

// BenchmarkScaling runs Find over inputs built to make a careless scanner
// quadratic, each at three sizes ten times apart: the MB/s of a unit stay
// level when Find is linear in its input, and fall tenfold at each step
// when it is not.
func BenchmarkScaling(b *testing.B) {
	hostile.BenchScaling(b, []string{
		"“a,” he said, ", "“a,” he said. ", "Mr. John Smith met Anna Berg. “a,” she said. ",
		"— A? ", "— a, — сказал он. ", "Aa Bb Cc ", "X, who a, ", "The leader, Sarah Kemp, said “a” and ",
		"так называемой «a» ", "“a ", "«a» деп ", "Министрдің айтуынша, «a» ",
		"Bob Reyes spoke. “A b.” ", "“a,” Tom Hale, 30, of Dayton, Ohio, said. ", "Reyes said the plan is “a,” and “b” ",
	}, func(s string) { Find([]string{s}) })
}
