package quote

import "strings"

// attributiveSpeaker returns the speaker a Kazakh participle cue
// qualifies, the noun phrase right after it: «Q» деген министр …
// gives министр, «Q» деген Білім министрі Асқар Тұрғанов gives the
// title with the name. The phrase runs to its first title, or over a
// name, and the capitalised words right after; nil when after opens
// with neither.
func attributiveSpeaker(s string, after []token) []token {
	lx := lexicon()
	head := -1
	for k := 0; k < len(after) && k < 3 && after[k].kind == tkWord; k++ {
		if w := after[k].text(s); lx.titles.has(strings.ToLower(w)) || lx.org.has(strings.ToLower(w)) {
			head = k
			break
		}
	}
	if head < 0 && (len(after) == 0 || after[0].kind != tkWord || !isUpperStart(after[0].text(s))) {
		return nil
	}
	e := head + 1
	for e < len(after) && after[e].kind == tkWord && isUpperStart(after[e].text(s)) && e-head <= 3 {
		e++
	}
	if head < 0 && e > 0 {
		// A name alone: its capitalised words.
		e = 0
		for e < len(after) && e < 3 && after[e].kind == tkWord && isUpperStart(after[e].text(s)) {
			e++
		}
	}
	return after[:e]
}
