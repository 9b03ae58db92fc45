package docref

import "github.com/newsextract/newsextract/extract/internal/textutil"

// findSymbols appends to refs the document symbols and press-release
// numbers in s, in order, trying each of the word starts of s.
func findSymbols(refs []Ref, s string, at starts) []Ref {
	prev := 0 // end of the last symbol: a noun before it is not a cue
	for i := at.from(0); i >= 0; i = at.from(max(i+1, prev)) {
		if !isUpper(s[i]) || !symbolMayStartAt(s, i) {
			continue
		}
		sym, end, ok := parseSymbolAt(s, i)
		if !ok {
			continue
		}
		refs = appendRef(refs, sym.ref(s, i, end, kindCue(s, prev, i)))
		prev = end
	}
	return refs
}

// symbolMayStartAt reports whether a symbol may start at byte i: at the
// start of a word that is not part of a path, a URL or a file name.
func symbolMayStartAt(s string, i int) bool {
	r := textutil.RuneBefore(s, i)
	switch r {
	case '/', '\\', '.', '_', '=', '?', '&', '#', '%', '@', ':', '~', '+':
		return false
	case '-':
		// A dash may join two press releases: SG/SM/18870-SC/13170.
		return i >= 2 && isDigit(s[i-2])
	}
	return !textutil.IsWordRune(r)
}
