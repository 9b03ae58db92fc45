package extract

import (
	"strings"
	"sync"
	"unicode"
)

// uiLines are the labels of page furniture that sites leave inside the
// article's container: advertisement slots, buttons, counters' labels and
// prompts. Compared in lower case without end punctuation.
var uiLines = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		"advert", "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content",
		"anzeige", "werbung", "publicidad", "publicidade", "pubblicità", "publicité", "iklan", "реклама",
		"close", "caption", "expand", "collapse", "toggle caption", "hide caption", "enlarge this image",
		"comments", "comment", "show comments", "leave a comment", "post a comment", "add comment",
		"tags", "share", "share this", "share this article", "share this story", "share on facebook",
		"share on twitter", "tweet", "email", "e-mail", "print", "subscribe", "loading", "more", "menu",
		"read more", "continue reading", "read full article", "show more", "see more", "view more",
		"related", "related articles", "related stories", "related content", "don't miss", "must read",
		"tell us what you think", "join the conversation", "what do you think", "have your say",
		"this slideshow requires javascript", "image", "photo", "video", "audio", "listen", "watch",
		"play", "replay", "next", "previous", "back to top", "top", "skip", "skip ad", "follow us",
		"фото", "видео", "комментарии", "поделиться", "подписаться", "читать далее", "читать также",
		"читайте также", "реклама", "теги", "фото:", "сурет", "бейне", "пікірлер",
		"foto", "fotos", "vídeo", "comentários", "comentarios", "compartilhe", "compartir", "leia mais",
		"leia também", "veja também", "lee más", "leer más", "commenti", "condividi", "leggi anche",
		"kommentare", "teilen", "mehr lesen", "partager", "commentaires", "lire aussi", "lire la suite",
	} {
		m[s] = true
	}
	return m
})

// isUILine reports whether a block inside the content is page furniture: a
// label from uiLines, a line without a letter or digit (a rule of
// dashes), or a slide counter such as "Image 2 of 5".
func isUILine(t string) bool {
	if len(t) > 60 {
		return false
	}
	if strings.IndexFunc(t, isWordRune) < 0 {
		return true
	}
	lower := strings.ToLower(trimPunct(t))
	return uiLines()[lower] || isSlideCounter(lower)
}

// isSlideCounter reports whether s reads "image 2 of 5", "photo 1 of 12"
// and the like.
func isSlideCounter(s string) bool {
	f := strings.Fields(s)
	if len(f) != 4 || f[2] != "of" {
		return false
	}
	switch f[0] {
	case "image", "photo", "picture", "slide":
	default:
		return false
	}
	return isDigits(f[1]) && isDigits(f[3])
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
}

// promoMarkers are phrases of the notes that end many articles: the
// author's social accounts, newsletter sign-ups, forum invitations and
// contributor credits.
var promoMarkers = []string{
	"follow us", "follow him", "follow her", "follow them", "follow me", "follow @", "on twitter @",
	"sign up", "subscribe to", "subscribe for", "our newsletter", "newsletters", "join our",
	"contributed to this report", "contributed reporting", "may be reached at", "can be reached at",
	"get the latest", "delivered to your inbox", "in your inbox",
	"подписывайтесь", "подпишитесь", "присоединяйтесь",
}

// maxPromoBytes bounds the length of a closing note.
const maxPromoBytes = 400

// isPromo reports whether a short paragraph is a closing note of that kind.
func isPromo(t string) bool {
	if len(t) > maxPromoBytes {
		return false
	}
	lower := strings.ToLower(t)
	for _, m := range promoMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// dropClosingNotes marks as boilerplate the promotional notes that end the
// body: paragraphs after the last one that is not such a note.
func dropClosingNotes(blocks []block) {
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if !b.isBody() {
			continue
		}
		if !isPromo(b.text) {
			return
		}
		b.role = roleBoilerplate
	}
}
