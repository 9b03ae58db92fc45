package htmlpage

import (
	"strconv"
	"strings"
)

// ldCount reads a count that JSON-LD gives as a string: digits, perhaps
// grouped by commas, dots or spaces ("1,234"). It returns 0 for anything
// else.
func ldCount(s string) int64 {
	s = strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == ' ' || r == '\u00a0' || r == '\u202f' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

// ldInteractionCount reads the views from the interactionCount property
// of the older schema.org, "UserPageVisits:1234"; other kinds of
// interaction (comments, likes) give 0.
func ldInteractionCount(v any) int64 {
	s, ok := v.(string)
	if !ok {
		return 0
	}
	for _, part := range strings.Split(s, ",") {
		kind, count, ok := strings.Cut(strings.TrimSpace(part), ":")
		if ok && (strings.EqualFold(kind, "UserPageVisits") || strings.EqualFold(kind, "UserViews")) {
			return ldCount(count)
		}
	}
	return 0
}
