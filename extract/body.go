package extract

// body returns the article's paragraphs: its running text, headings, list
// items and block quotations, in order, without the lead. It notes which
// paragraphs are block quotations.
func (s *state) body() []string {
	var out []string
	for _, b := range s.doc.blocks {
		if b.isBody() {
			out = append(out, b.text)
			s.quoted = append(s.quoted, b.role == roleBlockquote)
		}
	}
	return out
}

// lead returns the standfirst: the block marked as lead. The page's
// description stands in for it only when the page shows no body: shown in
// the page's header or kept in its meta tags, a description is a teaser
// for search engines and sharing, not part of the article's text, and on
// real pages it repeats or paraphrases the body far more often than it adds
// to it.
func (s *state) lead() string {
	if l := s.firstWith(roleLead); l != "" {
		return l
	}
	desc := cleanSpace(s.doc.meta.description)
	if desc == "" || sameText(desc, s.a.Title) || len(s.a.Body) > 0 {
		return ""
	}
	return desc
}
