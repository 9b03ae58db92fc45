package country

import (
	"strings"
	"sync"
)

// maxPhraseTokens bounds the tokens of one phrase; it bounds the work
// done at each token of a text, which keeps Find linear.
const maxPhraseTokens = 16

// Marks of a phrase, from the generated data.
const (
	markNotInitial = 1 << iota // never the first word of a sentence
	markPerson                 // also a personal name
	markUSState                // also a US state
	markVerb                   // also a verb that may open an imperative
	markBrand                  // also a shop or brand (Iceland)
	markUSAdj                  // also the adjective of a US state (Georgian)
	markLanguage               // an adjective that also names a language
	markUSName                 // a US state or city: not a country, a sign of a US context
	markGeorgiaCue             // a place of Georgia the country: not a country, a sign of it
)

// entry is one phrase of the table.
type entry struct {
	country int16  // index into countries; blocked for a phrase that is not a country
	marks   uint16 // markNotInitial | markPerson | markUSState | ...
	ntok    uint8  // number of tokens
	caps    uint32 // for token k, bits 2k..2k+1: the case it needs (capsLower = any)
}

// blocked is the country of a phrase that is matched and dropped.
const blocked = -1

// table is the phrase index: the folded form of every phrase and of every
// proper prefix of a phrase (in tokens).
type table struct {
	// index maps a folded phrase to entry index+1 shifted left by one,
	// with bit 0 set when it is also the prefix of a longer phrase.
	index   map[string]uint32
	filter  keyFilter // the hashes of the keys of index
	entries []entry
	// conflicts lists phrases dropped because another country had them.
	conflicts []string
	// states maps the folded name of each US state of stateData to an
	// entry that holds its token count and letter case.
	states map[string]entry
	// words holds the words that the rules of context look for.
	words *wordSets
}

// wordSets are the sets of folded words that the rules of context read;
// see the functions that fill them.
type wordSets struct {
	openers, conjunctions, usWords, stateAttributes, stateOffices, usTitles,
	partyLetters, georgianPlaces, calendarWords, organWords, usPlaces,
	objects, speechVerbs, personalPronouns, speakVerbs, languagePreps,
	languageFillers, languageHeads, shopWords, localUnits, sentenceEnds,
	seatStates, listWords, regionWords map[string]bool
}

func newWordSets() *wordSets {
	return &wordSets{
		openers:          openersSet(),
		conjunctions:     conjunctionsSet(),
		usWords:          usWordsSet(),
		stateAttributes:  stateAttributesSet(),
		stateOffices:     stateOfficesSet(),
		usTitles:         usTitlesSet(),
		partyLetters:     partyLettersSet(),
		georgianPlaces:   georgianPlacesSet(),
		calendarWords:    calendarWordsSet(),
		organWords:       organWordsSet(),
		usPlaces:         usPlacesSet(),
		objects:          objectsSet(),
		speechVerbs:      speechVerbsSet(),
		personalPronouns: personalPronounsSet(),
		speakVerbs:       speakVerbsSet(),
		languagePreps:    languagePrepsSet(),
		languageFillers:  languageFillersSet(),
		languageHeads:    languageHeadsSet(),
		shopWords:        shopWordsSet(),
		localUnits:       localUnitsSet(),
		sentenceEnds:     sentenceEndsSet(),
		seatStates:       seatStatesSet(),
		listWords:        listWordsSet(),
		regionWords:      regionWordsSet(),
	}
}

// maxStateTokens bounds the tokens of a state name ("D.C." has four).
const maxStateTokens = 4

// theTable returns the table, built on first use.
var theTable = sync.OnceValue(buildTable)

func buildTable() *table {
	t := &table{index: make(map[string]uint32, 8192), words: newWordSets()}
	var toks tokens
	var key []byte
	line, data := 0, phraseData
	for data != "" {
		l, rest, _ := strings.Cut(data, "\n")
		data = rest
		country := int16(line)
		if line >= len(countries)+len(historical) {
			country = blocked
		}
		line++
		for l != "" {
			var p string
			p, l, _ = strings.Cut(l, "|")
			key = t.add(country, p, &toks, key[:0])
		}
	}
	t.states = make(map[string]entry, 64)
	for data := stateData; data != ""; {
		var p string
		p, data, _ = strings.Cut(data, "|")
		key = t.addState(p, &toks, key[:0])
		mark := uint16(markUSName)
		if t.words.seatStates[strings.ToLower(p)] {
			mark = 0
		}
		key = t.addMarked(p, mark, &toks, key[:0])
	}
	for data := usPlaceData; data != ""; {
		var p string
		p, data, _ = strings.Cut(data, "|")
		key = t.addMarked(p, markUSName, &toks, key[:0])
	}
	for p := range t.words.georgianPlaces {
		key = t.addMarked(strings.ToUpper(p[:1])+p[1:], markGeorgiaCue, &toks, key[:0])
	}
	for k := range t.index {
		t.filter.add(k)
	}
	return t
}

// keyFilter holds one bit for each hash of the keys of the index: a word
// whose bit is clear starts no phrase, which spares most words of a text
// the look-up.
type keyFilter [1 << 16 / 64]uint64

// filterHash returns a 16-bit FNV-1a hash of key.
func filterHash[S string | []byte](key S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return (h ^ h>>16) & 0xFFFF
}

func (f *keyFilter) add(key string) {
	h := filterHash(key)
	f[h/64] |= 1 << (h % 64)
}

// mayHave reports whether key may be a key of the index; false is sure.
func (f *keyFilter) mayHave(key []byte) bool {
	h := filterHash(key)
	return f[h/64]&(1<<(h%64)) != 0
}

// addMarked puts a phrase that is not a country into the table with the
// given mark, which the scan reads as context.
func (t *table) addMarked(phrase string, mark uint16, toks *tokens, key []byte) []byte {
	key = t.add(blocked, phrase, toks, key)
	if v := t.index[string(key)]; v>>1 != 0 {
		t.entries[v>>1-1].marks |= mark
	}
	return key
}

// addState puts the name of a US state into t.states. It uses toks and
// key as scratch space and returns key for reuse.
func (t *table) addState(name string, toks *tokens, key []byte) []byte {
	tokenize(name, toks)
	if len(toks.list) == 0 || len(toks.list) > maxStateTokens {
		return key
	}
	e := entry{country: blocked, ntok: uint8(len(toks.list))}
	for k, tok := range toks.list {
		if tok.kind == kindWord {
			e.caps |= uint32(tok.caps) << (2 * k)
		}
	}
	key = toks.appendKey(key, 0, len(toks.list))
	t.states[string(key)] = e
	return key
}

// add puts one phrase, with its marks, into the table. It uses toks and
// key as scratch space and returns key for reuse.
func (t *table) add(country int16, phrase string, toks *tokens, key []byte) []byte {
	marks, phrase := splitMarks(phrase)
	e := entry{country: country, marks: marks}
	tokenize(phrase, toks)
	if len(toks.list) == 0 || len(toks.list) > maxPhraseTokens {
		return key
	}
	e.ntok = uint8(len(toks.list))
	for k, tok := range toks.list {
		if tok.kind == kindWord {
			e.caps |= uint32(tok.caps) << (2 * k)
		}
		if k > 0 && tok.space != spaceNone {
			key = append(key, ' ')
		}
		key = append(key, toks.keyOf(k)...)
		if k < len(toks.list)-1 {
			t.index[string(key)] |= 1
		}
	}
	v := t.index[string(key)]
	if v>>1 == 0 {
		t.entries = append(t.entries, e)
		t.index[string(key)] = v | uint32(len(t.entries))<<1
		return key
	}
	old := &t.entries[v>>1-1]
	if old.country != e.country {
		t.conflicts = append(t.conflicts, phrase)
	} else {
		old.marks |= e.marks
	}
	return key
}

// splitMarks separates the marks at the start of a generated phrase from
// its text.
func splitMarks(phrase string) (uint16, string) {
	var marks uint16
	for ; phrase != ""; phrase = phrase[1:] {
		switch phrase[0] {
		case '^':
			marks |= markNotInitial
		case '~':
			marks |= markPerson
		case '@':
			marks |= markUSState
		case '!':
			marks |= markVerb
		case '$':
			marks |= markBrand
		case '+':
			marks |= markUSAdj
		case '%':
			marks |= markLanguage
		default:
			return marks, phrase
		}
	}
	return marks, phrase
}
