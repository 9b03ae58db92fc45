package docref

// This file reads the meaning of a parsed symbol: its kind, its organ and
// its year.

// Kinds that do not come from a special component.
const (
	kindDocument     = "document"
	kindDraft        = "draft"
	kindPressRelease = "press release"
	kindResolution   = "resolution"
)

// ref builds the Ref of a symbol found at s[start:end]; cue is the kind
// that the words before it name ("letter", "report"), or "".
func (sym *symbol) ref(s string, start, end int, cue string) Ref {
	kind := sym.kind()
	if cue != "" && (kind == kindDocument || kind == kindDraft) {
		kind = cue
	}
	canon := sym.canonical()
	return Ref{
		Symbol: canon,
		Kind:   kind,
		Organ:  sym.organ(canon),
		Year:   sym.year(),
		Start:  start,
		End:    end,
		Text:   s[start:end],
	}
}

// kind returns the kind of document the symbol's components mark; the
// last special component decides, suffixes aside (an addendum to a
// report is a report).
func (sym *symbol) kind() string {
	if sym.info.press {
		return kindPressRelease
	}
	if sym.info.kind != "" {
		return sym.info.kind
	}
	kind := kindDocument
	specials := specialKinds()
	for i, c := range sym.comps()[:sym.baseLen()] {
		if c.form == formNumber || c.form == formSuffix {
			continue
		}
		if i == 0 && sym.series == "ST" {
			if k := secretariatKind(c.letters); k != "" {
				kind = k
				continue
			}
		}
		if c.form == formAcronym && c.letters == "GC" && sym.info.treaty {
			kind = "general comment"
			continue
		}
		if k, ok := specials[c.letters]; ok && (c.form == formAcronym || c.form == formDotted) {
			kind = k
		}
	}
	return kind
}

// organ returns the body that issued the document: a well-known
// subsidiary body when the leading components name one, else the organ
// of the series. canon is the canonical symbol.
func (sym *symbol) organ(canon string) string {
	if sym.info.press || len(sym.comps()) == 0 {
		return sym.info.organ
	}
	// The first two components: "A/HRC" of "A/HRC/RES/37/1".
	n := len(sym.series) + 1 + sym.comps()[0].width()
	if n <= len(canon) {
		if o, ok := subsidiaryOrgans()[canon[:n]]; ok {
			return o
		}
	}
	return sym.info.organ
}

// year returns the calendar year the symbol gives: the bracketed year of
// a resolution, or a four-digit year component followed by the serial
// number (S/2018/123, S/PRST/2019/5). A session (the 72 of A/RES/72/1)
// or a resolution number (2231 of S/RES/2231) is no year.
func (sym *symbol) year() int {
	if sym.citeYear != "" {
		return atoi(sym.citeYear)
	}
	if sym.info.press {
		return 0
	}
	base := sym.baseLen()
	for _, c := range sym.comps()[:max(base-1, 0)] {
		if c.form == formNumber && len(c.num) == 4 {
			if y := atoi(c.num); isYear(y) {
				return y
			}
		}
	}
	return 0
}
