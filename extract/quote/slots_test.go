package quote

import (
	"strings"
	"testing"
)

// speakerSlotCases have words between a quotation and its speaker, or
// before the speaker's cue, that are not the speaker's.
var speakerSlotCases = []findCase{
	{"en two speakers joined by and after the cue", []string{`"You are too small for a big job," said the Riverside Post and former anchor Dana Cole.`},
		[]want{{0, "You are too small for a big job,", "the Riverside Post and former anchor Dana Cole", "said", false}}},
	{"en and before no name after the cue stays out", []string{`"We are ready," said Tom Hale and his wife.`},
		[]want{{0, "We are ready,", "Tom Hale", "said", false}}},
	{"en an adverb after a conjunction before the subject", []string{`And then Reyes went on the offensive, saying, "Is the mayor ever going to answer the question?"`},
		[]want{{0, "Is the mayor ever going to answer the question?", "Reyes", "saying", false}}},
	{"en a capitalised noun inside a speaker is no cue", []string{`"I have never been prouder," former State policy director Ann-Marie Orr wrote to the mayor.`},
		[]want{{0, "I have never been prouder,", "former State policy director Ann-Marie Orr", "wrote", false}}},
	{"en a speaker ending in a participle runs to the end of its clause", []string{`Most Americans prefer lower prices, according to a poll released Thursday.`, `Voters do not believe he ''listens to people like us,'' according to a Riverside poll conducted in February.`},
		[]want{{1, "listens to people like us,", "a Riverside poll conducted in February", "according to", true}}},
	{"en a statement issued before the quotation", []string{`Soon after the storm, Reyes issued a statement, “Last night, our city was hit hard.”`},
		[]want{{0, "Last night, our city was hit hard.", "Reyes", "issued a statement", false}}},
	{"en a named body as the subject of a colon", []string{`The Reyes campaign, in a note on the dispute, worded it more carefully: "Her practice was to write to officials directly."`},
		[]want{{0, "Her practice was to write to officials directly.", "The Reyes campaign", "", false}}},
	{"en a name before a colon after a title", []string{`The surge doesn’t surprise veteran pollster Dana Cole: “Newer candidates often see the biggest boost.”`},
		[]want{{0, "Newer candidates often see the biggest boost.", "Dana Cole", "", false}}},
	{"en a plain noun before a colon names nobody", []string{`The reasons are simple: "We need more time."`},
		[]want{{0, "We need more time.", "", "", false}}},
	{"en a gerund cue after an irregular past tense", []string{`Sen. Ann Orr kept asking him why the agency had called the delays "routine" in its report.`},
		[]want{{0, "routine", "Sen. Ann Orr", "asking", true}}},
	{"en a cue word before the cue is the speaker's noun", []string{`“The files had been copied,” the annual report said, referring to the audit.`},
		[]want{{0, "The files had been copied,", "the annual report", "said", false}}},
	{"en a participle after the speaker before the cue stays out", []string{`Another source speaking to the Tribune said, “The agents are reviewing the contracts.”`},
		[]want{{0, "The agents are reviewing the contracts.", "Another source", "said", false}}},
	{"ru a quotation after X сообщила: is X's, the full stop after its mark", []string{`Министр финансов Анна Орлова сообщила: «Бюджет будет исполнен в срок». Она добавила, что дефицит сократится.`},
		[]want{{0, "Бюджет будет исполнен в срок", "Министр финансов Анна Орлова", "сообщила", false}}},
	{"en a quotation after X said: is X's, the full stop after its mark", []string{`Reyes said: "The pace of this case is unusual". He added that the court would sit again.`},
		[]want{{0, "The pace of this case is unusual", "Reyes", "said", false}}},
	{"near-miss: an abbreviation before the speaker after", []string{`It was a strong pair, as Mrs. Reyes echoed the point, saying Mr. Hale "is not in it for the harbour" and Ms. Orr, she said, "knows it."`},
		[]want{{0, "is not in it for the harbour", "Mrs. Reyes", "said", true}, {0, "knows it.", "Mrs. Reyes", "said", false}}},
	{"en go on before a noun is no cue", []string{`Sen. Tom Hale said that once the council goes on holiday, “I intend to help where I can.”`},
		[]want{{0, "I intend to help where I can.", "Sen. Tom Hale", "said", false}}},
	{"en a phrase of time is no subject of a gerund", []string{`Orr battled the mayor for months, at one time calling him a “liar.”`},
		[]want{{0, "liar.", "Orr", "calling", true}}},
	{"near-miss: went on to say", []string{`The email went on to say, “We have been successful.”`},
		[]want{{0, "We have been successful.", "The email", "went on", false}}},
	{"en a quotation after X said is X's, not the next sentence's", []string{`Reyes said, “The pace of this case is unusual.” He added, “Things here were far from normal.”`},
		[]want{{0, "The pace of this case is unusual.", "Reyes", "said", false}, {0, "Things here were far from normal.", "Reyes", "added", false}}},
	{"en a capitalised noun that is also a cue opens a name", []string{`"We take our duties seriously," State spokesman Dan Cole said Friday.`},
		[]want{{0, "We take our duties seriously,", "State spokesman Dan Cole", "said", false}}},
	{"en an inverted cue in the past opens its speaker", []string{`"We take our duties seriously," said Dan Cole.`},
		[]want{{0, "We take our duties seriously,", "Dan Cole", "said", false}}},
	{"en to whom the words were said after a cue in a sentence of its own", []string{`"How do you fix these roads?" Reyes said to a crowd of about 300.`},
		[]want{{0, "How do you fix these roads?", "Reyes", "said", false}}},
	{"en to before a verb after a cue in a sentence of its own", []string{`"The vote is over." Reyes said to be fair he would wait.`},
		[]want{{0, "The vote is over.", "", "", false}}},
	{"en a relative clause after a speaker missing its closing comma", []string{`"He is the sort of leader voters trust the least," Ann Lapp, who is chairman of Riverside Voters Pac said in a statement.`},
		[]want{{0, "He is the sort of leader voters trust the least,", "Ann Lapp", "said", false}}},
	{"en an apposition with a clause of its own names no subject", []string{`Ann Orr, an education professor at Riverside who once worked for Sen. Tom Hale, one of the bill’s architects, called it “a truly significant step.”`},
		[]want{{0, "a truly significant step.", "Ann Orr", "called", true}}},
	{"en two appositions after a name", []string{`Ann Lapp, executive director of the Riverside Fund, a local charity, said donors "are going to be let down."`},
		[]want{{0, "are going to be let down.", "Ann Lapp", "said", true}}},
	{"en a capitalised clause word inside a name", []string{`“Yet that was the first time in ages,” Radio This Week co-host Dana Morgan said.`},
		[]want{{0, "Yet that was the first time in ages,", "Radio This Week co-host Dana Morgan", "said", false}}},
	{"en a leading phrase opened by alongside", []string{`Alongside calls for action, a top strategist said Reyes will have to choose, saying, “At some point, she will have to speak up.”`},
		[]want{{0, "At some point, she will have to speak up.", "a top strategist", "saying", false}}},
	{"en an adjunct after a cue in a sentence of its own", []string{`"You think I'm going to quit?" Reyes asked reporters calmly during a briefing late last week.`},
		[]want{{0, "You think I'm going to quit?", "Reyes", "asked", false}}},
	{"en a clause after a cue in a sentence of its own is no adjunct", []string{`"The vote is over." Reyes said Tuesday he would veto the bill when it reached him.`},
		[]want{{0, "The vote is over.", "", "", false}}},
	{"en a clause between the quotation and an inverted cue", []string{`"Many would call that a setback" if she loses by that much, said Dana Cole, an elections analyst.`},
		[]want{{0, "Many would call that a setback", "Dana Cole", "said", false}}},
	{"en a dotted abbreviation inside a speaker", []string{`"It was handled quietly," said a former U.S. customs official.`},
		[]want{{0, "It was handled quietly,", "a former U.S. customs official", "said", false}}},
	{"en a capitalised modal is a name", []string{`“The storm is a warning,” Will wrote.`},
		[]want{{0, "The storm is a warning,", "Will", "wrote", false}}},
	{"en an auxiliary between the speaker and the cue", []string{`“We will win,” he has said.`},
		[]want{{0, "We will win,", "he", "said", false}}},
	{"en a phrase opened by a determiner runs to its verb", []string{`The former mayoral candidate continued, saying, "We need a person who knows budgets."`},
		[]want{{0, "We need a person who knows budgets.", "The former mayoral candidate", "saying", false}}},
	{"en an abbreviation before a number in an apposition", []string{`As Tom Hale, the No. 2 in the party's leadership, put it: "This plan will not pass."`},
		[]want{{0, "This plan will not pass.", "Tom Hale", "put it", false}}},
	{"en a month abbreviation ends no sentence", []string{`"We will win," Maria Reyes said on Jan. 5 in Denver.`},
		[]want{{0, "We will win,", "Maria Reyes", "said", false}}},
	{"en a demonstrative after of in a speaker", []string{`"I think it is close," said a strategist for one of these campaigns.`},
		[]want{{0, "I think it is close,", "a strategist for one of these campaigns", "said", false}}},
	{"en an unnamed source and what it knows", []string{`"It was not a strong case," said a person familiar with the matter.`},
		[]want{{0, "It was not a strong case,", "a person familiar with the matter", "said", false}}},
	{"en an unnamed source close to a body", []string{`"It was a shock," said a source close to the campaign.`},
		[]want{{0, "It was a shock,", "a source close to the campaign", "said", false}}},
	{"en an adverb between the subject and its cue", []string{`"It was a shock," the newspaper first reported.`},
		[]want{{0, "It was a shock,", "the newspaper", "reported", false}}},
	{"en a former title before a name", []string{`Weighing in, former Ohio Gov. Tom Hale agreed, praising him as "one of the brightest stars."`},
		[]want{{0, "one of the brightest stars.", "former Ohio Gov. Tom Hale", "praising", true}}},
	{"en a conjunction before the subject of a colon", []string{"And Mr. Hale gloated: “I told you he would not be ready.”"},
		[]want{{0, "I told you he would not be ready.", "Mr. Hale", "gloated", false}}},
	{"en a pronoun subject of a colon", []string{"Then she turned to the crowd: “We are not done.”"},
		[]want{{0, "We are not done.", "she", "", false}}},
	{"en a gerund after a preposition going on from a cue", []string{"Reyes continued by saying, “We will fight this ruling.”"},
		[]want{{0, "We will fight this ruling.", "Reyes", "saying", false}}},
	{"en a gerund after a preposition shares the clause's subject", []string{"The board ended the meeting by saying, “We will fight this ruling.”"},
		[]want{{0, "We will fight this ruling.", "The board", "saying", false}}},
	{"en a gerund after a preposition that opens the sentence has no subject before it", []string{"After saying, “We will fight this ruling,” the board left."},
		[]want{{0, "We will fight this ruling,", "", "saying", false}}},
	{"en a capitalised word before a role and a name qualifies them", []string{`Democratic state senator Ann Orr quickly took to Facebook, writing: "We will fight this."`},
		[]want{{0, "We will fight this.", "Democratic state senator Ann Orr", "writing", false}}},
	{"en a capitalised word before a plural head and its auxiliary", []string{`Energy policy experts have long doubted the plan, saying: "It cannot be built in time."`},
		[]want{{0, "It cannot be built in time.", "Energy policy experts", "saying", false}}},
	{"en a verb after a name is no role", []string{`Orr thinks voters are tired, writing: "Enough is enough."`, `Orr wants answers, writing: "Where is the money?"`},
		[]want{{0, "Enough is enough.", "Orr", "writing", false}, {1, "Where is the money?", "Orr", "writing", false}}},
	{"en a time adverb and its phrase open the sentence before its subject", []string{`Later on Friday, Orr posted a note to the board, writing "I will not resign."`},
		[]want{{0, "I will not resign.", "Orr", "writing", false}}},
	{"en a gerund after an attribution after a quotation shares its speaker", []string{`“It is not new here,” said Rep. Ann Orr (D-Ore.) that week, adding that “we have done this for years.”`},
		[]want{{0, "It is not new here,", "Rep. Ann Orr", "said", false}, {0, "we have done this for years.", "Rep. Ann Orr", "adding", true}}},
	{"en a gerund in the next sentence has its own subject", []string{`“It is not new here,” said Rep. Ann Orr. Tom Reyes wrote a reply, adding that “we have done this for years.”`},
		[]want{{0, "It is not new here,", "Rep. Ann Orr", "said", false}, {0, "we have done this for years.", "Tom Reyes", "adding", true}}},
	{"en a clause of time after a cue in a sentence of its own", []string{`“The port is open!” Senator Ann Orr said as she cut the ribbon.`},
		[]want{{0, "The port is open!", "Senator Ann Orr", "said", false}}},
	{"en a clause after a cue in a sentence of its own", []string{`“The port is open.” Senator Ann Orr said that the ribbon was cut on Monday.`},
		[]want{{0, "The port is open.", "", "", false}}},
	{"en a possessive name and the nouns it owns before the verb", []string{`Ann Orr’s right-hand man gathered the crew, saying: “We have to be ready.”`},
		[]want{{0, "We have to be ready.", "Ann Orr’s right-hand man", "saying", false}}},
	{"en a possessive name before a plural noun and a verb is no subject", []string{`Ann Orr’s supporters gathered, saying: “We have to be ready.”`},
		[]want{{0, "We have to be ready.", "", "saying", false}}},
	{"en a plural's possessive in an apposition is not the speaker", []string{`“We are on course,” Jeff Cole, the Reyes’ harbour manager, said on Monday.`, `“We are on course,” Jeff Cole, Reyes’ harbour manager, said.`},
		[]want{{0, "We are on course,", "Jeff Cole", "said", false}, {1, "We are on course,", "Jeff Cole", "said", false}}},
	{"en a cue word before a noun of a role and a name", []string{`Ohio state delegate Ann Orr, in a green coat, said the vote could be a “disaster” for the port.`},
		[]want{{0, "disaster", "Ohio state delegate Ann Orr", "said", true}}},
	{"en a cue word before an adjective and a plural name is a cue", []string{`Reyes used the meeting to demand wealthy owners “pay for the quay.”`},
		[]want{{0, "pay for the quay.", "Reyes", "demand", true}}},
	{"en a phrase opened by a past participle and its preposition before the subject", []string{`Led by the harbour master, the board voted no, saying: “It is a waste of money.”`},
		[]want{{0, "It is a waste of money.", "the board", "saying", false}}},
	{"en a phrase opened by a weekday before the subject", []string{`Tuesday at a rally in Salem, the mayor waved, saying: “You are too kind.”`},
		[]want{{0, "You are too kind.", "the mayor", "saying", false}}},
	{"en a cue's noun before a verb in the past ends a determiner's phrase", []string{`An early post quoted the mayor as saying “We need a plan now!”`},
		[]want{{0, "We need a plan now!", "An early post", "saying", false}}},
	{"en a phrase opened by a possessive determiner runs to its verb", []string{`Her chief aide pushed back at the critics, saying the plan was fine "in theory" only.`},
		[]want{{0, "in theory", "Her chief aide", "saying", true}}},
	{"en a pronoun after what before the cue is its subject", []string{`Ann Orr says sailors are “right to be worried,” but fond of what she calls “real answers.”`},
		[]want{{0, "right to be worried,", "Ann Orr", "says", true}, {0, "real answers.", "Ann Orr", "calls", true}}},
	{"en an attribution with a colon after a closed quotation opens the next", []string{`“We are fishermen,” Ann Orr said. “We are not afraid.” Tom Reyes said: “The storm is over.”`},
		[]want{{0, "We are fishermen,", "Ann Orr", "said", false}, {0, "We are not afraid.", "Ann Orr", "said", false}, {0, "The storm is over.", "Tom Reyes", "said", false}}},
	{"en a verb in the past before the quotation that the lexicon lacks", []string{`At the quay, Ann Orr cracked, “I am a sailor, not a clerk.”`},
		[]want{{0, "I am a sailor, not a clerk.", "Ann Orr", "cracked", false}}},
	{"en a verb in the past whose subject is not before it is no cue", []string{`Ann Orr met the voters who cheered, “Orr for mayor!”`},
		[]want{{0, "Orr for mayor!", "", "", false}}},
	{"en a clause opened by when before the subject", []string{`When asked about the vote, Ann Orr smiled and said, “I am waiting for the count.”`},
		[]want{{0, "I am waiting for the count.", "Ann Orr", "said", false}}},
	{"en an exclamation and an attribution with words after it", []string{`“The port is open!” Orr wrote in an email to the board on Monday. “Thanks for the work.”`},
		[]want{{0, "The port is open!", "Orr", "wrote", false}, {0, "Thanks for the work.", "Orr", "wrote", false}}},
	{"de a German cue's speaker is every word after it", []string{`„Wir liegen im Zeitplan“, sagte die Bauleiterin Jana Wolff am Montag.`},
		[]want{{0, "Wir liegen im Zeitplan", "die Bauleiterin Jana Wolff am Montag", "sagte", false}}},
	{"de a German cue before a capitalised noun is no noun", []string{`„Wir liegen im Zeitplan“, erklärt Stadtrat Jan Wolff.`},
		[]want{{0, "Wir liegen im Zeitplan", "Stadtrat Jan Wolff", "erklärt", false}}},
	{"es a Spanish cue's speaker is every word after it", []string{`«Estamos listos», dijo el ministro Juan Pérez en Madrid.`},
		[]want{{0, "Estamos listos", "el ministro Juan Pérez en Madrid", "dijo", false}}},
	{"fr a French cue's speaker is every word after it", []string{`« Nous sommes prêts », explique Claire Martin, directrice du port.`},
		[]want{{0, "Nous sommes prêts", "Claire Martin", "explique", false}}},
	{"en a speaker after the cue with a long affiliation ends before it", []string{`“It was a long shot,” said Jane Holt of the University of Oregon School of Law. “I doubt it.”`},
		[]want{{0, "It was a long shot,", "Jane Holt", "said", false}, {0, "I doubt it.", "Jane Holt", "said", false}}},
	{"en a name with long titles after the cue is read whole", []string{`“He did that in ’08,” said former Ohio Gov. and Democratic National Committee Chairman Ed Hale.`},
		[]want{{0, "He did that in ’08,", "former Ohio Gov. and Democratic National Committee Chairman Ed Hale", "said", false}}},
	{"en a retired officer after the cue", []string{`“I disagree,” said retired Army Lt. Gen. Tom Reyes, who served in the region.`},
		[]want{{0, "I disagree,", "retired Army Lt. Gen. Tom Reyes", "said", false}}},
	{"en a relative clause after the cue's speaker is no part of it", []string{`“I disagree,” said the man who had come all the way from the old harbour town by the sea.`},
		[]want{{0, "I disagree,", "the man", "said", false}}},
	{"en a listener after told joined to a verb is no speaker", []string{`Orr did not name her rivals, but told her aides, “our town is in trouble.”`},
		[]want{{0, "our town is in trouble.", "Orr", "told", false}}},
	{"en a determiner alone is no speaker", []string{`Each season, there is a promise many skippers make but few keep: “This year we sail to the cape!”`},
		[]want{{0, "This year we sail to the cape!", "", "", false}}},
	{"en a speaker before the cue with a long affiliation ends before it", []string{`"It would be a stretch," Jane Holt of the Centre for the Study of the North Sea wrote in May.`},
		[]want{{0, "It would be a stretch,", "Jane Holt", "wrote", false}}},
	{"en a connective between the subject and the cue is no part of it", []string{`Orr however said she would welcome a “shared harbour plan” for the coast.`},
		[]want{{0, "shared harbour plan", "Orr", "said", true}}},
	{"en a longer phrase opened by a determiner", []string{"“We will win,” the new head of the union told reporters."},
		[]want{{0, "We will win,", "the new head of the union", "told", false}}},
	{"en a quotation that ends with one nested in it keeps its attribution", []string{"“He said, ‘I rather hope that happens,’” Reyes told union workers in Denver."},
		[]want{{0, "He said, ‘I rather hope that happens,’", "Reyes", "told", false}}},
	{"en a connective and its comma open the sentence before its subject", []string{`Instead, the senator focused on the economy, calling it “a broken system.”`},
		[]want{{0, "a broken system.", "the senator", "calling", true}}},
	{"en an as-clause opens the sentence before its subject", []string{`As the crowd began to cheer, the mayor joked, “You are too kind.”`},
		[]want{{0, "You are too kind.", "the mayor", "joked", false}}},
	{"en words before the comma are the writer's", []string{`The UN "strongly condemns" the attack, a spokesman said.`},
		[]want{{0, "strongly condemns", "a spokesman", "said", true}}},
	{"en scare quote attributed at the end", []string{`Prices rose 5% in the "new normal" era, analysts said.`},
		[]want{{0, "new normal", "analysts", "said", true}}},
	{"ru words before the comma are the writer's", []string{`ООН «решительно осуждает» нападение, сообщил представитель.`},
		[]want{{0, "решительно осуждает", "представитель", "сообщил", true}}},
	{"en leading adverb", []string{`Later he added: "We will meet again."`},
		[]want{{0, "We will meet again.", "he", "added", false}}},
	{"en leading adverb resolves to the person named before", []string{
		`Foreign Minister Kairat Abdrakhmanov opened the talks. Later he added: "We will meet again."`},
		[]want{{0, "We will meet again.", "Foreign Minister Kairat Abdrakhmanov", "added", false}}},
	{"en leading word of time", []string{`Yesterday she said: "The vote is on Friday."`},
		[]want{{0, "The vote is on Friday.", "she", "said", false}}},
	{"ru leading adverb", []string{`Позже он добавил: «Мы встретимся снова».`},
		[]want{{0, "Мы встретимся снова", "он", "добавил", false}}},
	{"ru leading adverb resolves to the person named before", []string{
		`Министр Кайрат Абдрахманов открыл переговоры. Затем он добавил: «Мы встретимся снова».`},
		[]want{{0, "Мы встретимся снова", "Министр Кайрат Абдрахманов", "добавил", false}}},
}

// sourceNameCases quote the name of a news agency or publication next
// to a cue: none is a quotation.
var sourceNameCases = []findCase{
	{"ru как сообщает", []string{`Как сообщает «Казинформ», в Астане прошёл форум.`}, nil},
	{"ru name then cue", []string{`«Казинформ» сообщает, что форум прошёл.`}, nil},
	{"ru об этом сообщает", []string{`Об этом сообщает «Казинформ».`}, nil},
	{"ru agency then name", []string{`Об этом сообщает агентство «Казинформ».`}, nil},
	{"ru со ссылкой", []string{`Как передает «Казинформ» со ссылкой на пресс-службу, форум прошёл.`}, nil},
	{"en name then cue", []string{`"Kazinform" reported that the forum was held.`}, nil},
	{"en name then short cue", []string{`"Kazinform" reported on Monday.`}, nil},
	{"en as reported", []string{`As "Kazinform" reported, the forum was held.`}, nil},
	{"en speech after a colon is kept", []string{`The statement reads: "Talks will go on"`},
		[]want{{0, "Talks will go on", "The statement", "reads", false}}},
	{"ru speech after a colon is kept", []string{`В заявлении, опубликованном в среду, говорится: «Переговоры продолжатся».`},
		[]want{{0, "Переговоры продолжатся", "", "говорится", false}}},
	{"en short speech with a speaker is kept", []string{`He said "Yes" and left.`},
		[]want{{0, "Yes", "He", "said", false}}},
}

// markedTurnCases set a dialogue turn in quotation marks as well.
var markedTurnCases = []findCase{
	{"ru marks around turns", []string{`— «Нет», — сказал он. — «Да».`},
		[]want{{0, "Нет", "он", "сказал", false}, {0, "Да", "он", "сказал", false}}},
	{"ru marks around a question", []string{`— «Когда?» — «Завтра».`},
		[]want{{0, "Когда?", "", "", false}, {0, "Завтра", "", "", false}}},
	{"ru marks around part of a turn", []string{`— «Да», а потом «нет», — ответил он.`},
		[]want{{0, "«Да», а потом «нет»", "он", "ответил", false}}},
	{"kk marks around turns", []string{`– «Жоқ», – деді ол. – «Иә».`},
		[]want{{0, "Жоқ", "ол", "деді", false}, {0, "Иә", "ол", "деді", false}}},
}

func TestSpeakerSlots(t *testing.T) { runFindCases(t, speakerSlotCases) }
func TestSourceNames(t *testing.T)  { runFindCases(t, sourceNameCases) }
func TestMarkedTurns(t *testing.T)  { runFindCases(t, markedTurnCases) }

// The sets read one word at a time hold single words only: a phrase in
// them could never match.
func TestOneWordSets(t *testing.T) {
	lx := lexicon()
	sets := map[string]wordSet{
		"particle": lx.particle, "stop": lx.stop, "clause": lx.clause, "adverb": lx.adverb,
		"lead": lx.lead, "connective": lx.connective, "numberAbbr": lx.numberAbbr, "titleMod": lx.titleMod, "placeMod": lx.placeMod, "pastOn": lx.pastOn, "pastCue": lx.pastCue, "boundary": lx.boundary, "follow": lx.follow, "titles": lx.titles,
		"org": lx.org, "female": lx.female, "male": lx.male, "abbrev": lx.abbrev, "det": lx.det,
		"conj": lx.conj, "rel": lx.rel, "place": lx.place, "termPre": lx.termPre,
		"termPost": lx.termPost, "locative": lx.locative,
	}
	for name, ws := range sets {
		for w := range ws.m {
			if strings.ContainsAny(w, " _") {
				t.Errorf("%s holds the phrase %q", name, w)
			}
		}
	}
}

// The cue lists name each entry once.
func TestCueListsUnique(t *testing.T) {
	for name, list := range map[string]string{
		"enCues": enCues, "enPartial": enPartial, "ruStems": ruStems, "ruCues": ruCues,
		"ruPartial": ruPartial, "kkCues": kkCues, "kkPostpos": kkPostpos, "kkPartial": kkPartial,
	} {
		seen := make(map[string]bool)
		for _, w := range strings.Fields(list) {
			if seen[w] {
				t.Errorf("%s lists %q twice", name, w)
			}
			seen[w] = true
		}
	}
}
