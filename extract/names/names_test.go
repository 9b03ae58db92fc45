package names

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/country"
)

// render gives entities as "kind:Name[acr]=mention|mention; ...".
func render(ps []string, es []Entity) string {
	var parts []string
	for _, e := range es {
		var b strings.Builder
		b.WriteString(e.Kind.String()[:3] + ":" + e.Name)
		if e.Acronym != "" {
			b.WriteString("[" + e.Acronym + "]")
		}
		b.WriteString("=")
		for i, m := range e.Mentions {
			if i > 0 {
				b.WriteString("|")
			}
			b.WriteString(ps[m.Paragraph][m.Start:m.End])
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "; ")
}

// findCase is one text and the entities Find should give, rendered.
type findCase struct {
	name string
	ps   []string
	want string
}

var findTests = []findCase{
	// English people: given names, titles, initials, surnames alone.
	{"given name", []string{"Officials said Angela Merkel arrived."}, "per:Angela Merkel=Angela Merkel"},
	{"title left out", []string{"Kazakh President Kassym-Jomart Tokayev spoke. Tokayev's speech was short."},
		"per:Kassym-Jomart Tokayev=Kassym-Jomart Tokayev|Tokayev"},
	{"Mr. and surname", []string{"Mr. Kowalczyk resigned. Kowalczyk was tired."}, "per:Kowalczyk=Kowalczyk|Kowalczyk"},
	{"title in lower case", []string{"said spokesman Dujarric on Friday."}, "per:Dujarric=Dujarric"},
	{"initials", []string{"The book by J. R. Tolkien sold well."}, "per:J. R. Tolkien=J. R. Tolkien"},
	{"Secretary-General", []string{"UN Secretary-General António Guterres said so."}, "org:UN[UN]=UN; per:António Guterres=António Guterres"},
	{"two people and", []string{"President Putin and Chancellor Scholz met."}, "per:Putin=Putin; per:Scholz=Scholz"},
	{"speech verb", []string{"Zhaksylyk Omarov said the plan works."}, "per:Zhaksylyk Omarov=Zhaksylyk Omarov"},
	{"surname to latest", []string{"Hillary Clinton spoke first.", "Then Bill Clinton spoke. Clinton smiled."},
		"per:Hillary Clinton=Hillary Clinton; per:Bill Clinton=Bill Clinton|Clinton"},
	{"headline linked", []string{"Tokayev Meets Guterres In New York", "Kassym-Jomart Tokayev met António Guterres on Monday."},
		"per:Kassym-Jomart Tokayev=Tokayev|Kassym-Jomart Tokayev; per:António Guterres=Guterres|António Guterres"},

	// Near misses: capitals that name nobody.
	{"sentence start", []string{"However Officials disagreed."}, ""},
	{"months and days", []string{"In March Monday was cold. May Day passed."}, ""},
	{"places", []string{"Delegates from New York and Central Asia met in Astana."}, ""},
	{"country as given name", []string{"Georgia and Armenia signed."}, ""},
	{"Jordan the person", []string{"Fans cheered Michael Jordan."}, "per:Michael Jordan=Michael Jordan"},
	{"headline alone", []string{"Storms Hit Georgia As Governor Declares Emergency"}, ""},
	{"document not a person", []string{"Delegates praised the Paris Agreement and Victoria Falls."}, ""},
	{"a team after the article", []string{"The Harbour Falcons beat the Cleveland Browns. The Browns never led."}, ""},
	{"a band after the article", []string{"Fans of the Doobie Brothers waited.", "The tour of the Doobie Brothers starts in May."}, ""},
	{"the article before a place word of the run", []string{"It was in the San Diego Union-Tribune on Friday."}, ""},
	{"a person's name as a modifier", []string{"Volunteers knocked on doors for the Ann Orr campaign."}, "per:Ann Orr=Ann Orr"},
	{"a person after the article elsewhere", []string{"Fans cheered Tom Hanks. It was the Tom Hanks of old."}, "per:Tom Hanks=Tom Hanks|Tom Hanks"},
	{"the article before a title", []string{"He met the President Joe Biden named."}, "per:Joe Biden=Joe Biden"},
	{"the article before a possessive", []string{"He told the Ledger’s Tom Hale so."}, "per:Tom Hale=Tom Hale"},
	{"the article before a compound", []string{"He said the Ohio-born Maria Santos can't be impartial."}, "per:Maria Santos=Maria Santos"},
	{"the words before a place's word", []string{"They played at Harbour Bay Stadium on Sunday."}, ""},
	{"a possessive before an event's word", []string{"It recalled Thomas Edward Hale’s New Deal."}, "per:Thomas Edward Hale=Thomas Edward Hale"},
	{"letters after a name", []string{"The motion was signed by John Holt MP and others."}, "per:John Holt=John Holt"},
	{"a Roman numeral is part of the name", []string{"Senator Tom Hale III spoke."}, "per:Tom Hale III=Tom Hale III"},
	{"a code with digits", []string{"Harbour HRBc2 fell 2% as Acme Q7 sales rose."}, ""},
	{"a pair of names of no given name before of", []string{"It was led by Kavrin Oshadi of Lund University. Oshadi said more."},
		"per:Kavrin Oshadi=Kavrin Oshadi|Oshadi; org:Lund University=Lund University"},
	{"near-miss: a head before of", []string{"It was paid by the Harbour Bank of Lund County."},
		"org:Harbour Bank of Lund County=Harbour Bank of Lund County"},
	{"a state and a party's member is no person", []string{"The Utah Republican met Iowa Democrats and Sen. Tom Hale, a Florida Republican."},
		"per:Tom Hale=Tom Hale"},
	{"a Turkish case ending after a name", []string{"Tom Hale'nin golü, Hale'ye övgü getirdi."},
		"per:Tom Hale=Tom Hale|Hale"},
	{"a particle ends no name", []string{"Vino Ana Orsini de France ayer."},
		"per:Ana Orsini=Ana Orsini"},
	{"a country before a given name", []string{"Il ministro della Francia Anna Orsini ha parlato."},
		"per:Anna Orsini=Anna Orsini"},
	{"a preposition between two names", []string{"La premier Anna Orsini da Tom Hale è stata ricevuta."},
		"per:Anna Orsini=Anna Orsini; per:Tom Hale=Tom Hale"},
	{"near-miss: a particle after given names", []string{"José María de la Vela habló. De la Vela sonrió."},
		"per:José María de la Vela=José María de la Vela|Vela"},
	{"an event's or a thing's word after capitalised words", []string{"The Harbour Effect and the Closing Dinner drew Tom Hale."},
		"per:Tom Hale=Tom Hale"},
	{"a contraction ends a name and opens none", []string{"Ask Tom Hale I’ve said, or the congressman I've never met, or the show “I’d Do Anything”."},
		"per:Tom Hale=Tom Hale"},
	{"a person of an organisation and another", []string{"It was led by Patrick Moreau of Harvard University and Chris Kuo."},
		"per:Patrick Moreau=Patrick Moreau; org:Harvard University=Harvard University; per:Chris Kuo=Chris Kuo"},

	// English organisations.
	{"a conjunction and the before an organisation", []string{"Though the Harbour City Council voted, the plan failed."},
		"org:Harbour City Council=Harbour City Council"},
	{"and the after an organisation's head", []string{"The deal joins Harbour Motors and the Italian maker."},
		"org:Harbour Motors=Harbour Motors"},
	{"a compound adjective before an organisation", []string{"He backs the Orr-backed Harbour Party and a London-based Harbour Group fund."},
		"org:Harbour Party=Harbour Party; org:Harbour Group=Harbour Group"},
	{"near-miss: a name's own compounds", []string{"The Anti-Defamation League met the Public Service Co-ordinating Council."},
		"org:Anti-Defamation League=Anti-Defamation League; org:Public Service Co-ordinating Council=Public Service Co-ordinating Council"},
	{"a person after an organisation's connector", []string{"Pressure rose on the Harbour Council on Ann Orrin this week."},
		"org:Harbour Council=Harbour Council; per:Ann Orrin=Ann Orrin"},
	{"near-miss: a place's word after the connector", []string{"He studied at the University of North Harbour."},
		"org:University of North Harbour=University of North Harbour"},
	{"near-miss: the after a connector", []string{"He spoke to the Bank of the West on Monday."},
		"org:Bank of the West=Bank of the West"},
	{"a Romance head with its adjectives", []string{"Ayer firmaron la Autoridad Portuaria Regional y el Partido Verde Europeo."},
		"org:Autoridad Portuaria Regional=Autoridad Portuaria Regional; org:Partido Verde Europeo=Partido Verde Europeo"},
	{"a Romance head with its complement", []string{"Ayer firmaron el Ministerio de Sanidad y la Agence de Santé de Lyon."},
		"org:Ministerio de Sanidad=Ministerio de Sanidad; org:Agence de Santé de Lyon=Agence de Santé de Lyon"},
	{"near-miss: a person after a Romance head", []string{"Ayer en el Consejo Regional Ana Orsini habló. Orsini sonrió."},
		"org:Consejo Regional=Consejo Regional; per:Ana Orsini=Ana Orsini|Orsini"},
	{"org with acronym", []string{"The Ministry of Foreign Affairs (MFA) said. The MFA added."},
		"org:Ministry of Foreign Affairs[MFA]=Ministry of Foreign Affairs|MFA|MFA"},
	{"org by initials", []string{"Kazakh Invest National Company (KINC) signed.", "KINC grew."},
		"org:Kazakh Invest National Company[KINC]=Kazakh Invest National Company|KINC|KINC"},
	{"org and person split", []string{"European Commission President Ursula von der Leyen arrived."},
		"org:European Commission=European Commission; per:Ursula von der Leyen=Ursula von der Leyen"},
	{"the newspaper", []string{"The Washington Post reported it."}, "org:Washington Post=Washington Post"},
	{"company suffix", []string{"Shares of Acme Widgets Inc. fell."}, "org:Acme Widgets Inc.=Acme Widgets Inc."},
	{"known acronym", []string{"NATO and the EU responded."}, "org:NATO[NATO]=NATO; org:EU[EU]=EU"},
	{"head alone", []string{"The Council met. Ministry officials left."}, ""},
	{"an observatory", []string{"Astronomers at the W. M. Keck Observatory saw it."}, "org:W. M. Keck Observatory=W. M. Keck Observatory"},
	{"two bodies joined", []string{"The Sierra Nevada Corporation and SpaceX bid."}, "org:Sierra Nevada Corporation=Sierra Nevada Corporation"},
	{"a department ending in a country", []string{"Public Services and Procurement Canada said so."},
		"org:Public Services and Procurement Canada=Public Services and Procurement Canada"},

	// Other Latin-script languages.
	{"German", []string{"Bundeskanzler Olaf Scholz traf Emmanuel Macron."}, "per:Olaf Scholz=Olaf Scholz; per:Emmanuel Macron=Emmanuel Macron"},
	{"French", []string{"Le président Emmanuel Macron a parlé."}, "per:Emmanuel Macron=Emmanuel Macron"},

	// Russian.
	{"ru title and case forms", []string{"Президент Казахстана Касым-Жомарт Токаев провел встречу.", "Токаеву доложили."},
		"per:Касым-Жомарт Токаев=Касым-Жомарт Токаев|Токаеву"},
	{"ru nominative from oblique", []string{"Встреча с Сергеем Лавровым прошла.", "Лаврову задали вопрос."},
		"per:Сергей Лавров=Сергеем Лавровым|Лаврову"},
	{"ru foreign surname", []string{"Встреча с Эммануэлем Макроном прошла. Макрона ждали."}, "per:Эммануэль Макрон=Эммануэлем Макроном|Макрона"},
	{"ru foreign surname's instrumental after an indeclinable given name", []string{"Министр встретился с Энтони Харвудом в Женеве."}, "per:Энтони Харвуд=Энтони Харвудом"},
	{"ru a foreign name in -ин declines as foreign", []string{"Он говорил с Ли Каньпином. Позже Ли Каньпин уехал."}, "per:Ли Каньпин=Каньпином|Ли Каньпин"},
	{"ru a woman's name before her verb is in the nominative", []string{"Роберта Орси ответила журналистам."}, "per:Роберта Орси=Роберта Орси"},
	{"near-miss: a man's name in an oblique case before a woman's verb", []string{"Встреча с Робертом Орловым прошла."}, "per:Роберт Орлов=Робертом Орловым"},
	{"near-miss: a Russian surname's instrumental", []string{"Встреча с Сергеем Орловым прошла."}, "per:Сергей Орлов=Сергеем Орловым"},
	{"ru foreign woman", []string{"Встреча с Ангелой Меркель прошла."}, "per:Ангела Меркель=Ангелой Меркель"},
	{"ru female", []string{"Интервью Анны Петровой вышло."}, "per:Анна Петрова=Анны Петровой"},
	{"ru patronymic", []string{"Решение принял Иван Петрович Сидоров."}, "per:Иван Петрович Сидоров=Иван Петрович Сидоров"},
	{"ru initials", []string{"Об этом сказал Н. Назарбаев."}, "per:Н. Назарбаев=Н. Назарбаев"},
	{"ru г-н", []string{"По словам г-н Ким, всё в порядке."}, "per:Ким=Ким"},
	{"ru ministry", []string{"Министерство иностранных дел Республики Казахстан сообщило о визите."},
		"org:Министерство иностранных дел Республики Казахстан=Министерство иностранных дел Республики Казахстан"},
	{"ru ministry oblique", []string{"Представитель Министерства обороны заявил."}, "org:Министерство обороны=Министерства обороны"},
	{"ru adjective head", []string{"Национальный банк Казахстана снизил ставку."}, "org:Национальный банк Казахстана=Национальный банк Казахстана"},
	{"ru quoted", []string{"Акции компании «Самрук-Казына» выросли."}, "org:Самрук-Казына=Самрук-Казына"},
	{"ru acronym", []string{"МИД и ООН выступили."}, "org:МИД[МИД]=МИД; org:ООН[ООН]=ООН"},
	{"ru near misses", []string{"В Астане в понедельник было холодно. Однако Россия и Китай договорились."}, ""},

	// Kazakh.
	{"kk title and case", []string{"ҚР Президенті Қасым-Жомарт Тоқаев сөз сөйледі.", "Тоқаевтың айтуынша, бәрі жақсы."},
		"per:Қасым-Жомарт Тоқаев=Қасым-Жомарт Тоқаев|Тоқаевтың"},
	{"kk person before a body's head", []string{"Президент Асқар Орманов Үкімет отырысын өткізді."},
		"per:Асқар Орманов=Асқар Орманов; org:Үкімет=Үкімет"},
	{"kk place in the dative after a name", []string{"Министр Асқар Орманов Брюссельге барды."},
		"per:Асқар Орманов=Асқар Орманов"},
	{"kk ministry", []string{"Сыртқы істер министрлігінде кеңес өтті."}, "org:Сыртқы істер министрлігі=Сыртқы істер министрлігінде"},
	{"kk genitive chain", []string{"Қазақстан Республикасының Үкіметі шешім қабылдады."},
		"org:Қазақстан Республикасының Үкіметі=Қазақстан Республикасының Үкіметі"},
	{"kk acronym", []string{"БҰҰ-ның рөлі маңызды."}, "org:БҰҰ[БҰҰ]=БҰҰ"},

	// Full stops.
	{"a title that ends a sentence", []string{"He was named Surgeon General. Despite the delay, the fund grew."}, ""},
	{"an acronym title that ends one", []string{"She joined as President and CEO. When asked, she smiled."}, ""},
	{"near-miss: a short title", []string{"Gen. Jane Holt spoke."}, "per:Jane Holt=Jane Holt"},
	{"a dotted acronym", []string{"The U.N. Plan failed, and the U.S. House Intelligence Committee met."}, "org:House Intelligence Committee=House Intelligence Committee"},
	{"near-miss: initials", []string{"J. R. R. Tolkien wrote."}, "per:J. R. R. Tolkien=J. R. R. Tolkien"},

	// Robustness.
	{"empty", nil, ""},
	{"empty paragraph", []string{""}, ""},
	{"invalid UTF-8", []string{"\xff\xfe President \xff Smith \xc3"}, ""},
}

func TestFind(t *testing.T) { runFind(t, findTests) }

// runFind checks Find on each case.
func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tt := range cases {
		if got := render(tt.ps, Find(tt.ps)); got != tt.want {
			t.Errorf("%s: Find(%q)\n got %q\nwant %q", tt.name, tt.ps, got, tt.want)
		}
	}
}

// TestMentionText checks that every mention's offsets give its text.
func TestMentionText(t *testing.T) {
	for _, tt := range findTests {
		for _, e := range Find(tt.ps) {
			for _, m := range e.Mentions {
				if m.Text != tt.ps[m.Paragraph][m.Start:m.End] {
					t.Errorf("%s: mention %+v has text %q", tt.name, m, tt.ps[m.Paragraph][m.Start:m.End])
				}
			}
		}
	}
}

var moreFindTests = []findCase{
	// Russian names in two case forms, and given names that lose a vowel.
	{"ru a name in the nominative and the genitive", []string{"Иван Сомов готовит дома.", "Фото из архива Ивана Сомова."}, "per:Иван Сомов=Иван Сомов|Ивана Сомова"},
	{"ru a short given name in two cases", []string{"Ася Громовская печёт торты.", "Фото из архива Аси Громовской."}, "per:Ася Громовская=Ася Громовская|Аси Громовской"},
	{"ru a given name that loses its vowel", []string{"Встреча с Павлом Дуровым прошла в Дубае.", "Основатель компании Павел Дуров ответил на вопросы."}, "per:Павел Дуров=Павлом Дуровым|Павел Дуров"},
	{"ru Лев and Любовь in the genitive", []string{"Книги Льва Орлова переиздали.", "Выступление Любви Орловой запомнили."}, "per:Лев Орлов=Льва Орлова; per:Любовь Орлова=Любви Орловой"},
	{"ru two people of one surname stay two", []string{"Иван Сомов и Анна Сомова готовят дома.", "Фото из архива Ивана Сомова."}, "per:Иван Сомов=Иван Сомов|Ивана Сомова; per:Анна Сомова=Анна Сомова"},
	{"short form joined", []string{"The United Nations Security Council met.", "The Security Council voted."},
		"org:United Nations Security Council=United Nations Security Council|Security Council"},
	{"title field no name", []string{"the Under-Secretary-General for Disarmament spoke"}, ""},
	{"Secretary of State", []string{"Secretary of State John Kerry flew in."}, "per:John Kerry=John Kerry"},
	{"party label", []string{"Voters backed Republican John Bush."}, "per:John Bush=John Bush"},
	{"apposition role", []string{"Lael Brainard, a Fed governor, spoke."}, "per:Lael Brainard=Lael Brainard"},
	{"surname recurs", []string{"Voters like Mitt Romney. Romney won."}, "per:Mitt Romney=Mitt Romney|Romney"},
	{"no recurrence", []string{"Voters like Zorb Quaxley."}, ""},
	{"title case inside", []string{"He wrote “Senator Says Budget Talks Collapse Again” last week."}, ""},
	{"kk function word", []string{"Сонымен қатар министрлік жұмыс істейді."}, ""},
	{"ru short names", []string{"Депутаты Госдумы и Минобороны ответили. Госдума согласилась."},
		"org:Госдума=Госдумы|Госдума; org:Минобороны=Минобороны"},
	{"ru head and a verb after it", []string{"Вчера Государственная дума приняла закон."},
		"org:Государственная дума=Государственная дума"},
	{"ru adjectives in lower case before the head", []string{"В Московском государственном университете прошла встреча."},
		"org:Московский государственный университет=Московском государственном университете"},
	{"ru quoted name after its type", []string{"Вчера Партия «Зеленый путь» выдвинула кандидата."},
		"org:Зеленый путь=Зеленый путь"},
	{"ru quoted name in the canonical", []string{"Вчера Совет «Зеленый путь» выдвинул кандидата."},
		"org:Совет «Зеленый путь»=Совет «Зеленый путь»"},
	{"ru person after a body's name", []string{"Депутат Мажилиса Анна Орлова заявила, что закон нужен. Орлова добавила детали."},
		"org:Мажилис=Мажилиса; per:Анна Орлова=Анна Орлова|Орлова"},
	{"ru media in quotes after their type", []string{"Об этом сообщает газета «Северный вестник». Телеканал «Восход» показал сюжет."},
		"org:Северный вестник=Северный вестник; org:Восход=Восход"},
	{"ru club and works in quotes", []string{"Клуб «Северная звезда» обыграл ФК «Восход». Он читал «Северную звезду»."},
		"org:Северная звезда=Северная звезда; org:Восход=Восход"},
	{"ru type in capitals before a quoted name", []string{"Глава АО «Степные дороги» Иван Орлов провел совещание."},
		"org:Степные дороги=Степные дороги; per:Иван Орлов=Иван Орлов"},
	{"ru quoted work after no type", []string{"Он прочитал «Войну и мир» дважды."}, ""},
	{"and inside a name its acronym spells", []string{"The National Aeronautics and Space Administration (NASA) launched it."},
		"org:National Aeronautics and Space Administration[NASA]=National Aeronautics and Space Administration|NASA"},
	{"and between two names", []string{"Harbour Daily and Space Administration staff met."},
		"org:Space Administration=Space Administration"},
	{"and between two whole names", []string{"Reporters of Harbour News and Orr Daily News came."},
		"org:Harbour News=Harbour News; org:Orr Daily News=Orr Daily News"},
	{"and inside a committee's name", []string{"The Harbour House Roads and Tolls Committee met."},
		"org:Harbour House Roads and Tolls Committee=Harbour House Roads and Tolls Committee"},
	{"and in a complement", []string{"The Department of Health and Human Services met."},
		"org:Department of Health and Human Services=Department of Health and Human Services"},
	{"international ends a name", []string{"Activists of Harbour Rights International met staff of the Institute for International Studies."},
		"org:Harbour Rights International=Harbour Rights International; org:Institute for International Studies=Institute for International Studies"},
	{"international inside a place's name", []string{"They landed at Harbour International Airport."}, ""},
	{"a word that opens the sentence before of", []string{"Shares of Harbour Motors fell."}, "org:Harbour Motors=Harbour Motors"},
	{"a head that opens the sentence before of", []string{"Bank of Harbour Trust fell."}, "org:Bank of Harbour Trust=Bank of Harbour Trust"},
	{"legal form spelt out", []string{"Shares of Microsoft Corporation rose. Microsoft said it would appeal."},
		"org:Microsoft Corporation=Microsoft Corporation|Microsoft"},
	{"arabic article in a short name", []string{"Al-Qaeda claimed it."}, "org:al-Qaeda=Al-Qaeda"},
	{"ru noun before a genitive that only looks like a surname", []string{"Метод Орлинса помогает похудеть."}, ""},
	{"ru surnames of other peoples", []string{"Вчера Ашот Мартиросян встретился с Анной Фисенко и Иваном Бахтадзе."},
		"per:Ашот Мартиросян=Ашот Мартиросян; per:Анна Фисенко=Анной Фисенко; per:Иван Бахтадзе=Иваном Бахтадзе"},
	{"ru indeclinable family name after an oblique given name", []string{"Вчера с Сергеем Орогу встретились."},
		"per:Сергей Орогу=Сергеем Орогу"},
	{"ru foreign family name in the case of its given name", []string{"Вчера с Эммануэлем Карноном встретились."},
		"per:Эммануэль Карнон=Эммануэлем Карноном"},
	{"ru foreign family name in two cases", []string{"Вчера Джо Лайдена критиковали.", "Лайдену ответили."},
		"per:Джо Лайден=Джо Лайдена|Лайдену"},
	{"ru woman's family name in two cases", []string{"Вчера Анна Петрова выступила.", "Петрову поддержали."},
		"per:Анна Петрова=Анна Петрова|Петрову"},
	{"ru short names in other cases", []string{"По данным Росстата, цены выросли. В Кремле и в Росгвардии промолчали."},
		"org:Росстат=Росстата; org:Кремль=Кремле; org:Росгвардия=Росгвардии"},
	{"ru short name after a title", []string{"Глава Сбербанка Иван Орлов выступил. Представитель Роснефти отказался."},
		"org:Сбербанк=Сбербанка; per:Иван Орлов=Иван Орлов; org:Роснефть=Роснефти"},
	{"short name before a title", []string{"Apple CEO Tom Hale spoke."}, "org:Apple=Apple; per:Tom Hale=Tom Hale"},
	{"short name inside a longer name", []string{"Orr joined Apple Records in May."}, "org:Apple Records=Apple Records"},
	{"ru surname speaks", []string{"Путин заявил о переговорах. Путину ответили."}, "per:Путин=Путин|Путину"},
	{"ru place does not speak", []string{"Москва заявила протест. Пекин заявил, что Киев сообщил."}, ""},
	{"metonyms", []string{"The White House and the Pentagon said Congress would vote. The Kremlin denied it."},
		"org:White House=White House; org:Pentagon=Pentagon; org:Congress=Congress; org:Kremlin=Kremlin"},
	{"known one-word orgs", []string{"Shares of Google rose, Reuters reported, citing the BBC."},
		"org:Google=Google; org:Reuters=Reuters; org:BBC[BBC]=BBC"},
	{"ru adjective to nominative", []string{"Председатель Национального банка Тимур Сулейменов заявил. Депутаты Государственной думы согласились."},
		"org:Национальный банк=Национального банка; per:Тимур Сулейменов=Тимур Сулейменов; org:Государственная дума=Государственной думы"},
	{"ru complement with and", []string{"Министерство торговли и интеграции РК сообщило."},
		"org:Министерство торговли и интеграции РК=Министерство торговли и интеграции РК"},
	{"kk adjective and Russian head", []string{"Ұлттық банк төрағасы Тимур Сүлейменов мәлімдеді."},
		"org:Ұлттық банк=Ұлттық банк; per:Тимур Сүлейменов=Тимур Сүлейменов"},
	{"kk surname linked", []string{"Министр Мұрат Нұртілеу сөйледі.", "Нұртілеудің айтуынша, бәрі жақсы."},
		"per:Мұрат Нұртілеу=Мұрат Нұртілеу|Нұртілеудің"},
	{"surname first", []string{"Foreign Minister Wang Yi arrived. Wang said ties were stable."},
		"per:Wang Yi=Wang Yi|Wang"},
	{"known acronym in brackets", []string{"WASHINGTON (AP) — Officials met."}, "org:AP[AP]=AP"},
	{"ru org of weapons", []string{"Организация по запрещению химического оружия провела заседание."},
		"org:Организация по запрещению химического оружия=Организация по запрещению химического оружия"},
	{"ru compound short name in brackets", []string{"Министерство экономического развития (Минэкономразвития) сообщило. Минэкономразвития уточнило."},
		"org:Министерство экономического развития[Минэкономразвития]=Министерство экономического развития|Минэкономразвития|Минэкономразвития"},
	{"ru acronym of a name's initials", []string{"Центральный банк России снизил ставку. В ЦБ заявили, что инфляция замедлилась."},
		"org:Центральный банк России[ЦБ]=Центральный банк России|ЦБ"},
	{"ru acronym before the name", []string{"В ЦБ заявили о снижении ставки.", "Центральный банк России снизил ставку."},
		"org:Центральный банк России[ЦБ]=ЦБ|Центральный банк России"},
	{"ru acronym of a title's body", []string{"Глава МИД Сергей Лавров провёл переговоры."},
		"org:МИД[МИД]=МИД; per:Сергей Лавров=Сергей Лавров"},
	{"en known acronym and its name", []string{"The European Union agreed. EU leaders met."},
		"org:European Union[EU]=European Union|EU"},
	{"company with and without its legal form", []string{"Shares of Microsoft Corp. rose. Microsoft said it would appeal."},
		"org:Microsoft Corp.=Microsoft Corp.|Microsoft"},
	{"two bodies joined by and the", []string{"The European Commission and the Competition and Markets Authority are reviewing it."},
		"org:European Commission=European Commission; org:Competition and Markets Authority=Competition and Markets Authority"},
	{"a title's word as the field", []string{"The Department of Justice and the International Court of Justice ruled."},
		"org:Department of Justice=Department of Justice; org:International Court of Justice=International Court of Justice"},
	{"fields joined by and", []string{"The Department of Health and Human Services said."},
		"org:Department of Health and Human Services=Department of Health and Human Services"},
	{"an acronym and an organisation", []string{"HSBC and National Bank of Canada reported."},
		"org:HSBC[HSBC]=HSBC; org:National Bank of Canada=National Bank of Canada"},
	{"ru foreign surname in its cases", []string{"Президент США Джо Байден выступил. Встреча с Байденом состоится в мае. Позиция Байдена известна."},
		"per:Джо Байден=Джо Байден|Байденом|Байдена"},
	{"kk person before a body's head", []string{"Премьер-министр Олжас Бектенов үкімет отырысында сөз сөйледі."},
		"per:Олжас Бектенов=Олжас Бектенов"},
	{"near-miss: brackets of another word", []string{"Министерство экономического развития (Москва) сообщило."},
		"org:Министерство экономического развития=Министерство экономического развития"},
	{"near-miss: an acronym of other initials", []string{"Центральный банк России снизил ставку. МИД промолчал."},
		"org:Центральный банк России=Центральный банк России; org:МИД[МИД]=МИД"},
}

func TestFindMore(t *testing.T) { runFind(t, moreFindTests) }

// TestFindIn checks that countries found by the caller serve as Find's own.
func TestFindIn(t *testing.T) {
	paras := []string{"Georgia Parker met Foreign Minister Murat Nurtleu of Kazakhstan in Tbilisi on Monday."}
	want := Find(paras)
	var spans []Span
	for _, m := range country.Find(paras[0]) {
		spans = append(spans, Span{m.Start, m.End})
	}
	got := FindIn(paras, [][]Span{spans})
	if len(got) != len(want) {
		t.Fatalf("FindIn gives %d entities, Find %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Name != want[i].Name || len(got[i].Mentions) != len(want[i].Mentions) {
			t.Errorf("entity %d: FindIn %+v, Find %+v", i, got[i], want[i])
		}
	}
}

// TestFindInDemonym checks that a people's adjective that package country
// reads as a country's is the family name after a given name ("Mark
// Cuban, the owner"), and the country's where a noun follows it.
func TestFindInDemonym(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"We met Ian Cuban, the team's owner.", "per:Ian Cuban=Ian Cuban"},
		{"We met Anna Cuban officials.", ""},
	} {
		paras := []string{tc.text}
		var spans []Span
		for _, m := range country.Find(tc.text) {
			spans = append(spans, Span{m.Start, m.End})
		}
		if len(spans) == 0 {
			t.Fatalf("%q: no country found", tc.text)
		}
		if got := render(paras, FindIn(paras, [][]Span{spans})); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, got, tc.want)
		}
	}
}
