package names

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// entity is an Entity being assembled.
type entity struct {
	kind     Kind
	key      string
	acronym  string
	best     []string // words of the fullest mention
	bestAcr  bool     // best is the acronym alone
	mentions []Mention
	first    int     // order of the first candidate
	surname  string  // a person's surname key
	joinedTo *entity // the organisation whose name ends with this one's
	into     *entity // the person this one was found to be
	merged   bool    // ends the names of two organisations
	bestSubj bool    // best is followed by a Russian verb of the feminine: it is in the nominative
}

// nameKey returns the key of the candidate's name.
func (c cand) nameKey() string {
	if c.key != "" {
		return c.key
	}
	return keyOf(c.words)
}

// bareNames returns the keys of the names of people that the text writes
// at least once without the English article before them, as it writes a
// person's name ("the Ann Orr campaign" beside "Ann Orr
// said"); a name it writes after "the" alone is of a team, a band or a
// work ("the Cleveland Browns").
func (d *doc) bareNames() map[string]bool {
	bare := map[string]bool{}
	for _, c := range d.cands {
		if c.kind != Organization && !c.article {
			bare[c.nameKey()] = true
		}
	}
	return bare
}

// keyOf returns the key under which the mentions of one name fall
// together: its words folded and stemmed, a leading "the" and a company's
// legal form at its end left out.
func keyOf(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		f := fold(strings.TrimSuffix(w, "."))
		if i == 0 && f == "the" || i > 0 && i == len(ws)-1 && lex().corporate.has(f) {
			continue // the Daily Ledger; Microsoft Corp.
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stemKey(f))
	}
	return b.String()
}

// surnames returns the folded last words of the names of two words or
// more that may be a person's.
func (d *doc) surnames() map[string]bool {
	out := map[string]bool{}
	for _, c := range d.cands {
		if c.kind != Organization && len(c.words) >= 2 {
			out[c.last] = true
		}
	}
	return out
}

// genitiveBefore reports whether a word of words but the last is one of
// the surnames with the genitive's s: where nouns are capitalised, the
// words after it are what the person has ("Bergers Kurs", "Ann Orrs
// Verweis"), not more of a name.
func genitiveBefore(words []string, surnames map[string]bool) bool {
	for _, w := range words[:max(len(words)-1, 0)] {
		f := fold(w)
		if stem, ok := strings.CutSuffix(f, "s"); ok && surnames[stem] {
			return true
		}
	}
	return false
}

// group turns the candidates into entities: the mentions of one name,
// and of one acronym, are one entity; a person named by a surname alone
// or a title and a surname is the person of that surname named before,
// or after when none was.
func (d *doc) group() {
	byKey := map[string]*entity{}
	d.bySur = map[string][]*entity{}
	d.byAcr = map[string]*entity{}
	d.implied = map[string]*entity{}
	bare := d.bareNames()
	surnames := d.surnames()
	kept := d.cands[:0]
	for _, c := range d.cands {
		if c.kind != Organization && c.article && !bare[c.nameKey()] {
			continue // a team, a band or a work named like a person, never without "the"
		}
		if c.kind != Organization && d.nouns && genitiveBefore(c.words, surnames) {
			continue // a person's genitive before a noun: Bergers Kurs
		}
		if c.kind == maybePerson {
			first, last := stemKey(c.first), stemKey(c.last)
			if d.singles[last] == 0 || d.nouns && (d.singles[first] > 0 || 2*d.nounSingles[last] > d.singles[last]) {
				// Where nouns are capitalised, a given name seldom stands
				// alone, and a noun often does, mostly after its article.
				continue
			}
			c.kind = Person
		}
		kept = append(kept, c)
	}
	d.cands = kept
	// Full names first, so that a surname alone finds its person.
	for i, c := range d.cands {
		if c.kind == Person && len(c.words) < 2 {
			continue
		}
		k := c.key
		if k == "" {
			k = keyOf(c.words)
		}
		key := c.kind.String() + ":" + k
		if c.kind == Organization && len(c.words) == 1 {
			short := fold(cmp.Or(c.acronym, c.words[0]))
			e := d.byAcr[short] // Министерство … (Минэкономразвития) … Минэкономразвития
			if e == nil && c.acronym != "" {
				e = d.implied[short] // Центральный банк России … ЦБ
			}
			if e != nil {
				d.mention(e, c, i)
				continue
			}
		}
		e := byKey[key]
		if e == nil {
			e = &entity{kind: c.kind, key: key, first: i}
			byKey[key] = e
			d.ents = append(d.ents, e)
			if c.kind == Organization && len(c.words) >= 2 {
				for _, acr := range impliedAcronyms(c.words) {
					if d.implied[acr] == nil {
						d.implied[acr] = e
					}
				}
			}
			if c.kind == Person {
				d.index(e, stemKey(c.last))
				if ru := russianStem(c.last); ru != e.surname {
					d.indexAlso(e, ru) // Джо Байден … Байденом
				}
				if f := c.first; lex().surnameFirst.has(f) {
					d.indexAlso(e, f) // Wang Yi ... Wang said
				}
			}
		}
		if c.acronym != "" && e.acronym == "" {
			e.acronym = c.acronym
			if old := d.byAcr[fold(c.acronym)]; old != nil && old != e {
				d.merge(e, old)
			}
			d.byAcr[fold(c.acronym)] = e
		}
		d.mention(e, c, i)
	}
	d.joinImplied()
	d.joinShort()
	for i, c := range d.cands {
		if c.kind != Person || len(c.words) >= 2 {
			continue
		}
		sur := stemKey(c.first)
		if es := d.surnamed(c.first); len(es) > 0 {
			d.mention(latest(es, i), c, i)
			continue
		}
		e := &entity{kind: Person, key: "person:" + sur, first: i}
		d.ents = append(d.ents, e)
		d.index(e, sur)
		d.mention(e, c, i)
	}
	d.joinPatronymic()
}

// joinImplied merges an organisation named by its acronym alone into the
// organisation whose name gives that acronym (see impliedAcronyms), in
// whichever order the text names them: ЦБ … Центральный банк России.
func (d *doc) joinImplied() {
	for _, e := range d.ents {
		if e.kind != Organization || !e.bestAcr || len(e.mentions) == 0 {
			continue
		}
		full := d.implied[fold(e.acronym)]
		if full == nil || full == e || len(full.mentions) == 0 {
			continue
		}
		if full.acronym == "" {
			full.acronym = e.acronym
		}
		d.merge(full, e)
	}
}

// joinPatronymic merges each person named only by a given name and a
// patronymic ("Иван Петрович", as one addresses him) into the one
// person the text names by that given name and a family name ("Иван
// Сидоров"), when there is exactly one.
func (d *doc) joinPatronymic() {
	var byGiven map[string][]*entity // people of two words or more by given name, two at most
	for _, p := range d.ents {
		if p.kind != Person || len(p.mentions) == 0 || len(p.best) != 2 || !isCyrillicWord(p.best[1]) || !patronymicLike(fold(p.best[1])) {
			continue
		}
		_, given := givenGender(fold(p.best[0]))
		if given == "" {
			continue
		}
		if byGiven == nil {
			byGiven = map[string][]*entity{}
			for _, q := range d.ents {
				if q.kind != Person || len(q.mentions) == 0 || len(q.best) < 2 || patronymicLike(fold(q.best[len(q.best)-1])) {
					continue
				}
				if _, g := givenGender(fold(q.best[0])); g != "" && len(byGiven[g]) < 2 {
					byGiven[g] = append(byGiven[g], q)
				}
			}
		}
		if qs := byGiven[given]; len(qs) == 1 {
			d.merge(qs[0], p)
			p.into = qs[0] // later mentions of p are the match's
		}
	}
}

// joinShort merges each organisation whose name is the end of the name
// of exactly one other ("Security Council" and "United Nations Security
// Council") into it.
func (d *doc) joinShort() {
	byKey := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind == Organization && len(e.mentions) > 0 {
			byKey[e.key] = e
		}
	}
	for _, long := range d.ents {
		if long.kind != Organization || len(long.mentions) == 0 {
			continue
		}
		// Each proper suffix of the key, word by word.
		for k := strings.IndexByte(long.key, ' '); k >= 0; {
			suffix := "organization:" + long.key[k+1:]
			if short := byKey[suffix]; short != nil && short != long && !short.merged {
				if short.joinedTo == nil {
					short.joinedTo = long
				} else if short.joinedTo != long {
					short.merged = true // two longer names: it names neither for certain
				}
			}
			next := strings.IndexByte(long.key[k+1:], ' ')
			if next < 0 {
				break
			}
			k += next + 1
		}
	}
	for _, e := range d.ents {
		if e.joinedTo != nil && !e.merged && strings.Count(e.key, " ") >= 1 {
			d.merge(e.joinedTo, e)
		}
	}
}

// index files person e under its surname key sur.
func (d *doc) index(e *entity, sur string) {
	e.surname = sur
	if len(d.bySur[sur]) < maxSameSurname {
		d.bySur[sur] = append(d.bySur[sur], e)
	}
}

// surnamed returns the persons filed under the surname key of the folded
// word w, by stemKey or, failing that, by russianStem.
func (d *doc) surnamed(w string) []*entity {
	if es := d.bySur[stemKey(w)]; len(es) > 0 {
		return es
	}
	return d.bySur[russianStem(w)]
}

// indexAlso files person e under a second surname key, that of a family
// name written first.
func (d *doc) indexAlso(e *entity, sur string) {
	if len(d.bySur[sur]) < maxSameSurname {
		d.bySur[sur] = append(d.bySur[sur], e)
	}
}

// latest returns the entity of es whose first mention is the latest
// before candidate i, or the first of es when none comes before it.
func latest(es []*entity, i int) *entity {
	best := es[0]
	for _, e := range es {
		if e.first < i && (best.first > i || e.first > best.first) {
			best = e
		}
	}
	return best
}

// live returns the person that e was found to be, or e.
func live(e *entity) *entity {
	for e.into != nil {
		e = e.into
	}
	return e
}

// merge moves the mentions of old into e and drops old.
func (d *doc) merge(e, old *entity) {
	for _, m := range old.mentions {
		e.mentions = append(e.mentions, m)
	}
	if len(old.best) > len(e.best) && !old.bestAcr {
		e.best, e.bestSubj = old.best, old.bestSubj
	}
	e.first = min(e.first, old.first)
	old.mentions = nil
}

// mention adds candidate c, the i-th, to entity e.
func (d *doc) mention(e *entity, c cand, i int) {
	e.mentions = append(e.mentions, Mention{Paragraph: c.para, Start: c.start, End: c.end})
	d.covered[c.para] = append(d.covered[c.para], span{c.start, c.end, e})
	acr := c.acronym != "" && len(c.words) == 1
	if e.best == nil || e.bestAcr && !acr || !acr && better(c.words, e.best) {
		e.best, e.bestAcr, e.bestSubj = c.words, acr, c.female
	}
	if acr && e.acronym == "" {
		e.acronym = c.acronym
	}
}

// better reports whether the words of a mention make a fuller name than
// best: more words, or as many in the nominative where best is not.
func better(ws, best []string) bool {
	if len(ws) != len(best) {
		return len(ws) > len(best)
	}
	if slices.Equal(ws, best) {
		return false
	}
	return nominativeScore(ws) > nominativeScore(best)
}

// nominativeScore counts the words of a name that are in the nominative
// as far as their endings tell.
func nominativeScore(ws []string) int {
	n := 0
	nom := nominativeName(ws)
	for i := range ws {
		if nom[i] == ws[i] {
			n++
		}
	}
	if len(ws) > 0 && headNominative(ws[0]) == fold(ws[0]) {
		n++
	}
	return n
}

// capital is a capitalised word of a paragraph, as the linking pass
// reads it.
type capital struct {
	start, end int
	folded     string // the word folded
	inRun      bool   // a capitalised word follows it after a blank, outside a headline
}

// capitals appends the capitalised words of the scanner's paragraph to
// caps.
func (s *scanner) capitals(caps []capital) []capital {
	for k, t := range s.toks {
		if !t.word || t.caps == caseLower {
			continue
		}
		next := k + 1
		caps = append(caps, capital{start: t.start, end: t.end, folded: s.folded(k),
			inRun: !s.headline && next < len(s.toks) && s.toks[next].word && s.toks[next].blank && s.toks[next].caps != caseLower})
	}
	return caps
}

// link adds the mentions of paragraph i, whose capitalised words are
// caps, that name an entity found
// before by a shorter form: a surname alone (Tokayev, Токаеву), and the
// acronyms of organisations, in any paragraph, headlines included.
func (d *doc) link(i int, p string, caps []capital) {
	if d.last == nil {
		d.last = map[string]*entity{}
	}
	cov := d.covered[i]
	c := 0
	for _, t := range caps {
		for c < len(cov) && cov[c].end <= t.start {
			if e := live(cov[c].e); e.kind == Person && len(e.mentions) > 0 {
				d.last[e.surname] = e
				if len(e.best) > 1 {
					d.last[fold(e.best[0])] = e
				}
			}
			c++
		}
		if c < len(cov) && cov[c].start < t.end {
			continue
		}
		w := t.folded
		sur := stemKey(w)
		if es := d.surnamed(w); len(es) > 0 && !t.inRun && lex().class[w]&cFunction == 0 && !d.function.has(w) {
			e := d.last[sur]
			if e == nil || len(e.mentions) == 0 {
				e = live(es[0])
			}
			e.mentions = append(e.mentions, Mention{Paragraph: i, Start: t.start, End: t.end})
			continue
		}
		folded, _, _ := strings.Cut(w, "-")
		if e := d.byAcr[folded]; e != nil {
			base, _, _ := strings.Cut(p[t.start:t.end], "-")
			if caseOf(base) != caseUpper {
				continue
			}
			e.mentions = append(e.mentions, Mention{Paragraph: i, Start: t.start, End: t.start + len(base)})
		}
	}
}

// entities returns the entities in order of first mention, each with its
// mentions in order and its canonical name.
func (d *doc) entities(paragraphs []string) []Entity {
	d.joinCaseForms()
	var out []Entity
	for _, e := range d.ents {
		if len(e.mentions) == 0 {
			continue
		}
		for k := range e.mentions {
			m := &e.mentions[k]
			m.Text = paragraphs[m.Paragraph][m.Start:m.End]
		}
		slices.SortFunc(e.mentions, func(a, b Mention) int {
			if a.Paragraph != b.Paragraph {
				return a.Paragraph - b.Paragraph
			}
			return a.Start - b.Start
		})
		e.mentions = slices.CompactFunc(e.mentions, func(a, b Mention) bool { return a.Paragraph == b.Paragraph && a.Start == b.Start })
		out = append(out, Entity{Kind: e.kind, Name: canonical(e), Acronym: e.acronym, Mentions: e.mentions})
	}
	slices.SortStableFunc(out, func(a, b Entity) int {
		x, y := a.Mentions[0], b.Mentions[0]
		if x.Paragraph != y.Paragraph {
			return x.Paragraph - y.Paragraph
		}
		return x.Start - y.Start
	})
	return out
}

// joinCaseForms merges the Russian persons named in full in two case
// forms that the keys of their words kept apart: "Иван Сомов" and
// "Ивана Сомова", "Ася Громовская" and "Аси Громовской",
// "Павлом Дуровым" and "Павел Дуров". Their names in the nominative
// agree, or their given names but for the last letter and the stems of
// their surnames.
func (d *doc) joinCaseForms() {
	seen := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind != Person || len(e.mentions) == 0 || len(e.best) != 2 || !isCyrillicWord(e.best[0]) || !isCyrillicWord(e.best[1]) {
			continue
		}
		stems := givenStem(fold(e.best[0])) + " " + surnameStem(fold(e.best[1]))
		nom := fold(canonical(e))
		old := cmp.Or(seen[stems], seen[nom])
		if old != nil {
			d.merge(old, e)
			continue
		}
		seen[stems], seen[nom] = e, e
	}
}

// givenStem returns a folded Russian given name without the last letter
// that its cases change: Андрей, Андрея and Андрею give "андре"; Ася and
// Аси give "ас".
func givenStem(w string) string {
	r, n := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("аяыиеуюойь", r) && utf8.RuneCountInString(w) > 2 {
		return w[:len(w)-n]
	}
	return w
}

// surnameStem returns a folded Russian surname without the endings of its
// cases, for a man's or a woman's: Сомов, Сомова and Сомовым give
// "сомов"; Громовская and Громовской give "громовск".
func surnameStem(w string) string {
	for _, e := range []string{"ской", "ская", "скую", "ского", "скому", "ским", "ском", "цкой", "цкая", "цкого", "цкому", "цким"} {
		if strings.HasSuffix(w, e) {
			return w[:len(w)-len(e)+len("ск")]
		}
	}
	for _, e := range []string{"ой", "ою", "ого", "ому", "ым", "ом", "ую", "ей", "ая", "ий", "ый", "а", "у", "е", "ы"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// caseFormsStem returns the nominative of the foreign family name f that
// the mentions of a person write in two oblique cases, whose stem ends in
// a consonant (Байдена … Байдену → байден), or "" when they do not or f
// is a Russian family name (Петрова … Петрову is a woman's).
func caseFormsStem(f string, ms []Mention) string {
	stem := foreignStem(f)
	if stem == "" || surnameLike(f) {
		return ""
	}
	for _, m := range ms {
		w := m.Text
		if i := strings.LastIndexByte(w, ' '); i >= 0 {
			w = w[i+1:]
		}
		if g := fold(w); g != f && strings.HasPrefix(g, stem) && (g == stem || foreignStem(g) == stem) {
			return stem
		}
	}
	return ""
}

// foreignStem returns the folded foreign family name w without the ending
// of an oblique case, when a consonant ends the rest (Байдену → байден),
// or "".
func foreignStem(w string) string {
	return cutForeignEnding(w, foreignEndings[:])
}

// foreignEndings are the endings of a foreign man's family name in the
// oblique cases.
var foreignEndings = [...]string{"ом", "ем", "а", "я", "у", "ю", "е"}

// canonical returns the name of an entity: its fullest mention, for a
// person in the nominative, for a Russian organisation with its head in
// the nominative, without a leading "the".
func canonical(e *entity) string {
	ws := e.best
	if len(ws) > 1 && fold(ws[0]) == "the" {
		ws = ws[1:]
	}
	switch e.kind {
	case Person:
		if !e.bestSubj {
			ws = nominativeName(ws) // but a woman named before her verb is named in the nominative: Роберта Орси ответила
		}
		if last := len(ws) - 1; last > 0 && isCyrillicWord(ws[last]) {
			if nom := caseFormsStem(fold(ws[last]), e.mentions); nom != "" {
				ws[last] = recase(ws[last], nom)
			}
		}
	case Organization:
		ws = slices.Clone(ws)
		if len(ws) > 0 && isCyrillicWord(ws[0]) {
			for h := 0; h < len(ws) && h < 3; h++ {
				if nom := headNominative(ws[h]); nom != "" && !kazakhWord(ws[h]) {
					ws[h] = recase(ws[h], nom)
					for j := range h {
						ws[j] = recase(ws[j], adjectiveNominative(fold(ws[j]), nom))
					}
					break
				}
			}
			if last := len(ws) - 1; last > 0 {
				if nom := kkHeadNominative(ws[last]); nom != "" {
					ws[last] = recase(ws[last], nom)
				}
			}
		}
	}
	return joinWords(ws)
}

// joinWords joins the words of a name with spaces, but none inside the
// quotation marks around a part of it: партия «Аманат».
func joinWords(ws []string) string {
	var b strings.Builder
	open := false
	for i, w := range ws {
		closing := w == "»" || w == "”" || w == "\"" && open
		if i > 0 && !closing && !(b.Len() > 0 && open && isOpening(ws[i-1])) {
			b.WriteByte(' ')
		}
		switch {
		case closing:
			open = false
		case isOpening(w):
			open = true
		}
		b.WriteString(w)
	}
	return b.String()
}

// isOpening reports whether w is a mark that opens a quotation.
func isOpening(w string) bool { return w == "«" || w == "“" || w == "„" || w == "\"" }

// headNominative returns the nominative of a Russian head of an
// organisation written w, or "".
func headNominative(w string) string { return ruHeadOf(fold(w)) }
