package dates

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// lang is the language a month word belongs to: 1 + the index of its line
// in cldrLanguages, so that it fits a bit of a uint64 set.
type lang uint8

const (
	langNone lang = iota
	langEN
	langRU
	langKK
)

// langSet is a set of languages, a bit for each.
type langSet uint64

func (s langSet) has(l lang) bool { return l != langNone && s&(1<<l) != 0 }

// wordFlag marks what a word can be in a date.
type wordFlag uint32

const (
	fMonth        wordFlag = 1 << iota // a month name; month holds 1..12
	fWeekday                           // a day of the week
	fYearWord                          // "г.", "года", "жыл", "жылғы" after a year
	fYearTo                            // a year word meaning "to, by": "жылға"
	fRelDay                            // "today", "вчера"; rel holds the day shift
	fUnit                              // "hours", "минут"; unit holds seconds
	fAgo                               // "ago", "назад", "бұрын"
	fArticle                           // "a", "an": one
	fAM                                // "am"
	fPM                                // "pm"
	fAt                                // a connector before a time: "at", "в", "сағат"
	fOrdinal                           // "st", "nd", "rd", "th"
	fOf                                // "of"
	fYearIn                            // a preposition making a year a calendar year: "in", "в"
	fTarget                            // a word making a year a target: "by", "до"
	fTargetAfter                       // a postposition making a year a target: "дейін"
	fPlan                              // a word announcing a plan: "will", "планируется"
	fVersion                           // "version": the numbers after it are no date
	fTargetNear                        // "to", "по": a target when right before a year
	fAnd                               // "and", "и": joins a second calendar year to a first
	fMonthWide                         // a month name in full, not only an abbreviation
	fMonthAlt                          // a month name that another language gives another month
	fClockWord                         // a word after a time of day: "Uhr", "h", "horas"
	fHourMark                          // between hour and minute: "h" in "15h44", "時"
	fMinuteMark                        // after the minute: "分", "분"
	fCJKYear                           // "年", "년" after a year
	fCJKMonth                          // "月", "월" after a month
	fCJKDay                            // "日", "号", "일" after a day
	fCopyright                         // "copyright", before the year of a page
	fRelClock                          // a day word of another language than en, ru, kk: a date only with a time
	fAgoFirst                          // the first word of a phrase for a time ago: "vor", "il", "geleden"
	fMonthForeign                      // a month name of a language other than en, ru, kk
)

// wordInfo is what the lexicon knows about one word form.
type wordInfo struct {
	flags wordFlag
	month int8
	rel   int8
	lang  lang   // the language of the month, the first listed that has the form
	unitN uint8  // index in units of the unit of time
	set   uint16 // index in the lexicon's sets of the languages that have the form as a month name
	cal   uint8  // the calendar of a month name: calGregorian or calSolarHijri
}

// Calendars of month names.
const (
	calGregorian  = iota
	calSolarHijri // the Iranian and Afghan solar calendar
)

// units are the units of time, in seconds, that words name.
var units = [...]int32{0, 1, 60, 3600, 86400, 7 * 86400}

// unit returns the seconds of the unit of time the word names, or 0.
func (wi wordInfo) unit() int32 { return units[wi.unitN] }

// langs returns the languages that have the word as a month name.
func (wi wordInfo) langs() langSet { return lexicon().sets[wi.set] }

// langMonth is the month a form stands for in one language.
type langMonth struct {
	lang  lang
	month int8
}

// lexiconTable maps lower-case word forms to what they mean. shapes has,
// for the low byte of the first rune of each form, a bit for each length
// in runes that a form starting with that rune has, and ends a bit for the
// hash of each form's first rune, last rune and length: most words of a
// text are ruled out by them without a map look-up.
type lexiconTable struct {
	words  map[string]wordInfo
	sets   []langSet              // the sets of languages of month names; sets[0] is empty
	alt    map[string][]langMonth // the months of the forms flagged fMonthAlt
	ago    map[string][]agoPhrase // the phrases for a time ago, by the word flagged fAgoFirst
	shapes [256]uint64
	ends   [endBits / 64]uint64 // a bit for each shapeHash of a form
	langs  []cldrLanguage       // by lang - 1
	thai   lang                 // Thai, whose years count from 543 BC
}

// lexicon is built on first use.
var lexicon = sync.OnceValue(func() *lexiconTable {
	t := &lexiconTable{langs: parseLanguages(cldrLanguages)}
	t.words, t.alt, t.sets = buildLexicon(t.langs)
	t.ago = agoIndex(t.words, t.langs)
	t.thai = langOf(t.langs, "th")
	for w := range t.words {
		if n := utf8.RuneCountInString(w); n < 64 {
			first, _ := utf8.DecodeRuneInString(w)
			last, _ := utf8.DecodeLastRuneInString(w)
			t.shapes[byte(first)] |= 1 << n
			h := shapeHash(first, last, n)
			t.ends[h/64] |= 1 << (h % 64)
		}
	}
	return t
})

// endBits is the size of the lexicon's filter of first and last runes.
const endBits = 1 << 14

// shapeHash hashes the first and last runes and the length of a form.
func shapeHash(first, last rune, n int) uint {
	return (uint(first)*31 + uint(last)*131 + uint(n)*7919) % endBits
}

// lookup returns what the lexicon knows about the word s[t.start:t.end],
// which is n runes long and starts with rune r.
func lookup(s string, t token, n int) wordInfo {
	if t.kind != tokWord || n >= 64 {
		return wordInfo{}
	}
	lex := lexicon()
	if lex.shapes[byte(foldRune(t.r))]&(1<<n) == 0 {
		return wordInfo{}
	}
	last, _ := utf8.DecodeLastRuneInString(s[t.start:t.end])
	if h := shapeHash(foldRune(t.r), foldRune(last), n); lex.ends[h/64]&(1<<(h%64)) == 0 {
		return wordInfo{}
	}
	var buf [256]byte
	key, ok := lowerKey(buf[:], s[t.start:t.end])
	if !ok {
		return wordInfo{}
	}
	return lex.words[string(key)]
}

// buildLexicon makes the word table: the forms listed here and the CLDR
// names of every language.
func buildLexicon(langs []cldrLanguage) (map[string]wordInfo, map[string][]langMonth, []langSet) {
	m := make(map[string]wordInfo, 8192)
	alt := map[string][]langMonth{}
	ls := map[string]langSet{}
	add := func(f wordFlag, words ...string) {
		for _, w := range words {
			wi := m[w]
			wi.flags |= f
			m[w] = wi
		}
	}
	month := func(l lang, n int, wide bool, words ...string) {
		for _, w := range words {
			addMonth(m, alt, ls, w, l, n, wide)
		}
	}
	for i, forms := range englishMonths {
		month(langEN, i+1, true, forms...)
	}
	for i, forms := range russianMonths {
		month(langRU, i+1, true, forms...)
	}
	for i, stem := range kazakhMonths {
		month(langKK, i+1, true, stem)
		for _, suf := range kazakhMonthSuffixes {
			month(langKK, i+1, true, stem+suf)
		}
	}
	addSolarHijri(m, alt, ls, langs)
	for i, l := range langs {
		for n, mf := range l.months {
			month(lang(i+1), n+1, true, mf.wide...)
			month(lang(i+1), n+1, false, mf.abbr...)
		}
		for _, w := range l.days {
			add(fWeekday, fold(w))
		}
		for _, w := range l.fillers {
			add(fOf, fold(w))
		}
		for _, r := range l.relDays {
			if lang(i+1) <= langKK {
				break // listed with their case forms below
			}
			w := fold(r.word)
			if wi := m[w]; wi.flags&fRelDay == 0 {
				wi.flags |= fRelDay | fRelClock
				wi.rel = r.shift
				m[w] = wi
			}
		}
	}
	add(fWeekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу",
		"суббота", "субботу", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
		"дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")
	add(fYearWord, "г", "гг", "год", "года", "году", "годом", "годе",
		"ж", "жыл", "жылы", "жылғы", "жылдың", "жылдан", "жылда", "жылдары", "жылдардың")
	add(fYearTo, "жылға", "жылдарға")
	for _, r := range []struct {
		shift int8
		words []string
	}{
		{0, []string{"today", "сегодня", "бүгін"}},
		{-1, []string{"yesterday", "вчера", "кеше"}},
		{-2, []string{"позавчера"}},
	} {
		for _, w := range r.words {
			wi := m[w]
			wi.flags |= fRelDay
			wi.rel = r.shift
			m[w] = wi
		}
	}
	for _, u := range []struct {
		unitN uint8
		words []string
	}{
		{1, []string{"second", "seconds", "sec", "secs", "секунду", "секунды", "секунд", "сек", "секунд"}},
		{2, []string{"minute", "minutes", "min", "mins", "минуту", "минуты", "минут", "мин"}},
		{3, []string{"hour", "hours", "hr", "hrs", "час", "часа", "часов", "ч", "сағат"}},
		{4, []string{"day", "days", "день", "дня", "дней", "күн"}},
		{5, []string{"week", "weeks", "неделю", "недели", "недель", "апта"}},
	} {
		for _, w := range u.words {
			wi := m[w]
			wi.flags |= fUnit
			wi.unitN = u.unitN
			m[w] = wi
		}
	}
	add(fAgo, "ago", "назад", "бұрын")
	add(fArticle, "a", "an")
	add(fAM, "am")
	add(fPM, "pm")
	add(fAt, "at", "в", "во", "сағат")
	add(fOrdinal, "st", "nd", "rd", "th")
	add(fOf, "of")
	add(fAt, "à", "às", "a", "las", "la", "ora", "um", "alle", "ore", "kl", "klo", "o", "om", "godz", "saat", "lúc", "у", "о")
	add(fClockWord, "uhr", "h", "hs", "hrs", "horas", "ore", "óra", "hod", "uur", "u", "ч")
	add(fHourMark, "h", "時", "时", "点", "시")
	add(fMinuteMark, "分", "분")
	add(fOrdinal, "er", "re", "º", "ª", "e", "η")
	add(fCJKYear, "年", "년")
	add(fCopyright, "copyright", "copr")
	add(fCJKMonth, "月", "월")
	add(fCJKDay, "日", "号", "일")
	add(fAnd, "and", "и", "және")
	add(fYearIn, "in", "since", "between", "during", "throughout", "early", "late", "mid",
		"в", "во", "с", "со", "начале", "конце", "середине", "течение")
	add(fTarget, "by", "until", "till", "before", "toward", "towards", "до", "к", "ко")
	add(fTargetNear, "to", "through", "по", "на")
	add(fTargetAfter, "дейін", "шейін", "қарай")
	add(fPlan, "will", "shall", "planned", "planning", "plans", "aims", "expected",
		"expects", "scheduled", "forecast", "projected",
		"планируется", "планирует", "планируют", "запланировано", "запланирован",
		"будет", "будут", "намерен", "намерена", "намерены", "ожидается", "прогнозируется",
		"жоспарлануда", "жоспарлап", "жоспарланған", "көзделуде", "көзделген", "күтілуде")
	add(fVersion, "version", "v", "ver", "release", "build", "версия", "версии", "нұсқа", "нұсқасы")
	return m, alt, internSets(m, ls)
}

// agoIndex indexes the phrases for a time ago of every language but
// English, Russian and Kazakh (listed above with their forms) by their
// first word, or by their unit when no word comes before the number, and
// flags those words.
func agoIndex(m map[string]wordInfo, langs []cldrLanguage) map[string][]agoPhrase {
	idx := map[string][]agoPhrase{}
	for i, l := range langs {
		if lang(i+1) <= langKK {
			continue
		}
		for _, p := range l.ago {
			var w string
			switch {
			case len(p.before) > 0:
				w = p.before[0]
			case len(p.after) > 1:
				w = p.after[0]
			default:
				continue
			}
			var buf [256]byte
			key, ok := lowerKey(buf[:], w)
			if !ok {
				continue
			}
			wi := m[string(key)]
			wi.flags |= fAgoFirst
			m[string(key)] = wi
			idx[string(key)] = append(idx[string(key)], p)
		}
	}
	return idx
}

// internSets numbers the distinct sets of languages of the month names
// and records each word's number.
func internSets(m map[string]wordInfo, ls map[string]langSet) []langSet {
	sets := []langSet{0}
	index := map[langSet]uint16{0: 0}
	for w, s := range ls {
		i, ok := index[s]
		if !ok {
			i = uint16(len(sets))
			index[s] = i
			sets = append(sets, s)
		}
		wi := m[w]
		wi.set = i
		if s&^homeLangs != 0 {
			wi.flags |= fMonthForeign
		}
		m[w] = wi
	}
	return sets
}

// addSolarHijri records the month names of the Solar Hijri calendar as
// Persian month names of that calendar.
func addSolarHijri(m map[string]wordInfo, alt map[string][]langMonth, ls map[string]langSet, langs []cldrLanguage) {
	fa := langOf(langs, "fa")
	if fa == langNone {
		return
	}
	for n, forms := range strings.SplitN(cldrSolarHijri, "|", 12) {
		for _, w := range strings.Fields(forms) {
			addMonth(m, alt, ls, w, fa, n+1, true)
			wi := m[fold(w)]
			wi.cal = calSolarHijri
			m[fold(w)] = wi
		}
	}
}

// langOf returns the lang of a language code, or langNone.
func langOf(langs []cldrLanguage, code string) lang {
	for i, l := range langs {
		if l.code == code {
			return lang(i + 1)
		}
	}
	return langNone
}

// fa returns Persian, the language of the Solar Hijri month names.
func (t *lexiconTable) fa() lang { return langOf(t.langs, "fa") }

// fold returns w as the lexicon keys it: in lower case, with the letters
// foldRune merges merged.
func fold(w string) string {
	var buf [256]byte
	if key, ok := lowerKey(buf[:], w); ok {
		return string(key)
	}
	return w
}

// addMonth records form w as month n of language l; wide tells a full
// name from an abbreviation. A form that languages give different months
// keeps the month of the first language listed and is flagged, with its
// other months kept in alt.
func addMonth(m map[string]wordInfo, alt map[string][]langMonth, ls map[string]langSet, w string, l lang, n int, wide bool) {
	var buf [256]byte
	key, ok := lowerKey(buf[:], w)
	if !ok {
		return
	}
	w = string(key)
	wi := m[w]
	switch {
	case wi.flags&fMonth == 0:
		wi.month, wi.lang = int8(n), l
	case int(wi.month) != n && !ls[w].has(l):
		if wi.flags&fMonthAlt == 0 {
			alt[w] = append(alt[w], langMonth{wi.lang, wi.month})
		}
		wi.flags |= fMonthAlt
		alt[w] = append(alt[w], langMonth{l, int8(n)})
	}
	wi.flags |= fMonth
	ls[w] |= 1 << l
	if wide {
		wi.flags |= fMonthWide
	}
	m[w] = wi
}

// englishMonths lists the forms of each English month name.
var englishMonths = [12][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
	{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
	{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"},
	{"december", "dec"},
}

// russianMonths lists the forms of each Russian month name: nominative,
// genitive, prepositional, instrumental and the usual abbreviations.
var russianMonths = [12][]string{
	{"январь", "января", "январе", "январём", "янв"},
	{"февраль", "февраля", "феврале", "февралём", "февр", "фев"},
	{"март", "марта", "марте", "мартом", "мар"},
	{"апрель", "апреля", "апреле", "апрелем", "апр"},
	{"май", "мая", "мае", "маем"},
	{"июнь", "июня", "июне", "июнем", "июн"},
	{"июль", "июля", "июле", "июлем", "июл"},
	{"август", "августа", "августе", "августом", "авг"},
	{"сентябрь", "сентября", "сентябре", "сентябрём", "сен", "сент"},
	{"октябрь", "октября", "октябре", "октябрём", "окт"},
	{"ноябрь", "ноября", "ноябре", "ноябрём", "ноя", "нояб"},
	{"декабрь", "декабря", "декабре", "декабрём", "дек"},
}

// kazakhMonths lists the Kazakh month names in the nominative.
var kazakhMonths = [12]string{
	"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
	"шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
}

// kazakhMonthSuffixes are the case and possessive endings a Kazakh month
// name takes ("ақпанның", "ақпанда", "ақпанында"). Not every ending fits
// every stem by vowel harmony; the extra forms are harmless.
var kazakhMonthSuffixes = []string{
	"ның", "нің", "дың", "дің", "тың", "тің",
	"да", "де", "та", "те", "нда", "нде",
	"ға", "ге", "қа", "ке", "на", "не",
	"дан", "ден", "тан", "тен", "нан", "нен",
	"ы", "і", "ында", "інде", "ының", "інің", "ынан", "інен", "ына", "іне",
	"айы", "айының", "айында", "айынан",
}
