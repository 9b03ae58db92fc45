package extract

import (
	"time"

	"github.com/newsextract/newsextract/model"
)

// state is what one call knows about its document while the field passes
// run. It lives for one call, so the Extractor itself stays unchanged.
type state struct {
	e   *Extractor
	src Source
	doc *document
	ref time.Time // the reference time: Source.Fetched, else Extractor.Reference
	a   *model.Article

	quoted []bool // which paragraphs of a.Body are block quotations

	headlineIsPageTitle bool // the headline block is the page's title, site name and all

	probes map[string]probed // the dates found in short lines, by line

	evidence     int  // the year the text evidences, once evidenceRead
	evidenceRead bool // evidence has been worked out
}

func (e *Extractor) newState(src Source, d *document) *state {
	ref := src.Fetched
	if ref.IsZero() {
		ref = e.Reference
	}
	return &state{e: e, src: src, doc: d, ref: ref, a: &model.Article{}}
}

// article runs the passes in order of dependence: the layout first, then
// the fields, each of which may read the ones before it (the lead reads
// the body), then the entities found in the final title, lead and body,
// and last the date, whose year may come from the documents the article
// cites.
func (s *state) article() *model.Article {
	s.layout()
	a := s.a
	a.URL = s.url()
	a.Title = s.title()
	a.Site = s.siteName()
	a.Language = s.language()
	a.Authors = s.authors()
	a.Body = s.body()
	a.Lead = s.lead()
	a.Views = s.views()
	s.entities()
	s.published()
	return a
}

// blocksWith returns the texts of the blocks in the given role.
func (s *state) blocksWith(r role) []string {
	var out []string
	for _, b := range s.doc.blocks {
		if b.role == r {
			out = append(out, b.text)
		}
	}
	return out
}

// firstWith returns the text of the first block in the given role.
func (s *state) firstWith(r role) string {
	for _, b := range s.doc.blocks {
		if b.role == r {
			return b.text
		}
	}
	return ""
}
