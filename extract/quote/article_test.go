package quote

import "testing"

// An interview: an introduction, then question and answer turns opened by
// dashes, one of them with an author's remark.
func TestInterview(t *testing.T) {
	paras := []string{
		"Постоянный представитель Казахстана при ООН ответил на вопросы нашего корреспондента.",
		"— Каковы итоги председательства Казахстана в Совете Безопасности?",
		"— Мы провели около тридцати заседаний. Главное — доверие между державами.",
		"— Что дальше?",
		"— Работа продолжится, — сказал дипломат. — Мы остаемся в Совете до конца года.",
		"- увеличение взносов на 5%;",
	}
	got := Find(paras)
	checkInvariants(t, paras, got)
	want := []want{
		{1, "Каковы итоги председательства Казахстана в Совете Безопасности?", "", "", false},
		{2, "Мы провели около тридцати заседаний. Главное — доверие между державами.", "", "", false},
		{3, "Что дальше?", "", "", false},
		{4, "Работа продолжится", "дипломат", "сказал", false},
		{4, "Мы остаемся в Совете до конца года.", "дипломат", "сказал", false},
	}
	compare(t, got, want)
}

// A Russian article with «» quotations, nested „“, a quotation over three
// paragraphs, a name in marks and a fragment.
func TestRussianArticle(t *testing.T) {
	paras := []string{
		"Казахстан завершил председательство в Совете Безопасности ООН, сообщает пресс-служба МИД.",
		"«Председательство Казахстана обеспечило слаженную работу Совета. Мы провели около 30 консультаций, брифингов и дебатов», — говорится в сообщении.",
		"Глава МИД Кайрат Абдрахманов заявил: «Заявление председателя „О предотвращении конфликтов“ стало итогом брифинга».",
		"По словам министра, заседание в рамках «Астанинского клуба» было «исключительно продуктивным».",
		"Министр подчеркнул: «Наша задача — продвигать интересы региона.",
		"Мы будем делать это и впредь.",
		"Центральная Азия должна быть зоной мира», — добавил он.",
		"«Это не конец, а начало», — сказал Абдрахманов.",
	}
	got := Find(paras)
	checkInvariants(t, paras, got)
	want := []want{
		{1, "Председательство Казахстана обеспечило слаженную работу Совета. Мы провели около 30 консультаций, брифингов и дебатов", "", "говорится", false},
		{2, "Заявление председателя „О предотвращении конфликтов“ стало итогом брифинга", "Глава МИД Кайрат Абдрахманов", "заявил", false},
		{3, "исключительно продуктивным", "министра", "по словам", true},
		{4, "Наша задача — продвигать интересы региона.\nМы будем делать это и впредь.\nЦентральная Азия должна быть зоной мира", "он", "добавил", false},
		{7, "Это не конец, а начало", "Абдрахманов", "сказал", false},
	}
	compare(t, got, want)
}

// An unbalanced mark opens a quotation that never closes: it must neither
// swallow the paragraphs after it nor hide the quotations that follow.
func TestUnbalanced(t *testing.T) {
	paras := []string{
		"The minister described the “reform as overdue and said “It will pass,” adding nothing else.",
		"« Nothing here closes",
		"Officials declined to comment.",
		"“We will vote on Friday,” the speaker said.",
		"A stray ” closing mark and a \"straight one.",
		"“Last words,” she said.",
	}
	got := Find(paras)
	checkInvariants(t, paras, got)
	want := []want{
		{0, "It will pass,", "The minister", "said", false},
		{1, "Nothing here closes", "", "", false},
		{3, "We will vote on Friday,", "the speaker", "said", false},
		{5, "Last words,", "she", "said", false},
	}
	compare(t, got, want)
}

func TestBlockquote(t *testing.T) {
	paras := []Para{
		{Text: "The minister said in his address:"},
		{Text: "Kazakhstan will keep working for a world free of nuclear weapons.", Block: true},
		{Text: "We call on all states to join the treaty.", Block: true},
		{Text: "Then the vote began."},
		{Text: "Our region must stay a zone of peace.", Block: true},
		{Text: "— Kairat Abdrakhmanov", Block: true},
		{Text: "“Quoted inside a block,” he said.", Block: true},
	}
	got := FindParas(paras)
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.Text
	}
	checkInvariants(t, texts, got)
	want := []want{
		{1, "Kazakhstan will keep working for a world free of nuclear weapons.\nWe call on all states to join the treaty.", "The minister", "said", false},
		{4, "Our region must stay a zone of peace.", "Kairat Abdrakhmanov", "", false},
		{6, "Quoted inside a block,", "Kairat Abdrakhmanov", "said", false},
	}
	compare(t, got, want)
}

// compare checks got against want, field by field.
func compare(t *testing.T, got []Quote, want []want) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, w := range want {
		g := got[i]
		if g.Paragraph != w.para || g.Text != w.text || g.Speaker != w.speaker || g.Cue != w.cue || g.Partial != w.partial {
			t.Errorf("quote %d:\n got  %d %q speaker=%q cue=%q partial=%v\n want %d %q speaker=%q cue=%q partial=%v",
				i, g.Paragraph, g.Text, g.Speaker, g.Cue, g.Partial, w.para, w.text, w.speaker, w.cue, w.partial)
		}
	}
}
