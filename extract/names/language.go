package names

import "strings"

// baseLanguage returns the primary subtag of the BCP 47 tag lang in lower
// case, the key of the tables by language: "de" for "de-AT", "no" for the
// two written forms of Norwegian (nb, nn).
func baseLanguage(lang string) string {
	base, _, _ := strings.Cut(lang, "-")
	base = strings.ToLower(base)
	if base == "nb" || base == "nn" {
		return "no"
	}
	return base
}

// capitalisesNouns reports whether the language base (see baseLanguage)
// writes every noun with a capital: German and Luxembourgish.
func capitalisesNouns(base string) bool {
	return base == "de" || base == "lb" || base == "gsw"
}

// isNounArticle reports whether the folded word f is an article of German
// or Luxembourgish, or a preposition with the article joined to it (im,
// zum): a noun stands alone after one ("die Menschen", "im Stromnetz"),
// a surname seldom.
func isNounArticle(f string) bool {
	switch f {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
		"im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "d'", "e", "en", "eng", "engem", "enger":
		return true
	}
	return false
}

// isNumberWord reports whether the folded word f is a numeral that a
// noun follows, in digits or in the words of German: 2, zwei, hundert;
// four digits are a year's.
func isNumberWord(f string) bool {
	if f != "" && f[0] >= '0' && f[0] <= '9' {
		return len(f) != 4 // but a year: 2021 Anna Berger
	}
	switch f {
	case "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "zwanzig", "hundert",
		"tausend", "mehrere", "viele", "einige", "wenige", "zahlreiche":
		return true
	}
	return false
}

// titleStems are the nouns for offices and roles that end the compound
// titles of German ("Bundesministerin", "Regierungssprecher",
// "Landesbischof"), with their feminine forms.
var titleStems = [...]string{"präsident", "präsidentin", "minister", "ministerin", "kanzler",
	"kanzlerin", "sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin", "direktor",
	"direktorin", "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin", "bischof",
	"bischöfin", "trainer", "trainerin", "sekretär", "sekretärin", "botschafter", "botschafterin",
	"abgeordnete", "abgeordneter", "richter", "richterin", "kommissar", "kommissarin",
	"führer", "führerin", "experte", "expertin", "spezialist", "spezialistin", "analyst", "analystin",
	"ökonom", "ökonomin", "politologe", "politologin", "forscher", "forscherin", "soldat", "soldatin",
	"rapper", "rapperin", "sänger", "sängerin", "promoter", "berater", "beraterin", "vertreter",
	"vertreterin", "journalist", "journalistin", "anwalt", "anwältin", "professor", "professorin",
	"arzt", "ärztin", "manager", "managerin", "gründer", "gründerin", "chefredakteur", "chefredakteurin"}

// minTitlePrefix is the fewest bytes before a title's stem that make a
// word a compound title: the stems alone are also family names
// (Richter, Kanzler, Bischof) and are read as titles only by the lexicon.
const minTitlePrefix = 2

// isCompoundTitle reports whether the folded word f is a German compound
// whose last noun is an office or role: a title, however its first
// nouns qualify it.
func isCompoundTitle(f string) bool {
	for _, stem := range titleStems {
		if len(f) >= len(stem)+minTitlePrefix && strings.HasSuffix(f, stem) {
			return true
		}
	}
	return false
}
