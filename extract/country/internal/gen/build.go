package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// isoCount is the number of officially assigned ISO 3166-1 codes.
const isoCount = 249

// country is one entry of the generated table.
type country struct {
	alpha2, alpha3, name string
	phrases              []string // marks + text, see flags.marks
}

// tables is everything the generated file holds.
type tables struct {
	countries []country
	blocked   []string
	// states are the US states and district taken as context, never as
	// mentions.
	states []string
	// usPlaces are US cities that tell a US context, never mentions.
	usPlaces []string
	// historical are the former countries of ISO 3166-3 that keep their
	// alpha-2 code (the Soviet Union).
	historical []country
}

// historicalCodes are the former countries of ISO 3166-3 that the table
// names, with their former alpha-3 code and English name.
var historicalCodes = map[string][2]string{
	"SU": {"SUN", "Soviet Union"},
}

// build reads the data directory and assembles the tables.
func build(dir string) (*tables, error) {
	codes, err := readCodes(dir)
	if err != nil {
		return nil, err
	}
	rows, err := readNames(dir)
	if err != nil {
		return nil, err
	}
	byCode := make(map[string][]row)
	t := &tables{}
	for _, r := range rows {
		switch r.kind {
		case "block":
			t.blocked = append(t.blocked, blockedForms(r)...)
			continue
		case "state":
			if !r.flags.noContext {
				t.states = append(t.states, r.texts...)
			}
			continue
		case "usplace":
			t.usPlaces = append(t.usPlaces, r.texts...)
			continue
		}
		byCode[r.code] = append(byCode[r.code], r)
	}
	if len(codes) != isoCount {
		return nil, fmt.Errorf("codes.txt has %d codes, want %d", len(codes), isoCount)
	}
	sort.Strings(codes)
	known := make(map[string]bool, len(codes))
	for _, code := range codes {
		c, err := newCountry(code, byCode[code])
		if err != nil {
			return nil, err
		}
		known[code] = true
		t.countries = append(t.countries, c)
	}
	for _, code := range slices.Sorted(maps.Keys(historicalCodes)) {
		t.historical = append(t.historical, historicalCountry(code, byCode[code]))
		known[code] = true
	}
	for code, rs := range byCode {
		if !known[code] {
			return nil, fmt.Errorf("names.tsv:%d: code %s is not in codes.txt", rs[0].line, code)
		}
	}
	t.blocked = distinct(t.blocked)
	t.states = distinct(t.states)
	t.usPlaces = distinct(t.usPlaces)
	if err := checkUnique(t); err != nil {
		return nil, err
	}
	return t, checkStates(t)
}

var (
	enNames = display.Regions(language.English)
	ruNames = display.Regions(language.Russian)
	kkNames = display.Regions(language.Kazakh)
)

// newCountry assembles the phrases of one country: English, then Russian,
// then Kazakh; in each, the name, the aliases and the adjectives.
func newCountry(code string, rows []row) (country, error) {
	reg, err := language.ParseRegion(code)
	if err != nil || reg.String() != code || !reg.IsCountry() {
		return country{}, fmt.Errorf("%s is not a country code known to CLDR", code)
	}
	c := country{alpha2: code, alpha3: reg.ISO3()}
	if len(c.alpha3) != 3 || c.alpha3 == "ZZZ" {
		return country{}, fmt.Errorf("%s has no alpha-3 code", code)
	}
	names := map[string]row{
		"en": {texts: []string{enClean(enNames.Name(reg))}},
		"ru": {texts: []string{ruClean(ruNames.Name(reg))}},
		"kk": {texts: []string{kkClean(kkNames.Name(reg))}},
	}
	for _, r := range rows {
		if r.kind == "name" {
			names[r.lang] = r
		}
	}
	c.name = names["en"].texts[0]
	// The CLDR English name stays an alias when the data replaces it or
	// when cleaning changed it (Turkey, St. Lucia).
	cldr := enNames.Name(reg)
	var extra row
	for _, s := range distinct([]string{enClean(cldr), cldr}) {
		if !slices.Contains(names["en"].texts, s) {
			extra.texts = append(extra.texts, s)
		}
	}
	extra.lang, extra.kind = "en", "alias"
	for _, lang := range []string{"en", "ru", "kk"} {
		name := names[lang]
		name.kind, name.lang = "alias", lang
		c.phrases = append(c.phrases, forms(name)...)
		if lang == "en" {
			c.phrases = append(c.phrases, forms(extra)...)
		}
		for _, r := range rows {
			if r.lang == lang && r.kind != "name" {
				c.phrases = append(c.phrases, forms(r)...)
			}
		}
	}
	c.phrases = distinct(c.phrases)
	return c, nil
}

// historicalCountry assembles the phrases of a former country, which
// CLDR does not name: all come from the data.
func historicalCountry(code string, rows []row) country {
	h := historicalCodes[code]
	c := country{alpha2: code, alpha3: h[0], name: h[1]}
	for _, lang := range []string{"en", "ru", "kk"} {
		for _, r := range rows {
			if r.lang == lang {
				if r.kind == "name" {
					r.kind = "alias"
				}
				c.phrases = append(c.phrases, forms(r)...)
			}
		}
	}
	c.phrases = distinct(c.phrases)
	return c
}

// forms returns the phrases of one row, each prefixed with its marks.
func forms(r row) []string {
	var out []string
	for _, text := range r.texts {
		var list []string
		switch {
		case r.kind == "fixed":
			list = []string{text}
			if r.lang == "kk" && isAbbreviation(text) {
				list = kkName(text)
			}
		case r.lang == "en" && r.kind == "adj":
			list = enDemonym(text)
		case r.lang == "en":
			list = []string{text}
		case r.lang == "ru" && r.kind == "adj":
			list = ruAdjective(text)
		case r.lang == "ru":
			list = ruName(text, r.flags)
		case r.lang == "kk" && r.kind == "adj":
			list = []string{text}
		case r.lang == "kk":
			list = kkName(text)
		}
		for _, s := range list {
			out = append(out, r.flags.marks()+s)
		}
	}
	return out
}

// blockedForms returns a blocked phrase with its case forms.
func blockedForms(r row) []string {
	r.kind = "alias"
	return forms(r)
}

// checkUnique reports a phrase given to two countries, or to a country
// and the blocked list, under the simple folding of case, ё and
// apostrophes (the matcher's folding is checked by the package tests).
func checkUnique(t *tables) error {
	owner := make(map[string]string)
	add := func(code, p string) error {
		k := foldKey(strings.TrimLeft(p, markChars))
		if prev, ok := owner[k]; ok && prev != code {
			return fmt.Errorf("%q is given to both %s and %s", p, prev, code)
		}
		owner[k] = code
		return nil
	}
	for _, c := range slices.Concat(t.countries, t.historical) {
		for _, p := range c.phrases {
			if err := add(c.alpha2, p); err != nil {
				return err
			}
		}
	}
	for _, p := range t.blocked {
		if err := add("--", p); err != nil {
			return err
		}
	}
	return nil
}

// markChars are the characters that open a phrase as its marks.
const markChars = "^~@!$+%"

func foldKey(s string) string {
	return strings.NewReplacer("’", "'", "ё", "е", "Ё", "Е").Replace(strings.ToLower(s))
}

// checkStates reports a state taken as context that is also a country
// phrase: such a name (Georgia) must be marked nocontext, or it would
// read as the state whatever it names.
func checkStates(t *tables) error {
	country := make(map[string]string)
	for _, c := range t.countries {
		for _, p := range c.phrases {
			country[foldKey(strings.TrimLeft(p, markChars))] = c.alpha2
		}
	}
	for _, s := range t.states {
		if code, ok := country[foldKey(s)]; ok {
			return fmt.Errorf("state %q is also a name of %s: mark it nocontext", s, code)
		}
	}
	return nil
}
