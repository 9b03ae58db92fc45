package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

// DefaultMaxBytes is the input limit of an Extractor whose MaxBytes is zero.
const DefaultMaxBytes = 16 << 20

// Errors returned by the entry points. Callers test for them with errors.Is.
var (
	// ErrTooLarge reports an input longer than the Extractor's MaxBytes.
	// Nothing is extracted from such an input.
	ErrTooLarge = errors.New("extract: input exceeds the size limit")
	// ErrEmpty reports an input with no text in it.
	ErrEmpty = errors.New("extract: input has no text")
)

// Extractor turns news documents into articles.
//
// Its zero value is ready to use. An Extractor must not be changed while it
// is in use; once configured it is safe for concurrent use by many
// goroutines, since every call keeps its state apart.
type Extractor struct {
	// Location is the time zone of dates that state none, when the site is
	// not in the known-sites table. Nil means UTC.
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

type format int

const (
	formatAuto format = iota
	formatHTML
	formatText
)

func (e *Extractor) extract(r io.Reader, src Source, f format) (*model.Article, error) {
	raw, err := e.read(r)
	if err != nil {
		return nil, err
	}
	if f == formatAuto {
		f = sniff(raw)
	}
	src.URL = strings.ToValidUTF8(src.URL, "\uFFFD") // it may end up in the article
	text := decode(raw, src.ContentType, f == formatHTML)
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, ErrEmpty
	}
	var d *document
	if f == formatHTML {
		d = parseHTML(text)
	} else {
		d = parseText(string(text))
	}
	return e.newState(src, d).article(), nil
}

// read reads all of r, up to the size limit.
func (e *Extractor) read(r io.Reader) ([]byte, error) {
	limit := e.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit < 0 {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("extract: reading input: %w", err)
		}
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("extract: reading input: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
	}
	return b, nil
}
