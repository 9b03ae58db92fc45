package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
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

// rich fills the fields of the article beyond its text: what each body
// entry is, the links of the body when asked for, the description,
// section, topics and pictures. It reads the body, which must be set.
func (s *state) rich() {
	a := s.a
	base := s.baseURL()
	a.Blocks, a.Links = s.structure(base)
	a.Description = s.description()
	a.Section = s.section()
	a.Topics = s.topics()
	a.Images = s.images(base)
}

// structure returns what each body entry is, one for one with the body
// (none when all are paragraphs), and, when the Extractor asks for them, the links of the body with where
// their anchor text is, their addresses made absolute against base.
func (s *state) structure(base *pageURL) ([]model.Block, []model.Link) {
	if len(s.a.Body) == 0 {
		return nil, nil
	}
	out := make([]model.Block, 0, len(s.a.Body))
	var links []model.Link
	for _, b := range s.doc.Blocks {
		if !b.IsBody() {
			continue
		}
		i := len(out)
		out = append(out, modelBlock(b))
		if s.e.Links && i < len(s.a.Body) {
			links = appendLinks(links, b.Links, s.a.Body[i], i, base)
		}
	}
	if allParagraphs(out) {
		out = nil // a body of paragraphs alone needs no description
	}
	return out, links
}

// allParagraphs reports whether every block is a plain paragraph.
func allParagraphs(bs []model.Block) bool {
	for _, b := range bs {
		if b.Kind != model.KindParagraph {
			return false
		}
	}
	return true
}

// modelBlock returns what a body block is.
func modelBlock(b blocks.Block) model.Block {
	switch b.Role {
	case blocks.Heading:
		return model.Block{Kind: model.KindHeading, Level: int(max(b.Level, 1))}
	case blocks.ListItem:
		return model.Block{Kind: model.KindListItem, Level: int(max(b.Level, 1)), Ordered: b.Ordered}
	case blocks.Blockquote:
		return model.Block{Kind: model.KindQuote}
	case blocks.Table:
		return model.Block{Kind: model.KindTable, Rows: b.Rows}
	case blocks.Pre:
		return model.Block{Kind: model.KindPre}
	}
	return model.Block{Kind: model.KindParagraph}
}

// appendLinks appends the links of the body entry text, number para,
// each located at the first place after the one before where its anchor
// text stands; a link whose text is not found or whose address cannot be
// made absolute is left out.
func appendLinks(out []model.Link, ls []blocks.Link, text string, para int, base *pageURL) []model.Link {
	from := 0
	for _, l := range ls {
		u := base.resolve(l.Href)
		if u == "" {
			continue
		}
		i := strings.Index(text[from:], l.Text)
		if i < 0 {
			continue
		}
		start := from + i
		end := start + len(l.Text)
		out = append(out, model.Link{URL: u, Text: l.Text, At: model.Location{
			Field: model.FieldBody, Paragraph: para, Start: start, End: end, Text: text[start:end],
		}})
		from = end
	}
	return out
}

// dropBlock removes the description of body entry i, which the lead pass
// took out of the body, and its links; the links of the entries after it
// move up one paragraph.
func (s *state) dropBlock(i int) {
	a := s.a
	if i < len(a.Blocks) {
		a.Blocks = slices.Delete(a.Blocks, i, i+1)
		if allParagraphs(a.Blocks) {
			a.Blocks = nil
		}
	}
	links := a.Links[:0]
	for _, l := range a.Links {
		switch {
		case l.At.Paragraph == i:
			continue
		case l.At.Paragraph > i:
			l.At.Paragraph--
		}
		links = append(links, l)
	}
	a.Links = links
}
