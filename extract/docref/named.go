package docref

import "github.com/newsextract/newsextract/extract/internal/textutil"

// The name of an instrument is recognised by its head noun, which must be
// capitalised and found in the heads table. The name is either
//
//   - the head, up to two more capitalised words, a lower-case link word
//     (of, on, for, against, to, between...) and a complement: capitalised
//     words joined by lower-case connectors, blanks, and a list with
//     commas and "and" ("Convention on the Elimination of All
//     Forms of Racial Discrimination", "Treaty on the Non-Proliferation
//     of Nuclear Weapons", "Charter of the United Nations"); capitalised modifiers just before the head belong
//     to the name ("Universal Declaration of Human Rights", "Joint
//     Comprehensive Plan of Action");
//   - or, for the heads that are documents whatever they qualify (treaty,
//     convention, agreement, protocol...), "the", one to four capitalised
//     modifiers of which one at least is not generic, and the head: "the
//     Paris Agreement", "the Comprehensive Nuclear-Test-Ban Treaty".
//
// A head followed by a capitalised word that no link joins is a modifier
// of something else ("Treaty Organization") and names nothing; so is a
// head alone ("the Code"). Modifiers stop at a possessive
// ("Kazakhstan's"), a determiner or the name of a body; "draft" is never
// part of the name. In a headline written in title case only the first
// form is sought, and modifiers only after an article ("The Tax Code of
// Kazakhstan"), since every word there is capitalised. A head followed by
// a noun it describes, a place or a body, names no instrument even with a
// link: "Treaty Room of the Palace", "Charter School of Boston",
// "Convention Center of Astana".

// Bounds on the parts of a name.
const (
	maxModifiers = 4
	maxInner     = 2
	maxNameWords = 24
	maxConnector = 3
)

// findNamed appends to refs the named instruments in s, in order.
func findNamed(refs []Ref, s string, at starts) []Ref {
	sent := sentences{s: s}
	hs := heads()
	next := 0
	for i := at.from(0); i >= 0; i = at.from(max(i+1, next)) {
		if c := s[i]; c < 0x80 && !isUpper(c) {
			continue
		}
		r, n := textutil.DecodeAt(s, i)
		if !isUpperRune(r) {
			continue
		}
		e := max(wordEndAt(s, i), i+n)
		next = e
		h, ok := hs[s[i:e]]
		if !ok {
			continue
		}
		if ref, ok := namedAt(s, i, e, h, &sent); ok {
			refs = appendRef(refs, ref)
			next = ref.End
		}
	}
	return refs
}

// namedAt reads the name whose head is s[hs:he].
func namedAt(s string, hs, he int, h head, sent *sentences) (Ref, bool) {
	title := sent.titleCaseAt(hs)
	end, complement, ok := afterHead(s, he)
	if !ok {
		return Ref{}, false
	}
	start, mods, specific := modifiersBefore(s, hs)
	if title && !articleBefore(s, start) {
		start, mods, specific = hs, 0, false
	}
	if !complement {
		if !h.bare || title || mods == 0 || !specific || !articleBefore(s, start) {
			return Ref{}, false
		}
	}
	return Ref{Title: s[start:end], Kind: h.kind, Start: start, End: end, Text: s[start:end]}, true
}

// afterHead reads what follows the head that ends at he: inner
// capitalised words, a link and a complement. It returns the end of the
// name, whether it has a complement, and false when the head qualifies a
// following word instead.
func afterHead(s string, he int) (int, bool, bool) {
	k := he
	inner := 0
	for inner < maxInner {
		q := skipSpace(s, k)
		if q < 0 {
			break
		}
		e, ok := capWordAt(s, q)
		if !ok {
			break
		}
		if inner == 0 && (isPlace(s[q:e]) || isBody(s[q:e])) {
			return 0, false, false // "Treaty Room of the Palace" is a room
		}
		k, inner = e, inner+1
	}
	if q := skipSpace(s, k); q >= 0 {
		we := wordEndAt(s, q)
		if link := s[q:we]; isLink(link) {
			if c := skipSpace(s, we); c >= 0 {
				if end, ok := complementAt(s, c, link == "between"); ok {
					return end, true, true
				}
			}
		}
	}
	if inner > 0 {
		return 0, false, false
	}
	return he, false, true
}

// complementAt reads the complement of a name at byte j: an optional
// article and capitalised words joined as described above. It returns its
// end, or false when there is no capitalised word. "and the" ends the
// name ("the Charter of the United Nations and the Paris Agreement")
// unless the link is "between", which calls for it ("Agreement between
// the Government of X and the Government of Y").
func complementAt(s string, j int, between bool) (int, bool) {
	for _, a := range [...]string{"the ", "a ", "an "} {
		if hasPrefixAt(s, j, a) {
			j += len(a)
			break
		}
	}
	end, ok := capWordAt(s, j)
	if !ok {
		return 0, false
	}
	for words := 1; words < maxNameWords; words++ {
		if end < len(s) && s[end] == ',' {
			e, ok := commaList(s, end)
			if !ok {
				break
			}
			end = e
			continue
		}
		e, ok := joinedWord(s, end, between)
		if !ok {
			break
		}
		end = e
	}
	return end, true
}

// joinedWord reads, at byte p, a blank, up to three lower-case connectors
// and a capitalised word. It returns the end of the word. An "and"
// followed by an article ends the name unless andThe is set.
func joinedWord(s string, p int, andThe bool) (int, bool) {
	q := skipSpace(s, p)
	if q < 0 {
		return 0, false
	}
	and := false
	for c := 0; c < maxConnector; c++ {
		we := wordEndAt(s, q)
		if !isConnector(s[q:we]) {
			break
		}
		w := s[q:we]
		if and && !andThe && (w == "the" || w == "a" || w == "an") {
			return 0, false
		}
		and = and || w == "and"
		if q = skipSpace(s, we); q < 0 {
			return 0, false
		}
	}
	e, ok := capWordAt(s, q)
	if !ok || and && !andThe && isBody(s[q:e]) {
		return 0, false
	}
	return e, true
}

// commaList reads, at the comma at byte p, the rest of a list of
// capitalised words ending in "and" or "or": ", Just and Prosperous
// World". It returns the end of the list.
func commaList(s string, p int) (int, bool) {
	for p < len(s) && s[p] == ',' {
		q := skipSpace(s, p+1)
		if q < 0 {
			return 0, false
		}
		// Oxford comma: ", and Peoples".
		if e, ok := andWord(s, q); ok {
			return capWordsAt(s, e)
		}
		e, ok := capWordsAt(s, q)
		if !ok {
			return 0, false
		}
		if q2 := skipSpace(s, e); q2 >= 0 {
			if a, ok := andWord(s, q2); ok {
				return capWordsAt(s, a)
			}
		}
		p = e
	}
	return 0, false
}

// andWord reads "and " or "or " at q and returns the index after it.
func andWord(s string, q int) (int, bool) {
	we := wordEndAt(s, q)
	if w := s[q:we]; w != "and" && w != "or" {
		return 0, false
	}
	e := skipSpace(s, we)
	return e, e >= 0
}

// capWordsAt reads one or more capitalised words separated by blanks.
func capWordsAt(s string, q int) (int, bool) {
	end, ok := capWordAt(s, q)
	if !ok {
		return 0, false
	}
	for n := 1; n < maxNameWords; n++ {
		q := skipSpace(s, end)
		if q < 0 {
			break
		}
		e, ok := capWordAt(s, q)
		if !ok {
			break
		}
		end = e
	}
	return end, true
}

// capWordAt reads a capitalised word at byte j that may be part of a
// name: not a possessive, a day or a month.
func capWordAt(s string, j int) (int, bool) {
	r, n := textutil.DecodeAt(s, j)
	if !isUpperRune(r) || !atWordStart(s, j) {
		return 0, false
	}
	e := max(wordEndAt(s, j), j+n)
	w := s[j:e]
	if isPossessive(w) || isMonth(w) || isWeekday(w) {
		return 0, false
	}
	return e, true
}

// modifiersBefore walks back from the head at hs over capitalised
// modifiers (or a year: "the 2030 Agenda"). It returns where the name
// starts, how many modifiers there are and whether one is specific.
func modifiersBefore(s string, hs int) (int, int, bool) {
	start, mods, specific := hs, 0, false
	for mods < maxModifiers {
		b := skipBackSpace(s, start)
		if b == start {
			break
		}
		w := wordStartBefore(s, b)
		if w == b {
			break
		}
		word := s[w:b]
		if !isModifier(word) {
			break
		}
		start, mods = w, mods+1
		specific = specific || !isGeneric(word)
	}
	return start, mods, specific
}

// isModifier reports whether a word before a head may be part of the
// name.
func isModifier(w string) bool {
	if len(w) == 4 && isYear(atoi(w)) {
		return true
	}
	r, _ := textutil.DecodeAt(w, 0)
	return isUpperRune(r) && !isStopWord(w) && !isPossessive(w) && !isMonth(w) && !isWeekday(w)
}

// articleBefore reports whether "the" comes just before byte i.
func articleBefore(s string, i int) bool {
	b := skipBackSpace(s, i)
	return b < i && b >= 3 && textutil.HasPrefixFold(s[b-3:], "the") && atWordStart(s, b-3)
}
