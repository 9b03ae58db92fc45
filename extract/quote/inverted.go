package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// The speaker that ends a Russian clause whose cue comes first, with the
// words a writer puts between the two: «…», — сказал журналистам Олег
// Миронов; — заявил в интервью агентству министр финансов Антон Сорокин.

// maxBetween bounds the words between a cue and the speaker that ends its
// clause, and maxTitleReach how far before the name its title may stand
// (глава «Газпрома» Олег Миронов).
const (
	maxBetween    = 8
	maxTitleReach = 6
)

// speakerAtEnd returns the tokens of the speaker that ends the clause
// after (a cue's words up to the clause's end): a person's name with the
// title before it, or a title with the body it serves, and nil when the
// clause ends otherwise.
func speakerAtEnd(s string, after []token) []token {
	e := 0
	for e < len(after) && (after[e].kind == tkWord || after[e].kind == tkMark || abbrevDot(s, after, e)) {
		e++
	}
	if e == 0 || e > maxBetween+maxSpeaker || after[e-1].kind != tkWord {
		return nil
	}
	b := nameStart(s, after, e)
	if b < e && isObliqueName(after[e-1].text(s)) {
		return nil // корреспонденту Ивану Петрову
	}
	t := titleStart(s, after, b, e)
	titled := t < b
	switch {
	case b == e && t == e-1:
		return nil // a title last is the head of the words before it: деп мәлімдеді ведомство өкілі
	case titled:
		b = t
	case b == e || e-b == 1 && !introducesSingle(s, after[:b]):
		return nil
	}
	if e-b > maxSpeaker {
		return nil
	}
	if b == 0 {
		return after[:e]
	}
	if w := after[b-1]; w.kind == tkWord && (isLinkWord(w.text(s)) || !titled && w.in(lexicon().addressee) && !w.in(lexicon().listener)) {
		return nil // в Москве; изданию Новая Волна
	}
	return after[b:e]
}

// nameStart returns where the name of a person ending at after[e-1]
// begins: a surname, with a given name, a patronymic or initials before
// it (Иван Рыбин, Иван Петрович Рыбин, В. Рыбин); e when after[e-1] is
// no surname.
func nameStart(s string, after []token, e int) int {
	if !isNameWord(after[e-1].text(s)) {
		return e
	}
	b := e - 1
	switch {
	case b >= 1 && isNameInitial(after[b-1].text(s)):
		b-- // В. Рыбин, В. В. Рыбин
		if b >= 1 && isNameInitial(after[b-1].text(s)) {
			b--
		}
	case b >= 2 && isNameWord(after[b-1].text(s)) && isPatronymic(after[b-1].text(s)) && isNameWord(after[b-2].text(s)):
		b -= 2
	case b >= 1 && isNameWord(after[b-1].text(s)) && !isDativeAdjective(after[b-1].text(s)) &&
		(!isGenitiveOf(after[b-1].text(s), after[b].text(s)) || surnameGender(after[b].text(s)) == 'f'):
		b-- // Анна Белова, but not Казахстана Бектенов
	}
	return b
}

// titleStart returns where a title opens before after[b:e] within the
// words between: the farthest title word no word of another kind (a
// preposition, a pronoun, an addressee) separates from the name; b when
// none does.
func titleStart(s string, after []token, b, e int) int {
	lx := lexicon()
	t := b
	for k := b - 1; k >= 0 && b-k <= maxTitleReach; k-- {
		if after[k].kind == tkMark {
			continue // глава «Газпрома»
		}
		if after[k].kind != tkWord {
			break
		}
		w := after[k].text(s)
		if isLinkWord(w) || lx.addressee.has(w) {
			break
		}
		if after[k].in(lx.titles) {
			t = k
		}
	}
	for t < b && t > 0 && after[t-1].kind == tkWord && (isKkGenitive(after[t-1].text(s)) || isUpperStart(after[t-1].text(s)) && isKkGenitive(after[t].text(s))) {
		t-- // the Kazakh genitives a title's field is written in: Астана қаласының әкімі
	}
	if t < b && t > 0 && after[t].in(lx.titles) && endsIn(after[t].text(s), "ы", "і") {
		t = kkTitleField(s, after, t) // the nouns before a Kazakh title in its possessive: Мемлекет басшысы
	}
	return t
}

// kkTitleField returns where the field of the Kazakh title after[t] in
// its possessive begins: one capitalised word before it (Мемлекет
// басшысы), or one with a word in lower case after it (Сыртқы істер
// министрі); t when there is none.
func kkTitleField(s string, after []token, t int) int {
	for k := t - 1; k >= 0 && t-k <= 2; k-- {
		w := after[k]
		if w.kind != tkWord || !hasCyrillic(w.text(s)) || isLinkWord(w.text(s)) {
			return t
		}
		if isUpperStart(w.text(s)) {
			return k
		}
	}
	return t
}

// isKkGenitive reports whether w ends as a Kazakh genitive does: қаласының.
func isKkGenitive(w string) bool {
	return hasCyrillic(w) && endsIn(w, "ның", "нің", "тың", "тің", "дың", "дің")
}

// introducesSingle reports whether the words between a cue and a
// one-word name end with an aside, so that the name must be the clause's
// subject: a listener or a pronoun (журналистам Песков, нам Песков), with
// no other name between (агентству Интерфакс).
func introducesSingle(s string, between []token) bool {
	lx := lexicon()
	aside := false
	for _, t := range between {
		w := t.text(s)
		switch {
		case t.kind != tkWord:
		case lx.listener.has(w) || lx.obliqueSelf.has(w):
			aside = true
		case isUpperStart(w) && !isAcronym(w):
			return false
		}
	}
	return aside
}

// isObliqueName reports whether a Russian surname ends as in an oblique
// case, so that it names the one spoken to or of: Петрову, Сидоровой.
func isObliqueName(w string) bool {
	return isOblique(w) || endsIn(w, "ову", "еву", "ину", "ыну")
}

// isLinkWord reports whether w, standing right before a speaker, ties it
// to the rest of the clause rather than ending an aside: a preposition
// (в Москве), a conjunction, a stop word.
func isLinkWord(w string) bool {
	lx := lexicon()
	return lx.locative.has(w) || lx.conj.has(w) || lx.stop.has(w) && !lx.addressee.has(w) || lx.follow.has(w) || lx.rel.has(w)
}

// isNameWord reports whether w may be part of a Russian person's name:
// capitalised, written in Cyrillic, and not an acronym (МИД, ТАСС).
func isNameWord(w string) bool {
	return isUpperStart(w) && hasCyrillic(w) && !isAcronym(w) && !isFunctionWord(w) && !lexicon().org.has(w)
}

// isPatronymic reports whether w ends as a Russian patronymic does.
func isPatronymic(w string) bool {
	return endsIn(w, "вич", "вна", "чна", "ична", "ьич")
}

// maxAsideWords bounds the words of an aside set off by commas between
// a cue and its speaker.
const maxAsideWords = 10

// asideEnd returns the index after the comma that closes an aside set
// off right after a Russian cue, a gerund's phrase or a prepositional
// one (сообщил, прибыв в Москву, министр; заявил, по данным ТАСС,
// министр), when words follow it; else -1.
func asideEnd(s string, after []token) int {
	if len(after) < 4 || after[0].kind != tkPunct || after[0].r != ',' || after[1].kind != tkWord {
		return -1
	}
	w := after[1].text(s)
	if !isRuGerund(w) && !lexicon().hangingPrep.has(w) && !lexicon().locative.has(w) {
		return -1
	}
	for j := 2; j < len(after) && j <= maxAsideWords+1; j++ {
		switch t := after[j]; {
		case t.kind == tkPunct && t.r == ',':
			if j+1 < len(after) && after[j+1].kind == tkWord {
				return j + 1
			}
			return -1
		case t.kind != tkWord:
			return -1
		}
	}
	return -1
}

// isRuGerund reports whether the lower-case Russian word w ends as a
// gerund does: прибыв, ответив, выступая, находясь.
func isRuGerund(w string) bool {
	if isUpperStart(w) || !hasCyrillic(w) || utf8.RuneCountInString(w) < 5 {
		return false
	}
	return endsIn(w, "в", "вши", "вшись", "ясь") || strings.HasSuffix(w, "я") && !endsIn(w, "ия", "ья") // говоря, but not история
}

// isBodyWord reports whether the lower-case Russian word w is a word of
// bodies or titles in some case: пресс-службы, министерства, посольстве.
func isBodyWord(w string) bool {
	return hasCyrillic(w) && lexicon().bodyStems.m[ruStem(w)]
}

// ruStem returns w without a final vowel or soft sign, or, in an oblique
// case, its ending: the stem a body's word keeps in its cases.
func ruStem(w string) string {
	for _, end := range [...]string{"ом", "ой", "ей", "ем", "ам", "ах", "ами", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь"} {
		if rest, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}

// holdsMark reports whether toks hold a quotation mark: глава «Газпрома».
func holdsMark(toks []token) bool {
	for _, t := range toks {
		if t.kind == tkMark {
			return true
		}
	}
	return false
}

// isNameInitial reports whether w is an initial with its dot: В.
func isNameInitial(w string) bool {
	r, n := textutil.DecodeRune(w)
	return n > 0 && len(w) == n+1 && w[n] == '.' && unicode.IsUpper(r)
}
