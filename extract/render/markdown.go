package render

import (
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/model"
)

// Markdown returns the article as CommonMark: the title, the lead, the
// lead image and the body, blocks parted by blank lines, ending with a
// newline. A nil article gives "".
func Markdown(a *model.Article) string {
	if a == nil {
		return ""
	}
	var w writer
	if a.Title != "" {
		w.block("# " + escapeLine(oneLine(a.Title)))
	}
	if a.Lead != "" {
		w.block(escapeText(a.Lead))
	}
	if im := cover(a); im != nil {
		w.block(imageMarkdown(im))
	}
	ordinal := [10]int{} // the number of the next item of an ordered list, by level
	links := linksByParagraph(a)
	for i, text := range a.Body {
		b := a.BlockAt(i)
		if b.Kind != model.KindListItem {
			ordinal = [10]int{}
		}
		switch b.Kind {
		case model.KindHeading:
			w.block(strings.Repeat("#", clamp(b.Level, 1, 6)) + " " + withLinks(oneLine(text), links[i]))
		case model.KindListItem:
			lvl := clamp(b.Level, 1, len(ordinal))
			for j := lvl; j < len(ordinal); j++ {
				ordinal[j] = 0 // deeper lists end with this item
			}
			marker := "- "
			if b.Ordered {
				ordinal[lvl-1]++
				marker = strconv.Itoa(ordinal[lvl-1]) + ". "
			}
			w.item(strings.Repeat("   ", lvl-1) + marker + withLinks(oneLine(text), links[i]))
		case model.KindQuote:
			w.block(prefixLines(withLinks(text, links[i]), "> "))
		case model.KindTable:
			w.block(tableMarkdown(b.Rows, text))
		case model.KindPre:
			w.block(fenced(text))
		default:
			w.block(withLinks(text, links[i]))
		}
	}
	return w.String()
}

// writer gathers blocks parted by blank lines; list items of one list are
// parted by a line break alone.
type writer struct {
	strings.Builder
	inList bool
}

// block writes one block.
func (w *writer) block(s string) {
	if w.Len() > 0 {
		w.WriteString("\n")
	}
	w.WriteString(s)
	w.WriteString("\n")
	w.inList = false
}

// item writes one list item.
func (w *writer) item(s string) {
	if w.Len() > 0 && !w.inList {
		w.WriteString("\n")
	}
	w.WriteString(s)
	w.WriteString("\n")
	w.inList = true
}

// cover returns the article's lead image, or nil.
func cover(a *model.Article) *model.Image {
	for i := range a.Images {
		if a.Images[i].Cover {
			return &a.Images[i]
		}
	}
	return nil
}

// imageMarkdown returns a picture and, below it, its caption and credit
// in emphasis.
func imageMarkdown(im *model.Image) string {
	s := "![" + escapeLine(oneLine(im.Alt)) + "](" + linkTarget(im.URL) + ")"
	c := strings.TrimSpace(im.Caption + " " + im.Credit)
	if c != "" {
		s += "\n*" + escapeLine(oneLine(c)) + "*"
	}
	return s
}

// linkTarget returns a URL as a link destination: in angle brackets when
// it holds a space or a parenthesis.
func linkTarget(u string) string {
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}

// tableMarkdown returns a table in the pipe form: its first row the
// header, every row as wide as the widest. A table without rows is its
// text, line by line.
func tableMarkdown(rows [][]string, text string) string {
	if len(rows) == 0 {
		return escapeText(text)
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i := range width {
			c := ""
			if i < len(cells) {
				c = strings.ReplaceAll(escapeInline(oneLine(cells[i])), "|", `\|`)
			}
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	line(rows[0])
	b.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
	for _, r := range rows[1:] {
		line(r)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// fenced returns preformatted text in a code fence longer than any run of
// backticks in it.
func fenced(text string) string {
	run, longest := 0, 0
	for i := 0; i < len(text); i++ {
		if text[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "\n" + text + "\n" + fence
}

// prefixLines puts p before each line of s.
func prefixLines(s, p string) string {
	return p + strings.ReplaceAll(s, "\n", "\n"+p)
}

// oneLine folds the line breaks of s into spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// clamp returns v within [lo, hi].
func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}
