package quote_test

import (
	"fmt"

	"github.com/newsextract/newsextract/extract/quote"
)

func ExampleFind() {
	paras := []string{
		"Kazakhstan has completed its presidency of the UN Security Council.",
		"“The meeting demonstrated that confidence-building measures can serve as a starting point.” says the message.",
		"“We are ready to help,” Foreign Minister Kairat Abdrakhmanov said. “The region needs water.”",
		"He called the plan “bold, but late” and left the hall.",
	}
	for _, q := range quote.Find(paras) {
		fmt.Printf("%d %q by %q (%s) partial=%v\n", q.Paragraph, q.Text, q.Speaker, q.Cue, q.Partial)
	}
	// Output:
	// 1 "The meeting demonstrated that confidence-building measures can serve as a starting point." by "the message" (says) partial=false
	// 2 "We are ready to help," by "Foreign Minister Kairat Abdrakhmanov" (said) partial=false
	// 2 "The region needs water." by "Foreign Minister Kairat Abdrakhmanov" (said) partial=false
	// 3 "bold, but late" by "Foreign Minister Kairat Abdrakhmanov" (called) partial=true
}

func ExampleFind_russian() {
	paras := []string{
		"«Переговоры прошли успешно, — отметил Кайрат Абдрахманов, — и мы довольны результатом».",
		"«Қазақстан өңірдің мүддесін қорғайды» деп атап өтті министр.",
	}
	for _, q := range quote.Find(paras) {
		fmt.Printf("%q — %s (%s)\n", q.Text, q.Speaker, q.Cue)
	}
	// Output:
	// "Переговоры прошли успешно" — Кайрат Абдрахманов (отметил)
	// "и мы довольны результатом" — Кайрат Абдрахманов (отметил)
	// "Қазақстан өңірдің мүддесін қорғайды" — министр (атап өтті)
}

func ExampleFindParas() {
	paras := []quote.Para{
		{Text: "The minister said in his address:"},
		{Text: "Our region must stay a zone of peace.", Block: true},
	}
	for _, q := range quote.FindParas(paras) {
		fmt.Printf("%q by %q\n", q.Text, q.Speaker)
	}
	// Output:
	// "Our region must stay a zone of peace." by "The minister"
}
