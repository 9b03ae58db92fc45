package render

import "strings"

// inlineEscaper escapes the characters that Markdown reads as markup
// anywhere in a line: emphasis, code, links, raw HTML and escapes.
var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`,
)

// escapeInline escapes s for the inside of a Markdown line.
func escapeInline(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<") {
		return s
	}
	return inlineEscaper.Replace(s)
}

// escapeText escapes every line of s, as escapeLine does.
func escapeText(s string) string {
	if !strings.Contains(s, "\n") {
		return escapeLine(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = escapeLine(l)
	}
	return strings.Join(lines, "\n")
}

// escapeLine escapes s for a line of its own: inside it as escapeInline
// does, and at its start what would begin a heading, a quotation, a list
// item, a rule or a table.
func escapeLine(s string) string {
	s = escapeInline(s)
	t := strings.TrimLeft(s, " ")
	lead := s[:len(s)-len(t)]
	if t == "" {
		return s
	}
	switch t[0] {
	case '#', '>', '-', '+', '=', '|', '~':
		return lead + `\` + t
	}
	// "1. " or "1) " would begin an ordered list.
	i := 0
	for i < len(t) && i < 9 && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return lead + t[:i] + `\` + t[i:]
	}
	return s
}
