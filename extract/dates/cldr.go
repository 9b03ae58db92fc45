package dates

//go:generate go run ./internal/gen -o cldr_tables.go

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"time"
)

// cldrLanguage is one line of cldrLanguages, read.
type cldrLanguage struct {
	code    string
	order   byte // 'd', 'm' or 'y': which part a numeric date gives first
	months  [12]monthForms
	days    []string
	fillers []string    // words between the parts of a long date: "de"
	relDays []relDay    // "heute", "gestern"
	ago     []agoPhrase // "vor {} Stunden"
}

// agoPhrase is a phrase for a time ago: words before the number, words
// after it (the unit first, when before is empty), and the unit's index
// in units.
type agoPhrase struct {
	before, after []string
	unitN         uint8
}

// relDay is a word for a day relative to today.
type relDay struct {
	word  string
	shift int8
}

// monthForms are the names of one month in one language.
type monthForms struct {
	wide, abbr []string
}

// parseLanguages reads the generated table of languages. A month prefix
// ("ב" in Hebrew) is glued to every month form.
func parseLanguages(table string) []cldrLanguage {
	var out []cldrLanguage
	for line := range strings.Lines(table) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) < 7 || len(f[1]) != 1 {
			continue
		}
		l := cldrLanguage{code: f[0], order: f[1][0], days: strings.Fields(f[3]), fillers: strings.Fields(f[4])}
		prefix := f[5]
		if len(f) > 7 {
			l.ago = parseAgo(f[7])
		}
		for _, r := range strings.Fields(f[6]) {
			if n, w, ok := strings.Cut(r, ":"); ok {
				if shift, err := strconv.Atoi(n); err == nil {
					l.relDays = append(l.relDays, relDay{w, int8(shift)})
				}
			}
		}
		for i, m := range strings.SplitN(f[2], "|", 12) {
			wide, abbr, _ := strings.Cut(m, "/")
			l.months[i] = monthForms{withPrefix(strings.Fields(wide), prefix), withPrefix(strings.Fields(abbr), prefix)}
		}
		out = append(out, l)
	}
	return out
}

// parseAgo reads the phrases for a time ago of one language: "h:vor_{}_stunden".
func parseAgo(field string) []agoPhrase {
	var out []agoPhrase
	for _, p := range strings.Fields(field) {
		u, words, ok := strings.Cut(p, ":")
		n := strings.Index("smhdw", u)
		if !ok || len(u) != 1 || n < 0 {
			continue
		}
		before, after, _ := strings.Cut(words, "{}")
		out = append(out, agoPhrase{
			before: foldAll(strings.FieldsFunc(before, isUnderscore)),
			after:  foldAll(strings.FieldsFunc(after, isUnderscore)),
			unitN:  uint8(n + 1),
		})
	}
	return out
}

func isUnderscore(r rune) bool { return r == '_' }

// foldAll folds each word as the lexicon keys words.
func foldAll(ws []string) []string {
	for i, w := range ws {
		ws[i] = fold(w)
	}
	return ws
}

// withPrefix returns the forms and, when prefix is not empty, the forms
// with prefix glued before them.
func withPrefix(forms []string, prefix string) []string {
	if prefix == "" {
		return forms
	}
	for _, f := range forms[:len(forms):len(forms)] {
		forms = append(forms, prefix+f)
	}
	return forms
}

// locales holds the generated tables of orders and regions, read on first
// use.
type locales struct {
	codes       map[string]lang   // language code to lang
	orders      map[string]byte   // language or locale ("en-gb") to its order
	regions     map[string]string // country to its main language and order: "en:m"
	tzRegions   map[string]string // tz zone name to country
	regionCodes map[string]string // each country code, to itself
}

var localeTables = sync.OnceValue(func() *locales {
	t := &locales{codes: map[string]lang{}, orders: map[string]byte{}, regions: map[string]string{}, tzRegions: map[string]string{}}
	for i, l := range lexicon().langs {
		t.codes[l.code] = lang(i + 1)
	}
	t.codes["no"], t.codes["nn"] = t.codes["nb"], t.codes["nb"]
	t.codes["tl"] = t.codes["fil"]
	for _, p := range strings.Fields(cldrOrders) {
		if k, v, ok := strings.Cut(p, ":"); ok && len(v) == 1 {
			t.orders[k] = v[0]
		}
	}
	t.regionCodes = map[string]string{}
	for _, p := range strings.Fields(cldrRegions) {
		if k, v, ok := strings.Cut(p, ":"); ok {
			t.regions[k] = v
			t.regionCodes[k] = k
		}
	}
	for _, p := range strings.Fields(tzRegions) {
		if k, v, ok := strings.Cut(p, ":"); ok {
			t.tzRegions[k] = v
		}
	}
	return t
})

// hints is what a parser knows of the text's language and country.
type hints struct {
	lang   lang   // the language hinted, or langNone
	region string // the country, upper case, or ""
	order  byte   // 'd', 'm', 'y', or 0 when nothing decides
}

// hints works out the language, country and numeric order from
// Language, Region and Location. See [Parser.Language]. It allocates
// nothing.
func (p Parser) hints() hints {
	if p.Language == "" && p.Region == "" && p.Location == nil {
		return hints{}
	}
	t := localeTables()
	var h hints
	var tagBuf [16]byte
	tag := lowerTag(tagBuf[:0], strings.TrimSpace(p.Language))
	primary, rest := tag, []byte(nil)
	if i := bytes.IndexByte(tag, '-'); i >= 0 {
		primary, rest = tag[:i], tag[i+1:]
	}
	h.lang = t.codes[string(primary)]
	var tagRegion []byte
	for len(rest) > 0 {
		sub := rest
		if i := bytes.IndexByte(rest, '-'); i >= 0 {
			sub, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if len(sub) == 2 && isASCIIWord(string(sub)) {
			tagRegion = sub
			break
		}
	}
	var regBuf [2]byte
	switch r := strings.TrimSpace(p.Region); {
	case len(r) == 2 && isASCIIWord(r):
		h.region = t.region(upper2(regBuf[:0], r))
	case tagRegion != nil:
		h.region = t.region(upper2(regBuf[:0], string(tagRegion)))
	case p.Location != nil:
		h.region = t.tzRegions[p.Location.String()]
	}
	if h.order = t.orders[string(tag)]; h.order == 0 || tagRegion == nil && (p.Region != "" || string(primary) == "en") {
		h.order = t.order(primary, tagRegion, h.region)
	}
	if h.region == "" && h.lang != langNone {
		h.region = defaultRegion(string(primary))
	}
	return h
}

// lowerTag appends tag to b in lower case with "_" read as "-"; a tag
// longer than b's capacity is cut.
func lowerTag(b []byte, tag string) []byte {
	for i := 0; i < len(tag) && len(b) < cap(b); i++ {
		c := tag[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '_':
			c = '-'
		}
		b = append(b, c)
	}
	return b
}

// upper2 appends the two-letter code r to b in upper case.
func upper2(b []byte, r string) []byte {
	for i := 0; i < 2; i++ {
		b = append(b, r[i]&^0x20)
	}
	return b
}

// region returns the country code r as the tables hold it, or "" for a
// country they do not know.
func (t *locales) region(r []byte) string {
	return t.regionCodes[string(r)]
}

// order returns the numeric order of a language (primary, empty when
// unknown) written in a country, when the whole tag is no CLDR locale (or
// names no country and Region does): the CLDR order of the locale (the
// tag's region first, then the country's), else of the language unless it
// is English (written both ways), else of the country's main language; 0
// when none is known.
func (t *locales) order(primary, tagRegion []byte, region string) byte {
	var key [16]byte
	for _, r := range [2]string{string(tagRegion), region} {
		if len(r) == 2 && len(primary) > 0 && len(primary) <= 8 {
			k := append(append(append(key[:0], primary...), '-'), r[0]|0x20, r[1]|0x20)
			if o := t.orders[string(k)]; o != 0 {
				return o
			}
		}
	}
	if string(primary) != "en" {
		if o := t.orders[string(primary)]; o != 0 {
			return o
		}
	}
	if v := t.regions[region]; len(v) > 2 {
		return v[len(v)-1]
	}
	return 0
}

// defaultRegion is the country whose zone abbreviations a language's
// text means when no country is known: Chinese CST is China's.
func defaultRegion(primary string) string {
	switch primary {
	case "zh":
		return "CN"
	case "he":
		return "IL"
	case "ar":
		return "SA"
	}
	return ""
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// locationRegion returns the country of a tz location, or "".
func locationRegion(loc *time.Location) string {
	if loc == nil {
		return ""
	}
	return localeTables().tzRegions[loc.String()]
}
