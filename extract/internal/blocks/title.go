package blocks

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// minTitleOf is how long a headline is at least for a page title to be told
// as that headline with the site's name added.
const minTitleOf = 8

// IsTitleOf reports whether page is headline, possibly with the site's name
// before or after it.
func IsTitleOf(page, headline string) bool {
	if textutil.SameText(page, headline) {
		return true
	}
	if len(headline) < minTitleOf {
		return false
	}
	if rest, ok := strings.CutPrefix(page, headline); ok {
		return startsWithSeparator(rest)
	}
	if rest, ok := strings.CutSuffix(page, headline); ok {
		return endsWithSeparator(rest)
	}
	return false
}

func startsWithSeparator(s string) bool {
	for _, sep := range titleSeparators {
		if strings.HasPrefix(s, sep) {
			return true
		}
	}
	return false
}

func endsWithSeparator(s string) bool {
	for _, sep := range titleSeparators {
		if strings.HasSuffix(s, sep) {
			return true
		}
	}
	return false
}

// SplitTitle splits a page title at its separators, trimming each part.
func SplitTitle(s string) []string {
	parts := []string{s}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
