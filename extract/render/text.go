package render

import (
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/model"
)

// PlainText returns the article as plain text: the title, the lead and the
// body, blocks parted by blank lines, ending with a newline. List items
// keep their marker ("- ", "1. ") and nesting, the rows of a table its
// cells parted by " | ", preformatted text its lines; nothing is escaped.
// A nil article gives "".
func PlainText(a *model.Article) string {
	if a == nil {
		return ""
	}
	var w writer
	if a.Title != "" {
		w.block(oneLine(a.Title))
	}
	if a.Lead != "" {
		w.block(a.Lead)
	}
	ordinal := [10]int{}
	for i, text := range a.Body {
		b := a.BlockAt(i)
		if b.Kind != model.KindListItem {
			ordinal = [10]int{}
			w.block(text)
			continue
		}
		lvl := clamp(b.Level, 1, len(ordinal))
		for j := lvl; j < len(ordinal); j++ {
			ordinal[j] = 0
		}
		marker := "- "
		if b.Ordered {
			ordinal[lvl-1]++
			marker = strconv.Itoa(ordinal[lvl-1]) + ". "
		}
		w.item(strings.Repeat("  ", lvl-1) + marker + oneLine(text))
	}
	return w.String()
}
