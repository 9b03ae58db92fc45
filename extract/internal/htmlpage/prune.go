package htmlpage

import "golang.org/x/net/html/atom"

// mark marks the blocks inside root that are text, not navigation left
// inside the content.
func (s *scorer) mark(root int32, in []bool) {
	w := s.w
	re := &w.elems[root]
	drop := make([]bool, re.after-root)
	for i := root + 1; i < re.after; i++ {
		e := &w.elems[i]
		if (e.parent > root && drop[e.parent-root]) || s.isClutter(i) {
			drop[i-root] = true
		}
	}
	for j := re.first; j < re.end; j++ {
		if !drop[w.blocks[j].elem-root] {
			in[j] = true
		}
	}
}

// isClutter reports whether an element inside the content holds
// navigation, sharing or similar clutter rather than article text.
func (s *scorer) isClutter(i int32) bool {
	w := s.w
	e := &w.elems[i]
	if e.own&hintBoiler != 0 && (!s.relaxed || e.own&hintArticle == 0) {
		return !w.isEmbed(i)
	}
	switch e.node.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form:
		return true
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.Dl:
		n := w.textLen(i)
		ld := w.linkDensity(i)
		return n > 0 && (ld > maxLinkDensity || (ld > 0.2 && e.own&hintArticle == 0 && n < 200 && !w.endsInSentence(i)))
	}
	return false
}

// isEmbed reports whether the elem at index i, named like a social or
// sharing widget, is rather a post embedded in the article: most of its
// text is in a quotation, as sites render tweets and the like.
func (w *walker) isEmbed(i int32) bool {
	e := &w.elems[i]
	n := w.textLen(i)
	for j := i + 1; j < e.after; j++ {
		if w.elems[j].node.DataAtom == atom.Blockquote {
			return w.textLen(j)*2 >= n
		}
	}
	return false
}

// endsInSentence reports whether the last block inside the elem at index i
// is a sentence, as a paragraph that cites a link is and a list of links
// is not.
func (w *walker) endsInSentence(i int32) bool {
	e := &w.elems[i]
	return e.end > e.first && isSentence(w.blocks[e.end-1].text)
}
