package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/charset"
	"github.com/newsextract/newsextract/extract/internal/htmlpage"
	"github.com/newsextract/newsextract/extract/internal/textpage"
	"github.com/newsextract/newsextract/model"
)

// DefaultMaxBytes is the input limit of an Extractor whose MaxBytes is zero.
const DefaultMaxBytes = 16 << 20

// MaxBlocks bounds the blocks of text read from one document: paragraphs,
// headings, list items and the lines around them. What follows them is not
// read, so that a document of millions of tiny paragraphs costs no more than
// its first MaxBlocks. No news article comes near it.
const MaxBlocks = blocks.MaxBlocks

// Errors returned by the entry points. Callers test for them with errors.Is.
var (
	// ErrTooLarge reports an input longer than the Extractor's MaxBytes.
	// Nothing is extracted from such an input.
	ErrTooLarge = errors.New("extract: input exceeds the size limit")
	// ErrEmpty reports an input with no text in it.
	ErrEmpty = errors.New("extract: input has no text")
	// ErrBinary reports an input that is not text in any encoding, such as
	// an image or compressed data: too many of its characters are control
	// characters or bytes that decode to nothing.
	ErrBinary = errors.New("extract: input is binary, not text")
	// ErrNoArticle reports a document in which neither a title nor a body
	// was found, such as a page of navigation alone.
	ErrNoArticle = errors.New("extract: no article found: neither a title nor a body")
)

// Extractor turns news documents into articles.
//
// Its zero value is ready to use, and a nil *Extractor acts as the zero
// value. An Extractor must not be changed while it
// is in use; once configured it is safe for concurrent use by many
// goroutines, since every call keeps its state apart.
type Extractor struct {
	// Location is the time zone of dates that state none, when the page
	// states no offset elsewhere, the site is not in the known-sites table
	// (or its entry names no zone) and its domain names no country that
	// keeps one time. Nil means UTC.
	Location *time.Location

	// Reference is when the documents were fetched. It resolves relative
	// dates ("Yesterday") and infers the year of dates printed without one.
	// The zero value means unknown; Source.Fetched overrides it per call.
	Reference time.Time

	// MaxBytes limits the size of an input. Zero means DefaultMaxBytes; a
	// negative value means no limit. A longer input fails with ErrTooLarge.
	MaxBytes int64

	// Sites extends the built-in table of known sites, which gives the time
	// zone and language of a site's pages. Entries here are consulted first.
	Sites []Site

	// Links asks for the links inside the body, in Article.Links.
	Links bool
}

// Source describes where one document came from. Every field is optional.
type Source struct {
	// URL is the address the document was fetched from.
	URL string
	// ContentType is the HTTP Content-Type header, read for its charset.
	ContentType string
	// Fetched is when the document was fetched; it overrides
	// Extractor.Reference for this call.
	Fetched time.Time
}

// FromHTML extracts the article from an HTML page.
func (e *Extractor) FromHTML(r io.Reader, src Source) (*model.Article, error) {
	return e.extract(r, src, formatHTML)
}

// FromText extracts the article from a plain-text rendering of a news page:
// paragraphs separated by blank lines, headline first.
func (e *Extractor) FromText(r io.Reader, src Source) (*model.Article, error) {
	return e.extract(r, src, formatText)
}

// From extracts the article from a document that is either HTML or plain
// text, telling which from its first bytes.
func (e *Extractor) From(r io.Reader, src Source) (*model.Article, error) {
	return e.extract(r, src, formatAuto)
}

// FromDocument extracts the article from a page that the caller has parsed
// already with goquery, as crawlers built on it hold their pages, so that
// the page is not parsed twice. The document's URL serves when src gives
// none. MaxBytes does not apply: the page is in memory already.
func (e *Extractor) FromDocument(doc *goquery.Document, src Source) (*model.Article, error) {
	if doc == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return nil, ErrEmpty
	}
	if e == nil {
		e = &Extractor{}
	}
	if src.URL == "" && doc.Url != nil {
		src.URL = doc.Url.String()
	}
	src.URL = strings.ToValidUTF8(src.URL, "\uFFFD")
	d := htmlpage.FromRootWith(doc.Nodes[0], htmlpage.Options{Links: e.Links})
	if len(d.Blocks) == 0 {
		return nil, ErrEmpty
	}
	return found(e.newState(src, d).article())
}

// format is what a document is read as.
type format int

const (
	formatAuto format = iota // told by the document's first bytes
	formatHTML
	formatText
)

func (e *Extractor) extract(r io.Reader, src Source, f format) (*model.Article, error) {
	if e == nil {
		e = &Extractor{}
	}
	raw, err := e.read(r)
	if err != nil {
		return nil, err
	}
	if f == formatAuto {
		f = formatText
		if charset.IsHTML(raw) {
			f = formatHTML
		}
	}
	src.URL = strings.ToValidUTF8(src.URL, "\uFFFD") // it may end up in the article
	text := charset.Decode(raw, src.ContentType, f == formatHTML)
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, ErrEmpty
	}
	if charset.IsBinary(text) {
		return nil, ErrBinary
	}
	var d *blocks.Document
	if f == formatHTML {
		d = htmlpage.ParseWith(text, htmlpage.Options{Links: e.Links})
	} else {
		d = textpage.Parse(string(text))
	}
	if len(d.Blocks) == 0 {
		return nil, ErrEmpty
	}
	return found(e.newState(src, d).article())
}

// found returns the article, or ErrNoArticle when it has neither a title
// nor a body.
func found(a *model.Article) (*model.Article, error) {
	if a.Title == "" && len(a.Body) == 0 {
		return nil, ErrNoArticle
	}
	return a, nil
}

// read reads all of r, up to the size limit. A reader that knows its
// length (a bytes.Reader, strings.Reader, bytes.Buffer or a file) is read
// into a buffer of that size at once.
func (e *Extractor) read(r io.Reader) ([]byte, error) {
	limit := e.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	var buf bytes.Buffer
	if n := min(knownSize(r), maxPresize); n > 0 {
		buf.Grow(int(n) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, fmt.Errorf("extract: reading input: %w", err)
	}
	if limit > 0 && int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// maxPresize bounds the buffer allocated ahead of reading from a size the
// reader reports.
const maxPresize = 1 << 30

// knownSize returns the number of bytes r says it holds, or 0.
func knownSize(r io.Reader) int64 {
	if lr, ok := r.(*io.LimitedReader); ok {
		return min(knownSize(lr.R), lr.N)
	}
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}
