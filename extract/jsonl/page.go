package jsonl

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// Page is one line of a stream of pages.
type Page struct {
	// ID is the caller's identifier of the page, any JSON value, given
	// back with its article.
	ID json.RawMessage `json:"id"`
	// URL is the address the page was fetched from.
	URL string `json:"url"`
	// HTML is the page, or Text its plain-text rendering: one of the two.
	HTML *string `json:"html"`
	Text *string `json:"text"`
	// Fetched is when the page was fetched, in RFC 3339; optional.
	Fetched string `json:"fetched"`
}

// Errors of a record that cannot be read.
var (
	ErrBoth    = errors.New(`both "html" and "text" given`)
	ErrNeither = errors.New(`neither "html" nor "text" given`)
)

// Document returns the page's format ("html" or "text"), its document and
// the extract.Source that describes it. The error says what is wrong with
// the record: ErrBoth, ErrNeither, or a fetch time that is no RFC 3339
// time. The JSON string was decoded to UTF-8 whatever the page once was, so
// the Source declares UTF-8 and a charset the page declares no longer
// holds.
func (p *Page) Document() (format, doc string, src extract.Source, err error) {
	src.URL = p.URL
	if p.Fetched != "" {
		t, err := time.Parse(time.RFC3339, p.Fetched)
		if err != nil {
			return "", "", src, fmt.Errorf("fetched: %q is not an RFC 3339 time", p.Fetched)
		}
		src.Fetched = t
	}
	switch {
	case p.HTML != nil && p.Text != nil:
		return "", "", src, ErrBoth
	case p.HTML != nil:
		src.ContentType = "text/html; charset=utf-8"
		return "html", *p.HTML, src, nil
	case p.Text != nil:
		src.ContentType = "text/plain; charset=utf-8"
		return "text", *p.Text, src, nil
	}
	return "", "", src, ErrNeither
}
