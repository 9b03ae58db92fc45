package quote

import "testing"

// pronounCases resolve a pronoun to the person named just before its
// quotation rather than to an earlier speaker.
var pronounCases = []findCase{
	{"en a place after a preposition and a modifier is nobody", []string{`In downtown Santa Rosa, marchers carried flags. “I sang the whole way,” he said.`},
		[]want{{0, "I sang the whole way,", "he", "said", false}}},
	{"en named subject of the sentence before", []string{
		`“We are seeing donors in the queue,” Raman said.`,
		`Local grocer Tomás Herrera, who supplies the food bank every week, said he had already doubled his donations. “Nobody should go hungry,” he said.`},
		[]want{{0, "We are seeing donors in the queue,", "Raman", "said", false},
			{1, "Nobody should go hungry,", "Tomás Herrera", "said", false}}},
	{"en titled name in the sentence before", []string{
		`“We cannot vote on this,” said councillor Amira Haddad.`,
		`Transport director Paul Whelan defended the plan. “Without it we cut routes,” he said.`},
		[]want{{0, "We cannot vote on this,", "councillor Amira Haddad", "said", false},
			{1, "Without it we cut routes,", "Paul Whelan", "said", false}}},
	{"en name at the end of the paragraph before", []string{
		`“We cannot vote on this,” said councillor Amira Haddad.`,
		`Transport director Paul Whelan defended the plan.`,
		`“Without it we cut routes,” he said.`},
		[]want{{0, "We cannot vote on this,", "councillor Amira Haddad", "said", false},
			{2, "Without it we cut routes,", "Paul Whelan", "said", false}}},
	{"en name after a body's name", []string{
		`“We are ready,” John Smith said.`,
		`Minister of Foreign Affairs Kairat Abdrakhmanov opened the session.`,
		`“The agenda is full,” he said.`},
		[]want{{0, "We are ready,", "John Smith", "said", false},
			{2, "The agenda is full,", "Kairat Abdrakhmanov", "said", false}}},
	{"en two named in the sentence before", []string{
		`“We are ready,” John Smith said.`,
		`Anna Berg and Tomás Herrera met on Monday. “It went well,” he said.`},
		[]want{{0, "We are ready,", "John Smith", "said", false},
			{1, "It went well,", "he", "said", false}}},
	{"en gender picks one of two named", []string{
		`“We will appeal,” said Mrs. Anna Berg.`,
		`Mr. John Miller, the mayor, disagreed with Mrs. Berg. “It is too late,” she said.`},
		[]want{{0, "We will appeal,", "Mrs. Anna Berg", "said", false},
			{1, "It is too late,", "Mrs. Anna Berg", "said", false}}},
	{"en gender learnt from a resolved pronoun", []string{
		`Transport director Paul Whelan defended the plan. “We have no choice,” he said.`,
		`“We always have a choice,” Amira Haddad replied.`,
		`“The vote is on Friday,” she said.`},
		[]want{{0, "We have no choice,", "Paul Whelan", "said", false},
			{1, "We always have a choice,", "Amira Haddad", "replied", false},
			{2, "The vote is on Friday,", "Amira Haddad", "said", false}}},
	{"en places and bodies are no persons", []string{
		`“We are ready,” Kairat Abdrakhmanov said.`,
		`The Riverside Food Bank on Mill Street serves Central Asia. “It will grow,” he said.`},
		[]want{{0, "We are ready,", "Kairat Abdrakhmanov", "said", false},
			{1, "It will grow,", "Kairat Abdrakhmanov", "said", false}}},
	{"en a name after a preposition of place is a place", []string{
		`“We are ready,” President Kassym-Jomart Tokayev said.`,
		`The UN Security Council met in New York. “It was a good day,” he said.`},
		[]want{{0, "We are ready,", "President Kassym-Jomart Tokayev", "said", false},
			{1, "It was a good day,", "President Kassym-Jomart Tokayev", "said", false}}},
	{"en a name in the quotation's own sentence is not the pronoun's", []string{
		`“We are ready,” Kairat Abdrakhmanov said.`,
		`He told President Tokayev: “The council must act.”`},
		[]want{{0, "We are ready,", "Kairat Abdrakhmanov", "said", false},
			{1, "The council must act.", "Kairat Abdrakhmanov", "told", false}}},
	{"ru named subject before", []string{
		`«Мы готовы», — сказал Иван Сидоров.`,
		`Директор обсерватории Марат Жумабаев рассказал о планах. «Телескоп заработает в декабре», — сказал он.`},
		[]want{{0, "Мы готовы", "Иван Сидоров", "сказал", false},
			{1, "Телескоп заработает в декабре", "Марат Жумабаев", "сказал", false}}},
	{"ru gender from the verb after the name", []string{
		`«Мы готовы», — сказал Иван Сидоров.`,
		`Министр Кайрат Абдрахманов встретился с Анной Петровой. Айгуль Сейтова выступила следом. «Это важно», — сказала она.`},
		[]want{{0, "Мы готовы", "Иван Сидоров", "сказал", false},
			{1, "Это важно", "Айгуль Сейтова", "сказала", false}}},
	{"ru gender from the surname", []string{
		`Председатель комитета Игорь Светлов и депутат Мария Орлова обсудили закон. «Закон нужен», — заявила она.`},
		[]want{{0, "Закон нужен", "Мария Орлова", "заявила", false}}},
	{"ru two of the pronoun's gender", []string{
		`Депутаты Мария Орлова и Анна Белова обсудили закон. «Закон нужен», — заявила она.`},
		[]want{{0, "Закон нужен", "она", "заявила", false}}},
	{"ru title with a genitive before the name", []string{
		`«Мы готовы», — сказала Анна Петрова.`,
		`Министр иностранных дел Казахстана Кайрат Абдрахманов провел встречу. «Работа идет», — сказал он.`},
		[]want{{0, "Мы готовы", "Анна Петрова", "сказала", false},
			{1, "Работа идет", "Кайрат Абдрахманов", "сказал", false}}},
	{"ru name with patronymic", []string{
		`«Мы готовы», — сказал Иван Сидоров.`,
		`Слово взяла Анна Ивановна Петрова. «Работа идет», — сказала она.`},
		[]want{{0, "Мы готовы", "Иван Сидоров", "сказал", false},
			{1, "Работа идет", "Анна Ивановна Петрова", "сказала", false}}},
	{"ru oblique name is left out", []string{
		`«Мы готовы», — сказал Иван Сидоров.`,
		`Мы поговорили с директором Маратом Жумабаевым. «Работа идет», — сказал он.`},
		[]want{{0, "Мы готовы", "Иван Сидоров", "сказал", false},
			{1, "Работа идет", "Иван Сидоров", "сказал", false}}},
	{"ru inflected surname of an earlier speaker", []string{
		`«Мы готовы», — сказал Марат Жумабаев.`,
		`«Посмотрим», — ответил Иван Сидоров.`,
		`Слово снова дали Марату Жумабаеву. Директор Марат Жумабаев улыбнулся. «Работа идет», — сказал он.`},
		[]want{{0, "Мы готовы", "Марат Жумабаев", "сказал", false},
			{1, "Посмотрим", "Иван Сидоров", "ответил", false},
			{2, "Работа идет", "Марат Жумабаев", "сказал", false}}},
	{"kk named subject before", []string{
		`«Біз дайынбыз», — деді Ерлан Қарин.`,
		`Вице-министр Айбек Нұрланов брифинг өткізді. «Жұмыс жалғасады», — деді ол.`},
		[]want{{0, "Біз дайынбыз", "Ерлан Қарин", "деді", false},
			{1, "Жұмыс жалғасады", "Вице-министр Айбек Нұрланов", "деді", false}}},
}

// appositionCases have an apposition or a relative clause between a
// speaker and the cue.
var appositionCases = []findCase{
	{"en a relative clause's subject stands for the name before it", []string{`The loss was steep for Mr. Hale, who said he intended to get “recharged and take a day off.”`},
		[]want{{0, "recharged and take a day off.", "Mr. Hale", "said", true}}},
	{"en the relative's name past its place", []string{`The inquiry gave fodder to Sen. Tom Hale of Harbour, who mused that Orr was “unfit to serve.”`},
		[]want{{0, "unfit to serve.", "Sen. Tom Hale", "mused", true}}},
	{"en the relative's clause with words before its cue", []string{`Orr, who has in the past described Reyes as “a careless planner,” left early.`},
		[]want{{0, "a careless planner,", "Orr", "described", true}}},
	{"near-miss: a relative that is the object", []string{`He turned on Hale, who Orr on Wednesday called “a careless planner.”`},
		[]want{{0, "a careless planner.", "Orr", "called", true}}},
	{"en name in apposition", []string{`The leader of the opposition group, Sarah Kemp, told reporters: “We will fight this.”`},
		[]want{{0, "We will fight this.", "Sarah Kemp", "told", false}}},
	{"en name after a title after the cue", []string{`“The boat is full,” said the company’s operations director, Carys Bevan.`},
		[]want{{0, "The boat is full,", "Carys Bevan", "said", false}}},
	{"en cue after a preposition", []string{`Quick access to the assistant by saying “Hey, assistant” is back.`},
		nil},
	{"en adverb before the cue", []string{`Thomas allegedly told the guard: “Open the gate.”`},
		[]want{{0, "Open the gate.", "Thomas", "told", false}}},
	{"en title after the cue, no name", []string{`“The boat is full,” said the operations director.`},
		[]want{{0, "The boat is full,", "the operations director", "said", false}}},
	{"en relative clause", []string{`Lund, who leads the drivers’ branch of the union, said: “Our members will not comply.”`},
		[]want{{0, "Our members will not comply.", "Lund", "said", false}}},
	{"en title in apposition", []string{`Kairat Abdrakhmanov, the foreign minister, said: “The vote was unanimous.”`},
		[]want{{0, "The vote was unanimous.", "Kairat Abdrakhmanov", "said", false}}},
	{"en adverb between commas", []string{`Smith, however, said: “Nothing is decided.”`},
		[]want{{0, "Nothing is decided.", "Smith", "said", false}}},
	{"en apposition after the quotation", []string{`“We will fight this,” the leader of the group, Sarah Kemp, said.`},
		[]want{{0, "We will fight this,", "Sarah Kemp", "said", false}}},
	{"en relative clause after the quotation", []string{`“We will not comply,” Lund, who leads the drivers’ branch, said.`},
		[]want{{0, "We will not comply,", "Lund", "said", false}}},
	{"ru name in apposition", []string{`Лидер оппозиции, Сара Кемп, заявила журналистам: «Мы будем бороться».`},
		[]want{{0, "Мы будем бороться", "Сара Кемп", "заявила", false}}},
	{"ru relative clause", []string{`Лунд, который возглавляет профсоюз водителей, заявил: «Мы не станем контролерами».`},
		[]want{{0, "Мы не станем контролерами", "Лунд", "заявил", false}}},
	{"kk name in apposition", []string{`Кәсіподақ жетекшісі, Гүлнар Сейітова, былай деді: «Біз келіспейміз».`},
		[]want{{0, "Біз келіспейміз", "Гүлнар Сейітова", "деді", false}}},
	{"ru adverbial phrase is no subject", []string{`В заявлении, опубликованном в среду, говорится: «Переговоры продолжатся».`},
		[]want{{0, "Переговоры продолжатся", "", "говорится", false}}},
	{"ru cue opens the sentence", []string{`Заявил министр иностранных дел Казахстана Кайрат Абдрахманов: «Мы готовы».`},
		[]want{{0, "Мы готовы", "министр иностранных дел Казахстана Кайрат Абдрахманов", "заявил", false}}},
}

// turnCases hold two dialogue turns in one paragraph.
var turnCases = []findCase{
	// A transcript whose turns no remark attributes holds questions and
	// answers, not quotations.
	{"ru question and answer", []string{`— А любителям астрономии что-нибудь достанется? — Конечно. Старый телескоп останется в обсерватории.`}, nil},
	{"ru question and answer with a remark elsewhere", []string{`— А любителям астрономии что-нибудь достанется? — Конечно.`, `— Телескоп останется, — добавил директор.`},
		[]want{{0, "А любителям астрономии что-нибудь достанется?", "", "", false},
			{0, "Конечно.", "", "", false}, {1, "Телескоп останется", "директор", "добавил", false}}},
	{"ru answer with remark", []string{`— Когда потеплеет? — Не раньше марта, — ответила Айгуль Сейтова.`},
		[]want{{0, "Когда потеплеет?", "", "", false},
			{0, "Не раньше марта", "Айгуль Сейтова", "ответила", false}}},
	{"ru remark then the same speaker", []string{`— Это уже не так, — говорит Жумабаев. — В прошлом году к нам пришли четыре выпускника.`},
		[]want{{0, "Это уже не так", "Жумабаев", "говорит", false},
			{0, "В прошлом году к нам пришли четыре выпускника.", "Жумабаев", "говорит", false}}},
	{"ru dash inside a turn", []string{`— Главное — доверие. Остальное — детали.`, `— Так и есть, — сказал он.`},
		[]want{{0, "Главное — доверие. Остальное — детали.", "", "", false}, {1, "Так и есть", "он", "сказал", false}}},
	{"kk interview transcript", []string{`Сұрақ: Бағдарлама қашан басталады?`, `– Келесі жылы басталады.`}, nil},
	{"kk question and answer", []string{`– Қашан жылынады? – Наурыздан ерте емес, – деді Айгүл Сейітова.`},
		[]want{{0, "Қашан жылынады?", "", "", false},
			{0, "Наурыздан ерте емес", "Айгүл Сейітова", "деді", false}}},
}

// termCases quote a term or attribute a quotation to a clause: none is a
// quotation.
var termCases = []findCase{
	{"ru так называемой", []string{`Обсерватория стоит в так называемой «темной зоне», где ночное освещение в поселках ограничено, сообщили в акимате района.`}, nil},
	{"ru так называемый opens", []string{`Так называемый «зимний режим» продлится до марта, сообщили в акимате.`}, nil},
	{"ru clause is no speaker", []string{`Обсерватория стоит в «темной зоне», где ночное освещение ограничено, сообщили в акимате района.`}, nil},
	{"en so-called", []string{`The so-called “green corridor” will open in May, officials said.`}, nil},
	{"en so called", []string{`The city lies in a so called “dark zone” where lights are dimmed, officials said.`}, nil},
	{"en clause is no speaker", []string{`The lights are dimmed in the “dark zone”, where lighting is limited, officials said.`}, nil},
	{"kk деп аталатын", []string{`«Жасыл дәліз» деп аталатын бағдарлама мамырда басталады, деп хабарлады министрлік.`}, nil},
	{"kk аталмыш", []string{`Аталмыш «жасыл дәліз» бағдарламасы мамырда басталады, деп хабарлады министрлік.`}, nil},
	{"kk quoted name before айтуынша", []string{`«Самұрық-Қазынаның» айтуынша, табыс өсті.`}, nil},
}

// accordingCases attribute a fragment with "according to X".
var accordingCases = []findCase{
	{"kk айтуынша", []string{`Вице-министрдің айтуынша, алғашқы сауда үйлері биыл «кемінде үш провинцияда» ашылады.`},
		[]want{{0, "кемінде үш провинцияда", "Вице-министрдің", "айтуынша", true}}},
	{"kk сөзінше", []string{`Министрдің сөзінше, келіссөздер «өте нәтижелі» болды.`},
		[]want{{0, "өте нәтижелі", "Министрдің", "сөзінше", true}}},
	{"kk айтуынша whole", []string{`Министрдің айтуынша, «Біз бірге жұмыс істейміз».`},
		[]want{{0, "Біз бірге жұмыс істейміз", "Министрдің", "айтуынша", false}}},
	{"ru по словам", []string{`По словам вице-министра, торговые дома откроются «как минимум в трех провинциях».`},
		[]want{{0, "как минимум в трех провинциях", "вице-министра", "по словам", true}}},
	{"ru как отметил", []string{`Как отметил министр, переговоры были «очень продуктивными».`},
		[]want{{0, "очень продуктивными", "министр", "отметил", true}}},
	{"en according to", []string{`According to the minister, the talks were “very productive”.`},
		[]want{{0, "very productive", "the minister", "according to", true}}},
}

func TestPronouns(t *testing.T)    { runFindCases(t, pronounCases) }
func TestAppositions(t *testing.T) { runFindCases(t, appositionCases) }
func TestTurns(t *testing.T)       { runFindCases(t, turnCases) }
func TestTerms(t *testing.T)       { runFindCases(t, termCases) }
func TestAccording(t *testing.T)   { runFindCases(t, accordingCases) }
