package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is what an element's tag, class, id and role attributes say about
// the text inside it. Hints pass from an element to its descendants.
type hint uint16

const (
	hintBoiler  hint = 1 << iota // navigation, share buttons, related links, comments, ads
	hintCaption                  // a picture's caption or credit
	hintDate                     // a date line
	hintViews                    // a view counter
	hintAuthor                   // a byline
	hintLead                     // a standfirst
	hintArticle                  // the article's own container
	hintLink                     // inside a link
	hintHeader                   // a page or article header
	hintQuote                    // a block quotation
)

// strongBoilerTokens mark elements that hold no article text, matched
// against the words of class and id attributes (split at '-', '_', '.' and
// spaces), whatever else the attribute says.
var strongBoilerTokens = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"share": true, "sharing": true, "social": true, "socials": true, "footer": true,
	"related": true, "comment": true, "comments": true, "cookie": true, "cookies": true, "consent": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "adv": true,
	"subscribe": true, "subscription": true, "newsletter": true, "signup": true, "login": true, "modal": true,
	"popup": true, "outbrain": true, "taboola": true, "disqus": true, "similar": true,
}

// boilerTokens mark elements that hold no article text unless the same
// attribute also names the content ("content-sidebar").
var boilerTokens = map[string]bool{
	"sidebar": true, "banner": true, "promo": true, "popular": true, "widget": true,
	"tags": true, "tag": true, "pagination": true, "pager": true, "toolbar": true,
	"recommended": true, "recommend": true, "trending": true, "sponsored": true, "masthead": true,
	"topbar": true, "sitemap": true, "more": true, "readmore": true, "rss": true, "print": true, "donate": true,
}

var captionTokens = map[string]bool{"caption": true, "credit": true, "credits": true, "figcaption": true, "copyright": true}
var dateTokens = map[string]bool{"date": true, "time": true, "published": true, "pubdate": true, "datetime": true, "timestamp": true, "posted": true, "dateline": true}
var viewTokens = map[string]bool{"views": true, "view": true, "eye": true, "counter": true, "hits": true, "views-count": true, "viewcount": true, "reads": true}
var authorTokens = map[string]bool{"author": true, "authors": true, "byline": true, "writer": true, "journalist": true}
var leadTokens = map[string]bool{"lead": true, "intro": true, "standfirst": true, "subtitle": true, "excerpt": true, "deck": true, "dek": true, "sapo": true, "announce": true, "anons": true, "summary": true, "subheadline": true}
var articleTokens = map[string]bool{"article": true, "content": true, "entry": true, "post": true, "story": true, "body": true, "text": true, "main": true}

// elementHints returns the hints an element adds to those it inherits.
func elementHints(n *html.Node) hint {
	var h hint
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		h |= hintBoiler
	case atom.Figcaption:
		h |= hintCaption
	case atom.Time:
		h |= hintDate
	case atom.A:
		h |= hintLink
	case atom.Article, atom.Main:
		h |= hintArticle
	case atom.Header:
		h |= hintHeader
	case atom.Blockquote:
		h |= hintQuote
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			h |= tokenHints(a.Val)
		case "role":
			if a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo" || a.Val == "complementary" {
				h |= hintBoiler
			}
		case "itemprop":
			switch a.Val {
			case "articleBody":
				h |= hintArticle
			case "author":
				h |= hintAuthor
			case "datePublished":
				h |= hintDate
			}
		case "rel":
			if a.Val == "author" {
				h |= hintAuthor
			}
		case "aria-hidden":
			if a.Val == "true" {
				h |= hintBoiler
			}
		case "hidden":
			h |= hintBoiler
		}
	}
	return h
}

// tokenHints reads hints from the words of a class or id attribute.
func tokenHints(v string) hint {
	var h hint
	strong := false
	for _, tok := range strings.FieldsFunc(strings.ToLower(v), isTokenSep) {
		switch {
		case strongBoilerTokens[tok]:
			h |= hintBoiler
			strong = true
		case boilerTokens[tok]:
			h |= hintBoiler
		case captionTokens[tok]:
			h |= hintCaption
		case dateTokens[tok]:
			h |= hintDate
		case viewTokens[tok]:
			h |= hintViews
		case authorTokens[tok]:
			h |= hintAuthor
		case leadTokens[tok]:
			h |= hintLead
		case articleTokens[tok]:
			h |= hintArticle
		}
	}
	if h&hintArticle != 0 && !strong {
		h &^= hintBoiler // "content-sidebar" names the content
	}
	return h
}

func isTokenSep(r rune) bool {
	return r == '-' || r == '_' || r == ' ' || r == '\t' || r == '\n' || r == '.'
}
