package quote

// wordCacheSize is how many words a wordCache remembers.
const wordCacheSize = 64

// wordCache remembers the classes of words read lately, so that the words
// a text repeats (the, said, he) are looked up in the lexicon once rather
// than at each reading. Each word has one slot, chosen by its length and
// edge bytes; a word read later takes the slot over. Its zero value is
// empty and ready; a nil *wordCache looks every word up.
type wordCache [wordCacheSize]struct {
	w   string
	cls classes
}

// classes returns classesOf(w).
func (c *wordCache) classes(w string) classes {
	if c == nil || w == "" {
		return classesOf(w)
	}
	e := &c[(uint(len(w))*0x9E37^uint(w[0])*0x85EB^uint(w[len(w)-1])*0xC2B3)%wordCacheSize]
	if e.w == w {
		return e.cls
	}
	cls := classesOf(w)
	e.w, e.cls = w, cls
	return cls
}
