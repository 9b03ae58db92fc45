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

// lead returns the standfirst: the block marked as lead, else the page's
// description when it says more than the start of the first paragraph.
func (s *state) lead() string {
	if l := s.firstWith(roleLead); l != "" {
		return l
	}
	desc := cleanSpace(s.doc.meta.description)
	if desc == "" || sameText(desc, s.a.Title) {
		return ""
	}
	for _, b := range s.doc.blocks {
		if !b.isBody() {
			continue
		}
		if repeatsText(desc, b.text) {
			return ""
		}
		break
	}
	return desc
}

// repeatsText reports whether desc is text, or its start cut short with an
// ellipsis, as descriptions made from the first paragraph are.
func repeatsText(desc, text string) bool {
	d := trimPunct(desc)
	if d == "" {
		return true
	}
	d = trimEllipsis(d)
	return len(d) <= len(text) && hasPrefixFold(text, d)
}

func trimEllipsis(s string) string {
	for _, suf := range []string{"...", "…", ".."} {
		if len(s) > len(suf) && s[len(s)-len(suf):] == suf {
			return trimPunct(s[:len(s)-len(suf)])
		}
	}
	return s
}
