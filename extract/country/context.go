package country

// accept applies the marks of a phrase found at tokens [i, j): it rejects
// the mention when its context shows that the words are not the country.
func (s *scanner) accept(i, j int, marks uint8) bool {
	switch {
	case marks&markNotInitial != 0 && s.sentenceStart(i):
		return false // "Того же мнения..." is the pronoun, not Togo
	case marks&markPerson != 0 && !s.titleCase(i) && (s.nameBefore(i) || s.capitalAfter(j)):
		return false // Michael Jordan, Jordan Peterson
	case marks&markUSState != 0 && s.usState(i, j):
		return false // Atlanta, Georgia
	}
	return true
}

// sentenceStart reports whether token i is the first word of a sentence:
// it opens the text or a line, or follows . ! ? … with at most a few
// quotes or brackets between, or follows a colon and an opening quote.
func (s *scanner) sentenceStart(i int) bool {
	list := s.toks.list
	quoted := false
	for k := i; k > i-4; k-- {
		if k == 0 || list[k].space == spaceLine {
			return true
		}
		switch p := s.toks.keyOf(k - 1); string(p) {
		case ".", "!", "?", "…":
			return true
		case ":":
			return quoted
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
// apart. The lines are classified once, on first need.
func (s *scanner) titleCase(i int) bool {
	if s.titleLines == nil {
		s.titleLines = titleCaseLines(s.toks.list)
	}
	return s.titleLines[i]
}

// titleCaseLines tells for each token whether its line is in title case:
// three or more capitalised words of four bytes or more, and at most one
// such word in lower case for every four capitalised ones.
func titleCaseLines(list []token) []bool {
	out := make([]bool, len(list))
	start, capital, lower := 0, 0, 0
	for i := 0; i <= len(list); i++ {
		if i == len(list) || i > start && list[i].space == spaceLine {
			title := capital >= 3 && 4*lower <= capital
			for k := start; k < i; k++ {
				out[k] = title
			}
			start, capital, lower = i, 0, 0
		}
		if i < len(list) && list[i].kind == kindWord && list[i].end-list[i].start >= 4 {
			if list[i].caps == capsLower {
				lower++
			} else {
				capital++
			}
		}
	}
	return out
}

// nameBefore reports whether token i follows, on the same line, a
// capitalised word that is not a country found already and that reads as
// a given name or title rather than a word that opens a sentence.
func (s *scanner) nameBefore(i int) bool {
	list := s.toks.list
	if i == 0 || list[i].space != spaceBlank || i-1 < s.lastEnd {
		return false
	}
	p := list[i-1]
	if p.kind != kindWord || p.caps == capsLower {
		return false
	}
	return !s.sentenceStart(i-1) || !openers[string(s.toks.keyOf(i-1))]
}

// capitalAfter reports whether token j is a capitalised word on the same
// line, as a family name after a given name is.
func (s *scanner) capitalAfter(j int) bool {
	list := s.toks.list
	return j < len(list) && list[j].space == spaceBlank && list[j].kind == kindWord && list[j].caps != capsLower
}

// openers are capitalised words that open a sentence before a country
// name; any other capitalised word just before a name that is also a
// personal name is taken for a given name or a title.
var openers = map[string]bool{
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
