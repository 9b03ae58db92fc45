package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// row is one line of names.tsv.
type row struct {
	code, lang, kind string
	texts            []string
	flags            flags
	line             int
}

// flags are the options of a row (see the header of names.tsv).
type flags struct {
	notInitial bool   // ^: never the first word of a sentence
	person     bool   // also a given or family name
	usState    bool   // also a US state
	verb       bool   // also a verb that may open an imperative
	brand      bool   // also the name of a shop or brand
	usAdj      bool   // also the adjective of a US state: dropped in a US context
	language   bool   // adjective that also names a language (set for every adj row)
	noContext  bool   // state rows: not taken as context
	feminine   bool   // ru: feminine noun in -ь
	zeroGen    bool   // ru: plural with zero genitive
	first      bool   // ru: decline the first part of a hyphenated name
	stem       string // ru: oblique stem of the head noun
}

// marks renders the flags that the matcher needs as the prefix of a
// phrase in the generated table.
func (f flags) marks() string {
	var b strings.Builder
	if f.notInitial {
		b.WriteByte('^')
	}
	if f.person {
		b.WriteByte('~')
	}
	if f.usState {
		b.WriteByte('@')
	}
	if f.verb {
		b.WriteByte('!')
	}
	if f.brand {
		b.WriteByte('$')
	}
	if f.usAdj {
		b.WriteByte('+')
	}
	if f.language {
		b.WriteByte('%')
	}
	return b.String()
}

// readCodes reads the ISO 3166-1 alpha-2 codes from codes.txt.
func readCodes(dir string) ([]string, error) {
	lines, err := readLines(filepath.Join(dir, "codes.txt"))
	if err != nil {
		return nil, err
	}
	var codes []string
	for _, l := range lines {
		codes = append(codes, strings.Fields(l.text)...)
	}
	return codes, nil
}

// readNames reads and checks the rows of names.tsv.
func readNames(dir string) ([]row, error) {
	path := filepath.Join(dir, "names.tsv")
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	rows := make([]row, 0, len(lines))
	for _, l := range lines {
		r, err := parseRow(l.text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, l.n, err)
		}
		r.line = l.n
		rows = append(rows, r)
	}
	return rows, nil
}

func parseRow(s string) (row, error) {
	f := strings.Split(s, "\t")
	if len(f) < 4 || len(f) > 5 {
		return row{}, fmt.Errorf("want 4 or 5 tab-separated columns, have %d", len(f))
	}
	r := row{code: f[0], lang: f[1], kind: f[2]}
	switch r.lang {
	case "en", "ru", "kk":
	default:
		return row{}, fmt.Errorf("unknown language %q", r.lang)
	}
	switch r.kind {
	case "name", "alias", "fixed", "adj", "block", "state", "usplace":
	default:
		return row{}, fmt.Errorf("unknown kind %q", r.kind)
	}
	notCountry := r.kind == "block" || r.kind == "state" || r.kind == "usplace"
	if notCountry != (r.code == "--") {
		return row{}, fmt.Errorf("kinds block, state and usplace go with code --, and only they")
	}
	if (r.kind == "state" || r.kind == "usplace") && r.lang != "en" {
		return row{}, fmt.Errorf("kinds state and usplace are for en only")
	}
	for _, t := range strings.Split(f[3], ";") {
		t = strings.TrimSpace(t)
		if t == "" || strings.ContainsAny(t, "|\n") {
			return row{}, fmt.Errorf("bad text %q", t)
		}
		r.texts = append(r.texts, t)
	}
	if len(f) == 5 {
		fl, err := parseFlags(f[4])
		if err != nil {
			return row{}, err
		}
		r.flags = fl
	}
	r.flags.language = r.kind == "adj"
	return r, nil
}

func parseFlags(s string) (flags, error) {
	var f flags
	for _, w := range strings.Split(s, ",") {
		switch w = strings.TrimSpace(w); {
		case w == "^":
			f.notInitial = true
		case w == "person":
			f.person = true
		case w == "usstate":
			f.usState = true
		case w == "verb":
			f.verb = true
		case w == "brand":
			f.brand = true
		case w == "usadj":
			f.usAdj = true
		case w == "nocontext":
			f.noContext = true
		case w == "f":
			f.feminine = true
		case w == "plz":
			f.zeroGen = true
		case w == "first":
			f.first = true
		case strings.HasPrefix(w, "stem="):
			f.stem = strings.TrimPrefix(w, "stem=")
		default:
			return f, fmt.Errorf("unknown flag %q", w)
		}
	}
	return f, nil
}

type line struct {
	n    int
	text string
}

// readLines returns the lines of a file that are neither blank nor
// comments.
func readLines(path string) ([]line, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []line
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimRight(sc.Text(), " \r")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		lines = append(lines, line{n, t})
	}
	return lines, sc.Err()
}
