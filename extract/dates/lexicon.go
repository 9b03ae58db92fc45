package dates

import (
	"sync"
	"unicode/utf8"
)

// lang is the language a month word belongs to.
type lang uint8

const (
	langNone lang = iota
	langEN
	langRU
	langKK
)

// wordFlag marks what a word can be in a date.
type wordFlag uint32

const (
	fMonth       wordFlag = 1 << iota // a month name; month holds 1..12
	fWeekday                          // a day of the week
	fYearWord                         // "г.", "года", "жыл", "жылғы" after a year
	fYearTo                           // a year word meaning "to, by": "жылға"
	fRelDay                           // "today", "вчера"; rel holds the day shift
	fUnit                             // "hours", "минут"; unit holds seconds
	fAgo                              // "ago", "назад", "бұрын"
	fArticle                          // "a", "an": one
	fAM                               // "am"
	fPM                               // "pm"
	fAt                               // a connector before a time: "at", "в", "сағат"
	fOrdinal                          // "st", "nd", "rd", "th"
	fOf                               // "of"
	fYearIn                           // a preposition making a year a calendar year: "in", "в"
	fTarget                           // a word making a year a target: "by", "до"
	fTargetAfter                      // a postposition making a year a target: "дейін"
	fPlan                             // a word announcing a plan: "will", "планируется"
	fVersion                          // "version": the numbers after it are no date
	fTargetNear                       // "to", "по": a target when right before a year
	fAnd                              // "and", "и": joins a second calendar year to a first
)

// wordInfo is what the lexicon knows about one word form.
type wordInfo struct {
	flags wordFlag
	month int8
	rel   int8
	lang  lang
	unit  int32
}

// lexiconTable maps lower-case word forms to what they mean. shapes has,
// for the first byte of each form, a bit for each length in runes that a
// form starting with that byte has: most words of a text are ruled out by it
// without a map look-up.
type lexiconTable struct {
	words  map[string]wordInfo
	shapes [256]uint64
}

// lexicon is built on first use.
var lexicon = sync.OnceValue(func() *lexiconTable {
	t := &lexiconTable{words: buildLexicon()}
	for w := range t.words {
		if n := utf8.RuneCountInString(w); n < 64 {
			t.shapes[w[0]] |= 1 << n
		}
	}
	return t
})

// lookup returns what the lexicon knows about the word s[t.start:t.end],
// which is n runes long and starts with rune r.
func lookup(s string, t token, n int) wordInfo {
	if t.kind != tokWord || n >= 64 {
		return wordInfo{}
	}
	lex := lexicon()
	var first [utf8.UTFMax]byte
	utf8.EncodeRune(first[:], foldRune(t.r))
	if lex.shapes[first[0]]&(1<<n) == 0 {
		return wordInfo{}
	}
	var buf [256]byte
	key, ok := lowerKey(buf[:], s[t.start:t.end])
	if !ok {
		return wordInfo{}
	}
	return lex.words[string(key)]
}

func buildLexicon() map[string]wordInfo {
	m := make(map[string]wordInfo, 1024)
	add := func(f wordFlag, words ...string) {
		for _, w := range words {
			wi := m[w]
			wi.flags |= f
			m[w] = wi
		}
	}
	month := func(l lang, n int, words ...string) {
		for _, w := range words {
			wi := m[w]
			wi.flags |= fMonth
			wi.month = int8(n)
			wi.lang = l
			m[w] = wi
		}
	}
	for i, forms := range englishMonths {
		month(langEN, i+1, forms...)
	}
	for i, forms := range russianMonths {
		month(langRU, i+1, forms...)
	}
	for i, stem := range kazakhMonths {
		month(langKK, i+1, stem)
		for _, suf := range kazakhMonthSuffixes {
			month(langKK, i+1, stem+suf)
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
		sec   int32
		words []string
	}{
		{1, []string{"second", "seconds", "sec", "secs", "секунду", "секунды", "секунд", "сек", "секунд"}},
		{60, []string{"minute", "minutes", "min", "mins", "минуту", "минуты", "минут", "мин"}},
		{3600, []string{"hour", "hours", "hr", "hrs", "час", "часа", "часов", "ч", "сағат"}},
		{86400, []string{"day", "days", "день", "дня", "дней", "күн"}},
		{7 * 86400, []string{"week", "weeks", "неделю", "недели", "недель", "апта"}},
	} {
		for _, w := range u.words {
			wi := m[w]
			wi.flags |= fUnit
			wi.unit = u.sec
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
	return m
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
