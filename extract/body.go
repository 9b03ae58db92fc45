package extract

import (
	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// body returns the article's paragraphs: its running text, headings, list
// items and block quotations, in order, without the lead; and which of them
// are block quotations, for the quote pass.
func (s *state) body() (paras []string, quoted []bool) {
	for _, b := range s.doc.Blocks {
		if b.IsBody() {
			paras = append(paras, b.Text)
			quoted = append(quoted, b.Role == blocks.Blockquote)
		}
	}
	return paras, quoted
}
