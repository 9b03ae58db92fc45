package lang

//go:generate go run ./internal/gen -o codes_gen.go

import (
	"strings"
	"sync"
)

// aliases lists deprecated ISO 639-1 codes, each followed by its
// replacement ("no" is read as Bokmål, the written language of most
// Norwegian news).
const aliases = "iwhe inid jiyi jwjv moro shsr nonb"

// alias returns the replacement of a deprecated code, or the code.
func alias(code string) string {
	for i := 0; i+4 <= len(aliases); i += 5 {
		if aliases[i:i+2] == code {
			return aliases[i+2 : i+4]
		}
	}
	return code
}

// codeSet holds the ISO 639-1 codes, built on first use.
var codeSet = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(isoCodes)/2+3)
	for i := 0; i+2 <= len(isoCodes); i += 2 {
		m[isoCodes[i:i+2]] = true
	}
	for _, c := range []string{"fil", "yue", "haw", "ckb"} {
		m[c] = true
	}
	return m
})

// Normalize reduces a declared language tag to its primary subtag in lower
// case ("en-US" and "en_us" give "en"), with deprecated codes replaced
// ("iw" gives "he", "no" gives "nb", "tl" gives "tl"). It returns "" when
// the tag does not start with an ISO 639-1 code or one of a few ISO 639-3
// codes of languages without one ("fil", "yue"): "utf", "x-klingon" and
// "" give "".
func Normalize(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	tag = strings.ToLower(tag)
	tag = alias(tag)
	if !codeSet()[tag] {
		return ""
	}
	return tag
}
