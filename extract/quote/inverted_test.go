package quote

import "testing"

// invertedCases are Russian clauses whose cue comes first and whose
// speaker ends them, with the words a writer sets between the two.
var invertedCases = []findCase{
	{"ru listener before the name", []string{`«Мы готовы к компромиссу», — сказал журналистам Олег Миронов.`},
		[]want{{0, "Мы готовы к компромиссу", "Олег Миронов", "сказал", false}}},
	{"ru listener and a body before the name", []string{`«Год был трудным», — рассказал корреспонденту ТАСС Пётр Зуев.`},
		[]want{{0, "Год был трудным", "Пётр Зуев", "рассказал", false}}},
	{"ru interview with a title and its body", []string{`«Цены вырастут», — заявил в интервью агентству министр финансов Антон Сорокин.`},
		[]want{{0, "Цены вырастут", "министр финансов Антон Сорокин", "заявил", false}}},
	{"ru pronoun before a title", []string{`«Работы много», — признался нам директор завода Семён Лыков.`},
		[]want{{0, "Работы много", "директор завода Семён Лыков", "признался", false}}},
	{"ru answer to a question", []string{`«Всё хорошо», — ответил на вопрос журналиста Глеб Орлов.`},
		[]want{{0, "Всё хорошо", "Глеб Орлов", "ответил", false}}},
	{"ru channel before a title", []string{`«Это ошибка», — написал в своём канале депутат Юрий Ветров.`},
		[]want{{0, "Это ошибка", "депутат Юрий Ветров", "написал", false}}},
	{"ru object before a title", []string{`«Вопрос решён», — заверил своего собеседника президент России.`},
		[]want{{0, "Вопрос решён", "президент России", "заверил", false}}},
	{"ru patronymic", []string{`«Сроки сдвинутся», — сообщил журналистам Иван Петрович Рыбин.`},
		[]want{{0, "Сроки сдвинутся", "Иван Петрович Рыбин", "сообщил", false}}},
	{"ru initial", []string{`«Сроки сдвинутся», — сообщил журналистам И. Рыбин.`},
		[]want{{0, "Сроки сдвинутся", "И. Рыбин", "сообщил", false}}},
	{"ru surname alone after a listener", []string{`«Сроки сдвинутся», — сообщил журналистам Рыбин.`},
		[]want{{0, "Сроки сдвинутся", "Рыбин", "сообщил", false}}},
	{"ru instrumental phrase before a woman's name", []string{`«Это важный шаг», — отметила в беседе с журналистами Анна Белова.`},
		[]want{{0, "Это важный шаг", "Анна Белова", "отметила", false}}},
	{"ru genitive before a name", []string{`«Всё будет хорошо», — сказал в эфире премьер-министр Казахстана Олжас Бектенов.`},
		[]want{{0, "Всё будет хорошо", "премьер-министр Казахстана Олжас Бектенов", "сказал", false}}},
	{"ru listener before the cue's colon", []string{`Об этом заявил журналистам Олег Миронов: «Бюджет будет принят в срок».`},
		[]want{{0, "Бюджет будет принят в срок", "Олег Миронов", "заявил", false}}},
	{"ru как with a listener and a title", []string{`Как рассказал корреспонденту ТАСС директор завода Семён Лыков, «работы много».`},
		[]want{{0, "работы много", "директор завода Семён Лыков", "рассказал", true}}},
	{"ru cue opening its sentence before an interview", []string{`Заявил в интервью агентству министр финансов Антон Сорокин: «Цены вырастут».`},
		[]want{{0, "Цены вырастут", "министр финансов Антон Сорокин", "заявил", false}}},
	// Near-misses: the clause ends with a place, a medium or the one spoken to.
	{"ru place ends the clause", []string{`«Санкции не помогут», — считают в Москве.`},
		[]want{{0, "Санкции не помогут", "", "считают", false}}},
	{"ru medium after the speaker", []string{`«Сделка закрыта», — сообщил Роман Коноплев агентству Интерфакс.`},
		[]want{{0, "Сделка закрыта", "Роман Коноплев", "сообщил", false}}},
	{"ru medium named alone", []string{`«Сделка закрыта», — сообщили агентству Интерфакс.`},
		[]want{{0, "Сделка закрыта", "", "сообщили", false}}},
	{"ru medium of two words", []string{`«Сделка закрыта», — рассказали изданию Новая Волна.`},
		[]want{{0, "Сделка закрыта", "", "рассказали", false}}},
	{"ru object that runs into a quoted name", []string{`«Мы ждём ответа», — прокомментировал закрытие сделки со «Сбером» глава банка.`},
		[]want{{0, "Мы ждём ответа", "", "прокомментировал", false}}},
	{"ru listener in the dative", []string{`«Сделка закрыта», — сказал корреспонденту Ивану Петрову.`},
		[]want{{0, "Сделка закрыта", "", "сказал", false}}},
}

func TestFindInverted(t *testing.T) { runFindCases(t, invertedCases) }
