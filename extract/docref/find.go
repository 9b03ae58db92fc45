package docref

import (
	"cmp"
	"slices"
)

// Find returns the mentions of documents in text, in order of appearance
// and non-overlapping: document symbols and press-release numbers,
// citations of resolutions in prose (English, Russian and Kazakh), and
// named instruments (English, and the known ones in Russian and Kazakh). When two readings overlap, a symbol wins over a
// prose citation, and a citation over a name. Mentions inside web
// addresses are left out.
func Find(text string) []Ref {
	// Every reading starts at a word: the starts are found once. Each
	// reading appends to the same list and is then laid over the refs
	// found before it, so that one list holds them all.
	var buf [64]uint64
	starts := wordStarts(text, buf[:])
	refs := findSymbols(nil, text, starts)
	n := len(refs)
	refs = layOver(findCitations(refs, text, starts), n)
	n = len(refs)
	refs = layOver(findKazakh(refs, text, starts), n)
	n = len(refs)
	refs = layOver(findInstruments(refs, text, starts), n)
	n = len(refs)
	refs = findNamed(refs, text, starts)
	named := dropCited(text, refs[n:], refs[:n]) // in place, from refs[n]
	refs = layOver(refs[:n+len(named)], n)
	refs = dropInURLs(refs, urlSpans(text))
	joinCitations(refs, text)
	return refs
}

// layOver merges the refs of refs[n:] into those of refs[:n], both lists
// ordered and without overlaps, dropping those of refs[n:] that overlap
// one of refs[:n]. The result is in order of Start, which is the order of
// the text since no two refs overlap.
func layOver(refs []Ref, n int) []Ref {
	base := refs[:n]
	kept, b := n, 0
	for _, e := range refs[n:] {
		for b < len(base) && base[b].End <= e.Start {
			b++
		}
		if b < len(base) && base[b].Start < e.End {
			continue
		}
		refs[kept] = e // kept is at most the index of e
		kept++
	}
	refs = refs[:kept]
	if kept > n && n > 0 {
		slices.SortFunc(refs, func(a, b Ref) int { return cmp.Compare(a.Start, b.Start) })
	}
	return refs
}

// dropCited removes the named instruments that are followed by the
// symbol that identifies them ("the Statement of the President of the
// Security Council (S/PRST/2019/5)"): the symbol is the mention of the
// document. Both lists are in order.
func dropCited(s string, named, refs []Ref) []Ref {
	if len(named) == 0 || len(refs) == 0 {
		return named
	}
	out := named[:0]
	k := 0
	for _, n := range named {
		for k < len(refs) && refs[k].Start < n.End {
			k++
		}
		if k < len(refs) && refs[k].Symbol != "" && onlyBrackets(s[n.End:refs[k].Start]) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// onlyBrackets reports whether gap holds nothing but blanks, an opening
// bracket or a comma.
func onlyBrackets(gap string) bool {
	if len(gap) > 4 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '(', ',', '[':
		default:
			return false
		}
	}
	return true
}
