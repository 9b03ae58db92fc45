package extract

import (
	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// lead returns the standfirst: the block marked as lead. The page's
// description stands in for it only when the page shows no body: shown in
// the page's header or kept in its meta tags, a description is a teaser
// for search engines and sharing, not part of the article's text, and on
// real pages it repeats or paraphrases the body far more often than it adds
// to it.
func (s *state) lead() string {
	if l := s.firstWith(blocks.Lead); l != "" {
		return l
	}
	desc := textutil.CleanSpace(s.doc.Meta.Description)
	if desc == "" || textutil.SameText(desc, s.a.Title) || len(s.a.Body) > 0 {
		return ""
	}
	return desc
}
