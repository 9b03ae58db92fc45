package country

// accept applies the marks of a phrase found at tokens [i, j): it rejects
// the mention when its context shows that the words are not the country.
//
// A rule that reads the name as a person's surname or as a US town also
// notes it in s.doc, so that the later bare mentions of the same entry
// follow it (see docState).
func (s *scanner) accept(i, j int, e entry, idx int32) bool {
	marks := e.marks
	switch {
	case marks&markNotInitial != 0 && s.sentenceStart(i):
		return false // "Того же мнения..." is the pronoun, not Togo
	case marks&markVerb != 0 && s.imperative(i, j):
		return false // "Polish the shoes" is a verb
	case marks&markPerson != 0 && s.person(i, j, idx):
		return false // Michael Jordan, Jordan Peterson, "Jordan said he"
	case marks&markUSState != 0 && s.usState(i, j):
		s.doc.usStrong = true
		return false // Atlanta, Georgia
	case s.usTown(i, j):
		s.doc.usStrong = true
		s.doc.towns.add(idx)
		return false // Jamaica, Queens; Peru, Indiana
	case s.localUnit(j):
		return false // Guernsey County, Jordan Township
	case marks&markLanguage != 0 && s.language(i, j):
		return false // "spoke only French", "на французском языке"
	case marks&markBrand != 0 && s.shop(j):
		return false // "Iceland stores"
	}
	return true
}

// imperative reports whether the word at tokens [i, j), which is also a
// verb, opens a sentence and is followed by a lower-case object: "Polish
// the shoes", but not "Polish officials said".
func (s *scanner) imperative(i, j int) bool {
	return s.sentenceStart(i) && s.exists(j) && s.tok(j).caps == capsLower &&
		s.tok(j).space == spaceBlank && s.wordIn(j, s.t.words.objects)
}

// surnameAfter reports whether token j is a capitalised word that may be
// a family name after the given name before it: "Israel Adesanya", but
// not "Israel Defense Forces", where the word names an organ.
func (s *scanner) surnameAfter(j int) bool {
	return s.capitalAfter(j) && !s.wordIn(j, s.t.words.organWords)
}

// usTown reports whether the name at tokens [i, j) is that of a US town
// or neighbourhood: it is followed by a comma and a US state or a New
// York borough on the same line, and is not an item of a list: "Jamaica,
// Queens", "Peru, Indiana", but not "Armenia, Texas and Florida" after a
// list nor "Peru, Texas and Chile".
func (s *scanner) usTown(i, j int) bool {
	if !s.wordIs(j, ",") || !s.sameLine(i, j+1) || s.listBefore(i) >= 0 {
		return false
	}
	k := j + 1
	n := s.stateLen(k)
	if n == 0 && s.exists(k) && s.tok(k).caps != capsLower && s.wordIn(k, s.t.words.usPlaces) {
		n = 1
	}
	if n == 0 {
		return false
	}
	e := k + n
	return !s.wordIn(e, s.t.words.conjunctions) && !(s.wordIs(e, ",") && s.wordIn(e+1, s.t.words.conjunctions))
}

// organWordsSet returns words that follow a country's name in the name of
// one of its organs or in a phrase about it, and are not family names.
func organWordsSet() map[string]bool {
	return map[string]bool{
		"defense": true, "defence": true, "forces": true, "armed": true, "army": true,
		"navy": true, "air": true, "police": true, "government": true, "ministry": true,
		"parliament": true, "national": true, "central": true, "prime": true,
		"president": true, "foreign": true, "embassy": true, "border": true,
		"security": true, "minister": true, "cabinet": true, "authorities": true,
	}
}

// usPlacesSet returns the words that follow a comma after a neighbourhood
// of New York, as a state follows a town: "Jamaica, Queens".
func usPlacesSet() map[string]bool {
	return map[string]bool{
		"queens": true, "brooklyn": true, "bronx": true, "manhattan": true, "ny": true,
	}
}

// objectsSet returns the lower-case words that follow a verb opening an
// imperative: "Polish the shoes", "Polish your boots".
func objectsSet() map[string]bool {
	return map[string]bool{
		"the": true, "a": true, "an": true, "your": true, "my": true, "his": true,
		"her": true, "their": true, "our": true, "its": true, "it": true, "them": true,
		"this": true, "that": true, "these": true, "those": true, "off": true, "up": true,
	}
}

// sentenceStart reports whether token i is the first word of a sentence:
// it opens the text or a line, or follows . ! ? … with at most a few
// quotes or brackets between, or follows a colon and an opening quote.
func (s *scanner) sentenceStart(i int) bool {
	quoted := false
	for k := i; k > i-4; k-- {
		if k == 0 || s.tok(k).space == spaceLine {
			return true
		}
		var buf [16]byte
		p, _ := s.fold(k-1, buf[:])
		switch string(p) {
		case ".", "!", "?", "…":
			return true
		case ":", ",":
			return quoted // a quotation opened after a colon or a comma: added, “So Israel …
		case "\"", "'", "«", "“", "„", "(", "[", "-":
			quoted = true
			continue
		}
		return false
	}
	return false
}

// titleCase reports whether token i is on a line written in title case
// ("Kazakhstan, Jordan Sign Visa Deal"), where capitals do not set names
// apart. A line is classified on first need; the scan asks about lines in
// order, so each is read once more at most.
func (s *scanner) titleCase(i int) bool {
	if t := s.tok(i); t.start < s.line.start || t.start >= s.line.end {
		s.line = lineOf(s.text, t.start)
	}
	return s.line.title
}

// lineCase is the letter case of the line text[start:end].
type lineCase struct {
	start, end int
	title      bool
}

// lineOf classifies the line of text that holds byte i. A line is in
// title case when it has three or more capitalised words of four bytes or
// more, and at most one such word in lower case for every four capitalised
// ones.
func lineOf(text string, i int) lineCase {
	start, end := lineStart(text, i), lineEnd(text, i)
	capital, lower := 0, 0
	for k := start; ; {
		t, next, ok := nextToken(text[:end], k)
		if !ok {
			break
		}
		if t.kind == kindWord && t.end-t.start >= 4 {
			if t.caps == capsLower {
				lower++
			} else {
				capital++
			}
		}
		k = next
	}
	return lineCase{start: start, end: end, title: capital >= 3 && 4*lower <= capital}
}

// lineStart returns the start of the line that holds byte i: the offset
// after the line break before it, or 0.
func lineStart(text string, i int) int {
	for ; i > 0; i-- {
		switch text[i-1] {
		case '\n', '\r':
			return i
		case 0xA8, 0xA9: // U+2028, U+2029
			if i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x80 {
				return i
			}
		}
	}
	return 0
}

// lineEnd returns the end of the line that holds byte i: the offset of
// the line break after it, or len(text).
func lineEnd(text string, i int) int {
	for ; i < len(text); i++ {
		switch text[i] {
		case '\n', '\r':
			return i
		case 0xE2: // U+2028, U+2029
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return i
			}
		}
	}
	return len(text)
}

// nameBefore reports whether token i follows, on the same line, a
// capitalised word that is not a country found already and that reads as
// a given name or title rather than a word that opens a sentence.
func (s *scanner) nameBefore(i int) bool {
	if i == 0 || s.tok(i).space != spaceBlank || i-1 < s.lastEnd {
		return false
	}
	p := s.tok(i - 1)
	if p.kind != kindWord {
		return s.initialBefore(i)
	}
	if p.caps == capsLower {
		return false
	}
	if s.wordIn(i-1, s.t.words.regionWords) {
		return false // North India, Southern Jordan
	}
	return !s.sentenceStart(i-1) || !s.wordIn(i-1, s.t.words.openers)
}

// regionWordsSet returns the capitalised words that name a part of a
// country before its name ("North India", "Northern Israel"), which are
// neither given names nor titles.
func regionWordsSet() map[string]bool {
	return map[string]bool{
		"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
		"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
		"southeast": true, "southwest": true, "northeastern": true, "northwestern": true,
		"southeastern": true, "southwestern": true, "upper": true, "lower": true, "greater": true,
		"rural": true, "coastal": true,
	}
}

// initialBefore reports whether token i follows a given name and an
// initial: "Michael B. Jordan".
func (s *scanner) initialBefore(i int) bool {
	if i < 3 || i-3 < s.lastEnd || !s.exists(i-3) || s.word(i-1) != "." || s.tok(i-1).space != spaceNone {
		return false
	}
	init, name := s.tok(i-2), s.tok(i-3)
	return init.kind == kindWord && init.end-init.start == 1 && init.caps == capsTitle && init.space == spaceBlank &&
		name.kind == kindWord && name.caps == capsTitle && !s.sentenceStart(i-3)
}

// capitalAfter reports whether token j is a capitalised word on the same
// line, as a family name after a given name is.
func (s *scanner) capitalAfter(j int) bool {
	if !s.exists(j) {
		return false
	}
	t := s.tok(j)
	return t.space == spaceBlank && t.kind == kindWord && t.caps != capsLower
}

// openersSet returns the capitalised words that open a sentence before
// a country name; any other capitalised word just before a name that is
// also a personal name is taken for a given name or a title.
func openersSet() map[string]bool {
	return map[string]bool{
		"in": true, "to": true, "from": true, "with": true, "and": true, "but": true,
		"for": true, "at": true, "on": true, "of": true, "by": true, "the": true,
		"like": true, "unlike": true, "both": true, "meanwhile": true, "while": true,
		"then": true, "also": true, "even": true, "only": true, "near": true,
		"across": true, "inside": true, "outside": true, "within": true, "throughout": true,
		"via": true, "neighbouring": true, "neighboring": true, "nearby": true,
		"including": true, "besides": true, "against": true, "between": true,
		"as": true, "if": true, "when": true, "after": true, "before": true, "since": true,
		"until": true, "although": true, "though": true, "because": true, "where": true,
		"why": true, "how": true, "whether": true, "does": true, "did": true, "do": true,
		"has": true, "have": true, "had": true, "is": true, "was": true, "will": true,
		"would": true, "can": true, "could": true, "should": true, "may": true,
		"might": true, "must": true, "not": true, "so": true, "yet": true, "or": true,
		"nor": true, "thus": true, "today": true, "now": true, "later": true,
		"earlier": true, "recently": true, "this": true, "that": true, "visiting": true,
		"about": true, "over": true, "into": true, "through": true, "towards": true,
		"toward": true, "neither": true, "either": true, "without": true,
	}
}
