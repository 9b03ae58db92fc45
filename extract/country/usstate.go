package country

// usState reports whether the name at tokens [i, j), which is also the
// name of a US state (Georgia), names the state rather than the country.
// Each rule reads the words next to the name; see the package overview.
func (s *scanner) usState(i, j int) bool {
	return s.listedWithStates(i, j) || s.stateAttribute(i, j) || s.officeOf(i, j) || s.cityBefore(i, j)
}

// listedWithStates reports whether the name is an item of a list next to
// another US state and not next to a country: "Georgia and Alabama",
// "Alabama, Georgia and Florida", "Georgia or South Carolina", "Georgia
// and the Carolinas", but not "Armenia, Georgia and Texas".
func (s *scanner) listedWithStates(i, j int) bool {
	before, after := s.listBefore(i), s.listAfter(j)
	if after < 0 && s.possessive(j) && s.wordIs(i-1, ",") {
		return false // "in New York, Georgia's envoy" ends no list
	}
	state := before >= 0 && s.stateEndsAt(before) || after >= 0 && s.stateStartsAt(after)
	if !state || before >= 0 && before == s.lastEnd-1 {
		return false
	}
	return !s.countryAfter(j)
}

// stateAttribute reports whether the words next to the name make it the
// state: ", USA" after it, "state of" before it, a lower-case "state",
// "county" or "runoff" right after it ("a Georgia state senator"), or an
// office or body that only a US state has, right after it or after its
// possessive ("Georgia's governor", "Georgia Senate", "Georgia
// Republicans"). "Georgia's president" and "Georgia's parliament" stay
// the country.
func (s *scanner) stateAttribute(i, j int) bool {
	switch {
	case s.wordIs(j, ",") && s.wordIn(j+1, s.t.words.usWords):
		return true
	case s.wordIs(i-1, "of") && s.wordIs(i-2, "state"):
		return true
	case s.wordIn(j, s.t.words.stateAttributes) && s.tok(j).caps == capsLower && s.tok(j).space == spaceBlank:
		return true
	}
	k := j
	if s.possessive(j) {
		k = j + 2
	}
	return s.wordIn(k, s.t.words.stateOffices) && s.tok(k).space == spaceBlank
}

// officeOf reports whether the name follows a US title and a person's
// name and "of" ("Gov. Brian Kemp of Georgia", "Senator Jon Ossoff of
// Georgia", "the Governor of Georgia"), or closes a party label ("(D-
// Georgia)"). "Governor of Georgia's central bank" is the country: a
// possessive after the name turns the rule off, and so does any word but
// a capitalised name or an initial between the title and "of" ("Governor
// of the National Bank of Georgia").
func (s *scanner) officeOf(i, j int) bool {
	if s.wordIs(i-1, "-") && s.tok(i-1).space == spaceNone && s.tok(i).space == spaceNone &&
		s.wordIn(i-2, s.t.words.partyLetters) && s.tok(i-2).caps != capsLower && (s.wordIs(i-3, "(") || s.wordIs(i-3, ",")) {
		return true
	}
	if s.possessive(j) || !s.wordIs(i-1, "of") || !s.sameLine(i-1, i) {
		return false
	}
	names := 0
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if !s.sameLine(k, k+1) {
			return false
		}
		switch t := s.tok(k); {
		case t.kind == kindWord && s.wordIn(k, s.t.words.usTitles):
			return names > 0 || !s.wordIs(k, "rep")
		case s.wordIs(k, "."):
		case t.kind == kindWord && t.caps != capsLower:
			names++
		default:
			return false
		}
	}
	return false
}

// cityBefore reports whether the name follows a place and a comma, as a
// state follows its city ("Atlanta, Georgia", "ATLANTA, Georgia (AP)").
// The word before the comma is not a place when it is a country found
// already, a US state ("New York, Georgia's envoy"), a place in Georgia
// ("Tbilisi, Georgia"), a day or month, a word
// that opens a sentence ("Meanwhile, Georgia"), a word after "the" ("the
// Caucasus, Georgia"), or an abbreviation inside a line ("NATO,
// Georgia"); nor when it opens an introductory phrase and a word follows
// the name ("In Europe, Georgia is..."), nor when the name is followed in
// a list by a country ("Moscow, Georgia and Ukraine").
func (s *scanner) cityBefore(i, j int) bool {
	c := i - 2
	if !s.wordIs(i-1, ",") || c < s.lastEnd || s.tok(c).kind != kindWord || s.tok(c).caps == capsLower || !s.sameLine(c, i) {
		return false
	}
	switch {
	case s.wordIn(c, s.t.words.georgianPlaces) || s.wordIn(c, s.t.words.calendarWords) || s.wordIn(c, s.t.words.openers) || s.wordIs(c-1, "the"):
		return false
	case s.stateEndsAt(c):
		return false // "in New York, Georgia's envoy": a state is no city
	case s.tok(c).caps == capsUpper && c > 0 && s.tok(c).space != spaceLine:
		return false
	case s.introStart(c) && s.wordFollows(j):
		return false
	}
	return !s.countryAfter(j)
}

// introStart reports whether token c opens a sentence, alone or after a
// capitalised opener such as "In" or "Unlike".
func (s *scanner) introStart(c int) bool {
	if s.sentenceStart(c) {
		return true
	}
	return c > 0 && s.tok(c-1).caps != capsLower && s.wordIn(c-1, s.t.words.openers) && s.sentenceStart(c-1)
}

// wordFollows reports whether token j is a word, or a possessive 's, on
// the line of the token before it.
func (s *scanner) wordFollows(j int) bool {
	return s.exists(j) && s.tok(j).space != spaceLine && (s.tok(j).kind == kindWord || s.possessive(j))
}

// countryAfter reports whether the list item after token j-1 is a
// country.
func (s *scanner) countryAfter(j int) bool {
	k := s.listAfter(j)
	if k < 0 {
		return false
	}
	n, e, _ := s.longest(k)
	return n > 0 && e.country != blocked
}

// listBefore returns the last token of the list item before the one that
// starts at token i ("Alabama" in "Alabama, Georgia" or "Alabama and
// Georgia"), or -1 when token i does not follow a list separator on its
// line.
func (s *scanner) listBefore(i int) int {
	k := i - 1
	switch {
	case k < 1 || !s.sameLine(k-1, i):
		return -1
	case s.glued(k):
		return k - 1
	case s.wordIs(k, ","):
		return k - 1
	case s.wordIn(k, s.t.words.conjunctions):
		if s.wordIs(k-1, ",") && s.sameLine(k-2, k) {
			return k - 2
		}
		return k - 1
	}
	return -1
}

// listAfter returns the first token of the list item after the one that
// ends before token j, passing over "the" ("and the Carolinas"), or -1
// when token j is not a list separator.
func (s *scanner) listAfter(j int) int {
	k := j
	switch {
	case s.glued(j):
		k = j + 1
	case s.wordIs(j, ","):
		k = j + 1
		if s.wordIn(k, s.t.words.conjunctions) {
			k++
		}
	case s.wordIn(j, s.t.words.conjunctions):
		k = j + 1
	default:
		return -1
	}
	if s.wordIs(k, "the") {
		k++
	}
	if !s.exists(k) || !s.sameLine(j-1, k) {
		return -1
	}
	return k
}

// glued reports whether token k is a hyphen, dash or slash with no space
// on either side, as in "Georgia-Alabama".
func (s *scanner) glued(k int) bool {
	return k > 0 && s.exists(k+1) && (s.wordIs(k, "-") || s.wordIs(k, "/")) &&
		s.tok(k).space == spaceNone && s.tok(k+1).space == spaceNone
}

// stateEndsAt reports whether a US state name ends at token k.
func (s *scanner) stateEndsAt(k int) bool {
	for n := 1; n <= maxStateTokens; n++ {
		if s.isState(k-n+1, k+1) {
			return true
		}
	}
	return false
}

// stateStartsAt reports whether a US state name starts at token k.
func (s *scanner) stateStartsAt(k int) bool {
	return s.stateLen(k) > 0
}

// stateLen returns the number of tokens of the US state name that
// starts at token k, or 0.
func (s *scanner) stateLen(k int) int {
	for n := maxStateTokens; n >= 1; n-- {
		if s.isState(k, k+n) {
			return n
		}
	}
	return 0
}

// isState reports whether tokens [a, b), on one line, are the name of a
// US state written with its capitals.
func (s *scanner) isState(a, b int) bool {
	if a < 0 || a >= b || !s.exists(b-1) || s.tok(a).kind != kindWord || !s.sameLine(a, b-1) {
		return false
	}
	var buf [keyBufSize]byte
	key := buf[:0]
	for k := a; k < b; k++ {
		if k > a && s.tok(k).space != spaceNone {
			key = append(key, ' ')
		}
		more, ok := foldInto(key[len(key):cap(key)-1], s.word(k))
		if !ok {
			return false
		}
		key = key[:len(key)+len(more)]
	}
	e, ok := s.t.states[string(key)]
	return ok && int(e.ntok) == b-a && s.caseOK(e, a)
}

// possessive reports whether tokens j and j+1 are a possessive 's glued
// to the word before.
func (s *scanner) possessive(j int) bool {
	return s.wordIs(j, "'") && s.wordIs(j+1, "s") && s.tok(j).space == spaceNone && s.tok(j+1).space == spaceNone
}

// sameLine reports whether no line starts within tokens (a, b].
func (s *scanner) sameLine(a, b int) bool {
	for k := max(a+1, 0); k <= b && s.exists(k); k++ {
		if s.tok(k).space == spaceLine {
			return false
		}
	}
	return true
}

// wordBufSize bounds the folded form of a word that the rules look up;
// every word they look for is shorter (see TestKeyBufSize).
const wordBufSize = 32

// wordIs reports whether the folded form of token k is w; it is false
// for k out of range.
func (s *scanner) wordIs(k int, w string) bool {
	var buf [wordBufSize]byte
	key, ok := s.fold(k, buf[:])
	return ok && string(key) == w
}

// wordIn reports whether the folded form of token k is in set.
func (s *scanner) wordIn(k int, set map[string]bool) bool {
	var buf [wordBufSize]byte
	key, ok := s.fold(k, buf[:])
	return ok && set[string(key)]
}

// conjunctionsSet returns the words that join the items of a list.
func conjunctionsSet() map[string]bool {
	return map[string]bool{"and": true, "or": true, "nor": true, "&": true}
}

// usWordsSet returns the words that follow a comma after a US state:
// "Georgia, USA", "Georgia, U.S.", "Georgia, United States".
func usWordsSet() map[string]bool {
	return map[string]bool{"usa": true, "us": true, "u": true, "united": true}
}

// stateAttributesSet returns the lower-case words that follow the name
// of a US state used as an attribute: "a Georgia state senator", "the
// Georgia runoff".
func stateAttributesSet() map[string]bool {
	return map[string]bool{
		"state": true, "county": true, "counties": true, "runoff": true, "statehouse": true,
	}
}

// stateOfficesSet returns the offices and bodies that a US state has and
// the country of the same name has not; they follow the name or its
// possessive.
func stateOfficesSet() map[string]bool {
	return map[string]bool{
		"governor": true, "gov": true, "senate": true, "senator": true, "senators": true,
		"legislature": true, "legislators": true, "republicans": true, "democrats": true,
		"gop": true,
	}
}

// usTitlesSet returns the titles of US state officials and members of
// Congress that come before "Name of State". "Rep" needs a name after
// it, as "Representative" is also a title of envoys ("Permanent
// Representative of Georgia") and is not here.
func usTitlesSet() map[string]bool {
	return map[string]bool{
		"governor": true, "gov": true, "senator": true, "sen": true, "rep": true,
		"congressman": true, "congresswoman": true,
	}
}

// partyLettersSet returns the letters that open a US party label such as
// "(D-Georgia)".
func partyLettersSet() map[string]bool {
	return map[string]bool{"d": true, "r": true, "i": true}
}

// georgianPlacesSet returns places in Georgia the country that a
// dateline may put before its name ("Tbilisi, Georgia").
func georgianPlacesSet() map[string]bool {
	return map[string]bool{
		"tbilisi": true, "batumi": true, "kutaisi": true, "rustavi": true, "gori": true,
		"zugdidi": true, "poti": true, "telavi": true, "abkhazia": true, "ossetia": true,
		"adjara": true, "sukhumi": true, "tskhinvali": true,
	}
}

// calendarWordsSet returns days and months, which open a sentence before
// a comma ("On Monday, Georgia said") and are never the city of a state.
func calendarWordsSet() map[string]bool {
	return map[string]bool{
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
		"april": true, "may": true, "june": true, "july": true, "august": true,
		"september": true, "october": true, "november": true, "december": true,
	}
}
