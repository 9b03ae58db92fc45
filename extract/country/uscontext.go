package country

// docState is what a text has shown of itself so far, which decides
// mentions that the words next to them leave open. A text is in a US
// context when a dateline or a rule has read a place of the United
// States ("ATLANTA -", "PERU, Ind.", "Atlanta, Georgia"), or when it
// names two different US states or cities (New York and Washington, seats
// of international bodies, do not count). In a US context Georgia and
// Georgian are the state and its people, unless the text also names a
// place of Georgia the country (Tbilisi, Abkhazia...). A name read once
// as a US town ("Lebanon, Ohio") is the town in all the text; a name read
// once as the family name of a person named in full ("Michael Jordan")
// is the person in the rest of it.
type docState struct {
	usStrong   bool     // a dateline or a rule read a US place
	usNames    entrySet // US states and cities named
	georgiaCue bool     // a place of Georgia the country is named
	towns      entrySet // entries read as US towns
	surnames   entrySet // entries read as family names
}

// usContext reports whether the text is in a US context.
func (d *docState) usContext() bool {
	return d.usStrong || d.usNames.n >= 2
}

// filter drops from hits, in place, the mentions that the whole text
// shows are not countries.
func (d *docState) filter(hits []hit) []hit {
	us := d.usContext() && !d.georgiaCue
	out := hits[:0]
	for _, h := range hits {
		if d.towns.has(h.entry) || us && h.marks&(markUSState|markUSAdj) != 0 {
			continue
		}
		out = append(out, h)
	}
	return out
}

// entrySet is a small set of table entries; it holds at most eight, as
// a text names few such places and people, and ignores the others.
type entrySet struct {
	n   int
	ids [8]int32
}

func (e *entrySet) add(id int32) {
	if e.has(id) || e.n == len(e.ids) {
		return
	}
	e.ids[e.n] = id
	e.n++
}

func (e *entrySet) has(id int32) bool {
	for _, x := range e.ids[:e.n] {
		if x == id {
			return true
		}
	}
	return false
}

// signal notes what a phrase that is not a country, at tokens [i, i+n),
// tells of the text: a US state or city, a place of Georgia.
func (s *scanner) signal(i, n int, e entry, idx int32) {
	if e.marks&markUSName != 0 {
		s.doc.usNames.add(idx)
		s.datelineAt(i, n)
	}
	if e.marks&markGeorgiaCue != 0 {
		s.doc.georgiaCue = true
	}
}

// datelineAt notes a US dateline: a word in capitals at the start of a
// line, at tokens [i, i+n), followed by a comma and a US state ("SAVANNAH,
// Ga."), or a US city so written followed by a dash, a comma or a
// bracket ("ATLANTA -", "HOUSTON (AP)").
func (s *scanner) datelineAt(i, n int) {
	if !s.exists(i) || i > 0 && s.tok(i).space != spaceLine || s.tok(i).caps != capsUpper || s.tok(i).kind != kindWord {
		return
	}
	j := i + n
	if s.wordIs(j, ",") && s.stateLen(j+1) > 0 {
		s.doc.usStrong = true
		return
	}
	if n, e, _ := s.longest(i); n > 0 && e.marks&markUSName != 0 {
		switch {
		case s.wordIs(j, ",") || s.wordIs(j, "-") || s.wordIs(j, "("):
			s.doc.usStrong = true
		}
	}
}
