package names

import "strings"

// arabicArticles are the forms of the Arabic article that names written
// in Latin letters join to a family name or byname with a hyphen
// ("al-Rashid", "el-Sisi", "ad-Din"), folded.
var arabicArticles = [...]string{"al-", "el-", "ad-", "ar-", "as-", "at-", "an-", "az-", "ash-"}

// arabicArticle reports whether the word w opens with the Arabic article
// and a hyphen before a capital: the word is a capitalised one.
func arabicArticle(w string) bool {
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return false // no article's hyphen: most words
	}
	for _, a := range arabicArticles {
		if len(w) > len(a) && strings.HasPrefix(w, a) && 'A' <= w[len(a)] && w[len(a)] <= 'Z' {
			return true
		}
	}
	return false
}

// withoutArticle returns the folded word w without the Arabic article
// joined to it (al-assad → assad), the form in which the text also
// writes the name alone ("Rashid said").
func withoutArticle(w string) string {
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return w
	}
	for _, a := range arabicArticles {
		if len(w) > len(a)+1 && strings.HasPrefix(w, a) {
			return w[len(a):]
		}
	}
	return w
}
