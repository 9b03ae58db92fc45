package quote

import "strings"

// lower returns the lower-case text of t.
func lower(s string, t token) string {
	return strings.ToLower(s[t.start:t.end])
}

// cueAt reports whether a cue verb starts at the word toks[i]: n is the
// number of words it takes, 0 when none.
func cueAt(s string, toks []token, i int) (n int, k cueKind) {
	lx := lexicon()
	if toks[i].kind != tkWord {
		return 0, 0
	}
	first := lower(s, toks[i])
	phrase := first
	for j := i + 1; lx.heads[first] && j < len(toks) && j < i+3 && toks[j].kind == tkWord; j++ {
		phrase += " " + lower(s, toks[j])
		if k, ok := lx.cues2[phrase]; ok {
			n, kind := j-i+1, k
			// Prefer the longest phrase.
			if j+1 < len(toks) && toks[j+1].kind == tkWord {
				if k3, ok := lx.cues2[phrase+" "+lower(s, toks[j+1])]; ok {
					return n + 1, k3
				}
			}
			return n, kind
		}
	}
	if k, ok := lx.cues[first]; ok {
		return 1, k
	}
	return 0, 0
}

// cueGender tells the speaker's gender from a Russian past-tense cue:
// 'f' for сказала, 'm' for сказал, 0 when the cue does not tell.
func cueGender(cue string) byte {
	verb, _, _ := strings.Cut(cue, " ")
	switch {
	case strings.HasSuffix(verb, "ла"), strings.HasSuffix(verb, "лась"):
		return 'f'
	case strings.HasSuffix(verb, "л"), strings.HasSuffix(verb, "лся"):
		if hasCyrillic(verb) {
			return 'm'
		}
	}
	return 0
}
