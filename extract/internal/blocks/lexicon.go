package blocks

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

// moreWords end a heading "More ... stories" and the like.
var moreWords = []string{"stories", "news", "articles", "videos", "reads", "coverage", "headlines"}

// titleSeparators divide a page title into the headline and the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / "}
