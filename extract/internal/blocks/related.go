package blocks

import (
	"slices"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxRelatedHeading bounds the length of a heading of related links.
const maxRelatedHeading = 60

// maxRelatedWords bounds the words of a heading that begins with one of
// relatedHeadings and goes on ("More from the region").
const maxRelatedWords = 7

// IsRelatedHeading reports whether s heads a list of other articles or the
// comments, where the article itself has ended.
func IsRelatedHeading(s string) bool {
	if len(s) > maxRelatedHeading {
		return false
	}
	t := strings.ToLower(textutil.TrimPunct(s))
	set := relatedSet()
	if set[t] {
		return true
	}
	if textutil.EndsSentence(s) || textutil.WordCount(t) > maxRelatedWords {
		return isMoreOf(t) // a sentence that happens to begin so
	}
	multi := false // t[:i] holds a space
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		if multi && set[t[:i]] {
			return true
		}
		multi = true
	}
	return isMoreOf(t)
}

// relatedSet is relatedHeadings as a set, made on first use.
var relatedSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(relatedHeadings) })

// isMoreOf reports whether a lower-case heading reads "More ... stories"
// and the like: "More great stories", "More news from the region".
func isMoreOf(t string) bool {
	rest, ok := strings.CutPrefix(t, "more ")
	if !ok || textutil.WordCount(t) > 6 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if slices.Contains(moreWords, w) {
			return true
		}
	}
	return false
}
