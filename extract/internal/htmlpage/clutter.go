package htmlpage

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// isUILine reports whether a block inside the content is page furniture: a
// label from uiLines, a line without a letter or digit (a rule of
// dashes), or a slide counter such as "Image 2 of 5".
func isUILine(t string) bool {
	if len(t) > 60 {
		return false
	}
	if strings.IndexFunc(t, isWordOrBlank) < 0 {
		return true
	}
	lower := strings.ToLower(textutil.TrimPunct(t))
	return uiLineSet()[lower] || isSlideCounter(lower)
}

// isWordOrBlank reports whether r is part of a word or the underscore of a
// blank to fill in, which a rule of dashes has neither of.
func isWordOrBlank(r rune) bool {
	return r == '_' || textutil.IsWordRune(r)
}

// isSlideCounter reports whether s reads "image 2 of 5", "photo 1 of 12"
// and the like.
func isSlideCounter(s string) bool {
	f := strings.Fields(s)
	if len(f) != 4 || f[2] != "of" {
		return false
	}
	switch f[0] {
	case "image", "photo", "picture", "slide":
	default:
		return false
	}
	return isDigits(f[1]) && isDigits(f[3])
}

// isDigits reports whether s is a run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// maxPromoBytes bounds the length of a closing note.
const maxPromoBytes = 400

// isPromo reports whether a short paragraph is a closing note of that kind.
func isPromo(t string) bool {
	if len(t) > maxPromoBytes {
		return false
	}
	lower := strings.ToLower(t)
	for _, m := range promoMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// dropClosingNotes marks as boilerplate the promotional notes that end the
// body: paragraphs after the last one that is not such a note.
func dropClosingNotes(bs []blocks.Block) {
	for i := len(bs) - 1; i >= 0; i-- {
		b := &bs[i]
		if !b.IsBody() {
			continue
		}
		if !isPromo(b.Text) {
			return
		}
		b.Role = blocks.Boilerplate
	}
}

// markRelatedTail marks as boilerplate the body blocks that follow a
// heading introducing other articles inside the heading's container, once
// some body precedes it: a box of links set inside the article ends with
// its container, the list that ends the article with the article's. The
// blocks are those of the walker, one for one.
func markRelatedTail(w *walker, bs []blocks.Block) {
	seen := false
	for i := range bs {
		if bs[i].IsBody() {
			seen = true
		}
		if !seen || !blocks.IsRelatedHeading(bs[i].Text) || !isHeadingLike(w, i) {
			continue
		}
		end := len(bs)
		if p := w.elems[w.blocks[i].elem].parent; p >= 0 {
			end = int(w.elems[p].end)
		}
		for j := i; j < end; j++ {
			if bs[j].IsBody() {
				bs[j].Role = blocks.Boilerplate
			}
		}
	}
}

// isHeadingLike reports whether the walker's block i is a heading: the
// text of a heading element, or the whole text of another element that is
// a label rather than a sentence and no widget (a "Comments" button set
// between paragraphs heads nothing).
func isHeadingLike(w *walker, i int) bool {
	b := &w.blocks[i]
	e := &w.elems[b.elem]
	if isHeadingAtom(e.node.DataAtom) {
		return true
	}
	return e.end-e.first == 1 && e.own&hintBoiler == 0 && !isSentence(b.text)
}

// dropTitleRepeats marks as boilerplate the body blocks that repeat the
// headline, the standfirst or a title the page gives itself, as pages
// print them again at the top of the text container.
func dropTitleRepeats(bs []blocks.Block, m *pageMeta) {
	seen := []string{m.Headline, m.OGTitle, m.Title}
	for _, b := range bs {
		if b.Role == blocks.Headline || b.Role == blocks.Lead {
			seen = append(seen, b.Text)
		}
	}
	for i := range bs {
		b := &bs[i]
		if !b.IsBody() || len(b.Text) > maxRepeatBytes {
			continue
		}
		for _, t := range seen {
			if t != "" && textutil.SameText(b.Text, t) {
				b.Role = blocks.Boilerplate
				break
			}
		}
	}
}

// maxRepeatBytes bounds the length of a block compared with the titles.
const maxRepeatBytes = 400
