package htmlpage

import (
	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// markShownTeaser marks as the lead the standfirst a page prints under its
// headline outside the container of its text: the first paragraph left as
// boilerplate within headlineWindow blocks after the headline h, before
// the body and any lead, that the page's description repeats. A heading
// there is a subtitle of the headline, and a block named as navigation, a
// caption or a quotation is none of it.
func markShownTeaser(w *walker, bs []blocks.Block, h int, desc string) {
	if h < 0 || desc == "" {
		return
	}
	t := blocks.NewTeaser(blocks.CleanDescription(desc))
	for i := h + 1; i < len(bs) && i <= h+headlineWindow; i++ {
		if bs[i].IsBody() || bs[i].Role == blocks.Lead {
			return
		}
		b := w.blocks[i]
		if bs[i].Role != blocks.Boilerplate || b.hints&(hintBoiler|hintCaption|hintQuote|hintPopup) != 0 ||
			isHeadingAtom(w.elems[b.elem].node.DataAtom) {
			continue
		}
		if t.Repeats(bs[i].Text) {
			bs[i].Role = blocks.Lead
			return
		}
	}
}
