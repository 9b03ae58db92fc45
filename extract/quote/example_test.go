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

func ExampleFind_speakers() {
	paras := []string{
		"“We are seeing donors in the queue,” Raman said.",
		"Transport director Paul Whelan defended the plan. “Without it we cut routes,” he said.",
		"Lund, who leads the drivers’ branch of the union, said: “Our members will not comply.”",
		"— Когда потеплеет? — Не раньше марта, — ответила Айгуль Сейтова.",
		"Вице-министрдің айтуынша, сауда үйлері «кемінде үш провинцияда» ашылады.",
	}
	for _, q := range quote.Find(paras) {
		fmt.Printf("%d %q by %q (%s) partial=%v\n", q.Paragraph, q.Text, q.Speaker, q.Cue, q.Partial)
	}
	// Output:
	// 0 "We are seeing donors in the queue," by "Raman" (said) partial=false
	// 1 "Without it we cut routes," by "Paul Whelan" (said) partial=false
	// 2 "Our members will not comply." by "Lund" (said) partial=false
	// 3 "Когда потеплеет?" by "" () partial=false
	// 3 "Не раньше марта" by "Айгуль Сейтова" (ответила) partial=false
	// 4 "кемінде үш провинцияда" by "Вице-министрдің" (айтуынша) partial=true
}

func ExampleQuote_speakerLocation() {
	paras := []string{
		"''We may be seeing wage growth at last,'' said Jared Bernstein, an economist.",
		"''That would be a very big story,'' he added.",
	}
	for _, q := range quote.Find(paras) {
		at := paras[q.SpeakerParagraph][q.SpeakerStart:q.SpeakerEnd]
		fmt.Printf("%q by %q, named in paragraph %d at %d:%d (%q)\n", q.Text, q.Speaker, q.SpeakerParagraph, q.SpeakerStart, q.SpeakerEnd, at)
	}
	// Output:
	// "We may be seeing wage growth at last," by "Jared Bernstein", named in paragraph 0 at 47:62 ("Jared Bernstein")
	// "That would be a very big story," by "Jared Bernstein", named in paragraph 0 at 47:62 ("Jared Bernstein")
}
