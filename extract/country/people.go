package country

// person reports whether the name at tokens [i, j), which is also a
// personal name, names a person here. It is one when it stands next to
// another capitalised word that reads as a given or family name
// ("Michael Jordan", "Jordan Peterson"), except on a line in title case;
// when an earlier mention was read as the family name of a person named
// in full, so that "Michael Jordan ... Jordan said" is the person both
// times (a given name between a title and a family name, "Minister Israel
// Katz", and a name after an acronym, "GOP Israel supporters", are read
// so only where they stand); and when it is the speaker of a quote or of a verb of speech
// followed by a personal pronoun ("Jordan said he", "“We won,” Chad
// said"). "Jordan said it would" stays the country.
func (s *scanner) person(i, j int, idx int32) bool {
	title := s.titleCase(i)
	switch {
	case !title && s.nameBefore(i):
		if !s.sentenceStart(i-1) && !s.surnameAfter(j) && s.tok(i-1).caps == capsTitle {
			s.doc.surnames.add(idx) // a given name before a family name is none: Defence Minister Israel Katz
		}
		return true
	case !title && s.surnameAfter(j):
		return true
	}
	return s.doc.surnames.has(idx) || s.speaker(i, j)
}

// speaker reports whether the name at tokens [i, j) is the speaker of a
// quote or of a verb of speech: a verb of speech follows it after a
// closing quote ("…,” Chad said") or precedes it after one ("…,” said
// Chad"), or a verb of speech and a personal pronoun follow it ("Jordan
// said he", "Jordan told her").
func (s *scanner) speaker(i, j int) bool {
	switch {
	case s.closingQuote(i-1) && s.wordIn(j, s.t.words.speechVerbs):
		return true
	case s.wordIn(i-1, s.t.words.speechVerbs) && s.closingQuote(i-2):
		return true
	}
	return s.wordIn(j, s.t.words.speechVerbs) && s.wordIn(j+1, s.t.words.personalPronouns)
}

// closingQuote reports whether token k is a quotation mark that closes a
// quote, alone or after a comma: ”, " and » with no space before them.
func (s *scanner) closingQuote(k int) bool {
	if !s.exists(k) || k < 1 || s.tok(k).space != spaceNone {
		return false
	}
	switch s.word(k) {
	case "”", "\"", "»", "'", "’":
		return true
	}
	return false
}
