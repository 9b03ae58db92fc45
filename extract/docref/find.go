package docref

// Find returns the mentions of documents in text, in order of appearance
// and non-overlapping: document symbols and press-release numbers,
// citations of resolutions in prose (English, Russian and Kazakh), and
// named instruments. When two readings overlap, a symbol wins over a
// prose citation, and a citation over a name. Mentions inside web
// addresses are left out.
func Find(text string) []Ref {
	refs := findSymbols(text)
	refs = overlay(refs, findCitations(text))
	refs = overlay(refs, findKazakh(text))
	refs = overlay(refs, dropCited(text, findNamed(text), refs))
	return dropInURLs(refs, urlSpans(text))
}

// overlay merges two ordered lists of non-overlapping refs into one,
// dropping the refs of extra that overlap one of base.
func overlay(base, extra []Ref) []Ref {
	if len(extra) == 0 {
		return base
	}
	out := make([]Ref, 0, len(base)+len(extra))
	b := 0
	for _, e := range extra {
		for b < len(base) && base[b].End <= e.Start {
			out = append(out, base[b])
			b++
		}
		if b < len(base) && base[b].Start < e.End {
			continue
		}
		out = append(out, e)
	}
	return append(out, base[b:]...)
}

// dropCited removes the named instruments that are followed by the
// symbol that identifies them ("the Statement of the President of the
// Security Council (S/PRST/2018/1)"): the symbol is the mention of the
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
