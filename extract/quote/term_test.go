package quote

import "testing"

// titleCases are fragments quoted inside the writer's sentences, kept as
// partial quotations when attributed, and their near-misses: titles of
// works, names of bodies and formats, nicknames, scare quotes and
// headlines in marks.
var titleCases = []findCase{
	{"en fragment after calling", []string{`Reyes went after Hale on Monday, calling him “a total bore.”`},
		[]want{{0, "a total bore.", "Reyes", "calling", true}}},
	{"en title of a work", []string{`He read "The Old Man and the Sea" twice, said his teacher.`}, nil},
	{"en title of a book", []string{`His book “Crippled America” came out in November, he said.`}, nil},
	{"en nickname", []string{`Reyes, nicknamed “The Donald,” said he would run.`}, nil},
	{"en scare quotes", []string{`Dozens of so-called “reforms” were passed last year.`}, nil},
	{"en headline in marks", []string{`The paper ran the story under “Reyes Wins Big Again” on Sunday.`}, nil},
	{"en headline's speaker", []string{`Gillibrand on the transcripts: ‘I Think She Will.’`},
		[]want{{0, "I Think She Will.", "Gillibrand", "", false}}},
	{"en show after on", []string{`“She simply invented it,” he said during a call to Channel 9’s “Night Desk.”`},
		[]want{{0, "She simply invented it,", "he", "said", false}}},
	{"en show after a possessive", []string{`“I was standing on the quay at dawn,” Reyes told ABC’s “Morning” on Friday.`},
		[]want{{0, "I was standing on the quay at dawn,", "Reyes", "told", false}}},
	{"en headline's speaker before a preposition", []string{`BBC Director On Minister: ‘We Do Not Pay Guests To Appear On Air.’`},
		[]want{{0, "We Do Not Pay Guests To Appear On Air.", "BBC Director", "", false}}},
	{"en headline's speaker of a fragment", []string{`Marsh: Maria Lopez’s ‘Record Is In Question.’`},
		[]want{{0, "Record Is In Question.", "Marsh", "", true}}},
	{"en unclosed quotation keeps its attribution apart", []string{`“We will win, the senator said as the crowd cheered.`},
		[]want{{0, "We will win,", "the senator", "said", false}}},
	{"en unclosed quotation with a parenthetical", []string{`“We will win this state, and then, I think, the country.`},
		[]want{{0, "We will win this state, and then, I think, the country.", "", "", false}}},
	{"ru fragment after назвав", []string{`Президент осудил решение, назвав его «непростительным оскорблением».`},
		[]want{{0, "непростительным оскорблением", "Президент", "назвав", true}}},
	{"ru organisation", []string{`Компания «Ростелеком» сообщила о росте выручки.`}, nil},
	{"ru format after a preposition", []string{`Переговоры в «нормандском формате» продолжатся, заявил министр.`}, nil},
	{"ru gerund добавив", []string{`«Мы готовы», — сказал министр, добавив: «Но не сейчас».`},
		[]want{{0, "Мы готовы", "министр", "сказал", false}, {0, "Но не сейчас", "министр", "сказал", false}}},
	{"kk name before деп аталатын", []string{`«Қорғас» деп аталатын орталық ашылды.`}, nil},
}

func TestFindTitles(t *testing.T) { runFindCases(t, titleCases) }
