package htmlpage

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// withSiblings returns top and those of its siblings that belong with it:
// containers that score close to it, and paragraphs of prose.
func (s *scorer) withSiblings(top int32) []int32 {
	w := s.w
	parent := w.elems[top].parent
	if parent < 0 {
		return []int32{top}
	}
	threshold := max(10, s.score[top]*siblingShare)
	class := attr(w.elems[top].node, "class")
	var out []int32
	for i := parent + 1; i < w.elems[parent].after; i = w.elems[i].after {
		e := &w.elems[i]
		if i == top {
			out = append(out, i)
			continue
		}
		bonus := 0.0
		if class != "" && attr(e.node, "class") == class {
			bonus = s.score[top] * siblingShare
		}
		if (s.voted[i] && s.score[i]+bonus >= threshold) || s.isProse(i) {
			out = append(out, i)
		}
	}
	return out
}

// isProse reports whether the elem is a paragraph of prose, not links.
func (s *scorer) isProse(i int32) bool {
	w := s.w
	e := &w.elems[i]
	switch e.node.DataAtom {
	case atom.P:
	case atom.Div, atom.Section:
		if e.after > i+1 {
			return false // a container, not a paragraph
		}
	default:
		return false
	}
	n := w.textLen(i)
	ld := w.linkDensity(i)
	if n >= minSiblingText {
		return ld < 0.25
	}
	if n == 0 || ld > 0 {
		return false
	}
	t := w.blocks[e.end-1].text
	return strings.HasSuffix(t, ".") || strings.Contains(t, ". ")
}

// minPartScore is the score an element needs to be taken for another part
// of the article.
const minPartScore = 10

// parts returns the elements elsewhere on the page that continue the
// article: where the page splits the text into several containers (around
// an advertisement, behind a "read more" button), they carry the same
// class as the best one.
func (s *scorer) parts(best, top int32) []int32 {
	w := s.w
	class := attr(w.elems[best].node, "class")
	if class == "" {
		return nil
	}
	tag := w.elems[best].node.DataAtom
	var out []int32
	for i := int32(1); i < int32(len(w.elems)); i++ {
		e := &w.elems[i]
		if i == best || !s.voted[i] || s.score[i] < minPartScore || e.node.DataAtom != tag || e.all&hintBoiler != 0 {
			continue
		}
		if w.contains(top, i) || w.contains(i, top) || attr(e.node, "class") != class {
			continue
		}
		out = append(out, i)
		i = e.after - 1
	}
	return out
}
