package docref

import "strings"

// compForm is the shape of one slash-separated component of a symbol.
type compForm uint8

const (
	formNumber  compForm = iota // a session, year or serial: 72, 2018, 8160, 8-9
	formAcronym                 // a series or special component: RES, PRST, HRC, C
	formDotted                  // a body or numbered special: C.1, CN.4, PV.8160, L.1
	formSession                 // a special or emergency session: S-27, ES-10
	formParen                   // a body with its session in brackets: COP(13)
	formSuffix                  // a modification: Add.1, Rev.2, Corr.1, Amend.1, Summary
)

// comp is one component of a symbol, split into its letters and number.
type comp struct {
	form    compForm
	letters string // canonical letter part: "RES", "PV", "Sub", "Add"; "" for numbers
	num     string // number part: "8160", "8-9", "I"; "" for acronyms and Summary
}

// String returns the component in canonical form.
func (c comp) String() string {
	switch c.form {
	case formNumber:
		return c.num
	case formAcronym:
		return c.letters
	case formSession:
		return c.letters + "-" + c.num
	case formParen:
		return c.letters + "(" + c.num + ")"
	}
	if c.num == "" {
		return c.letters
	}
	return c.letters + "." + c.num
}

// width returns len(c.String()) without building the string.
func (c comp) width() int {
	switch c.form {
	case formNumber:
		return len(c.num)
	case formAcronym:
		return len(c.letters)
	case formSession:
		return len(c.letters) + 1 + len(c.num)
	case formParen:
		return len(c.letters) + 2 + len(c.num)
	}
	if c.num == "" {
		return len(c.letters)
	}
	return len(c.letters) + 1 + len(c.num)
}

// Longest runs accepted in one component; nothing longer occurs in a
// real symbol, and the limits keep the scanner from wandering.
const (
	maxCompLetters = 12
	maxCompDigits  = 7
)

// parseComp reads the component that starts at byte i of s. It returns
// the component, the index after it and whether there was one.
func parseComp(s string, i int) (comp, int, bool) {
	if i >= len(s) {
		return comp{}, i, false
	}
	if isDigit(s[i]) {
		return parseNumberComp(s, i)
	}
	if !isLetter(s[i]) {
		return comp{}, i, false
	}
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	if j-i > maxCompLetters {
		return comp{}, i, false
	}
	word := s[i:j]
	if canon, ok := suffixWord(word); ok {
		return parseSuffixComp(s, j, canon)
	}
	if !isAllUpper(word) {
		return comp{}, i, false
	}
	if j+1 < len(s) {
		switch s[j] {
		case '.':
			if k := digitsAt(s, j+1); k > j+1 && k-j-1 <= maxCompDigits {
				return comp{form: formDotted, letters: word, num: s[j+1 : k]}, k, true
			}
			if k := romanAt(s, j+1); k > j+1 {
				return comp{form: formDotted, letters: word, num: s[j+1 : k]}, k, true
			}
		case '-':
			if k := digitsAt(s, j+1); k > j+1 && k-j-1 <= 3 {
				return comp{form: formSession, letters: word, num: s[j+1 : k]}, k, true
			}
		case '(':
			if k := digitsAt(s, j+1); k > j+1 && k-j-1 <= 3 && k < len(s) && s[k] == ')' {
				return comp{form: formParen, letters: word, num: s[j+1 : k]}, k + 1, true
			}
		}
	}
	return comp{form: formAcronym, letters: word}, j, true
}

// parseNumberComp reads a number component, which may be a range of
// report numbers such as 8-9.
func parseNumberComp(s string, i int) (comp, int, bool) {
	j := digitsAt(s, i)
	if j-i > maxCompDigits {
		return comp{}, i, false
	}
	if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		k := digitsAt(s, j+1)
		if k-j-1 <= 3 {
			j = k
		}
	}
	return comp{form: formNumber, num: s[i:j]}, j, true
}

// parseSuffixComp reads the number of a suffix such as Add.1, or nothing
// for Summary; j is the index after the suffix word.
func parseSuffixComp(s string, j int, canon string) (comp, int, bool) {
	if canon == "Summary" {
		return comp{form: formSuffix, letters: canon}, j, true
	}
	if j >= len(s) || s[j] != '.' {
		return comp{}, j, false
	}
	k := digitsAt(s, j+1)
	if k == j+1 || k-j-1 > 3 {
		return comp{}, j, false
	}
	form := formSuffix
	if canon == "Sub" {
		form = formDotted
	}
	return comp{form: form, letters: canon, num: s[j+1 : k]}, k, true
}

// suffixWord recognises, whatever their case, the words written in mixed
// case in symbols: the suffixes and Sub (subcommission). It returns their
// canonical spelling.
func suffixWord(w string) (string, bool) {
	for _, c := range [...]string{"Add", "Rev", "Corr", "Amend", "Summary", "Sub"} {
		if strings.EqualFold(w, c) {
			return c, true
		}
	}
	return "", false
}

// romanAt returns the end of an upper-case Roman numeral at i that ends a
// component (C.I of TD/B/C.I), or i when there is none.
func romanAt(s string, i int) int {
	j := i
	for j < len(s) && isUpper(s[j]) {
		j++
	}
	if j == i || !isRoman(s[i:j]) {
		return i
	}
	return j
}

func isAllUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return w != ""
}
