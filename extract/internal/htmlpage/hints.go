package htmlpage

import (
	"iter"
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
	hintQuote                    // a block quotation

	// hintStrong marks a word of boilerplate that no word naming the
	// content overrides. It only ever appears in the word table.
	hintStrong
	hintPopup // a pop-up or hover card, hidden until the reader acts
)

// elementHints returns the hints an element adds to those it inherits.
func elementHints(n *html.Node) hint {
	return elementHintsIn(n, nil)
}

// maxSeenClasses bounds the class and id values whose hints a walk keeps,
// so that a page of a million distinct names costs no more memory than
// one of a few thousand.
const maxSeenClasses = 4096

// elementHintsIn is elementHints with the hints of class and id values
// kept in seen, when it is not nil: a page repeats its class names in
// element after element, and each is read once.
func elementHintsIn(n *html.Node, seen map[string]hint) hint {
	var h hint
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		h |= hintBoiler
	case atom.Figcaption, atom.Figure:
		h |= hintCaption
	case atom.Time:
		h |= hintDate
	case atom.A:
		h |= hintLink
	case atom.Article, atom.Main:
		h |= hintArticle
	case atom.Blockquote:
		h |= hintQuote
	}
	for _, a := range n.Attr {
		if seen != nil && (a.Key == "class" || a.Key == "id") {
			ah, ok := seen[a.Val]
			if !ok {
				ah = tokenHints(a.Val)
				if len(seen) < maxSeenClasses {
					seen[a.Val] = ah
				}
			}
			h |= ah
			continue
		}
		h |= attrHints(a)
	}
	return h
}

// attrHints returns what one attribute says about its element.
func attrHints(a html.Attribute) hint {
	switch a.Key {
	case "class", "id":
		return tokenHints(a.Val)
	case "role":
		if a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo" || a.Val == "complementary" {
			return hintBoiler
		}
	case "itemprop":
		switch a.Val {
		case "articleBody":
			return hintArticle
		case "author":
			return hintAuthor
		case "datePublished":
			return hintDate
		}
	case "rel":
		if a.Val == "author" {
			return hintAuthor
		}
	}
	return 0
}

// maxWord is the longest class word looked up.
const maxWord = 32

// tokenHints reads hints from the words of a class or id attribute. A word
// naming the content ("content-sidebar") overrides the weaker words of
// boilerplate in the same attribute.
func tokenHints(v string) hint {
	if isVisuallyHidden(v) || isNoContent(v) {
		return hintBoiler
	}
	table := wordHints()
	var h hint
	for w := range classWords(v) {
		t, ok := table[string(w)]
		if !ok {
			t = prefixHints(w)
		}
		h |= t
	}
	if h&hintArticle != 0 && h&hintStrong == 0 {
		h &^= hintBoiler
	}
	return h &^ hintStrong
}

// classWords yields the words of a class or id attribute in lower case,
// split at '-', '_', '.', ':', '/', spaces and changes from lower to upper
// case ("imageEmbedCaption"). Words longer than maxWord are left out. The
// slice yielded is valid only until the next word, so that no word costs an
// allocation.
func classWords(v string) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		var buf [maxWord]byte
		n := 0
		emit := func() bool {
			ok := true
			if n > 0 && n <= maxWord {
				ok = yield(buf[:n])
			}
			n = 0
			return ok
		}
		var prev byte
		for i := 0; i < len(v); i++ {
			c := v[i]
			switch {
			case isTokenSep(c):
				if !emit() {
					return
				}
			case 'A' <= c && c <= 'Z':
				if 'a' <= prev && prev <= 'z' && !emit() {
					return
				}
				if n < maxWord {
					buf[n] = c + 'a' - 'A'
				}
				n++
			default:
				if n < maxWord {
					buf[n] = c
				}
				n++
			}
			prev = c
		}
		emit()
	}
}

// prefixHints returns the hints of a class word that is in no table but
// begins with a name of boilerplate.
func prefixHints(w []byte) hint {
	for _, p := range boilerPrefixes {
		if len(w) > len(p) && string(w[:len(p)]) == p {
			return hintBoiler | hintStrong
		}
	}
	return 0
}

// isVisuallyHidden reports whether a class names text kept for screen
// readers only.
func isVisuallyHidden(v string) bool {
	return strings.Contains(v, "sr-only") || strings.Contains(v, "screen-reader") ||
		strings.Contains(v, "visually-hidden") || strings.Contains(v, "visuallyhidden")
}

// isNoContent reports whether a class asks that the text inside be kept out
// of what is read as the page's content, as "robots-nocontent" does.
func isNoContent(v string) bool {
	const word = "nocontent"
	for i := 0; i+len(word) <= len(v); i++ {
		j := strings.IndexAny(v[i:], "nN")
		if j < 0 || i+j+len(word) > len(v) {
			return false
		}
		i += j
		if strings.EqualFold(v[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// isTokenSep reports whether c parts the words of a class or id attribute.
func isTokenSep(c byte) bool {
	return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '.' || c == ':' || c == '/'
}
