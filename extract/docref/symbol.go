package docref

import "strings"

// maxComps bounds the components after the series; the longest real
// symbols (E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1) have seven.
const maxComps = 12

// symbol is a parsed document symbol.
type symbol struct {
	series    string
	info      series
	parts     [maxComps]comp // the components after the series: parts[:nparts]
	nparts    int
	citeYear  string // the year in brackets after a resolution: 2015 of S/RES/2231 (2015)
	citeRoman string // the session in brackets after an old resolution: III of A/RES/217 (III)
}

// ParseSymbol parses s, blanks around it aside, as one UN document symbol
// or press-release number, such as "S/RES/2231(2015)" or
// "A/73/L.1/Rev.1/Add.1". The Ref it returns has the canonical Symbol,
// Kind, Organ and Year, and offsets into s. Symbols are upper case but for
// the suffixes (Add., Rev., Corr., Amend., Summary) and Sub., which may be
// written in any case.
func ParseSymbol(s string) (Ref, bool) {
	start := len(s) - len(strings.TrimLeft(s, " \t\n\r"))
	end := len(strings.TrimRight(s, " \t\n\r"))
	if start >= end {
		return Ref{}, false
	}
	sym, j, ok := parseSymbolAt(s[:end], start)
	if !ok || j != end {
		return Ref{}, false
	}
	return sym.ref(s, start, j, ""), true
}

// parseSymbolAt parses the symbol that starts at byte i of s. It returns
// the symbol, the index after it and whether s holds a well-formed symbol
// there, bounded on the right by a character that cannot continue it. The
// symbol holds its components, so that parsing allocates nothing.
func parseSymbolAt(s string, i int) (symbol, int, bool) {
	j := i
	for j < len(s) && isUpper(s[j]) {
		j++
	}
	if j == i || j-i > maxCompLetters || j >= len(s) || s[j] != '/' {
		return symbol{}, i, false
	}
	sym := symbol{series: s[i:j]}
	info, ok := seriesTable()[sym.series]
	if !ok {
		return symbol{}, i, false
	}
	sym.info = info
	suffixed := false
	for j < len(s) && s[j] == '/' && sym.nparts < maxComps {
		c, k, ok := parseComp(s, j+1)
		if !ok || (suffixed && c.form != formSuffix) {
			break
		}
		suffixed = suffixed || c.form == formSuffix
		sym.parts[sym.nparts] = c
		sym.nparts++
		j = k
	}
	j = sym.parseCitation(s, j)
	if !symbolEndsAt(s, j) || !sym.valid() {
		return symbol{}, i, false
	}
	return sym, j, true
}

// comps returns the components after the series.
func (sym *symbol) comps() []comp { return sym.parts[:sym.nparts] }

// parseCitation reads the bracketed year or session that may follow the
// number of a resolution: "S/RES/2231 (2015)", "S/RES/2231(2015)",
// "A/RES/217 (III)". It returns the index after it, or j when there is
// none.
func (sym *symbol) parseCitation(s string, j int) int {
	n := len(sym.comps())
	if n < 2 || sym.comps()[n-1].form != formNumber || sym.comps()[n-2].letters != "RES" || sym.comps()[n-2].form != formAcronym {
		return j
	}
	k := j
	if w := spaceAt(s, k); w > 0 {
		k += w
	}
	if k >= len(s) || s[k] != '(' {
		return j
	}
	e := k + 1
	for e < len(s) && e-k <= 9 && (isDigit(s[e]) || isUpper(s[e])) {
		e++
	}
	if e >= len(s) || s[e] != ')' {
		return j
	}
	inner := s[k+1 : e]
	switch {
	case len(inner) == 4 && isYear(atoi(inner)):
		sym.citeYear = inner
	case isRoman(inner):
		sym.citeRoman = inner
	default:
		return j
	}
	return e + 1
}

// symbolEndsAt reports whether a symbol may end at byte j: not inside a
// word, a path or a file name.
func symbolEndsAt(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	switch c := s[j]; c {
	case '/', '_', '\\', '@':
		return false
	case '.', '-':
		// A full stop or dash ends the symbol unless a word goes on
		// (S/2018/1.pdf); a dash may join two press releases
		// (SG/SM/18870-SC/13170).
		if j+1 < len(s) {
			d := s[j+1]
			if isDigit(d) || isLower(d) || (c == '.' && isUpper(d)) {
				return false
			}
		}
		return true
	}
	return atWordEnd(s, j)
}

// valid checks the components against the grammar of the series.
func (sym *symbol) valid() bool {
	if len(sym.comps()) == 0 {
		return false
	}
	if sym.info.press {
		return sym.validPress()
	}
	last := sym.baseLen() - 1
	if last < 0 {
		return false
	}
	c := sym.comps()[last]
	switch c.form {
	case formNumber:
	case formDotted:
		if !isSerialDotted(c.letters) {
			return false
		}
	default:
		return false
	}
	if len(sym.comps()) == 1 && c.form == formNumber {
		// A lone number is a symbol only when long enough not to be a
		// fraction or an abbreviation: S/25704, INFCIRC/153, not T/4.
		min := 2
		if len(sym.series) == 1 {
			min = 3
		}
		return len(c.num) >= min
	}
	return true
}

// validPress checks a press-release number: subseries, then numbers, the
// last of at least three digits (SC/13170, SG/SM/18870) or several
// (HRC/18/12).
func (sym *symbol) validPress() bool {
	numbers := 0
	for _, c := range sym.comps() {
		switch {
		case c.form == formAcronym && numbers == 0:
		case c.form == formNumber:
			numbers++
		default:
			return false
		}
	}
	last := sym.comps()[len(sym.comps())-1]
	return numbers >= 2 || (numbers == 1 && len(last.num) >= 3)
}

// baseLen returns the number of components before the suffixes.
func (sym *symbol) baseLen() int {
	n := len(sym.comps())
	for n > 0 && sym.comps()[n-1].form == formSuffix {
		n--
	}
	return n
}

// canonical returns the symbol in canonical form.
func (sym *symbol) canonical() string {
	n := len(sym.series) + len(" (XXXX)")
	for _, c := range sym.comps() {
		n += 1 + c.width()
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(sym.series)
	for _, c := range sym.comps() {
		b.WriteByte('/')
		b.WriteString(c.String())
	}
	switch {
	case sym.citeYear != "":
		b.WriteString(" (" + sym.citeYear + ")")
	case sym.citeRoman != "":
		b.WriteString(" (" + sym.citeRoman + ")")
	}
	return b.String()
}
