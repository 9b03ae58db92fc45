package htmlpage

import (
	"sync"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// The word lists of the HTML front end. A new kind of boilerplate goes
// here: by the class and id names that mark it (wordHints, boilerPrefixes),
// or by the text of its lines (uiLines, promoMarkers). A new meta tag of
// dates goes in metaPublished or metaModified.

// uiLines are the labels of page furniture that sites leave inside the
// article's container: advertisement slots, buttons, counters' labels and
// prompts. Compared in lower case without end punctuation.
var uiLines = []string{
	// advertisement slots
	"advert", "advertisement", "advertisements", "ad", "ads",
	"sponsored", "sponsored content", "anzeige", "werbung",
	"publicidad", "publicidade", "pubblicità", "publicité", "iklan",
	"реклама", "skip ad",

	// buttons and controls
	"close", "caption", "expand", "collapse", "toggle caption",
	"hide caption", "enlarge this image", "tags", "share", "share this",
	"share this article", "share this story", "share on facebook",
	"share on twitter", "tweet", "email", "e-mail", "print",
	"subscribe", "loading", "more", "menu", "image", "photo",
	"video", "audio", "listen", "watch", "play", "replay",
	"next", "previous", "back to top", "top", "skip", "follow us",

	// comment prompts
	"comments", "comment", "show comments", "leave a comment",
	"post a comment", "add comment", "tell us what you think",
	"join the conversation", "what do you think", "have your say",

	// links onward
	"read more", "continue reading", "read full article", "show more",
	"see more", "view more", "related", "related articles",
	"related stories", "related content", "don't miss", "must read",

	// Russian and Kazakh
	"фото", "видео", "комментарии", "поделиться", "подписаться",
	"читать далее", "читать также", "читайте также", "теги", "сурет",
	"бейне", "пікірлер",

	// Portuguese, Spanish, Italian, German and French
	"foto", "fotos", "vídeo", "comentários", "comentarios",
	"compartilhe", "compartir", "leia mais", "leia também",
	"veja também", "lee más", "leer más", "commenti", "condividi",
	"leggi anche", "kommentare", "teilen", "mehr lesen", "partager",
	"commentaires", "lire aussi", "lire la suite",
}

// uiLineSet is uiLines as a set, made on first use.
var uiLineSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(uiLines) })

// promoMarkers are phrases of the notes that end many articles: the
// author's social accounts, newsletter sign-ups, forum invitations and
// contributor credits.
var promoMarkers = []string{
	"follow us", "follow him", "follow her", "follow them", "follow me", "follow @", "on twitter @",
	"sign up", "subscribe to", "subscribe for", "our newsletter", "newsletters", "join our",
	"contributed to this report", "contributed reporting", "may be reached at", "can be reached at",
	"get the latest", "delivered to your inbox", "in your inbox",
	"comments are moderated", "comments will be moderated", "by the moderator", "by a moderator", "pelo moderador",
	"por el moderador", "dal moderatore", "par le modérateur", "kommentare werden moderiert", "comment policy",
	"community guidelines", "netiquette",
	"подписывайтесь", "подпишитесь", "присоединяйтесь",
}

// wordHints maps the words of class and id attributes, in lower case, to
// what they say. Attributes are split into words as classWords splits them.
var wordHints = sync.OnceValue(func() map[string]hint {
	m := map[string]hint{}
	add := func(h hint, words ...string) {
		for _, w := range words {
			m[w] |= h
		}
	}
	add(hintBoiler|hintStrong, "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
		"share", "sharing", "social", "socials", "footer", "related", "comment", "comments",
		"cookie", "cookies", "consent", "gdpr", "advert", "advertisement", "advertising", "ad", "ads", "adv",
		"adslot", "subscribe", "subscription", "newsletter", "signup", "login", "modal",
		"outbrain", "taboola", "disqus", "similar")
	add(hintBoiler, "sidebar", "banner", "promo", "popular", "widget", "tags", "tag", "pagination",
		"pager", "toolbar", "recommended", "recommend", "trending", "sponsored", "masthead", "topbar",
		"sitemap", "more", "readmore", "rss", "print", "donate", "skip")
	add(hintPopup, "rollover", "popover", "tooltip", "hovercard", "popup")
	add(hintCaption, "caption", "credit", "credits", "figcaption", "copyright", "image", "img", "photo",
		"picture", "gallery", "slideshow", "figure")
	add(hintDate, "date", "time", "published", "pubdate", "datetime", "timestamp", "posted", "dateline")
	add(hintViews, "views", "view", "eye", "counter", "hits", "viewcount", "reads")
	add(hintAuthor, "author", "authors", "byline", "writer", "journalist")
	add(hintLead, "lead", "intro", "standfirst", "subtitle", "excerpt", "deck", "dek", "sapo",
		"announce", "anons", "summary", "subheadline", "teaser", "perex", "lede", "ingress", "chapo", "chapeau",
		"bajada", "entradilla", "sottotitolo", "abstract", "vorspann", "einleitung", "preface")
	add(hintQuote, "pullquote", "blockquote", "quote")
	add(hintArticle, "article", "content", "entry", "post", "story", "body", "text", "main")
	return m
})

// boilerPrefixes begin words that run a name of boilerplate together with
// another ("relatedposts", "sharebar"). "comment" is not among them, for
// "commentary" names opinion articles.
var boilerPrefixes = []string{
	"related", "share", "social", "advert", "newsletter", "subscribe", "breadcrumb", "sidebar",
	"cookie", "outbrain", "taboola", "recommend", "popular", "trending", "sponsor",
}

// Meta names and properties, lower-cased, by what they give.
var (
	metaPublished = []string{
		"article:published_time", "article:published:time", "og:article:published_time", "pubdate", "publishdate",
		"publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
		"dc.date.created", "dcterms.issued", "dcterms.created", "dcterms.date",
		"parsely-pub-date", "sailthru.date", "datepublished", "article.published",
		"published_time", "original-publish-date", "publication_date", "citation_publication_date",
		"citation_date", "article_date_original", "cxenseparse:recs:publishtime", "release_date",
		"og:published_time", "article:published", "date_published", "dateposted",
		"dc.date.publication", "dc:date", "dcsext.articlefirstpublished",
		"displaydate", "doc_date", "firstpublishedtime", "originalpublicationdate", "published-date",
		"publisher_date", "publication-date", "rbpubdate", "rnews:datepublished",
		"shareaholic:article_published_time", "twt-published-at", "vr:published_time", "pdate", "ptime",
	}
	metaModified = []string{
		"article:modified_time", "article:modified:time", "og:updated_time", "datemodified", "dcterms.modified",
		"last-modified", "lastmod", "article.updated", "modified_time",
		"og:modified_time", "article:modified", "dc.date.modified", "lastmodifieddate", "last_updated", "dateupdated",
	}
	metaAuthor = []string{
		"author", "article:author", "og:author", "og:article:author", "article:author_name", "article_author",
		"articleauthor", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
		"cxenseparse:author",
	}
)

// Meta names as sets, made on first use.
var (
	metaPublishedSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(metaPublished) })
	metaModifiedSet  = sync.OnceValue(func() map[string]bool { return textutil.SetOf(metaModified) })
	metaAuthorSet    = sync.OnceValue(func() map[string]bool { return textutil.SetOf(metaAuthor) })
)

// authorLabels are the labels of the twitter:label meta tags that say the
// twitter:data beside them names the author ("Written by", as SEO plugins
// write it in the languages of the sites), in lower case.
var authorLabels = []string{
	"written by", "author", "authors", "by", "verfasst von", "geschrieben von", "autor", "autorin", "von",
	"écrit par", "rédigé par", "auteur", "escrito por", "autor/a", "scritto da", "autore", "escrito por",
	"geschreven door", "door", "skrevet af", "skrevet av", "skriven av", "författare", "kirjoittanut",
	"napisane przez", "autor:", "napsal", "yazar", "ditulis oleh", "penulis", "автор", "написано",
}

// authorLabelSet is authorLabels as a set, made on first use.
var authorLabelSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(authorLabels) })

// The words of class and id names, and of image file names, that mark a
// picture as no part of the article: logos, icons, avatars, advertisements
// and tracking pixels.
var imageJunkWords = []string{
	"logo", "logos", "icon", "icons", "favicon", "avatar", "avatars", "gravatar", "sprite",
	"pixel", "tracking", "tracker", "spacer", "blank", "emoji", "badge", "placeholder",
	"ad", "ads", "advert", "advertisement", "banner", "author", "profile", "userpic",
	"thumb", "loader", "loading", "spinner", "button", "share", "social", "transparent",
}

// imageJunkSet is imageJunkWords as a set, made on first use.
var imageJunkSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(imageJunkWords) })

// creditWords are the class and id words of the part of a caption that
// credits the picture.
var creditWords = []string{
	"credit", "credits", "copyright", "photographer", "source", "courtesy", "author", "byline",
}

// creditSet is creditWords as a set, made on first use.
var creditSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(creditWords) })

// lazySrcAttrs are the attributes in which pages that load their pictures
// late keep the real address, best first; src comes after them, then
// zoomSrcAttrs, and the largest of a srcset last.
var lazySrcAttrs = []string{
	"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
}

// zoomSrcAttrs are the attributes that hold a larger version of the
// picture an <img> shows, for a viewer to open: the address shown is src,
// unless the page gives none.
var zoomSrcAttrs = []string{"data-full-src", "data-hi-res-src"}

// subjectLabels are the labels of a taxonomy of subjects in a list of
// topics that several label (see subjectsOf), in lower case.
var subjectLabels = []string{
	"subject", "subjects", "topic", "topics", "tag", "tags", "keyword", "keywords", "category", "categories",
	"theme", "themes", "thema", "themen", "schlagwort", "schlagworte", "tema", "temas", "sujet", "sujets",
}

// subjectLabelSet is subjectLabels as a set, made on first use.
var subjectLabelSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(subjectLabels) })

// tagListWords are the class and id words of a visible list of the
// article's tags.
var tagListWords = []string{
	"tags", "tag", "taglist", "tagcloud", "topics", "keywords", "schlagworte", "stichworte", "etiquetas",
}

// tagListSet is tagListWords as a set, made on first use.
var tagListSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(tagListWords) })

// listWordParts are parts of every word of tagListWords and crumbWords
// that stay lower case however a class capitalises the word ("Tags",
// "BreadCrumb", "KeyWords" aside): a class without any of them names no
// list. Keep them in step with the two lists.
var listWordParts = []string{"ag", "opic", "rumb", "eyword", "chlagwort", "tichwort", "tiqueta"}

// crumbWords are the class and id words of a visible breadcrumb trail.
var crumbWords = []string{"breadcrumb", "breadcrumbs", "crumbs"}

// listWordKinds maps the words of tagListWords and crumbWords to the list
// they name, made on first use.
var listWordKinds = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, w := range tagListWords {
		m[w] = tagList
	}
	for _, w := range crumbWords {
		m[w] = crumbTrail
	}
	return m
})

// tagLinkWords are the values of a data attribute that marks a link as one
// of the article's tags.
var tagLinkWords = []string{"tag", "tags", "topic", "topics", "keyword", "keywords"}

// tagLinkSet is tagLinkWords as a set, made on first use.
var tagLinkSet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(tagLinkWords) })
