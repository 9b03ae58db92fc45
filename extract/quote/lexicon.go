package quote

import (
	"strings"
	"sync"
)

// cueKind tells what a cue verb may attribute.
type cueKind uint8

const (
	cueSpeech  cueKind = iota + 1 // said, noted: whole quotations and fragments
	cuePartial                    // called, described: fragments only
)

// words is the vocabulary attribution is read with. It is built on first
// use, so that programs which never look for quotations pay nothing.
type words struct {
	cues         map[string]cueKind // one-word cue verbs, lower case
	cues2        map[string]cueKind // cues of two or three words: "pointed out", "атап өтті"
	heads        wordSet            // first words of cues2
	particle     wordSet            // quotative particles after a quotation: деп
	stop         wordSet            // words that end a speaker after its cue
	clause       wordSet            // words that make a phrase a clause, not a name
	adverb       wordSet            // adverbs that may stand next to a cue
	lead         wordSet            // prepositions that open an adverbial phrase
	connective   wordSet            // words that open a sentence before a comma and its subject: Instead, However,
	boundary     wordSet            // words that open an attribution clause: as, как
	follow       wordSet            // words after a cue that start reported speech
	pronoun      map[string]byte    // resolvable pronouns and their gender
	titles       wordSet            // titles that make a name a person's
	org          wordSet            // words that make a name a body's, not a person's
	female       wordSet            // titles of women
	male         wordSet            // titles of men
	abbrev       wordSet            // abbreviations written with a dot
	det          wordSet            // determiners that open a noun phrase
	nounDet      wordSet            // determiners after which a cue word is a noun: the comment, no reason
	notSpeaker   wordSet            // words that open a sentence and name no speaker alone: About, Just, One
	possDet      wordSet            // possessive determiners: his, her
	prep         wordSet            // other prepositions that may open a sentence before its subject: Over the years
	timePrep     wordSet            // prepositions of a phrase of time or place after a name: Trump at the time
	showPrep     wordSet            // words after which a title in marks names a show or a work: on, in
	expletive    wordSet            // words that open a sentence with no subject: It is, There was
	reflexive    wordSet            // Russian reflexive possessives, which open an object: своего
	aux          wordSet            // auxiliaries between a subject and its cue: has said, is telling
	conj         wordSet            // conjunctions joining a second verb to a subject
	rel          wordSet            // relative and subordinating words that open a clause
	place        wordSet            // words that make a capitalised name a place's or a thing's
	postpos      wordSet            // cues written after their speaker: X-тың айтуынша
	kkCue        wordSet            // the Kazakh cues, words joined by _: деді, атап_өтті
	deCue        wordSet            // the cues of deCues: sagte, dijo, déclaré
	plural       wordSet            // plural pronouns a speaker may be: they, они
	subordinator wordSet            // words that open a clause set before the subject: When asked …,
	tell         wordSet            // cues whose object is the listener: told his aides
	weekday      wordSet            // the days of the week: Tuesday at a rally,
	termPre      wordSet            // words before a mark that make the quoted words a term: so-called
	termPost     wordSet            // words after a mark that make the quoted words a name: деп аталатын
	locative     wordSet            // prepositions of place, after which a name is a place's
	relPronoun   wordSet            // relative pronouns, which stand for the subject of their clause
	month        wordSet            // names of months, which with a number make a date
	firstPerson  wordSet            // pronouns of the first and second person
	offices      wordSet            // nouns of one office, that name its holder alone: the minister said
	minor        wordSet            // short words a title in title case leaves in lower case
	lyNoun       wordSet            // words in -ly that are no adverbs: family, rally
	numberAbbr   wordSet            // abbreviations written with a dot before a number: No. 2, Jan. 5
	titleMod     wordSet            // words in lower case that belong to the title or name after them: former
	placeMod     wordSet            // words between a preposition of place and a name: in downtown Denver
	pastOn       wordSet            // irregular past tenses a gerund cue goes on from: kept asking
	pastCue      wordSet            // past tenses of cues without -ed: said, told
	addressee    wordSet            // nouns a speaker tells a quotation to: Русской службе
	listener     wordSet            // addressees that are people, whose name never follows them: журналистам
	obliqueSelf  wordSet            // pronouns in an oblique case that a speaker may follow: нам, ему
	attributive  wordSet            // Kazakh participle cues that qualify the noun after them: «Q» деген министр
	hangingPrep  wordSet            // Russian prepositions, which never end a noun phrase: закрытие сделки со
	bodyStems    wordSet            // the Russian words of bodies and titles without their final vowel: пресс-служб
	classes      map[string]classes // the classes of each word of the class sets, the cues and pronouns
	possessive   map[string]byte    // Russian possessive pronouns that name a speaker (по его словам), by gender
}

// The shared vocabulary, built on first use and never changed after.
var (
	lexiconOnce  sync.Once
	lexiconWords *words
)

// lexicon returns the shared vocabulary. It is sync.OnceValue(buildWords)
// written out so that calls inline: the rules call it for nearly every
// word they read.
func lexicon() *words {
	lexiconOnce.Do(setLexicon)
	return lexiconWords
}

// setLexicon builds the shared vocabulary.
func setLexicon() { lexiconWords = buildWords() }

// set returns the words of list as a set; "_" joins the words of a phrase.
func set(list string) wordSet {
	ws := newWordSet()
	for _, w := range strings.Fields(list) {
		ws.add(strings.ReplaceAll(w, "_", " "))
	}
	return ws
}

// English cue verbs; each is listed in the forms news text uses.
const enCues = `say says said saying tell tells told add adds added note notes noted
stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised
state states stated warn warns warned announce announces announced explain explains explained
ask asks asked reply replies replied answer answers answered declare declares declared
insist insists insisted argue argues argued claim claims claimed write writes wrote
comment comments commented remark remarks remarked observe observes observed continue continues continued
conclude concludes concluded recall recalls recalled confirm confirms confirmed admit admits admitted
acknowledge acknowledges acknowledged suggest suggests suggested report reports reported
underline underlines underlined underscore underscores underscored highlight highlights highlighted
assure assures assured urge urges urged tweet tweets tweeted post posts posted quote quotes quoted
read reads affirm affirms affirmed reiterate reiterates reiterated vow vows vowed promise promises promised
predict predicts predicted believe believes believed think thinks thought agree agrees agreed
cite cites cited mention mentions mentioned recount recounts recounted exclaim exclaimed
shout shouted cry cried whisper whispered joke joked laugh laughed sigh sighed
respond responds responded counter counters countered point_out points_out pointed_out
according_to went_on goes_on
complain complains complained pledge pledges pledged chant chants chanted lament laments lamented
assert asserts asserted proclaim proclaims proclaimed yell yells yelled boast boasts boasted
concede concedes conceded vent vents vented bark barks barked boom booms boomed snap snapped
quip quips quipped muse muses mused scoff scoffs scoffed retort retorts retorted thunder thundered
grumble grumbles grumbled gush gushed mutter muttered fume fumed marvel marveled marvelled
wonder wonders wondered caution cautions cautioned allege alleges alleged contend contends contended
maintain maintains maintained demand demands demanded plead pleads pleaded testify testifies testified
reason reasoned elaborate elaborated interject interjected opine opined speculate speculated
texted emailed written sang sings inform informed remind reminds reminded advise advised
remember remembers remembered admonish admonished scold scolded taunt taunted
begin began shot_back fired_back went_on_to_say put_it puts_it issued_a_statement released_a_statement
adding telling noting arguing insisting explaining declaring warning stating writing asking
remarking recalling suggesting promising urging tweeting claiming predicting complaining pledging
responding replying answering asserting proclaiming continuing concluding acknowledging admitting
posting announcing reiterating emphasizing stressing
recommended protested retweeted riffed surmised confessed echoed mentioning
joking pronounced lamenting boasting quipping pleading vowing questioning referencing referenced
react reacts reacted
shouting whispering exclaims exclaiming yelling snaps thunders mutters muttering gushes
retorting scoffing`

// enMonthAbbrevs are the English months written short.
const enMonthAbbrevs = `jan feb mar apr jun jul aug sep sept oct nov dec`

// enWeekdays are the English days of the week.
const enWeekdays = `monday tuesday wednesday thursday friday saturday sunday`

// English verbs that attribute only a fragment quoted inside a sentence.
const enPartial = `call calls called describe describes described dub dubs dubbed term terms termed
label labels labelled labeled brand brands branded characterize characterized characterise characterised
calling describing dubbing terming labeling labelling branding characterizing
accuse accuses accused accusing blame blames blamed blaming criticize criticizes criticized criticizing
criticise criticised denounce denounces denounced denouncing decry decries decried decrying
dismiss dismisses dismissed dismissing deride derides derided mock mocks mocked mocking
hail hails hailed hailing praise praises praised praising slam slams slammed blast blasts blasted
portray portrays portrayed portraying refer_to refers_to referred_to referring_to
promise_of vow_of warn_of warned_of warns_of condemn condemns condemned condemning
slamming chide chides chided chiding defended defending deriding`

// Russian cue stems; the past tense takes -л, -ла, -ло, -ли.
const ruStems = `сказа заяви отмети подчеркну добави сообщи поясни рассказа ответи уточни призна замети напомни
констатирова предупреди указа написа резюмирова заключи подытожи процитирова объясни выразил
спроси поинтересова высказа пообеща завери прокомментирова отреагирова
признава подтверди обрати_внимание
продолжи возмути утвержда объясня поясня говори рассужда добавля настаива уверя заверя пожалова
посетова возрази парирова воскликну обеща предложи сетова отмеча подчеркива заявля сообща напомина
рассказыва уточня цитирова посоветова предупрежда подели повтори повторя вспомни вспомина
пошути иронизирова возмуща удивля удиви согласи оцени рассуди высказыва восклица описа описыва
отвеча сформулирова упрекну обвини раскритикова призва призыва`

// Other Russian cue forms.
const ruCues = `говорит говорят считает считают полагает отмечает отмечают подчеркивает подчёркивает заявляет заявляют
сообщает сообщают поясняет добавляет уверен уверена убежден убеждена говорится цитирует приводит приводят пишет пишут
рассказывает напоминает указывает признается признаётся уточняет констатирует предупреждает по_словам
по_мнению по_информации по_данным со_слов
по_его_словам по_ее_словам по_её_словам по_их_словам по_его_мнению по_ее_мнению по_её_мнению по_их_мнению
утверждает утверждают объясняет объясняют продолжает настаивает настаивают уверяет уверяют возмущается
жалуется признает признаёт признают отвечает отвечают рассуждает заключает резюмирует комментирует
иронизирует сетует убеждает поясняют добавляют подчеркивают подчёркивают замечает говорил
вспоминает рассказывают уточняют цитируют считал считала полагал полагала
добавив заявив отметив подчеркнув пояснив сказав сообщив напомнив признав уточнив`

// Russian verbs that attribute only a fragment.
const ruPartial = `назвал назвала назвали назвало называет называют охарактеризовал охарактеризовала охарактеризовали
назвав охарактеризовав назвавший назвавшая`

// German, Spanish, Portuguese, French and Italian cue verbs, in forms no
// English, Russian or Kazakh word takes, so that the attributions of news
// in those languages ("„…“, sagte die Ministerin Anna Berger", "«…», dijo
// el ministro Juan Pérez") are found; the words after such a cue are its
// speaker, of which package extract keeps only the person they name.
const deCues = `sagt sagte sagten erklärt erklärte erklärten betont betonte betonten meint meinte
schreibt schrieb ergänzt ergänzte fügte kritisiert kritisierte warnt warnte fordert forderte
berichtet berichtete teilte mitteilte sagt_dazu
dijo afirmó explicó señaló aseguró añadió indicó declaró sostuvo manifestó apuntó comentó agregó subrayó
disse afirmou explicou declarou acrescentou ressaltou destacou
déclare déclaré affirme affirmé explique expliqué estime ajoute ajouté souligne souligné
dichiara dichiarato spiega spiegato aggiunge aggiunto sottolinea afferma affermato detto`

// Kazakh cue verbs.
const kkCues = `деді айтты айтады дейді мәлімдеді хабарлады жазды түсіндірді қосты атап_өтті атап_көрсетті
атап_айтты баса_айтты мәлім_етті сенім_білдірді пікір_білдірді ескертті жариялады сөзін_жалғады
сұрады жауап_берді түйіндеді қорытындылады атап_өтеді атап_көрсетеді мәлімдейді хабарлайды
деп_атап_өтті тілге_тиек_етті пікірін_білдірді
дедім деген деді-дағы айтқан айтып_берді түсіндіреді жалғастырды сөзін_жалғастырды
мәлімдеген хабарлаған жазған атап_өткен баса_айтқан ескертеді ойын_білдірді пікір_айтты
деп_мәлімдеді деп_жазды деп_хабарлады деп_түсіндірді деп_санайды санайды білдірді`

// Kazakh cues written after their speaker, in the genitive: "according
// to X", "in X's words", "in X's opinion".
const kkPostpos = `айтуынша айтуына_қарағанда сөзінше пікірінше мәліметінше хабарлауынша`

// Kazakh verbs that attribute only a fragment.
const kkPartial = `атады деп_атады`

func buildWords() *words {
	w := &words{
		cues:     make(map[string]cueKind),
		cues2:    make(map[string]cueKind),
		heads:    newWordSet(),
		particle: set(`деп екенін екендігін`),
		stop: set(`in on at during after before while when as to from with via by amid following
			adding referring speaking citing last yesterday today earlier later recently this that who which whose
			and but ` + enWeekdays + `
			в во на по при после перед для журналистам корреспонденту агентству изданию телеканалу газете порталу
			сегодня вчера ранее также который которая которые и но
			бүгін кеше брифингте журналистерге тілшісіне агенттігіне сұхбатында өзінің өз өзі өзіне`),
		clause: set(`that which who whom is was were are be been being has have had will would can could
			should may might must not do does did it's there here this these those if because
			что который которая которые которого это этом был была было были будет будут не если чтобы
			бұл деп емес еді болды`),
		adverb: set(`also later further then again earlier reportedly repeatedly recently once previously first
			additionally afterwards subsequently separately simply just only
			allegedly apparently publicly privately openly angrily flatly bluntly firmly quietly
			directly confidently emphatically categorically often now still
			также ещё еще затем позже ранее тогда вновь снова лишь уже
			сондай-ақ тағы кейін да де та те былай осылай деп`),
		lead: set(`in at on during after before following amid at upon from for with within speaking addressing

			в во на при после перед по о об обо`),
		connective: set(`instead however meanwhile moreover nevertheless nonetheless indeed even still yet
			last next as later earlier afterwards afterward
			однако впрочем алайда дегенмен сонымен`),
		boundary: set(`as like according как`),
		follow:   set(`that how what whether why about to if что как чтобы о об`),
		pronoun:  map[string]byte{"he": 'm', "she": 'f', "он": 'm', "она": 'f', "ол": 0},
		plural:   set(`they они олар`),
		tell:     set(`told tell tells`),
		weekday:  set(enWeekdays),
		subordinator: set(`when while although though because since once unless if whenever
			когда пока хотя поскольку если`),
		possessive: map[string]byte{"его": 'm', "ее": 'f', "её": 'f'},
		titles: set(`president minister prime deputy foreign secretary general secretary-general ambassador spokesman spokeswoman
			spokesperson chairman chairwoman chair director head senator governor mayor king queen prince chancellor
			mr mr. mrs mrs. ms ms. dr dr. professor prof. envoy representative adviser advisor ceo
			президент премьер-министр министр глава посол председатель заместитель спикер пресс-секретарь директор руководитель
			представитель депутат сенатор аким генсек генеральный господин госпожа
			coordinator councillor councilor commissioner chief leader manager vice-president vice-minister
			губернатор мэр вице-министр вице-премьер начальник советник аналитик эксперт экономист политолог
			социолог юрист адвокат профессор журналист
			вице-министр вице-министрі әкім әкімі президенті министрі төрағасы басшысы елшісі өкілі`),
		org: set(`ministry council office department agency committee service government administration embassy
			commission organization organisation union bank fund company corporation group center centre
			parliament court press-service press police army party assembly mission secretariat affairs
			reserve board bureau authority campaign senate congress
			foundation institute association federation society network news times post herald tribune journal
			министерство мид совет комитет агентство правительство администрация посольство служба
			пресс-служба ведомство парламент суд партия миссия фонд институт ассоциация федерация общество
			акимат акимдік департамент управление прокуратура полиция
			министрлігі комитеті үкімет үкіметі агенттігі қызметі елшілігі`),
		female: set(`mrs mrs. ms ms. miss madam госпожа`),
		male:   set(`mr mr. sir господин`),
		abbrev: set(`Mr Mrs Ms Dr Prof St Gen Sen Rep Gov Lt Col Capt Jr Sr Sgt Maj Hon Rev Adm vs
			mr mrs ms dr prof г им тов гг`),
		det:       set(`the a an this that these those его её ее их`),
		reflexive: set(`своего своей своих своим своему свою свое своё`),
		showPrep:  set(`on in from of titled`),
		timePrep:  set(`at during after before following amid upon в во на после при`),
		expletive: set(`it there here`),
		prep: set(`by over under since through across despite among throughout about against around between alongside besides unlike
			into without toward towards beyond amongst to`),
		possDet: set(`his her their its our my your`),
		nounDet: set(`the a an no his her their its our my your any every each these those whose`),
		notSpeaker: set(`about just ever even only once almost nearly given among so thus hence therefore late early back
			minutes hours days weeks months years one two three four five six
			seven eight nine ten eleven twelve`),
		aux: set(`is are was were has have had will would could should can may might must did does do
			also has_also`),
		conj: set(`and but or then и а но затем және бірақ`),
		rel: set(`where which that who whom whose when while whereas because although though since unless
			if what how why whether
			где куда откуда который которая которое которые которого которой которому которым которых которую
			что чтобы когда пока если хотя поскольку потому чем кто как почему зачем
			қайда қашан себебі егер өйткені`),
		place: set(`street road avenue lane square park river lake sea ocean mountain mountains valley city town
			region province district county state states republic kingdom island islands bay gulf coast
			airport station port university college school hospital club forum summit conference treaty
			day week cup games championship prize award festival museum theatre theater hotel centre center
			bridge palace hall tower house north south east west northern southern eastern western central
			asia europe africa america americas arabia zealand lanka rica leone faso salvador kong emirates
			nations
			улица проспект площадь река озеро море город область район республика университет форум саммит
			азия европа африка америка центральная южная северная восточная западная
			көшесі облысы ауданы қаласы республикасы университеті азия еуропа орталық`),
		termPre:  set(`so-called аталмыш аталатын`),
		termPost: set(`аталатын аталған атты атындағы`),
		locative: set(`in at near across from into inside outside throughout within of via toward towards
			в во на из под над около возле`),
		relPronoun: set(`which that who whom whose what который которая которое которые которого которой
			которому которым которых которую кто что`),
		numberAbbr: set(`no nos nr ` + enMonthAbbrevs),
		titleMod:   set(`former acting interim outgoing incoming then ex late retired`),
		placeMod: set(`downtown central northern southern eastern western rural suburban nearby neighboring
			neighbouring uptown`),
		pastOn:  set(`kept went began spent left came sat stood took made got`),
		pastCue: set(`said told wrote spoke thought read began put`),
		lyNoun: set(`family rally ally supply reply assembly anomaly monopoly butterfly bully belly
			jelly italy july holy ugly only early daily weekly monthly yearly friendly elderly lovely likely`),
		minor:       set(`a an the and or nor but of in on at to for by with from as vs`),
		firstPerson: set(`i we you я мы вы ты мен біз сен сіз`),
		offices: set(`president minister ambassador spokesman spokeswoman spokesperson chairman chairwoman
			director senator governor mayor chancellor envoy commissioner secretary-general premier
			президент министр посол председатель спикер пресс-секретарь директор руководитель сенатор
			аким губернатор мэр генсек премьер-министр әкім`),
		month: set(`january february march april may june july august september october november december
			` + enMonthAbbrevs + `
			января февраля марта апреля мая июня июля августа сентября октября ноября декабря
			қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан`),
		addressee: set(`службе журналистам корреспонденту агентству изданию телеканалу газете порталу радио
			каналу сайту журналу изданиям агентствам тілшісіне журналистерге
			журналисту репортерам репортёрам корреспондентам собеседнику собеседнице слушателям собравшимся
			оған маған саған бізге сізге оларға`),
		listener: set(`журналистам журналисту корреспонденту корреспондентам репортерам репортёрам
			собеседнику собеседнице слушателям собравшимся тілшісіне журналистерге`),
		obliqueSelf: set(`мне нам ему ей им нас меня него неё ней нему`),
		hangingPrep: set(`с со к ко от о об обо за по при через без до про у для из-за между перед под над из`),
		attributive: set(`деген айтқан мәлімдеген хабарлаған жазған атап_өткен баса_айтқан`),
	}
	w.bodyStems = newWordSet()
	for _, set := range []wordSet{w.org, w.titles} {
		for word := range set.m {
			if hasCyrillic(word) {
				w.bodyStems.add(ruStem(word))
			}
		}
	}
	for _, c := range strings.Fields(kkPostpos) {
		w.addCue(c, cueSpeech)
	}
	w.postpos = set(kkPostpos)
	w.kkCue = set(kkCues)
	w.deCue = set(deCues)
	for _, c := range strings.Fields(enCues + " " + ruCues + " " + kkCues + " " + deCues) {
		w.addCue(c, cueSpeech)
	}
	for _, c := range strings.Fields(enPartial + " " + ruPartial + " " + kkPartial) {
		w.addCue(c, cuePartial)
	}
	for _, stem := range strings.Fields(ruStems) {
		if strings.Contains(stem, "_") {
			head, rest, _ := strings.Cut(stem, "_")
			for _, end := range []string{"л", "ла", "ло", "ли"} {
				w.addCue(head+end+"_"+rest, cueSpeech)
			}
			continue
		}
		for _, end := range []string{"л", "ла", "ло", "ли", "лся", "лась", "лись"} {
			if strings.HasSuffix(stem, "л") && strings.HasPrefix(end, "л") {
				w.addCue(stem+end[len("л"):], cueSpeech)
				continue
			}
			w.addCue(stem+end, cueSpeech)
		}
	}
	w.classify()
	return w
}

// addCue records a cue of one, two or three words ("a_b").
func (w *words) addCue(c string, k cueKind) {
	parts := strings.Split(c, "_")
	switch len(parts) {
	case 1:
		w.cues[c] = k
	default:
		w.cues2[strings.Join(parts, " ")] = k
		w.heads.add(parts[0])
	}
}
