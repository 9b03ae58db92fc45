package quote

import (
	"strings"
	"testing"
)

// want is the expected reading of one quotation.
type want struct {
	para    int
	text    string
	speaker string
	cue     string
	partial bool
}

type findCase struct {
	name  string
	paras []string
	want  []want
}

var findCases = []findCase{
	// English speakers.
	{"en said after", []string{`“We are ready to help,” Abdrakhmanov said.`},
		[]want{{0, "We are ready to help,", "Abdrakhmanov", "said", false}}},
	{"en said X title", []string{`"The council acted quickly," said Kairat Abdrakhmanov, the foreign minister.`},
		[]want{{0, "The council acted quickly,", "Kairat Abdrakhmanov", "said", false}}},
	{"en X said colon", []string{`Foreign Minister Kairat Abdrakhmanov said: “The region needs water.”`},
		[]want{{0, "The region needs water.", "Foreign Minister Kairat Abdrakhmanov", "said", false}}},
	{"en follow-up sentence", []string{`"We signed it," Smith said. "It took two years."`},
		[]want{{0, "We signed it,", "Smith", "said", false}, {0, "It took two years.", "Smith", "said", false}}},
	{"en follow-up same sentence", []string{`"We signed it," Smith said, "and it took two years."`},
		[]want{{0, "We signed it,", "Smith", "said", false}, {0, "and it took two years.", "Smith", "said", false}}},
	{"en says the message", []string{`“The presidency was a success.” Says the message.`},
		[]want{{0, "The presidency was a success.", "the message", "says", false}}},
	{"en the ministry noted", []string{`“Kazakhstan promoted the interests of the region.” The Ministry noted.`},
		[]want{{0, "Kazakhstan promoted the interests of the region.", "The Ministry", "noted", false}}},
	{"en headline", []string{`Tokayev: “Kazakhstan will keep its course”`},
		[]want{{0, "Kazakhstan will keep its course", "Tokayev", "", false}}},
	{"en told reporters paragraph before", []string{`Foreign Minister Kairat Abdrakhmanov told reporters:`, `“The talks were constructive and open.”`},
		[]want{{1, "The talks were constructive and open.", "Foreign Minister Kairat Abdrakhmanov", "told", false}}},
	{"en told reporters same sentence", []string{`The minister told reporters on Tuesday: "We expect a decision soon."`},
		[]want{{0, "We expect a decision soon.", "The minister", "told", false}}},
	{"en single quotes british", []string{`‘We will not give up,’ she added.`},
		[]want{{0, "We will not give up,", "she", "added", false}}},
	{"en nested single", []string{`“He called it ‘a turning point’ for the region,” the envoy stressed.`},
		[]want{{0, "He called it ‘a turning point’ for the region,", "the envoy", "stressed", false}}},
	{"en partial called", []string{`Trump called the deal “horrible, one-sided” and left.`},
		[]want{{0, "horrible, one-sided", "Trump", "called", true}}},
	{"en partial said that", []string{`The minister said the situation was “under full control” now.`},
		[]want{{0, "under full control", "The minister", "said", true}}},
	{"en partial post", []string{`The plan is “a dead end,” he warned.`},
		[]want{{0, "a dead end,", "he", "warned", true}}},
	{"en scare quote dropped", []string{`The so-called “reforms” changed nothing.`}, nil},
	{"en title dropped", []string{`The delegates met at the “Astana Club” forum on Monday.`}, nil},
	{"en title after cue dropped", []string{`He said the forum “Astana Club” will meet in May.`}, nil},
	{"en cue then capitalised speech", []string{`He told reporters “We are not leaving” and walked away.`},
		[]want{{0, "We are not leaving", "He", "told", false}}},
	{"en document title dropped", []string{`He chaired a briefing “Non-Proliferation of Weapons of Mass Destruction: Confidence-Building Measures” on January 18.`}, nil},
	{"en according to", []string{`“Prices will rise,” according to the central bank.`},
		[]want{{0, "Prices will rise,", "the central bank", "according to", false}}},
	{"en emphasized", []string{`"Security is indivisible," the president emphasized in his speech.`},
		[]want{{0, "Security is indivisible,", "the president", "emphasized", false}}},
	{"en pronoun resolved", []string{`“We are ready,” Foreign Minister Kairat Abdrakhmanov said.`, `“The council must act,” he added.`},
		[]want{{0, "We are ready,", "Foreign Minister Kairat Abdrakhmanov", "said", false},
			{1, "The council must act,", "Foreign Minister Kairat Abdrakhmanov", "added", false}}},
	{"en pronoun ambiguous", []string{`“We are ready,” John Smith said.`, `“So are we,” Mary Jones replied.`, `“Then let us start,” he said.`},
		[]want{{0, "We are ready,", "John Smith", "said", false}, {1, "So are we,", "Mary Jones", "replied", false},
			{2, "Then let us start,", "he", "said", false}}},
	{"en pronoun by title gender", []string{`“We are ready,” said Mr. John Smith.`, `“So are we,” said Mrs. Mary Jones.`, `“Then let us start,” she said.`},
		[]want{{0, "We are ready,", "Mr. John Smith", "said", false}, {1, "So are we,", "Mrs. Mary Jones", "said", false},
			{2, "Then let us start,", "Mrs. Mary Jones", "said", false}}},
	{"en pronoun no name", []string{`“We are ready,” he said.`},
		[]want{{0, "We are ready,", "he", "said", false}}},
	{"en pronoun resolved to titled mention", []string{`Foreign Minister Kairat Abdrakhmanov opened the session on Monday.`, `“The agenda is full,” he said.`},
		[]want{{1, "The agenda is full,", "Foreign Minister Kairat Abdrakhmanov", "said", false}}},
	{"en pronoun ambiguous mentions", []string{`President Tokayev met Prime Minister Smailov on Monday. “We agreed on the budget,” he said.`},
		[]want{{0, "We agreed on the budget,", "he", "said", false}}},
	{"en pronoun mention of earlier speaker", []string{`“We are ready,” Kairat Abdrakhmanov said.`, `Later Minister Abdrakhmanov met the press.`, `“It went well,” he said.`},
		[]want{{0, "We are ready,", "Kairat Abdrakhmanov", "said", false}, {2, "It went well,", "Kairat Abdrakhmanov", "said", false}}},
	{"en unattributed speech kept", []string{`The mood was cautious. “Nothing is decided yet.”`},
		[]want{{0, "Nothing is decided yet.", "", "", false}}},
	{"en speaker the subject of the sentence before", []string{`Analyst Dana Reyes agreed. “The party is running out of time.”`},
		[]want{{0, "The party is running out of time.", "Analyst Dana Reyes", "", false}}},
	{"en sentence before with no person gives no speaker", []string{`The vote was close. “Nothing is decided yet.”`},
		[]want{{0, "Nothing is decided yet.", "", "", false}}},
	{"en age and place of origin passed over", []string{`“We need people who bring us together,” Tom Hale, 30, of Dayton, Ohio, said in an interview.`},
		[]want{{0, "We need people who bring us together,", "Tom Hale", "said", false}}},
	{"en age, origin and relative clause passed over", []string{`“We need change,” Ann Orr, 58, of Salem, Ore., who was among those polled, said.`},
		[]want{{0, "We need change,", "Ann Orr", "said", false}}},
	{"en possessive in an apposition is no subject", []string{`“The numbers are good,” Jeff Lowe, Smith’s campaign manager, said in a statement.`},
		[]want{{0, "The numbers are good,", "Jeff Lowe", "said", false}}},
	{"en role and the body it serves after the cue", []string{`“This is oddly familiar,” said one longtime adviser to Mayor Tom Hale.`},
		[]want{{0, "This is oddly familiar,", "one longtime adviser to Mayor Tom Hale", "said", false}}},
	{"en role and the body it serves as subject", []string{`A spokeswoman for the Senate Rules Committee emailed reporters, arguing, “The text says no such thing.”`},
		[]want{{0, "The text says no such thing.", "A spokeswoman for the Senate Rules Committee", "arguing", false}}},
	{"en role preposition with no name after it stays out", []string{`“We will win,” the senator said to reporters.`},
		[]want{{0, "We will win,", "the senator", "said", false}}},
	{"en reacted", []string{`“Is he serious?” reacted the candidate.`},
		[]want{{0, "Is he serious?", "the candidate", "reacted", false}}},
	{"en apostrophes", []string{`Kazakhstan’s envoy said: “Don’t expect miracles, it’s a long road.”`},
		[]want{{0, "Don’t expect miracles, it’s a long road.", "Kazakhstan’s envoy", "said", false}}},
	{"en multi-paragraph english habit", []string{`“The first part of the statement goes here.`, `“The second part goes on.`, `“And the last part ends it,” the minister said.`},
		[]want{{0, "The first part of the statement goes here.\nThe second part goes on.\nAnd the last part ends it,", "the minister", "said", false}}},
	{"en straight quotes", []string{`"It is a historic day," Nazarbayev's spokesman said.`},
		[]want{{0, "It is a historic day,", "Nazarbayev's spokesman", "said", false}}},
	{"en X said comma", []string{`Abdrakhmanov said, “The vote was unanimous.”`},
		[]want{{0, "The vote was unanimous.", "Abdrakhmanov", "said", false}}},
	{"en X, title, said", []string{`“The vote was unanimous,” Kairat Abdrakhmanov, Kazakhstan’s foreign minister, said.`},
		[]want{{0, "The vote was unanimous,", "Kairat Abdrakhmanov", "said", false}}},
	{"en unbalanced", []string{`He said “this will never end. Later, “We will win,” Smith said.`, `“The next quote,” Jones noted.`},
		[]want{{0, "We will win,", "Smith", "said", false}, {1, "The next quote,", "Jones", "noted", false}}},
	{"en unbalanced does not swallow", []string{`The “reform was announced on Monday.`, `Nothing else happened.`, `“We are pleased,” the ministry stated.`},
		[]want{{2, "We are pleased,", "the ministry", "stated", false}}},

	// Russian.
	{"ru сказал", []string{`«Мы готовы к диалогу», — сказал министр.`},
		[]want{{0, "Мы готовы к диалогу", "министр", "сказал", false}}},
	{"ru заявил colon", []string{`Касым-Жомарт Токаев заявил: «Казахстан продолжит реформы».`},
		[]want{{0, "Казахстан продолжит реформы", "Касым-Жомарт Токаев", "заявил", false}}},
	{"ru insertion", []string{`«Переговоры прошли успешно, — отметил Кайрат Абдрахманов, — и мы довольны результатом».`},
		[]want{{0, "Переговоры прошли успешно", "Кайрат Абдрахманов", "отметил", false},
			{0, "и мы довольны результатом", "Кайрат Абдрахманов", "отметил", false}}},
	{"ru nested „“", []string{`«Мы называем это „новой реальностью“», — подчеркнула она.`},
		[]want{{0, "Мы называем это „новой реальностью“", "она", "подчеркнула", false}}},
	{"ru partial", []string{`Министр назвал сделку «крайне невыгодной» для страны.`},
		[]want{{0, "крайне невыгодной", "Министр", "назвал", true}}},
	{"ru title dropped", []string{`В Астане прошло заседание «Астанинского клуба».`}, nil},
	{"ru title dropped 2", []string{`Форум «Astana Club» собрал экспертов из 30 стран.`}, nil},
	{"ru pronoun resolved by gender", []string{`«Мы открыты», — сказала Анна Петрова.`, `«Посмотрим», — ответил Иван Сидоров.`, `«Это важно», — добавила она.`},
		[]want{{0, "Мы открыты", "Анна Петрова", "сказала", false}, {1, "Посмотрим", "Иван Сидоров", "ответил", false},
			{2, "Это важно", "Анна Петрова", "добавила", false}}},
	{"ru pronoun он", []string{`«Решение принято», — сообщил Ерлан Карин.`, `«Работа продолжится», — добавил он.`},
		[]want{{0, "Решение принято", "Ерлан Карин", "сообщил", false}, {1, "Работа продолжится", "Ерлан Карин", "добавил", false}}},
	{"ru multi-paragraph russian habit", []string{`Министр заявил: «Мы завершили председательство.`, `Совет провел тридцать заседаний.`, `Это важный итог для страны».`},
		[]want{{0, "Мы завершили председательство.\nСовет провел тридцать заседаний.\nЭто важный итог для страны", "Министр", "заявил", false}}},
	{"ru dash after quote with straight", []string{`"Мы готовы", - сказал он.`},
		[]want{{0, "Мы готовы", "он", "сказал", false}}},
	{"ru по словам", []string{`По словам министра, «переговоры будут продолжены».`},
		[]want{{0, "переговоры будут продолжены", "министра", "по словам", false}}},

	// Kazakh.
	{"kk деді", []string{`«Біз келіссөздерге дайынбыз», — деді министр.`},
		[]want{{0, "Біз келіссөздерге дайынбыз", "министр", "деді", false}}},
	{"kk деп атап өтті", []string{`«Қазақстан өңірдің мүддесін қорғайды» деп атап өтті Қайрат Әбдірахманов.`},
		[]want{{0, "Қазақстан өңірдің мүддесін қорғайды", "Қайрат Әбдірахманов", "атап өтті", false}}},
	{"kk speaker before", []string{`Министр «Кеңес өз міндетін орындады» деп мәлімдеді.`},
		[]want{{0, "Кеңес өз міндетін орындады", "Министр", "мәлімдеді", false}}},
	{"kk ол", []string{`«Жұмыс жалғасады», — деді Ерлан Қарин.`, `«Бұл маңызды қадам», — деді ол.`},
		[]want{{0, "Жұмыс жалғасады", "Ерлан Қарин", "деді", false}, {1, "Бұл маңызды қадам", "Ерлан Қарин", "деді", false}}},
	{"kk айтты colon", []string{`Президент былай деп айтты: «Біз бірге боламыз».`},
		[]want{{0, "Біз бірге боламыз", "Президент", "айтты", false}}},

	// Dialogue dashes.
	{"ru dash turn attributed", []string{`— Мы готовы к переговорам, — сказал посол. — Но условия должны быть честными.`},
		[]want{{0, "Мы готовы к переговорам", "посол", "сказал", false}, {0, "Но условия должны быть честными.", "посол", "сказал", false}}},
	{"ru interview", []string{`Мы поговорили с послом Казахстана.`, `— Как вы оцениваете итоги председательства?`, `— Положительно. Мы провели тридцать заседаний.`}, nil},
	{"kk dash turn", []string{`– Біз дайынбыз, – деді ол.`},
		[]want{{0, "Біз дайынбыз", "ол", "деді", false}}},
}

func TestFind(t *testing.T) { runFindCases(t, findCases) }

// runFindCases runs Find over each case and checks its quotations.
func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.paras)
			checkInvariants(t, tc.paras, got)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tc.want), dump(got))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Paragraph != w.para || g.Text != w.text || g.Speaker != w.speaker || g.Cue != w.cue || g.Partial != w.partial {
					t.Errorf("quote %d:\n got  %d %q speaker=%q cue=%q partial=%v\n want %d %q speaker=%q cue=%q partial=%v",
						i, g.Paragraph, g.Text, g.Speaker, g.Cue, g.Partial, w.para, w.text, w.speaker, w.cue, w.partial)
				}
			}
		})
	}
}

// checkInvariants checks offsets against the paragraphs.
func checkInvariants(t *testing.T, paras []string, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Paragraph < 0 || q.Paragraph >= len(paras) {
			t.Fatalf("quote %d: paragraph %d out of range", i, q.Paragraph)
		}
		p := paras[q.Paragraph]
		if q.Start < 0 || q.Start > q.End || q.End > len(p) {
			t.Fatalf("quote %d: offsets %d:%d out of range of %d bytes", i, q.Start, q.End, len(p))
		}
		part := p[q.Start:q.End]
		if !strings.HasPrefix(q.Text, part) || (!strings.Contains(q.Text, "\n") && q.Text != part) {
			t.Fatalf("quote %d: text %q does not start with paragraph part %q", i, q.Text, part)
		}
		checkSpeakerAt(t, i, paras, q)
		if i > 0 && (qs[i-1].Paragraph > q.Paragraph || (qs[i-1].Paragraph == q.Paragraph && qs[i-1].Start > q.Start)) {
			t.Fatalf("quote %d out of order", i)
		}
	}
}

// checkSpeakerAt checks that the speaker of a quotation is written where
// its location says, and that there is no location without a speaker.
func checkSpeakerAt(t *testing.T, i int, paras []string, q Quote) {
	t.Helper()
	if q.Speaker == "" {
		if q.SpeakerParagraph != 0 || q.SpeakerStart != 0 || q.SpeakerEnd != 0 {
			t.Fatalf("quote %d: speaker location %d:%d:%d without a speaker", i, q.SpeakerParagraph, q.SpeakerStart, q.SpeakerEnd)
		}
		return
	}
	if q.SpeakerParagraph < 0 || q.SpeakerParagraph >= len(paras) {
		t.Fatalf("quote %d: speaker paragraph %d out of range", i, q.SpeakerParagraph)
	}
	p := paras[q.SpeakerParagraph]
	if q.SpeakerStart < 0 || q.SpeakerStart > q.SpeakerEnd || q.SpeakerEnd > len(p) || p[q.SpeakerStart:q.SpeakerEnd] != q.Speaker {
		t.Fatalf("quote %d: speaker %q is not at %d:%d:%d of %q", i, q.Speaker, q.SpeakerParagraph, q.SpeakerStart, q.SpeakerEnd, p)
	}
}

func dump(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  ")
		b.WriteString(strings.Join([]string{itoa(q.Paragraph), q.Text, "speaker=" + q.Speaker, "cue=" + q.Cue}, " | "))
		if q.Partial {
			b.WriteString(" | partial")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}
