package country

// maxListBack bounds the tokens that language reads back over a list of
// languages ("speaks English, German and Russian").
const maxListBack = 10

// language reports whether the adjective at tokens [i, j) names a
// language rather than the country: a word for a language follows it
// ("French language", "French-speaking", "французском языке", "қазақ
// тілінде"), a verb of speaking or learning comes before it or before
// the list it is in ("spoke only French and Farsi", "speaks English,
// German and Russian"), or "in" or "into" comes before it and the clause
// ends after it ("translated into French.", "in French, the word").
// "French troops" and "into French territory" stay the country.
func (s *scanner) language(i, j int) bool {
	if s.languageAfter(j) {
		return true
	}
	for k, steps := i-1, 0; k >= 0 && steps < maxListBack && s.sameLine(k, i); k, steps = k-1, steps+1 {
		t := s.tok(k)
		switch {
		case t.kind == kindWord && s.wordIn(k, s.t.words.speakVerbs):
			return true
		case t.kind == kindWord && s.wordIn(k, s.t.words.languagePreps):
			return s.clauseEndsAfterList(j)
		case s.wordIs(k, ",") || s.wordIn(k, s.t.words.conjunctions) || s.wordIn(k, s.t.words.languageFillers):
		case t.kind == kindWord && t.caps != capsLower:
		default:
			return false
		}
	}
	return false
}

// languageAfter reports whether token j, or the word after a hyphen at
// token j or after a conjunction and another adjective, names a language, its speakers or a text in it: "language",
// "speaking", "speakers", "subtitles"; in Russian a form of язык, in
// Kazakh a form of тіл.
func (s *scanner) languageAfter(j int) bool {
	if s.glued(j) {
		j++
	}
	if (s.wordIn(j, s.t.words.conjunctions) || s.wordIn(j, s.t.words.listWords)) && s.exists(j+1) && s.tok(j+1).kind == kindWord {
		j += 2 // "французском и немецком языках", "French and German speakers"
	}
	if !s.exists(j) || s.tok(j).kind != kindWord {
		return false
	}
	if s.wordIn(j, s.t.words.languageHeads) {
		return true
	}
	var buf [wordBufSize]byte
	w, ok := s.fold(j, buf[:])
	if !ok {
		return false
	}
	for _, stem := range languageStems {
		if len(w) >= len(stem) && string(w[:len(stem)]) == stem {
			return true
		}
	}
	return false
}

// clauseEndsAfterList reports whether the list of languages that goes on
// at token j ends its clause: punctuation or the end of the text follows
// it ("into French.", "in French and Farsi, the"), not a noun ("into
// French territory").
func (s *scanner) clauseEndsAfterList(j int) bool {
	for k, steps := j, 0; steps < maxListBack; k, steps = k+1, steps+1 {
		if !s.exists(k) || s.tok(k).space == spaceLine {
			return true
		}
		t := s.tok(k)
		switch {
		case s.wordIn(k, s.t.words.conjunctions):
		case t.kind == kindWord && t.caps != capsLower:
		case t.kind == kindWord:
			return false
		default:
			return !s.wordIs(k, "-")
		}
	}
	return false
}

// shop reports whether a word of shops and shopping follows the name at
// token j within the same sentence: "Iceland stores", "Iceland have
// announced they will be stocking".
func (s *scanner) shop(j int) bool {
	for k := j; k < j+maxListBack && s.exists(k); k++ {
		switch {
		case s.tok(k).space == spaceLine || s.wordIn(k, s.t.words.sentenceEnds):
			return false
		case s.wordIn(k, s.t.words.shopWords):
			return true
		}
	}
	return false
}

// localUnit reports whether token j names a local unit of government
// that a town or county gives its name to: "Guernsey County", "Jordan
// Township", "Lebanon County".
func (s *scanner) localUnit(j int) bool {
	return s.exists(j) && s.tok(j).space == spaceBlank && s.wordIn(j, s.t.words.localUnits)
}
