package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// cueCases are attributions by cue verbs outside the common few, cues
// before the quotation, and subjects a cue shares with its sentence.
var cueCases = []findCase{
	{"en boomed", []string{`“We are going to win big,” the senator boomed.`},
		[]want{{0, "We are going to win big,", "the senator", "boomed", false}}},
	{"en complained", []string{`“That was no way to treat me,” he complained to an aide.`},
		[]want{{0, "That was no way to treat me,", "he", "complained", false}}},
	{"en gerund takes the sentence's subject", []string{`Former Harbour Minister Jane Holt urged residents to vote, saying, “There is a better plan for the quay.”`},
		[]want{{0, "There is a better plan for the quay.", "Former Harbour Minister Jane Holt", "saying", false}}},
	{"en gerund fragment", []string{`Speaking at a town hall in Dover, New Jersey, Reyes went after Hale, calling him “a total bore.”`},
		[]want{{0, "a total bore.", "Reyes", "calling", true}}},
	{"en gerund after the quotation", []string{`He said the plan was “a dead end,” adding that it would fail.`},
		[]want{{0, "a dead end,", "He", "said", true}}},
	{"en and said after the quotation", []string{`Merkel condemned “such a murderous attack” and declared her support.`},
		[]want{{0, "such a murderous attack", "Merkel", "condemned", true}}},
	{"en and declared after the quotation", []string{`Merkel spoke of “such a murderous attack” and declared her support.`},
		[]want{{0, "such a murderous attack", "Merkel", "declared", true}}},
	{"en verb joined to another", []string{`He then adopted a Southern accent and joked, “I will make it easy for them.”`},
		[]want{{0, "I will make it easy for them.", "He", "joked", false}}},
	{"en auxiliary between subject and cue", []string{`Maria Lopez is telling customers at a lunch counter that “I need you on Tuesday.”`},
		[]want{{0, "I need you on Tuesday.", "Maria Lopez", "telling", true}}},
	{"en earlier cue of the sentence", []string{`Cole said he is certain Lapp will continue to be “a friend of farmers.”`},
		[]want{{0, "a friend of farmers.", "Cole", "said", true}}},
	{"en where she said", []string{`She spoke at a rally in Ohio, where she said, “We will win this state.”`},
		[]want{{0, "We will win this state.", "she", "said", false}}},
	{"en role without a name", []string{`Iran’s representative said: “We reject the resolution.”`},
		[]want{{0, "We reject the resolution.", "Iran’s representative", "said", false}}},
	{"en noun after a determiner is no cue", []string{`Orr said on Twitter that the comment by Dr. Ken Lee “was out of line.”`},
		[]want{{0, "was out of line.", "Orr", "said", true}}},
	{"en capitalised word of a name is no cue", []string{`Reyes also said that the city has become a “parking lot for problems.”`},
		[]want{{0, "parking lot for problems.", "Reyes", "said", true}}},
	{"en telling's object is no speaker", []string{`Lopez was ready to riff on it, telling the room, “Some folks get excited.”`},
		[]want{{0, "Some folks get excited.", "Lopez", "telling", false}}},
	{"en a second fragment of the same reported speech", []string{`Reyes said they were "careful" about making sure the bill was "in no way touching the budget," a phrase she repeated.`},
		[]want{{0, "careful", "Reyes", "said", true}, {0, "in no way touching the budget,", "Reyes", "said", true}}},
	{"en a verb in the past after the quotation that the lexicon lacks", []string{`“The port will stay open,” a furious Ann Orr retaliated. “It never closes.”`, `“Will it be sold?” Reyes pressed.`, `“Close the gates!” the crowd chanted.`},
		[]want{{0, "The port will stay open,", "a furious Ann Orr", "retaliated", false}, {0, "It never closes.", "a furious Ann Orr", "retaliated", false},
			{1, "Will it be sold?", "Reyes", "pressed", false}, {2, "Close the gates!", "the crowd", "chanted", false}}},
	{"en a verb in the past with words after it is no cue", []string{`“The port will stay open,” Orr wanted to know more.`},
		[]want{{0, "The port will stay open,", "", "", false}}},
	{"en a verb in the past after a sentence's end is no cue", []string{`“The port will stay open.” The council adjourned.`},
		[]want{{0, "The port will stay open.", "", "", false}}},
	{"en a verb in the past in a relative clause is no cue", []string{`Orr called it “a fair deal,” a phrase they repeated.`},
		[]want{{0, "a fair deal,", "Orr", "called", true}}},
	{"en a fragment after a sentence's end is not the earlier speaker's", []string{`Reyes called it "careful." The word "budget" came up later.`},
		[]want{{0, "careful.", "Reyes", "called", true}}},
	{"en cue noun after a possessive and its qualifiers", []string{`But Orr’s boldest claim is that the board is “a closed shop” run by friends.`, `From Orr's blog post: "We must move on."`},
		[]want{{0, "a closed shop", "Orr", "claim", true}, {1, "We must move on.", "Orr", "post", false}}},
	{"en a plural after a possessive is the cue's subject", []string{`The mayor's aides say the plan is "dead on arrival."`},
		[]want{{0, "dead on arrival.", "The mayor's aides", "say", true}}},
	{"en adverbs and a weekday that end a subject are no part of it", []string{`The council on Monday also held firm, saying the plan works "in theory" only.`, `A city official later softened the remarks, saying that Reyes “meant no harm.”`},
		[]want{{0, "in theory", "The council", "saying", true}, {1, "meant no harm.", "A city official", "saying", true}}},
	{"en cue noun after a possessive", []string{`He rejected Diaz's claim that the group was “contained.”`},
		[]want{{0, "contained.", "Diaz", "claim", true}}},
	{"en a possessive's remarks judged by the sentence's subject", []string{`Mayor Dana Cole denounced Hale’s remarks as “hurtful and petty” on Monday.`},
		[]want{{0, "hurtful and petty", "Mayor Dana Cole", "remarks", true}}},
	{"en two named subjects", []string{`Reyes and Kemp issued a statement describing the talks as a “useful first step.”`},
		[]want{{0, "useful first step.", "Reyes and Kemp", "describing", true}}},
	{"en subject before an earlier quotation of the sentence", []string{`Jane Holt has delivered a defense of “harbour values,” saying the town embodied the “grit, craft and spirit of the coast.”`},
		[]want{{0, "harbour values,", "Jane Holt", "saying", true}, {0, "grit, craft and spirit of the coast.", "Jane Holt", "saying", true}}},
	{"en party and state in parentheses", []string{`“There is life in these races,” Rep. Sam Ortiz (D-Ore.) said.`},
		[]want{{0, "There is life in these races,", "Rep. Sam Ortiz", "said", false}}},
	{"en party and state after a comma", []string{`"Endless noise!" Rep. Ray Dunn, R-Pa., said of the convention.`},
		[]want{{0, "Endless noise!", "Rep. Ray Dunn", "said", false}}},
	{"en long relative clause", []string{`“This job is one you get by luck,” Nora Field, who served as Maria Lopez’s chief of staff during the Lopez administration, told the Herald.`},
		[]want{{0, "This job is one you get by luck,", "Nora Field", "told", false}}},
	{"en name after a colon", []string{`Pollsters agree - Ted Marsh: “The main lesson was a plain one.”`},
		[]want{{0, "The main lesson was a plain one.", "Ted Marsh", "", false}}},
	{"en the person the paragraph before is about", []string{`Marino praised Mills’s leadership after the storm.`, `“We need someone who will get things done and unite people.”`},
		[]want{{1, "We need someone who will get things done and unite people.", "Marino", "", false}}},
	{"en expletive is no subject", []string{`It is strange that Reyes would denounce “self-reliance” now, critics said.`},
		[]want{{0, "self-reliance", "critics", "said", true}}},
	{"en verbs joined before boomed", []string{`Mills gestured toward the crowd, then leaned in and boomed: “We will win this.”`},
		[]want{{0, "We will win this.", "Mills", "boomed", false}}},
	{"en but he added", []string{`“It will pass,” Orr said, but he added that “nothing is certain.”`},
		[]want{{0, "It will pass,", "Orr", "said", false}, {0, "nothing is certain.", "Orr", "added", true}}},
	{"en subject with an apposition before a gerund", []string{`Hale, Ohio’s former governor, also attacked Tom Reyes, with whom he clashed at the debate, calling him a “quitter.”`},
		[]want{{0, "quitter.", "Hale", "calling", true}}},
	{"en subject after leading phrases", []string{`At a campaign event in Laredo, Texas, on Sunday, Mrs. Lopez expanded on it, saying the country should be “calling our friends.”`},
		[]want{{0, "calling our friends.", "Mrs. Lopez", "saying", true}}},
	{"en a name's last word is no cue before a full stop", []string{`Diaz made clear his aim to “completely change” the United States.`}, nil},
	{"en leading phrase opened by to", []string{`To wit, Reyes told the Herald that Ford “had a strange plan,” adding that he lost.`},
		[]want{{0, "had a strange plan,", "Reyes", "told", true}}},
	{"en attribution set off by commas inside the sentence", []string{`''Much of the trouble comes from attempts to count'' income, he said, rather than from deductions.`},
		[]want{{0, "Much of the trouble comes from attempts to count", "he", "said", false}}},
	{"en inverted cue after a leading phrase", []string{`In other words, explained TV moderator Lisa Grant: "What does that have to do with road repairs?"`},
		[]want{{0, "What does that have to do with road repairs?", "TV moderator Lisa Grant", "explained", false}}},
	{"en a passive cue after the quotation's sentence", []string{`Reyes says the campaign will apply for funds and will “compete hard for the nomination.” O’Neill’s move was first reported by the Ledger.`},
		[]want{{0, "compete hard for the nomination.", "Reyes", "says", true}}},
	{"en near-miss: quoted as saying is no passive", []string{`“We will vote in May,” Reyes was quoted as saying.`},
		[]want{{0, "We will vote in May,", "Reyes", "quoted", false}}},
	{"en near-miss: a progressive is no passive", []string{`“We will vote in May,” Reyes was saying.`},
		[]want{{0, "We will vote in May,", "Reyes", "saying", false}}},
	{"en an unlisted past verb before a name", []string{`“This is wonderful!” beamed Ann Orr of Dayton, who came early.`},
		[]want{{0, "This is wonderful!", "Ann Orr of Dayton", "beamed", false}}},
	{"en near-miss: an unlisted past verb before a pronoun", []string{`“This is wonderful!” beamed she.`},
		[]want{{0, "This is wonderful!", "", "", false}}},
	{"en a participle's complement of four words", []string{`“It is a way in,” says a source involved in the group’s founding.`},
		[]want{{0, "It is a way in,", "a source involved in the group’s founding", "says", false}}},
	{"en the subject that with gives a gerund", []string{`Fans booed the referee, with Orr reportedly yelling: “Send him off!”`},
		[]want{{0, "Send him off!", "Orr", "yelling", false}}},
	{"en near-miss: with and a comma before the gerund", []string{`He left with a smile, saying: “We did it!”`},
		[]want{{0, "We did it!", "He", "saying", false}}},
	{"en a gerund after a verb of aspect", []string{`The crowd began yelling “Mercy!”`},
		[]want{{0, "Mercy!", "The crowd", "yelling", false}}},
	{"en a name after an adverbial phrase and an aside", []string{`After winning the primary, Gov. Ann Orr (D-Ohio), said, “We will rent a wagon.”`},
		[]want{{0, "We will rent a wagon.", "Gov. Ann Orr", "said", false}}},
	{"en near-miss: the state after a town", []string{`Orr, during a meeting in Columbus, Ohio, said she was “going to close the mines.”`},
		[]want{{0, "going to close the mines.", "", "said", true}}}, // not the state; the subject before the phrase is missed
	{"en a cue in the present", []string{`He talks to voters about jobs. He snaps, “It is a never ending line!”`},
		[]want{{0, "It is a never ending line!", "He", "snaps", false}}},
	{"en initials before a surname after the cue", []string{`“We have ramped up our response,” said J.M. Orr, a fellow at the institute.`},
		[]want{{0, "We have ramped up our response,", "J.M. Orr", "said", false}}},
	{"en initials before a surname and two appositions", []string{`“We should think of the war,” J.J. Orr, editor at large of The Ledger, a weekly paper, wrote.`},
		[]want{{0, "We should think of the war,", "J.J. Orr", "wrote", false}}},
	{"en a cue word that qualifies a noun", []string{`“They feel he is the one,” Tom Hale, the president of the Ohio state teachers union, said.`},
		[]want{{0, "They feel he is the one,", "Tom Hale", "said", false}}},
	{"en near-miss: a plural subject before the cue word", []string{`“We will win,” Orr and Lee state in the report.`},
		[]want{{0, "We will win,", "Orr and Lee", "state", false}}},
	{"en a word that opens a sentence names no speaker", []string{`Just last month she met them. “We will win.” One said so.`},
		[]want{{0, "We will win.", "", "", false}}},
	{"en a role then a name", []string{`“The law department is working on it,” added councilmember Ann Orr.`},
		[]want{{0, "The law department is working on it,", "councilmember Ann Orr", "added", false}}},
	{"en a gerund after a verb and a preposition", []string{`Orr went after Hale, calling him “a total stiff.”`},
		[]want{{0, "a total stiff.", "Orr", "calling", true}}},
	{"ru об этом and an inverted cue before a colon", []string{`Об этом сообщила пресс-служба МИД РК: «Визит состоится в мае».`},
		[]want{{0, "Визит состоится в мае", "пресс-служба МИД РК", "сообщила", false}}},
	{"ru a preposition is no speaker", []string{`О визите сообщили заранее: «Визит состоится в мае».`},
		[]want{{0, "Визит состоится в мае", "", "сообщили", false}}},
	{"ru an adjective opens a role in the sentence before", []string{`Бывшая чемпионка призналась, что боится. «Я думаю, что меня скоро забудут».`},
		[]want{{0, "Я думаю, что меня скоро забудут", "", "", false}}},
	{"ru a name in the sentence before", []string{`Анна Петрова призналась, что боится. «Я думаю, что меня скоро забудут».`},
		[]want{{0, "Я думаю, что меня скоро забудут", "Анна Петрова", "", false}}},
	{"ru an adjective and its noun before a cue", []string{`Бывшая чемпионка сказала: «Я думаю, что меня скоро забудут».`},
		[]want{{0, "Я думаю, что меня скоро забудут", "Бывшая чемпионка", "сказала", false}}},
	{"ru colon after cue", []string{`Анатолий Перминов тогда объяснял: «Мы не успеем к сроку».`},
		[]want{{0, "Мы не успеем к сроку", "Анатолий Перминов", "объяснял", false}}},
	{"ru возмутился", []string{`«Это недопустимо», — возмутился руководитель холдинга.`},
		[]want{{0, "Это недопустимо", "руководитель холдинга", "возмутился", false}}},
	{"ru продолжил", []string{`«Работа будет продолжена», — продолжил министр.`},
		[]want{{0, "Работа будет продолжена", "министр", "продолжил", false}}},
	{"ru утверждает", []string{`«Цены не вырастут», — утверждает глава банка.`},
		[]want{{0, "Цены не вырастут", "глава банка", "утверждает", false}}},
	{"ru insertion without spaces before the dashes", []string{`«Мы готовы к переговорам,— пояснил Владимир Путин,— но только на равных условиях».`},
		[]want{{0, "Мы готовы к переговорам", "Владимир Путин", "пояснил", false},
			{0, "но только на равных условиях", "Владимир Путин", "пояснил", false}}},
	{"ru statement says has no speaker", []string{`В заявлении говорится: «Стороны договорились о прекращении огня».`},
		[]want{{0, "Стороны договорились о прекращении огня", "", "говорится", false}}},
	{"ru statement of a named body", []string{`В заявлении МИД РК говорится: «Визит состоится в мае».`},
		[]want{{0, "Визит состоится в мае", "МИД РК", "говорится", false}}},
	{"ru statement of a body after the quotation", []string{`«Мы не согласны», — говорится в заявлении МИД РФ.`},
		[]want{{0, "Мы не согласны", "МИД РФ", "говорится", false}}},
	{"ru place between cue and speaker", []string{`«Мы готовы», — заявил в Стокгольме министр.`},
		[]want{{0, "Мы готовы", "министр", "заявил", false}}},
	{"ru phrase of means after the name", []string{`Министр финансов Анна Петрова в интервью телеканалу заявила: «Бюджет сбалансирован».`},
		[]want{{0, "Бюджет сбалансирован", "Министр финансов Анна Петрова", "заявила", false}}},
	{"ru phrase after the name answering", []string{`Пресс-секретарь Иван Орлов на вопрос журналистов ответил: «Нет, не планируется».`},
		[]want{{0, "Нет, не планируется", "Пресс-секретарь Иван Орлов", "ответил", false}}},
	{"ru place in the subject", []string{`Посол Казахстана в России Иван Орлов заявил: «Мы готовы».`},
		[]want{{0, "Мы готовы", "Посол Казахстана в России Иван Орлов", "заявил", false}}},
	{"ru office resolved to its holder", []string{`Министр финансов Анна Петрова прибыла в Астану.`, `«Мы обсудили бюджет», — сообщила министр.`},
		[]want{{1, "Мы обсудили бюджет", "Анна Петрова", "сообщила", false}}},
	{"office resolved to its holder", []string{`Foreign Minister Ann Orr arrived on Monday.`, `“We discussed the budget,” the minister said.`},
		[]want{{1, "We discussed the budget,", "Foreign Minister Ann Orr", "said", false}}},
	{"office of two holders kept", []string{`Foreign Minister Ann Orr met Trade Minister Tom Hale.`, `“We discussed the budget,” the minister said.`},
		[]want{{1, "We discussed the budget,", "the minister", "said", false}}},
	{"office of nobody named kept", []string{`The talks ended on Monday.`, `“We discussed the budget,” the minister said.`},
		[]want{{1, "We discussed the budget,", "the minister", "said", false}}},
	{"office word before another's name", []string{`The president told Ann Orr about the plan.`, `“We averted it,” the president said.`},
		[]want{{1, "We averted it,", "the president", "said", false}}},
	{"ru object before the subject", []string{`Своего собеседника президент России спросил: «Как дела?»`},
		[]want{{0, "Как дела?", "президент России", "спросил", false}}},
	{"ru role of a body", []string{`Как сообщила пресс-служба МИД РК, «визит состоится в мае».`},
		[]want{{0, "визит состоится в мае", "пресс-служба МИД РК", "сообщила", false}}},
	{"ru date before the name", []string{`«Выборы были честными», — заявила 21 сентября Хиллари Клинтон.`},
		[]want{{0, "Выборы были честными", "Хиллари Клинтон", "заявила", false}}},
	{"ru date before the subject", []string{`21 сентября Хиллари Клинтон заявила: «Мы победим».`},
		[]want{{0, "Мы победим", "Хиллари Клинтон", "заявила", false}}},
	{"ru addressee after the name", []string{`«Сделка закрыта», — сообщил Роман Коноплев Русской службе.`},
		[]want{{0, "Сделка закрыта", "Роман Коноплев", "сообщил", false}}},
	{"kk speaker before where they wrote", []string{`«Жұмыс жалғасады» деп жазды министр өзінің парақшасында.`},
		[]want{{0, "Жұмыс жалғасады", "министр", "жазды", false}}},
	{"kk екенін between the quotation and its cue", []string{`Ведомство басшысы «бұл шешім уақытша» екенін айтты.`},
		[]want{{0, "бұл шешім уақытша", "Ведомство басшысы", "айтты", false}}},
	{"kk деп жазды", []string{`«Біз дайынбыз» деп жазды министр.`},
		[]want{{0, "Біз дайынбыз", "министр", "жазды", false}}},
	{"kk деген", []string{`Министр «Біз дайынбыз» деген.`},
		[]want{{0, "Біз дайынбыз", "Министр", "деген", false}}},
	{"kk дедім", []string{`«Біз дайынбыз» дедім мен.`},
		[]want{{0, "Біз дайынбыз", "мен", "дедім", false}}},
}

func TestFindCues(t *testing.T) { runFindCases(t, cueCases) }

// nounPhraseCases are speakers that must be noun phrases.
var nounPhraseCases = []findCase{
	{"en and is no speaker", []string{`He called the handling “extremely careless,” and said more.`},
		[]want{{0, "extremely careless,", "He", "called", true}}},
	{"en of Vermont is no speaker", []string{`“We will fight,” said the senator of Vermont.`},
		[]want{{0, "We will fight,", "the senator of Vermont", "said", false}}},
}

func TestFindNounPhrases(t *testing.T) { runFindCases(t, nounPhraseCases) }

// subjectPronounCases are pronouns resolved to the person their
// sentence or paragraph is about.
var subjectPronounCases = []findCase{
	{"en pronoun to the subject, not the object", []string{
		`“We are ready,” said Barack Diaz.`,
		`Felipe Calderon criticised the plan on Monday. “It is incredible,” he said.`},
		[]want{{0, "We are ready,", "Barack Diaz", "said", false}, {1, "It is incredible,", "Felipe Calderon", "said", false}}},
	{"en place is not who the sentence is about", []string{`Making her way around Cafe Luna, the candidate greeted diners. She says, “With your votes, we will win.”`},
		[]want{{0, "With your votes, we will win.", "She", "says", false}}},
	{"en speaker too long ago stays a pronoun", []string{
		`“We are ready,” John Smith said.`, `The debate went on.`, `Analysts at Goldman Sachs spoke about taxes.`, `“It went well,” he said.`},
		[]want{{0, "We are ready,", "John Smith", "said", false}, {3, "It went well,", "he", "said", false}}},
	{"en pronoun after the subject in its own sentence", []string{`Ann Orr, who runs the shelter, was at the meeting, where she said, “We need more beds.”`},
		[]want{{0, "We need more beds.", "Ann Orr", "said", false}}},
	{"en pronoun after two in its own sentence stays", []string{`Ann Orr met Maria Cole at the meeting, where she said, “We need more beds.”`},
		[]want{{0, "We need more beds.", "she", "said", false}}},
	{"en pronoun after the quotation, the sentence's subject before it", []string{`Harbour spokeswoman Ann Orr answered the mayor.`, `Ann Orr fired back: “We are on time,” she wrote, “and on budget.”`},
		[]want{{1, "We are on time,", "Ann Orr", "wrote", false}, {1, "and on budget.", "Ann Orr", "wrote", false}}},
	{"en pronoun after the quotation, a known surname as the sentence's subject", []string{`Harbour spokeswoman Ann Orr answered the mayor, Tom Reyes.`, `Orr fired back: “We are on time,” she wrote.`},
		[]want{{1, "We are on time,", "Ann Orr", "wrote", false}}},
	{"en pronoun after the quotation, an unknown surname as the subject stays", []string{`Harbour spokeswoman Ann Orr answered the mayor, Tom Reyes.`, `Cole fired back: “We are on time,” she wrote.`},
		[]want{{1, "We are on time,", "she", "wrote", false}}},
	{"en pronoun before a fragment, a known surname as the sentence's subject", []string{`Harbour spokeswoman Ann Orr answered the mayor, Tom Reyes.`, `Orr, in her reply, criticised what she called “a waste of money.”`},
		[]want{{1, "a waste of money.", "Ann Orr", "called", true}}},
	{"en a quotation after one that ran on from the paragraph before takes its speaker", []string{
		`“The port is the heart of the town,” Ann Orr said. “Be it the ferries or the fish,`,
		`“it keeps us going,” Orr continued. “Nobody here forgets that.”`},
		[]want{{0, "The port is the heart of the town,", "Ann Orr", "said", false}, {0, "Be it the ferries or the fish,\nit keeps us going,", "Orr", "continued", false},
			{1, "Nobody here forgets that.", "Orr", "continued", false}}},
	{"en a body named like a person is no one a pronoun stands for", []string{`Take the Harbour Board. Reyes says it has done a "decent job" for the town.`, `"The rates are too low," he said.`},
		[]want{{0, "decent job", "Reyes", "says", true}, {1, "The rates are too low,", "Reyes", "said", false}}},
	{"en the writer is no one a pronoun stands for", []string{`“It was a big win for me,” I confessed.`, `“Only you would say that,” she said.`},
		[]want{{0, "It was a big win for me,", "I", "confessed", false}, {1, "Only you would say that,", "she", "said", false}}},
	{"en a weekday after a capitalised word is no name", []string{`Asked Tuesday about the quay, Orr said “I know nothing of it,” she said.`},
		[]want{{0, "I know nothing of it,", "she", "said", false}}},
	{"en as before the speaker", []string{`The report found little. “The data is still thin,” as the host Dan Reyes said in April.`},
		[]want{{0, "The data is still thin,", "the host Dan Reyes", "said", false}}},
	{"en as before a pronoun", []string{`Ann Cole spoke at the depot. “We fix the roads first,” as she put it on Monday.`},
		[]want{{0, "We fix the roads first,", "Ann Cole", "put it", false}}},
	{"ru он after the quotation before it in the paragraph, others having spoken", []string{
		`«Бюджет сбалансирован», — сказал министр финансов Иван Петров.`, `«Мы готовы», — заявил Олег Смирнов.`,
		`«Это непростое решение», — признался мэр Сергей Орлов. «Но оно необходимо», — добавил он.`},
		[]want{{0, "Бюджет сбалансирован", "министр финансов Иван Петров", "сказал", false}, {1, "Мы готовы", "Олег Смирнов", "заявил", false},
			{2, "Это непростое решение", "мэр Сергей Орлов", "признался", false}, {2, "Но оно необходимо", "мэр Сергей Орлов", "добавил", false}}},
	{"ru он opening a paragraph after the quotation that ended the one before", []string{
		`«Бюджет сбалансирован», — сказал министр финансов Иван Петров.`, `«Мы готовы», — заявил Олег Смирнов.`,
		`«Это непростое решение», — признался мэр Сергей Орлов.`, `«Но оно необходимо», — добавил он.`},
		[]want{{0, "Бюджет сбалансирован", "министр финансов Иван Петров", "сказал", false}, {1, "Мы готовы", "Олег Смирнов", "заявил", false},
			{2, "Это непростое решение", "мэр Сергей Орлов", "признался", false}, {3, "Но оно необходимо", "мэр Сергей Орлов", "добавил", false}}},
	{"ru он after a woman's quotation stays", []string{
		`«Бюджет сбалансирован», — сказал министр финансов Иван Петров.`, `«Мы готовы», — заявил Олег Смирнов.`,
		`«Это непростое решение», — призналась мэр Анна Орлова. «Но оно необходимо», — добавил он.`},
		[]want{{0, "Бюджет сбалансирован", "министр финансов Иван Петров", "сказал", false}, {1, "Мы готовы", "Олег Смирнов", "заявил", false},
			{2, "Это непростое решение", "мэр Анна Орлова", "призналась", false}, {2, "Но оно необходимо", "он", "добавил", false}}},
	{"kk ол", []string{`«Жұмыс жалғасады», — деді Ерлан Қарин.`, `«Бұл маңызды», — деді ол.`},
		[]want{{0, "Жұмыс жалғасады", "Ерлан Қарин", "деді", false}, {1, "Бұл маңызды", "Ерлан Қарин", "деді", false}}},
}

func TestFindSubjectPronouns(t *testing.T) { runFindCases(t, subjectPronounCases) }

// TestSpeakerAt checks where each quotation says its speaker is named.
func TestSpeakerAt(t *testing.T) {
	paras := []string{
		`“We are ready,” Foreign Minister Kairat Abdrakhmanov said.`,
		`“The council must act,” he added.`,
		`Министр заявил: «Работа идет».`,
	}
	got := Find(paras)
	checkInvariants(t, paras, got)
	want := [][3]int{{0, 20, 56}, {0, 20, 56}, {2, 0, 14}}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, w := range want {
		if g := [3]int{got[i].SpeakerParagraph, got[i].SpeakerStart, got[i].SpeakerEnd}; g != w {
			t.Errorf("quote %d: speaker at %v, want %v", i, g, w)
		}
	}
}

// TestNounPhrasePronoun checks that nounPhrase's shortcut for a pronoun
// alone gives what its rules give, for every pronoun in every case.
func TestNounPhrasePronoun(t *testing.T) {
	for w := range lexicon().pronoun {
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, string(unicode.ToUpper(r)) + w[n:], strings.ToUpper(w)} {
			toks := tokenize(nil, v, 0, len(v), 4, 0)
			got, ok := nounPhrase(v, toks)
			want, wantOK := nounPhraseRules(v, toks)
			if got != want || ok != wantOK {
				t.Errorf("nounPhrase(%q) = %q, %v; the rules give %q, %v", v, got, ok, want, wantOK)
			}
		}
	}
}
