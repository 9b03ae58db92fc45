package names

// Kind is the sort of an entity.
type Kind uint8

// The kinds of entity.
const (
	Person Kind = iota + 1
	Organization
)

// String returns "person" or "organization".
func (k Kind) String() string {
	switch k {
	case Person:
		return "person"
	case Organization:
		return "organization"
	}
	return ""
}

// Entity is one person or organisation named in a text, with every
// mention of it.
type Entity struct {
	// Kind is Person or Organization.
	Kind Kind
	// Name is the canonical name: the fullest form the text uses, without
	// titles ("Kassym-Jomart Tokayev", "Ministry of Foreign Affairs"); for
	// a Russian or Kazakh person, in the nominative where the endings tell
	// it ("Касым-Жомарт Токаев" for "Касым-Жомарту Токаеву").
	Name string
	// Acronym is the organisation's acronym when the text gives one
	// ("MFA" for "Ministry of Foreign Affairs (MFA)") or uses a
	// well-known one alone ("NATO", "МИД"); empty otherwise.
	Acronym string
	// Mentions are the places the text names the entity, in order: full
	// names, surnames alone, case forms, acronyms.
	Mentions []Mention
}

// Mention is one place where a text names an entity.
type Mention struct {
	// Paragraph is the index of the paragraph in the slice given to Find.
	Paragraph int
	// Start and End are byte offsets into that paragraph.
	Start, End int
	// Text is the mention as written, paragraphs[Paragraph][Start:End].
	Text string
}

// Find returns the people and organisations named in paragraphs, in order
// of first mention. Time is linear in the length of the text; any input,
// including invalid UTF-8, is safe.
func Find(paragraphs []string) []Entity {
	return FindIn(paragraphs, nil)
}

// Span is a byte range of a paragraph.
type Span struct{ Start, End int }

// FindIn is Find for a caller that has read the paragraphs for countries
// already: places[i] are the spans of what country.Find gives for
// paragraphs[i], in order, and a paragraph past the end of places is read
// for them here. It spares each paragraph a second reading.
func FindIn(paragraphs []string, places [][]Span) []Entity {
	return FindWith(paragraphs, Options{Places: places})
}

// Options tells FindWith what its caller knows of the text. The zero
// value knows nothing, as Find.
type Options struct {
	// Places are the spans of the countries of each paragraph, as FindIn
	// takes them.
	Places [][]Span
	// Language is the BCP 47 tag of the text's language, when known. The
	// articles, pronouns and conjunctions of Czech, Danish, Dutch,
	// Finnish, French, German, Hungarian, Indonesian, Italian, Norwegian,
	// Polish, Portuguese, Romanian, Spanish, Swedish and Turkish ("Der",
	// "Les", "Het", "Och", "Karena") then open
	// no name, as those of English, Russian and Kazakh never do; in
	// German and Luxembourgish, which capitalise every noun, two
	// capitalised words whose last stands alone elsewhere are no person
	// for that alone, and the German given names (Jana, Detlev) mark
	// one.
	Language string
}

// FindWith is Find told what the options say of the text.
func FindWith(paragraphs []string, o Options) []Entity {
	lang := baseLanguage(o.Language)
	d := doc{places: o.Places, covered: make([][]span, len(paragraphs)), function: functionWords(lang), nouns: capitalisesNouns(lang), given: langGiven(lang)}
	longest, total := 0, 0
	for _, p := range paragraphs {
		longest, total = max(longest, len(p)), total+len(p)
	}
	// News text has a token every five bytes or more and a capitalised
	// word every twenty: room for that spares the slices most of their
	// growth.
	toks := make([]token, 0, longest/5+8)
	folded := make([]byte, 0, longest+8)
	caps := make([]capital, 0, total/20+8)
	ends := make([]int, len(paragraphs))
	for i, p := range paragraphs {
		toks, folded = tokenize(p, toks[:0], folded[:0])
		s := scanner{d: &d, para: i, p: p, toks: toks, fold: string(folded)}
		s.headline = isHeadline(p, toks, s.fold)
		s.scan()
		caps = s.capitals(caps)
		ends[i] = len(caps)
	}
	d.group()
	start := 0
	for i := range paragraphs {
		d.link(i, paragraphs[i], caps[start:ends[i]])
		start = ends[i]
	}
	return d.entities(paragraphs)
}
