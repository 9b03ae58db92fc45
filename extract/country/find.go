package country

// Match is one mention of a country in a text.
type Match struct {
	// Code is the ISO 3166-1 alpha-2 code.
	Code string
	// Name is the country's English short name, such as "Kazakhstan",
	// "Côte d’Ivoire" or "Netherlands".
	Name string
	// Start and End are the byte offsets of the mention in the text.
	Start, End int
	// Text is text[Start:End]: the mention as written, such as "Kazakh",
	// "Ivory Coast" or "Казахстане". A leading article is not part of it
	// ("the Netherlands" gives "Netherlands").
	Text string
}

// Find returns the mentions of countries in text, in order. Mentions do
// not overlap: at each word the longest phrase of the table wins, so
// "Equatorial Guinea" is one mention of GQ, not also one of Guinea, and
// "Central Asian" is a region, not a country. Time is linear in the length of text; any input,
// including invalid UTF-8, is safe.
func Find(text string) []Match {
	return scan(text).out
}

// scan finds the mentions in text and returns the scanner, which holds
// them and the count of the work done.
func scan(text string) *scanner {
	var toks tokens
	tokenize(text, &toks)
	s := &scanner{t: theTable(), text: text, toks: &toks}
	s.run()
	return s
}

// scanner holds the state of one Find.
type scanner struct {
	t       *table
	text    string
	toks    *tokens
	key     []byte
	lastEnd int // token after the last accepted mention
	probes  int // index look-ups, which bound the work
	out     []Match
	// titleLines tells for each token whether its line is in title case;
	// nil until needed.
	titleLines []bool
}

// run finds the mentions, left to right, into s.out.
func (s *scanner) run() {
	for i := 0; i < len(s.toks.list); {
		n, e := s.longest(i)
		if n == 0 {
			i++
			continue
		}
		if e.country != blocked && s.accept(i, i+n, e.marks) {
			c := countries[e.country]
			start, end := s.toks.list[i].start, s.toks.list[i+n-1].end
			s.out = append(s.out, Match{Code: c.Alpha2, Name: c.Name, Start: start, End: end, Text: s.text[start:end]})
			s.lastEnd = i + n
		}
		i += n
	}
}

// longest returns the number of tokens and the entry of the longest
// phrase of the table that starts at token i and whose letter case fits,
// or 0 when there is none.
func (s *scanner) longest(i int) (int, entry) {
	list := s.toks.list
	if list[i].kind != kindWord {
		return 0, entry{}
	}
	best, bestEntry := 0, entry{}
	s.key = append(s.key[:0], s.toks.keyOf(i)...)
	for j := i; ; {
		v := s.t.index[string(s.key)]
		s.probes++
		if v>>1 != 0 {
			if e := s.t.entries[v>>1-1]; s.caseOK(e, i) {
				best, bestEntry = j-i+1, e
			}
		}
		j++
		if v&1 == 0 || j >= len(list) || j-i >= maxPhraseTokens {
			return best, bestEntry
		}
		if list[j].space != spaceNone {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, s.toks.keyOf(j)...)
	}
}

// caseOK reports whether the tokens of the text from i have the letter
// case that entry e needs: a capital where the phrase has one, all
// capitals where the phrase is an abbreviation.
func (s *scanner) caseOK(e entry, i int) bool {
	for k := 0; k < int(e.ntok); k++ {
		need := uint8(e.caps>>(2*k)) & 3
		got := s.toks.list[i+k].caps
		switch need {
		case capsTitle:
			if got == capsLower {
				return false
			}
		case capsUpper:
			if got != capsUpper {
				return false
			}
		}
	}
	return true
}
