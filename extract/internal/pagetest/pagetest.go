package pagetest

import "strings"

// News wraps a body in a minimal HTML document with a title.
func News(title, body string) string {
	return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
}

// Prose returns a paragraph of prose of about n sentences on a subject.
func Prose(subject string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("The council discussed the " + subject + ", and members agreed that the plan needed more work before the vote.")
	}
	return b.String()
}
