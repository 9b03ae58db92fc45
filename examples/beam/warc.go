package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/model"
)

func init() {
	register.DoFn4x1[context.Context, fileio.FileMetadata, func(warcPage), func(string), error]((*readWARCFn)(nil))
	register.Emitter1[warcPage]()
}

// warcPage is the HTML page of one WARC record, read whole.
type warcPage struct {
	File        string
	Record      string // WARC-Record-ID
	URL         string // WARC-Target-URI
	Fetched     int64  // WARC-Date in Unix nanoseconds; 0 when unknown
	ContentType string // the HTTP Content-Type
	HTML        []byte
}

// readWARCFn reads the records of a WARC file, streaming: it emits the
// HTML pages, and an error line for each damaged record or one larger
// than MaxBytes, and counts the records skipped.
type readWARCFn struct {
	MaxBytes int64 `json:"max_bytes"`
	skipped  beam.Counter
	errors   beam.Counter
}

// Setup builds the counters.
func (f *readWARCFn) Setup() {
	f.skipped = beam.NewCounter(metricNamespace, metricSkipped)
	f.errors = beam.NewCounter(metricNamespace, metricErrors)
}

// ProcessElement reads one WARC file. Only a failure to open it fails the
// bundle, so that the runner tries again; damage is an error line.
func (f *readWARCFn) ProcessElement(ctx context.Context, file fileio.FileMetadata, pages func(warcPage), errs func(string)) error {
	fs, err := filesystem.New(ctx, file.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, file.Path)
	if err != nil {
		return fmt.Errorf("opening %s: %w", file.Path, err)
	}
	defer rc.Close()
	fail := func(id string, err error) {
		f.errors.Inc(ctx, 1)
		errs(errorLine(recordOut{File: file.Path, Record: id, Error: err.Error()}))
	}
	r := warc.NewReader(rc)
	for {
		rec, err := r.Next()
		var re *warc.RecordError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &re):
			fail(re.ID, err)
			continue
		case err != nil:
			fail("", err)
			return nil
		}
		f.record(ctx, file.Path, rec, pages, fail)
	}
}

// record reads one record: its page is emitted, a record that holds none
// is counted, damage is an error line.
func (f *readWARCFn) record(ctx context.Context, file string, rec *warc.Record, pages func(warcPage), fail func(string, error)) {
	p, err := warc.ReadPage(rec)
	var skip *warc.SkipError
	switch {
	case errors.As(err, &skip):
		f.skipped.Inc(ctx, 1)
		return
	case err != nil:
		fail(rec.ID, err)
		return
	case f.MaxBytes >= 0 && rec.Length > f.MaxBytes:
		fail(rec.ID, fmt.Errorf("record of %d bytes is larger than the limit of %d", rec.Length, f.MaxBytes))
		return
	}
	html, err := io.ReadAll(p.Body)
	if err != nil {
		fail(rec.ID, err)
		return
	}
	page := warcPage{File: file, Record: rec.ID, URL: p.URL, ContentType: p.ContentType, HTML: html}
	if !p.Fetched.IsZero() {
		page.Fetched = p.Fetched.UnixNano()
	}
	pages(page)
}

// errorLine encodes an error record as a JSON line.
func errorLine(out recordOut) string {
	var b strings.Builder
	model.WriteJSON(&b, out) // a record without an article always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
