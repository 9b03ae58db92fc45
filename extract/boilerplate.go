package extract

import (
	"strings"
	"sync"
)

// relatedHeadings head the lists of other articles and the comments that
// follow the article on news pages, in the languages of the sites. Compared
// in lower case without end punctuation; one of several words also begins a
// longer heading that is no sentence ("More from the region").
var relatedHeadings = []string{
	"similar news", "related news", "related articles", "related stories", "related", "related posts",
	"related coverage", "read also", "also read", "read more", "see also", "more news", "more stories",
	"more from", "more on this story", "latest news", "most read", "most popular", "popular news",
	"recommended", "recommended for you", "you may also like", "you might also like", "you may like",
	"other news", "comments", "leave a reply", "leave a comment", "join the discussion", "reader comments",
	"похожие новости", "читайте также", "читайте еще", "смотрите также", "по теме", "другие новости",
	"последние новости", "популярное", "новости по теме", "материалы по теме", "вам может понравиться",
	"рекомендуем", "самые популярные", "самое популярное", "самое читаемое", "комментарии", "отзывы",
	"ұқсас жаңалықтар", "тақырыпқа қатысты", "тағы оқыңыз", "басқа жаңалықтар", "соңғы жаңалықтар",
	"пікірлер",
	"você pode gostar", "você também pode gostar", "leia também", "veja também", "mais lidas",
	"comentários", "lee también", "te puede interesar", "más leídas", "comentarios",
	"vous aimerez aussi", "à lire aussi", "les plus lus", "commentaires",
	"das könnte sie auch interessieren", "meistgelesen", "kommentare",
	"potrebbe interessarti", "ti potrebbe interessare", "più letti", "commenti",
}

// maxRelatedHeading bounds the length of such a heading.
const maxRelatedHeading = 60

// isRelatedHeading reports whether s heads a list of other articles or the
// comments.
func isRelatedHeading(s string) bool {
	if len(s) > maxRelatedHeading {
		return false
	}
	t := strings.ToLower(trimPunct(s))
	set := relatedSet()
	if set[t] {
		return true
	}
	if endsSentence(s) || wordCount(t) > maxLabelWords+2 {
		return isMoreOf(t) // a sentence that happens to begin so
	}
	multi := false // t[:i] holds a space
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		if multi && set[t[:i]] {
			return true
		}
		multi = true
	}
	return isMoreOf(t)
}

// relatedSet is relatedHeadings as a set, made on first use.
var relatedSet = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(relatedHeadings))
	for _, h := range relatedHeadings {
		m[h] = true
	}
	return m
})

// isMoreOf reports whether a lower-case heading reads "More ... stories"
// and the like: "More great stories", "More news from the region".
func isMoreOf(t string) bool {
	rest, ok := strings.CutPrefix(t, "more ")
	if !ok || wordCount(t) > 6 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		switch w {
		case "stories", "news", "articles", "videos", "reads", "coverage", "headlines":
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
var bylinePrefixes = []string{
	"by:", "by ", "author:", "authors:", "written by ", "posted by ", "reported by ", "reporting by ",
	"story by ", "words by ", "text by ", "text:", "автор:", "авторы:", "автор ", "авторы ", "текст:",
}

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
