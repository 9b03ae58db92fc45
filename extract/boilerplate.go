package extract

import "strings"

// tailHeadings begin the lists of other articles that follow the article
// on many news pages. Compared without case and end punctuation.
var tailHeadings = []string{
	"similar news", "related news", "related articles", "related stories", "related",
	"read also", "read more", "see also", "more news", "more stories", "latest news",
	"most read", "popular news", "recommended", "you may also like", "other news",
	"похожие новости", "читайте также", "читайте еще", "смотрите также", "по теме",
	"другие новости", "последние новости", "популярное", "новости по теме", "материалы по теме",
	"ұқсас жаңалықтар", "тақырыпқа қатысты", "тағы оқыңыз", "басқа жаңалықтар", "соңғы жаңалықтар",
}

// isTailHeading reports whether s is the heading of a related-links list.
func isTailHeading(s string) bool {
	if len(s) > 40 {
		return false
	}
	t := strings.ToLower(trimPunct(s))
	for _, h := range tailHeadings {
		if t == h {
			return true
		}
	}
	return false
}

// captionPrefixes begin the credit line of a picture.
var captionPrefixes = []string{
	"photo:", "photo by", "photo credit", "photograph:", "image:", "picture:", "credit:", "video:",
	"фото:", "фото ", "фотография:", "видео:", "сурет:", "суретте:",
}

// isCaption reports whether s is a picture's caption or credit.
func isCaption(s string) bool {
	if len(s) > 200 {
		return false
	}
	for _, p := range captionPrefixes {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// bylinePrefixes begin a line that credits the authors.
var bylinePrefixes = []string{"by ", "author:", "authors:", "written by ", "автор:", "авторы:", "автор ", "авторы "}

// isByline reports whether s is a line crediting the authors.
func isByline(s string) bool {
	if len(s) > 120 || sentenceCount(s) > 1 {
		return false
	}
	for _, p := range bylinePrefixes {
		if hasPrefixFold(s, p) && len(s) > len(p)+2 {
			return true
		}
	}
	return false
}
