package byline

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxCreditWords bounds the words of a credit at the end of a caption.
const maxCreditWords = 8

// EndsWithCredit reports whether s credits a picture at its start or its
// end, as a caption does: "Foto: Jane Roe", "The port at dawn. Photo: Jane
// Roe", "The port at dawn (Foto: Jane Roe/AFP)".
func EndsWithCredit(s string) bool {
	s = strings.TrimSpace(s)
	if isCredit(s) {
		return true
	}
	if inner, ok := strings.CutSuffix(s, ")"); ok {
		if i := strings.LastIndexByte(inner, '('); i >= 0 && isCredit(inner[i+1:]) {
			return true
		}
	}
	i := max(strings.LastIndex(s, ". "), strings.LastIndex(s, " | "), strings.LastIndex(s, " / "), strings.LastIndex(s, "; "))
	if i < 0 {
		return false
	}
	tail := strings.TrimSpace(s[i+2:])
	return isCredit(tail) && textutil.WordCount(tail) <= maxCreditWords
}
