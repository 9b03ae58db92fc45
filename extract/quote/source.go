package quote

import "strings"

// maxSourceWords bounds the words of a quoted source name.
const maxSourceWords = 4

// isSourceName reports whether the quotation c, attributed a, is the
// quoted name of a news agency or publication that stands where a cue's
// speaker would: Как сообщает «Казинформ», …; «Казинформ» сообщает, что
// …; "Kazinform" reported. Such a quotation is short and reads as a
// title, its attribution has a cue but no speaker, and nothing but words
// stands between the cue and the marks.
func isSourceName(s string, c cand, p pre, a attribution) bool {
	if a.speaker != "" || a.cue == "" || c.last != c.para || moreWordsThan(c.text, maxSourceWords) || !titleLike(c.text) {
		return false
	}
	if p.cue == a.cue && p.hasLast && p.last.kind == tkWord {
		return true // the cue before the marks, its speaker the quoted name
	}
	w, _ := wordAt(s, c.after)
	head, _, _ := strings.Cut(a.cue, " ")
	return w != "" && strings.EqualFold(w, head)
}
