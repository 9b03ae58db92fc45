package country

// The sets of words that the rules of people, languages, shops, local
// units and the US context read, folded as the scanner folds a word. The
// sets of the older rules stay beside them (context.go, usstate.go).

// speechVerbsSet returns the verbs of speech after which a name is the
// speaker: "Chad said".
func speechVerbsSet() map[string]bool {
	return setOf("said", "says", "told", "added", "explained", "asked", "recalled",
		"wrote", "noted", "admitted", "insisted", "laughed", "joked", "replied", "continued")
}

// personalPronounsSet returns the pronouns that follow a verb of speech
// after a person ("Jordan said he"), never after a country.
func personalPronounsSet() map[string]bool {
	return setOf("he", "she", "him", "her", "his")
}

// speakVerbsSet returns the verbs of speaking, learning and teaching a
// language, before it or its list: "spoke only French".
func speakVerbsSet() map[string]bool {
	return setOf("speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns",
		"learned", "learnt", "learning", "teach", "teaches", "taught", "teaching",
		"study", "studies", "studied", "studying", "understand", "understands",
		"understood", "fluent", "translate", "translates", "translated")
}

// languagePrepsSet returns the prepositions that take a language when the
// clause ends after it: "in French.", "into French,".
func languagePrepsSet() map[string]bool {
	return setOf("in", "into", "from")
}

// languageFillersSet returns the words that stand between a verb of
// speaking and the languages it takes: "spoke only French", "speaks
// fluent Russian", "speaks both".
func languageFillersSet() map[string]bool {
	return setOf("only", "both", "fluent", "fluently", "also", "some", "little", "a",
		"mostly", "mainly", "no", "not", "even", "good", "perfect", "broken")
}

// languageHeadsSet returns the words after an adjective that make it the
// language: "French language", "French speakers", "French-speaking".
func languageHeadsSet() map[string]bool {
	return setOf("language", "languages", "speaking", "speaker", "speakers",
		"translation", "translations", "translator", "subtitles", "subtitled",
		"dubbed", "lessons", "classes", "course", "courses", "teacher", "teachers",
		"dictionary", "grammar", "lingo", "dialect", "dialects", "phrase", "phrases")
}

// languageStems are the folded stems of the Russian and Kazakh words for
// a language, whose forms follow the adjective: "французском языке",
// "қазақ тілінде".
var languageStems = [...]string{"язык", "тіл"}

// shopWordsSet returns the words of shops and shopping that make a name
// that is also a brand the shop: "Iceland stores".
func shopWordsSet() map[string]bool {
	return setOf("store", "stores", "shop", "shops", "shopper", "shoppers", "supermarket",
		"supermarkets", "stocking", "stock", "stocks", "stocked", "customers", "branches",
		"retailer", "aisles", "frozen", "chain", "outlet", "outlets")
}

// localUnitsSet returns the local units of government that follow the
// name of a town or county: "Guernsey County", "Jordan Township".
func localUnitsSet() map[string]bool {
	return setOf("county", "counties", "township", "parish", "borough")
}

// sentenceEndsSet returns the marks that end a sentence.
func sentenceEndsSet() map[string]bool {
	return setOf(".", "!", "?", "…", ";")
}

// listWordsSet returns the Russian and Kazakh words that join two
// adjectives before the noun they share: "французском и немецком
// языках".
func listWordsSet() map[string]bool {
	return setOf("и", "или", "және", "мен", "немесе", ",")
}

// seatStatesSet returns the US places that seat international bodies and
// do not tell a US context: a text about the UN names New York.
func seatStatesSet() map[string]bool {
	return setOf("new york", "n.y.", "district of columbia", "d.c.")
}

// setOf returns the set of the given words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
