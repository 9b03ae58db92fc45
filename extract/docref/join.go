package docref

import "strings"

// joinCitations gives a symbol to the resolutions whose organ the words
// around them leave open, when the text makes it certain: the text cites
// the same number elsewhere with its organ ("Security Council resolution
// 2231 (2015) ... резолюции 2231"), or the whole text names one organ
// only and the number has that organ's form. Such a ref takes the symbol
// and year of the other citation, so that both fall under one Key. It
// changes refs in place.
func joinCitations(refs []Ref, text string) {
	open := false
	for _, r := range refs {
		if r.Symbol == "" && r.Kind == kindResolution {
			open = true
			break
		}
	}
	if !open {
		return
	}
	known := knownResolutions(refs)
	organ, organDone := "", false
	for k := range refs {
		r := &refs[k]
		num, ok := strings.CutPrefix(r.Title, "resolution ")
		if r.Symbol != "" || r.Kind != kindResolution || !ok {
			continue
		}
		if kr, ok := known[num]; ok && (r.Year == 0 || r.Year == kr.Year) {
			r.Symbol, r.Organ, r.Year, r.Title = kr.Symbol, kr.Organ, kr.Year, ""
			continue
		}
		if !organDone {
			organ, organDone = organIn(text), true
		}
		if sym := resolutionSymbol(organ, cited{num: num}); organ != "" && sym != "" {
			r.Symbol, r.Organ, r.Title = sym, organ, ""
		}
	}
}

// knownResolutions maps the number of each resolution that refs give a
// symbol to the ref, the one with a year first; a number that two organs
// share is left out, as it does not tell which is meant.
func knownResolutions(refs []Ref) map[string]Ref {
	known := map[string]Ref{}
	shared := map[string]bool{}
	for _, r := range refs {
		num := resolutionNumber(r.Symbol)
		if num == "" || r.Kind != kindResolution {
			continue
		}
		old, ok := known[num]
		switch {
		case ok && old.Organ != r.Organ:
			shared[num] = true
		case !ok || old.Year == 0 && r.Year != 0:
			known[num] = r
		}
	}
	for num := range shared {
		delete(known, num)
	}
	return known
}

// resolutionNumber returns the number of a resolution's symbol as prose
// cites it: "2231" of "S/RES/2231 (2015)", "70/1" of "A/RES/70/1", or ""
// for another symbol.
func resolutionNumber(sym string) string {
	for _, p := range [...]string{"S/RES/", "A/RES/", "A/HRC/RES/", "E/RES/"} {
		if rest, ok := strings.CutPrefix(sym, p); ok {
			num, _, _ := strings.Cut(rest, " ")
			return num
		}
	}
	return ""
}
