package quote

// attributiveSpeaker returns the speaker a Kazakh participle cue
// qualifies, the noun phrase right after it: «Q» деген министр …
// gives министр, «Q» деген Білім министрі Асқар Тұрғанов gives the
// title with the name. The phrase runs to its first title within three
// words and the capitalised words right after it, or over a name alone;
// it is empty when after opens with neither.
func attributiveSpeaker(s string, after []token) []token {
	lx := lexicon()
	for k := 0; k < len(after) && k < 3 && after[k].kind == tkWord; k++ {
		if after[k].in(lx.titles) || after[k].in(lx.org) {
			return after[:k+1+capitalRun(s, after[k+1:], maxNameAfterTitle)]
		}
	}
	return after[:capitalRun(s, after, maxNameAfterTitle)] // a name alone
}

// maxNameAfterTitle bounds the capitalised words of a name after a
// Kazakh participle's title.
const maxNameAfterTitle = 3

// capitalRun returns how many of the first n tokens of toks are
// capitalised words in a row.
func capitalRun(s string, toks []token, n int) int {
	k := 0
	for k < len(toks) && k < n && toks[k].kind == tkWord && isUpperStart(toks[k].text(s)) {
		k++
	}
	return k
}
