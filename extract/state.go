package extract

import (
	"slices"
	"time"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/layout"
	"github.com/newsextract/newsextract/model"
)

// state is what one call knows about its document while the field passes
// run. It lives for one call, so the Extractor itself stays unchanged.
type state struct {
	e   *Extractor
	src Source
	doc *blocks.Document
	ref time.Time // the reference time: Source.Fetched, else Extractor.Reference
	a   *model.Article

	probes map[string]probed // the dates found in short lines, by line

	evidence     int  // the year the text evidences, once evidenceRead
	evidenceRead bool // evidence has been worked out
}

func (e *Extractor) newState(src Source, d *blocks.Document) *state {
	ref := src.Fetched
	if ref.IsZero() {
		ref = e.Reference
	}
	return &state{e: e, src: src, doc: d, ref: ref, a: &model.Article{}}
}

// article runs the passes in order of dependence: the layout first, whose
// finding the title and site passes are given, then the fields, each of
// which may read the ones before it in the article (the lead reads the
// body), then the entities found in the final title, lead and body,
// and last the date, whose year may come from the documents the article
// cites.
func (s *state) article() *model.Article {
	top := s.layout()
	a := s.a
	a.URL = s.url()
	a.Title = s.title(top)
	a.Site = s.siteName(top)
	a.Language = s.language()
	a.Authors = s.authors()
	var quoted []bool
	if a.Body, quoted = s.body(); s.openingMarkedLead() {
		a.Body, quoted = s.body()
	}
	a.Truncated = s.doc.Truncated
	s.rich()
	var took int
	if a.Lead, took, a.LeadSource = s.lead(); took >= 0 {
		a.Body, quoted = slices.Delete(a.Body, took, took+1), slices.Delete(quoted, took, took+1)
		s.dropBlock(took)
	}
	a.Views = s.views()
	s.entities(quoted)
	s.published()
	return a
}

// blocksWith returns the texts of the blocks in the given role.
func (s *state) blocksWith(r blocks.Role) []string {
	var out []string
	for _, b := range s.doc.Blocks {
		if b.Role == r {
			out = append(out, b.Text)
		}
	}
	return out
}

// firstWith returns the text of the first block in the given role.
func (s *state) firstWith(r blocks.Role) string {
	for _, b := range s.doc.Blocks {
		if b.Role == r {
			return b.Text
		}
	}
	return ""
}

// layout runs the layout pass over the document, with the date and view
// passes' tests of a line.
func (s *state) layout() layout.TopMatter {
	return layout.Apply(s.doc, layout.Lines{IsDateline: s.isDateline, IsViewLine: isViewLine})
}
