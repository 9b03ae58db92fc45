package docref

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// cueWindow is how far before a symbol kindCue looks for a noun that
// names the kind of document: far enough for "the report of the
// Secretary-General on the situation in Mali (S/2018/1)".
const cueWindow = 160

// kindCue returns the kind of document that the words just before byte i
// name, within the same sentence: "letter" for "the letter dated 5
// January 2018 (S/2018/12)", "draft resolution" for "draft resolution
// A/72/L.1". It looks no further back than from, the end of the previous
// symbol, whose cue it was. It returns "" when there is none.
func kindCue(s string, from, i int) string {
	j := max(i-cueWindow, from)
	for j < i && !atWordStart(s, j) {
		j++ // skip the word cut by the window
	}
	kind := ""
	for j < i {
		r, n := textutil.DecodeAt(s, j)
		switch {
		case r == '\n' || (r == '.' || r == '!' || r == '?') && spaceAt(s, j+n) > 0:
			kind = "" // a new sentence starts
		case textutil.IsWordRune(r):
			if k := cueAt(s, j); k != "" {
				kind = k
			}
			j = max(wordEndAt(s, j), j+n)
			continue
		}
		j += n
	}
	return kind
}

// cueAt returns the kind that the word starting at byte w names, or "".
func cueAt(s string, w int) string {
	switch s[w] {
	case 'l', 'L', 'r', 'R', 'n', 'N', 'd', 'D', 0xD0, 0xD1:
	default:
		return ""
	}
	end := wordEndAt(s, w)
	word := s[w:end]
	if len(word) < 4 || len(word) > 16 {
		return ""
	}
	switch {
	case equalFoldAny(word, "letter", "letters", "письмо", "письме", "письма", "письмом"):
		return "letter"
	case equalFoldAny(word, "report", "reports", "доклад", "доклада", "докладе", "докладом", "доклады"):
		return "report"
	case equalFoldAny(word, "note"):
		return "note"
	case equalFoldAny(word, "draft"):
		k := skipSpaces(s, end)
		if k > end {
			switch e := wordEndAt(s, k); {
			case equalFoldAny(s[k:e], "resolution", "resolutions"):
				return "draft resolution"
			case equalFoldAny(s[k:e], "decision", "decisions"):
				return "draft decision"
			}
		}
		return kindDraft
	case equalFoldAny(word, "проект", "проекта", "проекте"):
		k := skipSpaces(s, end)
		if k > end && hasPrefixAt(s, k, "резолюци") {
			return "draft resolution"
		}
	}
	return ""
}

// equalFoldAny reports whether w equals one of the words, the case of
// letters ignored.
func equalFoldAny(w string, words ...string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}
