package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/model"
)

func init() {
	register.DoFn4x1[context.Context, fileio.FileMetadata, func(string), func(string), error]((*extractWARCFn)(nil))
}

// extractWARCFn reads the records of a WARC file, streaming, and extracts
// the article of each HTML page; a damaged record, or one larger than
// the limit, is an error line, and the records that hold no page are
// counted as skipped.
type extractWARCFn struct {
	Config  extractConfig `json:"config"`
	x       extractor
	skipped beam.Counter
}

// Setup builds the worker's Extractor and the counters.
func (f *extractWARCFn) Setup() error {
	f.skipped = beam.NewCounter(metricNamespace, metricSkipped)
	return f.x.setup(f.Config)
}

// ProcessElement reads one WARC file. Only a failure to open it fails the
// bundle, so that the runner tries again; damage is an error line.
func (f *extractWARCFn) ProcessElement(ctx context.Context, file fileio.FileMetadata, articles, errs func(string)) error {
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
	r := warc.NewReader(rc)
	for {
		rec, err := r.Next()
		var re *warc.RecordError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &re):
			f.fail(ctx, recordOut{File: file.Path, Record: re.ID}, err, errs)
			continue
		case err != nil:
			f.fail(ctx, recordOut{File: file.Path}, err, errs)
			return nil
		}
		f.record(ctx, file.Path, rec, articles, errs)
	}
}

// record extracts the article of one record's page; a record that holds
// none is counted, damage is an error line.
func (f *extractWARCFn) record(ctx context.Context, file string, rec *warc.Record, articles, errs func(string)) {
	out := recordOut{File: file, URL: rec.TargetURI, Record: rec.ID}
	p, err := warc.ReadPage(rec)
	var skip *warc.SkipError
	switch {
	case errors.As(err, &skip):
		f.skipped.Inc(ctx, 1)
		return
	case err != nil:
		f.fail(ctx, out, err, errs)
		return
	case f.Config.MaxBytes >= 0 && rec.Length > f.Config.MaxBytes:
		f.fail(ctx, out, fmt.Errorf("record of %d bytes is larger than the limit of %d", rec.Length, f.Config.MaxBytes), errs)
		return
	}
	// The page is read whole first, so that a record whose length lies
	// is an error, not an article of a page cut short.
	html, err := io.ReadAll(p.Body)
	if err != nil {
		f.fail(ctx, out, err, errs)
		return
	}
	a, err := f.x.run("html", bytes.NewReader(html), extract.Source{URL: p.URL, ContentType: p.ContentType, Fetched: p.Fetched})
	if err != nil {
		f.fail(ctx, out, err, errs)
		return
	}
	out.Article = a
	f.x.emit(ctx, out, true, articles, errs)
}

// fail writes the error line of a record, or of the file when out names
// no record.
func (f *extractWARCFn) fail(ctx context.Context, out recordOut, err error, errs func(string)) {
	out.Error = reason(err)
	f.x.emit(ctx, out, false, nil, errs)
}

// recordOut is one line of output of a WARC record, in the shape of the
// example program's file mode.
type recordOut struct {
	File    string         `json:"file"`
	URL     string         `json:"url,omitempty"`
	Record  string         `json:"record,omitempty"`
	Article *model.Article `json:"article,omitempty"`
	Error   string         `json:"error,omitempty"`
}
