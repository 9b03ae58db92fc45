// Package quote finds quotations and their speakers in news text in
// English, Russian and Kazakh. It also reads the cue verbs of German,
// Spanish, Portuguese, French and Italian ("„…“, sagte die Ministerin
// Anna Berger", "«…», dijo el ministro"), taking every word after such a
// cue for the speaker; [Reads] tells for which languages the speakers
// are the rules' whole reading, and which need a caller to keep only the
// people in them.
//
// [Find] reads a sequence of paragraphs and returns each quotation with
// its text, the speaker and cue verb of its attribution, and where its
// text and the mention of its speaker lie. [FindParas] does the same for
// paragraphs some of which are block quotations written without marks.
//
// # Marks
//
// Quotations are set off by “…” (with ‘…’ inside), ‘…’ (with “…” inside),
// straight "…", «…» (with „…“ or “…” inside), „…“ and ‹…›, and in the
// ASCII habit of wire and newspaper archives, by two apostrophes, or two
// grave accents that open, read as a straight double mark. An apostrophe
// inside a word (Kazakhstan’s, don’t) or alone (the ministers' meeting)
// is never a mark. Marks are paired in one pass over each paragraph
// with a bounded stack, and a mark that
// closes nothing, or opens what never closes, is set aside without taking
// the quotations after it along: a quotation never runs past its paragraph
// unless the paragraphs after it continue it, either in the English habit
// (each paragraph opens with the mark again, only the last one closes) or
// in the Russian one (the paragraphs in between carry no marks, the last
// one closes). Russian and Kazakh dialogue is read too: «…», — сказал он,
// an author's remark set into speech, «Q1, — отметил X, — Q2», and
// interview turns that open with a dash.
//
// # Speakers
//
// The attribution is read next to the quotation: after it (“Q,” X said;
// “Q,” said X, title; “Q.” Says the message; «Q», — сказал X; «Q» деп
// атап өтті X), before it (X said: “Q”; X told reporters, “Q”; X заявил:
// «Q»; Заявил X: «Q»; the paragraph before ending in "X said:"), around
// it (Министр «Q» деп мәлімдеді) or in a headline's "X: “Q”". "According
// to X", "по словам X", "как отметил X" and the Kazakh "X-тың айтуынша",
// "X-тың сөзінше" attribute what follows them. A name in apposition
// stands for a subject that is no name ("The leader of the group, Sarah
// Kemp, told"), and a relative clause between a subject and its cue is
// passed over ("Lund, who leads the union, said"; "Лунд, который
// возглавляет профсоюз, заявил"), as are auxiliaries (has said), adverbs
// (loudly asked) and asides in parentheses (Rep. Earl Blumenauer (D-Ore.)
// said). The subject of a relative clause whose own cue attributes is
// the name before it, past the place it is of ("Sen. Ann Orr of Harbour,
// who said"), or the name right after it when the relative is the
// object ("Hale, who Orr called"). A gerund, or a verb joined to another
// by a conjunction, takes the subject of its sentence ("Albright urged
// women to vote, saying,
// “Q”"; "He adopted an accent and joked, “Q”"; "“Q,” adding";
// "назвав его «Q»"), and so does a cue whose own subject is not found;
// when the latest cue before a quotation has no subject, an earlier one
// of its sentence that has one attributes it. A speaker is a noun
// phrase: words that open a clause (where, which, где, который) or make
// one (is, продлится) are never a speaker, nor are a conjunction (and,
// but he), a preposition's object (of Vermont, В заявлении говорится), a
// lone determiner, a date before a name (21 сентября Хиллари Клинтон) or
// an addressee after it (Роман Коноплев Русской службе). A Russian
// clause whose cue comes first ends with its speaker, past the words set
// between: a listener, a pronoun, an interview, an object (сказал
// журналистам Олег Миронов; признался нам директор завода Семён Лыков;
// заверил своего собеседника президент России; сообщил, прибыв в
// Москву, министр; подчеркнул глава «Газпрома» Олег Миронов), but not a
// place or a medium (считают в Москве; сообщили агентству Интерфакс). A Kazakh
// participle cue qualifies the noun after it («Q» деген министр), and
// «Q» деген пікірді X білдірді gives X the opinion.
// "По его словам" and "по её мнению" attribute what follows to the person
// the pronoun stands for. Roles stand as
// speakers when nobody is named (Iran’s representative), and a body
// named after a statement is its speaker (говорится в заявлении МИД
// РФ). A cue noun after a possessive is the possessor's (Obama's claim
// that “Q” gives Obama), and a speaker never ends in a possessive's
// ending. A quotation after a colon takes the name right before it
// ("Pollsters agree - Carl Bialik: “Q”") or the person its sentence is
// about, one that opens its paragraph without attribution the person the
// paragraph before is about, and the quotations of a headline's "X: …"
// are X's. A quotation that follows an attributed one
// without attribution of its own takes its speaker. Speakers are noun
// phrases as written; cues are in lower case.
//
// # Pronouns
//
// A pronoun speaker (he, she, он, она, ол) is replaced by the person it
// stands for when that is unambiguous. The persons named in the text
// since the quotation before come first: a capitalised name of two words
// or more, or one after a title ("Local grocer Tomás Herrera … said he
// had doubled his donations. “…,” he said."; "Transport director Paul
// Whelan defended the plan. “…,” he said."), in the latest sentence
// before the quotation's own that names one, when that person is who the
// sentence is about: the first person it names, after two lower-case
// words at most; a person named further in leaves the pronoun as it is,
// and so do two named there. Names of bodies and places, and Russian
// names in an oblique case, are not persons. When no one is named there,
// the most recent named speaker, or person named with a title just
// before, is taken when named in the quotation's paragraph or the one
// before, or further back with only interview turns and paragraphs that
// name nobody between, or when the only person of the pronoun's gender,
// and unless another spoke within the last few paragraphs. Gender
// decides between persons where it is known: from a title (Mr, Mrs,
// господин), a Russian past-tense verb (сказала, выступил) or a pronoun
// resolved to the person before.
//
// An office alone (the minister, министр, the mayor) is replaced the same
// way by its holder: the one person among the speakers so far and those
// named just before whose name as written holds the office ("Foreign
// Minister Ann Orr"), or, in Russian, the words right before it
// ("Министр финансов Анна Орлова"), within the last few paragraphs; with
// two such persons, or none, the office stands as the speaker.
//
// # Dialogue
//
// A paragraph opened by a dash is read as turns of an interview: a dash
// after the end of a sentence that opens a capitalised one starts the
// next turn ("— Когда потеплеет? — Не раньше марта, — ответила X." is a
// question, unattributed, and an answer attributed to X), while the turn
// after an author's remark that ends its sentence ("— Q1, — сказал он. —
// Q2.") goes on with the same speaker. A text whose turns no remark
// attributes is an interview's transcript: its bare turns are questions
// and answers, not quotations, and are left out.
//
// # What is a quotation
//
// A quotation that opens its sentence, or follows its attribution, is
// speech when it is attributed or reads as speech. One quoted inside a
// sentence of the writer's own is kept only when a cue of its sentence
// attributes it, and is then marked Partial; quoted names of forums,
// documents and events, titles in title case (He read “The Old Man and
// the Sea”), a few words after a Russian preposition of place (в
// «нормандском формате»), scare quotes, and terms the writer names (the
// so-called “reforms”, так называемая «темная зона», «Қорғас» деп
// аталатын орталық) are left out. A quotation left unclosed that holds
// its own attribution after a comma ends there (“Q, the senator said as
// the crowd cheered.).
//
// The work is linear in the size of the text: marks are paired in one
// pass, and attribution reads a bounded window around each quotation.
package quote
