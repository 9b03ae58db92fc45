package names

import (
	"strings"
	"sync"
)

// lexicon holds the word lists of the package, folded to lower case, each
// built from one blank-separated string on first use.
type lexicon struct {
	// titles are the titles and roles that come before a person's name
	// and are not part of it: President, Mr, г-н, министр.
	titles set
	// roles are words for a person's occupation or office that, in lower
	// case before a name, mark it as a person's ("councillor Jane
	// Smith") and, capitalised at the start of a longer run, are left out
	// of it ("Coordinator Jane Smith"), but name no title of their own.
	roles set
	// titleSurnames are the titles that are also family names, which a
	// title ends a name as after a given name: Martin Luther King, Paul
	// Singer.
	titleSurnames set
	// titleModifiers stand inside a title before its core word: Foreign
	// Minister, Prime Minister, Deputy Secretary.
	titleModifiers set
	// orgHeads are the nouns that make a capitalised phrase the name of an
	// organisation: Ministry, Council, Party, University, Inc.
	orgHeads set
	// ruOrgHeads maps the stems of Russian heads of organisations to their
	// nominative: министерств → министерство.
	ruOrgHeads map[string]string
	// ruHeadEndings are the case endings that follow a stem of ruOrgHeads.
	ruHeadEndings set
	// kkOrgHeads maps the stems of Kazakh heads, which end the name and
	// take any ending, to their form in the nominative: министрлі
	// (министрлігі, министрлігінің) → министрлігі.
	kkOrgHeads map[string]string
	// ruStop are the Russian words that end the complement of a head.
	ruStop set
	// orgTypes are the words before a quoted name of an organisation:
	// компания «Газпром», партия «Аманат».
	orgTypes set
	// connectors may stand in lower case inside a name: Ministry of
	// Foreign Affairs, Ursula von der Leyen.
	connectors set
	// particles are the connectors that may stand inside a person's name.
	particles set
	// function are the words that open a sentence with a capital and are
	// no name: The, In, However, В, Однако, Бұл.
	function set
	// calendar are months and weekdays.
	calendar set
	// notNames are capitalised words that end a name and are no part of a
	// person's: Street, River, Agreement, Day, War.
	notNames set
	// rooms are heads of organisations that, after the name of one,
	// name a room of it: the Trusteeship Council Chamber.
	rooms set
	// placePrefixes are the words that open the names of places after
	// saints and forts, whose next words are the place's name and no
	// person's (San Marino, São Bento dos Lagos, Fort William).
	placePrefixes set
	// placeSurnames are words for places that are also family names,
	// after a given name at the end of a name: Ilse West, Ilse Hill.
	placeSurnames set
	// lastHeads head the name of an organisation only as its last word:
	// Amnesty International, but the Institute for International
	// Economics.
	lastHeads set
	// headFirst are the heads of organisations in the Romance languages,
	// which stand first and have the adjectives and complements after
	// them ("Autoridad Portuaria Regional", "Ministerio de Sanidad").
	headFirst set
	// corporate are the suffixes of company names, after the words of the
	// name alone: Acme Widgets Inc.
	corporate set
	// headlineLower are the short words that a headline in title case
	// keeps in lower case.
	headlineLower set
	// surnameFirst are the family names that Chinese and Korean names put
	// first: Wang Yi, Kim Jong Un.
	surnameFirst set
	// speech are the verbs of speech after a name: said, заявил.
	speech set
	// shortNames maps the stems of well-known names of organisations of
	// one word, written with a capital, to their nominative: Госдумы →
	// Госдума, Reuters.
	shortNames map[string]string
	// acronyms maps the acronyms of well-known organisations to nothing:
	// the set of those taken alone.
	acronyms set
	// class gives for each word of the sets above the sets it is in, so
	// that one look-up tells them all.
	class map[string]wordClass
}

// wordClass is a set of the word lists of the lexicon, one bit each.
type wordClass uint32

// The word lists that the scanner asks about a word.
const (
	cTitle wordClass = 1 << iota
	cTitleModifier
	cOrgHead
	cRuStop
	cOrgType
	cConnector
	cParticle
	cFunction
	cCalendar
	cNotName
	cCorporate
	cHeadlineLower
	cSpeech
	cRole
	cRoom
	cTitleSurname
	cPlacePrefix
	cLastHead
	cPlaceSurname
	cHeadFirst
)

// classes returns the class of each word of the lists of l.
func classes(l *lexicon) map[string]wordClass {
	m := map[string]wordClass{}
	for _, c := range [...]struct {
		s   set
		bit wordClass
	}{
		{l.titles, cTitle}, {l.titleModifiers, cTitleModifier}, {l.orgHeads, cOrgHead},
		{l.ruStop, cRuStop}, {l.orgTypes, cOrgType}, {l.connectors, cConnector},
		{l.particles, cParticle}, {l.function, cFunction}, {l.calendar, cCalendar},
		{l.notNames, cNotName}, {l.corporate, cCorporate}, {l.headlineLower, cHeadlineLower},
		{l.speech, cSpeech}, {l.roles, cRole}, {l.rooms, cRoom}, {l.titleSurnames, cTitleSurname},
		{l.placePrefixes, cPlacePrefix}, {l.lastHeads, cLastHead}, {l.placeSurnames, cPlaceSurname},
		{l.headFirst, cHeadFirst | cOrgHead},
	} {
		for w := range c.s {
			m[w] |= c.bit
		}
	}
	return m
}

// nominatives returns the map of shortNames for the blank-separated
// names of list: each name, folded, and its stem without a Russian case
// ending or a soft sign (see russianStem: Кремль → кремл, the stem of
// Кремля), to itself.
func nominatives(list string) map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields(list) {
		f := fold(n)
		m[f] = n
		m[strings.TrimSuffix(russianStem(f), "ь")] = n
	}
	return m
}

// set is a set of folded words.
type set map[string]bool

func (s set) has(w string) bool { return s[w] }

// words returns the set of the blank-separated words of list.
func words(list string) set {
	f := strings.Fields(list)
	s := make(set, len(f))
	for _, w := range f {
		s[w] = true
	}
	return s
}

// lex returns the lexicon, built on first use.
var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{
		titles: words(`president presidents mr mr. mrs mrs. ms ms. dr dr. sir lord lady dame adv adv.
			minister ministers secretary secretary-general under-secretary-general chancellor premier
			senator sen sen. rep rep. representative gov gov. governor mayor judge justice
			king queen prince princess sheikh emir pope ayatollah ambassador envoy spokesman
			spokeswoman spokesperson chairman chairwoman chair chief ceo director professor prof
			prof. general gen gen. colonel col col. captain capt capt. lieutenant lt lt. sergeant
			sgt sgt. commander admiral marshal reverend rev rev. father bishop archbishop
			speaker commissioner attorney coach reporter correspondent editor officer agent
			lawmaker congressman congresswoman candidate leader founder head deputy vice
			president-elect counsel trustee adviser advisor aide analyst economist actor actress
			singer player striker midfielder goalkeeper author writer secretaries
			präsident präsidentin ministerin kanzlerin sprecherin chefin leiterin direktorin
			trainerin botschafterin abgeordnete abgeordneter kommissarin bundeskanzler bundeskanzlerin
			experte expertin politologe politologin soldat soldatin rapper rapperin sängerin
			президент президента президенту президентом президенте премьер-министр премьер-министра
			министр министра министру министром министре глава главы главе главой председатель
			председателя председателю председателем посол посла послу послом генсек генсека
			госсекретарь госсекретаря депутат депутата сенатор сенатора спикер спикера аким акима
			губернатор губернатора мэр мэра директор директора г-н г-жа господин госпожа
			пресс-секретарь пресс-секретаря представитель представителя замминистра вице-министр
			вице-премьер советник советника помощник помощника заместитель заместителя
			генеральный генерального секретарь секретаря канцлер канцлера король короля
			журналист журналиста эксперт эксперта политолог политолога экономист аналитик
			президенті президентінің президентіне президентімен министрі министрінің министріне
			төраға төрағасы төрағасының әкім әкімі әкімінің елші елшісі депутаты мырза ханым
			премьер-министрі вице-министрі орынбасары хатшысы`),
		roles: words(`coordinator councillor councilor alderman manager administrator
			superintendent constable detective curator campaigner activist researcher scientist
			historian lawyer barrister solicitor teacher headteacher pastor imam rabbi cardinal
			organiser organizer volunteer blogger journalist photographer columnist commentator
			pollster strategist consultant lobbyist donor student nurse doctor physician surgeon
			priest farmer investor entrepreneur novelist poet artist musician comedian filmmaker
			producer engineer psychologist sociologist`),
		titleSurnames: words(`king prince judge bishop singer pope marshal`),
		titleModifiers: words(`foreign prime deputy vice first acting interim former defence defense
			finance interior justice health trade economy energy education culture state
			executive assistant senior special permanent attorney chief general national
			security press white house us u.s. un eu nato russian kazakh british american
			french german chinese iranian israeli ukrainian turkish indian japanese
			republican republicans democrat democrats democratic gop conservative liberal
			labour tory independent`),
		orgHeads: words(`ministry ministries department council committee commission party parties
			university college school academy institute institution agency authority bureau office
			service services organization organisation association federation union league
			alliance coalition front movement foundation fund bank court tribunal parliament
			assembly congress senate cabinet government administration police army navy force
			forces guard corps inc inc. ltd ltd. llc plc corp corp. corporation company co co.
			group holding holdings gmbh ag sa nv bv airlines airways railways network news
			times post journal telegraph herald tribune gazette agency reuters press club
			society center centre church board council chamber exchange house mission secretariat
			directorate inspectorate commissariat prosecutor's conference forum programme program
			brigade battalion regiment division command guard committee's observatory laboratory
			museum hospital clinic library orchestra theatre theater studios productions
			entertainment records pictures publishing industries enterprises technologies
			pharmaceuticals motors ventures media`),
		ruOrgHeads: map[string]string{"министерств": "министерство", "комитет": "комитет",
			"парти": "партия", "агентств": "агентство", "совет": "совет", "служб": "служба",
			"фонд": "фонд", "банк": "банк", "университет": "университет", "академи": "академия",
			"ассамбле": "ассамблея", "парламент": "парламент", "правительств": "правительство",
			"администраци": "администрация", "палат": "палата", "прокуратур": "прокуратура",
			"федераци": "федерация", "ассоциаци": "ассоциация", "организаци": "организация",
			"корпораци": "корпорация", "институт": "институт", "комисси": "комиссия",
			"управлени": "управление", "департамент": "департамент", "акимат": "акимат",
			"посольств": "посольство", "мажилис": "мажилис", "сенат": "сенат", "суд": "суд",
			"союз": "союз", "центр": "центр", "дум": "дума", "генпрокуратур": "генпрокуратура"},
		ruHeadEndings: words(`а у ом е ы ов ам ами ах и ой ей ю я ия ию ии ией ие ием ью ями ях о`),
		kkOrgHeads: map[string]string{"министрлі": "министрлігі", "комитеті": "комитеті",
			"агенттіг": "агенттігі", "партиясы": "партиясы", "кеңесі": "кеңесі", "қоры": "қоры",
			"банкі": "банкі", "университеті": "университеті", "академиясы": "академиясы",
			"палатасы": "палатасы", "соты": "соты", "прокуратурасы": "прокуратурасы",
			"әкімдіг": "әкімдігі", "мәжіліс": "мәжілісі", "үкімет": "үкіметі", "ұйымы": "ұйымы",
			"одағы": "одағы", "орталығы": "орталығы", "институты": "институты",
			"қауымдастығы": "қауымдастығы", "корпорациясы": "корпорациясы",
			"компаниясы": "компаниясы", "сенаты": "сенаты", "парламенті": "парламенті",
			"қызметі": "қызметі"},
		ruStop: words(`в во на с со о об к ко от до за из у что как который которая которое
			которые и а но или не ни же ли бы это его ее её их также уже еще ещё был была было
			были будет будут может могут года году год лет`),
		orgTypes: words(`компания компании компанию компанией холдинг холдинга ао тоо ооо пао зао
			партия партии партию фонд фонда банк банка корпорация корпорации концерн концерна
			группа группы движение движения объединение объединения агентство агентства
			компаниясы компания серіктестігі акционерлік қоғамы
			газета газеты газете газету газетой издание издания изданию изданием телеканал
			телеканала телеканалу телеканалом радиостанция радиостанции журнал журнала журналу
			портал портала агентство агентству клуб клуба клубу клубом фк команда команды
			команде команду театр театра театре издательство издательства завод завода заводе
			фабрика фабрики`),
		connectors: words(`of for the on and de du des la le van von der den ter bin ibn al el da di
			dos das del y`),
		particles: words(`de du des la le van von der den ter bin ibn al el da di dos das del`),
		function: words(`the a an in on at but and or this that these those it he she we they i
			his her their our its as if when while after before according for from with by to
			of some many all no not so yet also however meanwhile there here what who why how
			where which today yesterday tomorrow last next earlier later then now once even
			still both each every such other another most more several few one two three
			dear please thank thanks yes my your is are was were be been has have had will
			would can could should might must says do does did
			в во на по с со о об к ко от до за из у как что это он она они мы я вы также
			кроме при для так однако но и а вчера сегодня завтра ранее позже сейчас между
			после перед его ее её их там здесь тогда уже еще ещё все всё этот эта эти этих
			такой такие когда если хотя чтобы где кто какой которые который
			бұл ол сондай-ақ алайда бірақ және кеше бүгін ертең осы оның біз мен сол енді
			сонымен қатар`),
		calendar: words(`january february march april may june july august september october
			november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
			wednesday thursday friday saturday sunday
			январь января февраль февраля март марта апрель апреля май мая июнь июня июль
			июля август августа сентябрь сентября октябрь октября ноябрь ноября декабрь
			декабря понедельник вторник среда среду четверг пятница пятницу суббота субботу
			воскресенье қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан
			қараша желтоқсан дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі`),
		notNames: words(`street avenue road square river sea ocean lake mountain mountains valley
			island islands city town county state province region district airport station
			bridge park hotel hall palace tower building plaza day week year war cup games
			olympics championship prize award treaty agreement convention charter protocol
			declaration accord pact plan act law code falls strategy doctrine initiative summit
			talks process review report index festival expo show series season league
			stadium arena staff harbor harbour bowl prison jail cemetery heights beach canyon
			springs gardens mall terminal survey pro edition keyboard charger console democrat democrats
			republican republicans world effect dinner lunch breakfast gala rally debate tour concert
			awards ceremony parade marathon
			киев пекин берлин кишинев ростов саратов харьков псков тамбов львов чернигов
			las los san santa santo são sao fort port mount saint sainte st st. ste ste.
			hill affairs order primary caucus debate poll campaign election new republic kingdom empire federation emirates states union east west north south
			central eastern western northern southern gulf peninsula basin desert coast
			church mosque cathedral temple museum stadium arena university school
			god christ allah jesus christmas easter ramadan eid covid coronavirus
			twitter facebook instagram youtube telegram google internet tv
			ministry council committee party`),
		headlineLower: words(`and the for nor but yet with from into over via per off out upon onto than amid
			von van der des del los las who`),
		surnameFirst: words(`wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo
			ma luo xi qin han deng kim park lee choi jung kang yoon moon`),
		rooms:     words(`chamber chambers`),
		lastHeads: words(`international`),
		headFirst: words(`ministerio universidad instituto agencia autoridad comisión consejo partido banco
			fundación asociación federación unión gobierno policía ejército senado congreso
			parlamento asamblea ayuntamiento sindicato compañía grupo organización hospital museo
			ministero università istituto agenzia autorità commissione consiglio partito banca
			tribunale fondazione associazione federazione unione governo polizia esercito senato
			procura sindacato società ospedale
			ministère université institut agence autorité conseil banque fondation fédération
			gouvernement armée chambre sénat assemblée mairie syndicat société hôpital musée
			ministério universidade agência autoridade comissão conselho fundação associação
			federação governo polícia exército câmara assembleia prefeitura`),
		placeSurnames: words(`west east north south hill church temple day hall rivers fields woods wells`),
		placePrefixes: words(`san santa santo são sao saint sainte st st. ste ste. fort port mount new`),
		corporate:     words(`inc inc. ltd ltd. llc plc corp corp. corporation incorporated limited co co. gmbh ag sa nv bv`),
		speech: words(`said says told added explained asked noted stressed wrote announced
			declared insisted argued replied recalled warned urged confirmed admitted
			заявил заявила сказал сказала отметил отметила подчеркнул подчеркнула сообщил
			сообщила добавил добавила пояснил пояснила считает уверен уверена
			деді айтты атап мәлімдеді хабарлады`),
		shortNames: nominatives(`Минобороны Минфин Минздрав Минюст Минэнерго Минэкономразвития
			Минтруда Совбез Госдума Нацбанк Генпрокуратура Росатом Газпром Роснефть Сбербанк
			Интерфакс Хезболла Талибан Аманат Казатомпром Кремль
			Росстат Роскосмос Ростех Роскомнадзор Росгвардия Росавиация Ростуризм Роспотребнадзор
			Росприроднадзор Росреестр Росимущество Россельхознадзор Минпромторг Минцифры
			Минпросвещения Минобрнауки Минсельхоз Минтранс Минприроды Минкультуры Минстрой Минспорт
			Минвостокразвития Минэкономики Минторговли Минобразования Минэкологии Минпром
			Центробанк Совфед Мосгордума Мосгорсуд Генштаб Нацгвардия Евросоюз Еврокомиссия
			Европарламент Аэрофлот Лукойл Яндекс Ростелеком Транснефть Новатэк Норникель
			Татнефть Акорда Казахтелеком Казинформ Самрук-Казына Хамас Талибан Пентагон
			Google Apple Microsoft Facebook Twitter Amazon Boeing Airbus Toyota Samsung Reuters
			Bloomberg Interfax Hamas Hezbollah Taliban Gazprom Rosneft Sberbank Kazatomprom Tesla
			Netflix YouTube Wikipedia Wikinews Xinhua Congress Pentagon Kremlin Gallup Interpol
			Europol Pfizer Moderna BioNTech Nvidia Intel Oracle Uber Airbnb Walmart Starbucks
			ExxonMobil Chevron Volkswagen Nissan Honda Huawei Alibaba Tencent Baidu ByteDance
			TikTok Instagram WhatsApp Spotify PayPal Mastercard Hyundai Sony Panasonic Siemens
			Unilever Lukoil Aeroflot Rosatom Roscosmos Yandex Greenpeace Fatah Frontex Eurostat
			Ipsos YouGov Kazinform Nokia Ericsson al-Qaeda al-Shabaab Hizbullah`),
		acronyms: words(`bbc cnn abc nbc cbs pbs npr ap afp upi tass ria rt dpa efe ansa fifa uefa ioc
			nba nfl nhl mlb isis isil fsb kgb mi6 mi5 ira eta pkk anc bjp cdu spd sec fda cdc epa fcc faa
			nhs bp ibm hsbc bnp kegoc kmg ktz nsc
			gop dnc rnc nra fec irs fema doj dhs dod usda nih nsf noaa atf dea ntsb osha ftc
			nlrb omb cbo gao hud aclu naacp aipac kkk pga nascar seiu uaw nasdaq nyse nypd lapd
			msnbc cnbc hbo espn itv nyt wsj mgm wef
			гру свр втб ржд фас вциом лдпр кпрф фнс рбк нтв вгтрк ртр
			тасс риа цик фифа уефа мок игил кгб цб
			un nato eu osce csto sco eaeu eeu cis iaea imf wto opec asean brics
			fbi cia nsa nasa unicef unesco undp unhcr unodc icc icj ecb oecd iea apec g7 g20
			oic au ebrd adb aiib fao ilo ifad wfp unctad unga unsc ohchr wmo icao imo itu
			оон нато ес обсе одкб шос еаэс снг магатэ воз мвф вто опек асеан брикс фбр цру
			мид мвд фсб кнб мчс оон бұұ еқыұ ұқшұ шыұ еаэо тмд сім ұқк іім ееу дсұ хвқ`),
	}
	l.class = classes(l)
	return l
})
