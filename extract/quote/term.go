package quote

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// isTerm reports whether the quotation whose opening mark is at open in
// s, and whose closing mark ends at after in last, is a term the writer
// names rather than words someone said: the so-called “reforms”, так
// называемая «темная зона», «Қорғас» деп аталатын орталық. before holds
// the tokens of the sentence up to the opening mark.
func isTerm(s string, before []token, last string, after int) bool {
	lx := lexicon()
	n := len(before)
	if n > 0 && before[n-1].kind == tkWord {
		w := before[n-1].text(s)
		if lx.termPre.has(w) {
			return true
		}
		if n > 1 && before[n-2].kind == tkWord {
			prev := before[n-2].text(s)
			switch {
			case textutil.HasPrefixFold(w, "называем"):
				return strings.EqualFold(prev, "так")
			case strings.EqualFold(w, "called"):
				return strings.EqualFold(prev, "so")
			}
		}
	}
	w, next := wordAt(last, after)
	if lx.particle.has(w) {
		w, _ = wordAt(last, next)
	}
	return lx.termPost.has(w)
}

// isTitle reports whether a quotation inside a sentence is the title of
// a work, a name or a term rather than speech: its words are in title
// case ("He read “The Old Man and the Sea” twice"), or it is a few words
// governed by a Russian preposition of place (в «нормандском формате»).
// before holds the tokens of the sentence up to the opening mark.
func isTitle(s string, before []token, text string) bool {
	n := len(before)
	if n == 0 {
		return false
	}
	t := before[n-1]
	if t.kind == tkPunct && strings.ContainsRune(":.!?", t.r) {
		return false // a headline's “Q” after its speaker
	}
	if titleCase(text) {
		return true
	}
	w := t.text(s)
	if t.kind == tkWord && (lexicon().showPrep.has(w) || isPossessive(w)) && showName(text) {
		return true // a show or a work after on, in or a possessive: on “Meet the Press.”, NBC’s “Today”
	}
	return t.kind == tkWord && hasCyrillic(w) && lexicon().locative.has(w) && !moreWordsThan(text, 3) && !isUpperStart(text)
}

// maxShowWords bounds the words of the name of a show or a work.
const maxShowWords = 6

// showName reports whether text, less the punctuation its sentence puts
// before the closing mark, is a short name in title case: Meet the
// Press., Today.
func showName(text string) bool {
	text = strings.TrimRight(text, ".,")
	if text == "" || moreWordsThan(text, maxShowWords) {
		return false
	}
	for rest := text; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w != "" && !isUpperStart(w) && !lexicon().minor.has(w) {
			return false
		}
	}
	return isUpperStart(text)
}

// titleCase reports whether text is two words or more, every one of them
// capitalised but the short words of a title (and, the, of), with two
// such, and ends without the punctuation of a sentence.
func titleCase(text string) bool {
	if strings.IndexFunc(text, isSpace) < 0 {
		return false // one word
	}
	words, long := 0, 0
	for rest := text; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			break
		}
		words++
		if lexicon().minor.has(strings.Trim(w, ",.;:!?")) {
			continue
		}
		if !isUpperStart(w) {
			return false
		}
		long++
	}
	r, _ := textutil.DecodeLastRune(text)
	return words >= 2 && long >= 2 && !isSentenceEnd(r) && r != ','
}

// wordAt returns the word that starts after the spaces at s[i:], ""
// when something else does, and the index after it.
func wordAt(s string, i int) (string, int) {
	i = skipSpace(s, i)
	if !textutil.IsWordRune(textutil.RuneAt(s, i)) {
		return "", i
	}
	e := wordEnd(s, i)
	return s[i:e], e
}
