package names

import "strings"

// Resolve returns the index in es of the entity that a name as a quote's
// speaker or a sentence's subject writes it names ("President Tokayev",
// "Tokayev's", "Токаеву", "the MFA", "Ержан Садыков"), or -1 when it
// names none of them or more than one. Titles, roles and the places
// before them are passed over; a surname in any case form names the
// person of that surname when only one has it; an acronym names its
// organisation.
func Resolve(es []Entity, name string) int {
	ws := nameCore(name)
	if len(ws) == 0 {
		return -1
	}
	full := strings.Join(ws, " ")
	for i, e := range es {
		if fold(e.Name) == full {
			return i
		}
		for _, m := range e.Mentions {
			if fold(m.Text) == full {
				return i
			}
		}
	}
	found := -1
	last := stemKey(ws[len(ws)-1])
	for i, e := range es {
		match := false
		switch e.Kind {
		case Person:
			nws := strings.Fields(fold(e.Name))
			match = len(nws) > 0 && stemKey(nws[len(nws)-1]) == last && (len(ws) == 1 || stemKey(nws[0]) == stemKey(ws[0]))
		case Organization:
			match = e.Acronym != "" && fold(e.Acronym) == full || strings.HasSuffix(keyOf(strings.Fields(e.Name)), keyOf(ws))
		}
		if match {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// nameCore returns the folded words of a name without the titles, roles,
// places and function words before it and a possessive after it.
func nameCore(name string) []string {
	toks, _ := tokenize(name, nil, nil)
	var ws []string
	for _, t := range toks {
		if !t.word {
			continue
		}
		f := fold(name[t.start:t.end])
		if len(ws) == 0 && (lex().function.has(f) || lex().titles.has(f) || lex().titleModifiers.has(f) || t.caps == caseLower) {
			continue
		}
		ws = append(ws, f)
	}
	return ws
}
