package extract

import (
	"net/url"
	"path"
	"strings"
)

// samePicture reports whether two addresses show one picture in two sizes
// or crops, as sites name their renditions: the file names share every
// word that identifies the picture (of six characters or more, with a
// digit: "242348270_1715851663_v16_9_600.jpeg" and
// "242348270_1715851663_v4_3_800.jpeg"), words of size ("1200x630", "800")
// aside, and have at least one.
func samePicture(a, b string) bool {
	ka, kb := pictureKeys(a), pictureKeys(b)
	if len(ka) == 0 || len(ka) != len(kb) {
		return false
	}
	for i := range ka {
		if ka[i] != kb[i] {
			return false
		}
	}
	return true
}

// minKeyWord is the length from which a word of a file name with a digit
// identifies the picture.
const minKeyWord = 6

// pictureKeys returns the words of an address's file name that identify
// the picture, in order.
func pictureKeys(u string) []string {
	p, err := url.Parse(u)
	if err != nil {
		return nil
	}
	name := path.Base(p.Path)
	name = strings.TrimSuffix(name, path.Ext(name))
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), isNameSep) {
		if len(w) >= minKeyWord && strings.ContainsAny(w, "0123456789") && !isSizeWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// isNameSep reports whether r parts the words of a file name.
func isNameSep(r rune) bool {
	return r == '-' || r == '_' || r == '.' || r == ',' || r == '=' || r == '@' || r == '+' || r == ' '
}

// isSizeWord reports whether a word of a file name gives a size:
// "1200x630", "w1280", "1024px".
func isSizeWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(w, "w"), "h"), "px")
	a, b, ok := strings.Cut(w, "x")
	if !ok {
		return isAllDigits(w) && len(w) <= 4
	}
	return isAllDigits(a) && isAllDigits(b) && a != "" && b != ""
}

// isAllDigits reports whether s is made of ASCII digits alone.
func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
