package docref

import "github.com/newsextract/newsextract/extract/internal/textutil"

// findSymbols appends to refs the document symbols and press-release
// numbers in s, in order.
func findSymbols(refs []Ref, s string) []Ref {
	prev := 0 // end of the last symbol: a noun before it is not a cue
	for i := 0; i < len(s); {
		if !isUpper(s[i]) || !symbolMayStartAt(s, i) {
			i++
			continue
		}
		sym, end, ok := parseSymbolAt(s, i)
		if !ok {
			// Skip the rest of the upper-case run: no symbol starts
			// inside a word.
			for i < len(s) && isUpper(s[i]) {
				i++
			}
			continue
		}
		refs = appendRef(refs, sym.ref(s, i, end, kindCue(s, prev, i)))
		i, prev = end, end
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
