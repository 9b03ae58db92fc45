package warc

import (
	"fmt"
	"io"
	"time"
)

// Page is the HTML page of a response record: one that a news extractor
// reads.
type Page struct {
	URL         string    // WARC-Target-URI
	Fetched     time.Time // WARC-Date
	ContentType string    // the HTTP Content-Type, which may name the charset
	Body        io.Reader // the payload
}

// SkipError is the error of ReadPage for a record that holds no page:
// a request, metadata, revisit or warcinfo record, a response other than
// 200, or one that is not HTML. Such a record is sound, and is passed
// over.
type SkipError struct {
	Reason string // such as "request record", "status 404", "not HTML"
}

// Error gives the reason.
func (e *SkipError) Error() string { return "no page: " + e.Reason }

// ReadPage returns the HTML page of a response record of status 200
// whose HTTP Content-Type is HTML, and a *SkipError for any other sound
// record; another error for a response it cannot read.
func ReadPage(rec *Record) (*Page, error) {
	if rec.Type != "response" {
		return nil, &SkipError{Reason: rec.Type + " record"}
	}
	resp, err := ReadResponse(rec)
	switch {
	case err == ErrNotHTTP:
		return nil, &SkipError{Reason: "not an HTTP response"}
	case err != nil:
		return nil, err
	case resp.Status != 200:
		return nil, &SkipError{Reason: fmt.Sprintf("status %d", resp.Status)}
	case !resp.IsHTML():
		return nil, &SkipError{Reason: "not HTML"}
	}
	return &Page{URL: rec.TargetURI, Fetched: rec.Date, ContentType: resp.ContentType(), Body: resp.Body}, nil
}
