package quote

// A word's classes are the sets of the lexicon it belongs to. The
// tokenizer reads them once for each word, with one lookup, and keeps
// them in its token: the rules of attribution ask of the same few words
// whether each is a determiner, a preposition, a cue and so on, and a
// bit of the token answers each of those questions.

// classes holds a bit for each class set a word is in, the kind of cue
// the word is, and whether it is a resolvable pronoun.
type classes uint64

// cueShift is where a word's cueKind is kept in its classes, above the
// bits of the class sets, and pronounBit the bit of a pronoun.
const (
	cueShift   = 56
	pronounBit = classes(1) << 58
)

// classSets returns the word sets whose membership a word's classes
// carry, in the order of their bits; there are at most cueShift.
func (w *words) classSets() []*wordSet {
	return []*wordSet{
		&w.heads, &w.particle, &w.stop, &w.clause, &w.adverb, &w.lead, &w.connective, &w.boundary,
		&w.follow, &w.titles, &w.org, &w.female, &w.male, &w.abbrev, &w.det, &w.nounDet,
		&w.possDet, &w.prep, &w.timePrep, &w.showPrep, &w.expletive, &w.reflexive, &w.aux, &w.conj,
		&w.rel, &w.place, &w.postpos, &w.kkCue, &w.deCue, &w.plural, &w.subordinator, &w.tell,
		&w.weekday, &w.termPre, &w.termPost, &w.locative, &w.relPronoun, &w.month, &w.firstPerson, &w.minor,
		&w.lyNoun, &w.numberAbbr, &w.titleMod, &w.placeMod, &w.pastOn, &w.pastCue, &w.addressee, &w.listener,
		&w.obliqueSelf, &w.attributive, &w.hangingPrep, &w.bodyStems, &w.notSpeaker, &w.offices,
	}
}

// classify gives each of the class sets its bit, and records in
// w.classes the classes of every word they, the cues and the pronouns
// hold.
func (w *words) classify() {
	w.classes = make(map[string]classes)
	for i, ws := range w.classSets() {
		ws.bit = 1 << i
		for k := range ws.m {
			w.classes[k] |= ws.bit
		}
	}
	for k, kind := range w.cues {
		w.classes[k] |= classes(kind) << cueShift
	}
	for k := range w.pronoun {
		w.classes[k] |= pronounBit
	}
}

// classesOf returns the classes of the word w, in any case.
func classesOf(w string) classes {
	c, _ := lookup(lexicon().classes, w)
	return c
}

// in reports whether a word of classes c is one of ws, as ws.has does
// for the word: ws must be one of the class sets.
func (c classes) in(ws wordSet) bool {
	return c&ws.bit != 0
}

// cue returns the kind of one-word cue a word of classes c is, as the
// lexicon's cues give it, or 0.
func (c classes) cue() cueKind {
	return cueKind(c >> cueShift & 3)
}

// pronoun reports whether a word of classes c is one of the lexicon's
// resolvable pronouns.
func (c classes) pronoun() bool {
	return c&pronounBit != 0
}

// in reports whether the word t is one of ws, as ws.has does for its
// text: ws must be one of the class sets.
func (t token) in(ws wordSet) bool {
	return t.cls.in(ws)
}
