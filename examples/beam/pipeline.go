package main

import (
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
)

// options are what the pipeline reads, writes and how it extracts.
type options struct {
	Input    string // a glob of JSON-lines files or of WARC files
	Output   string // the articles
	Errors   string // the error records
	MaxBytes int64  // the largest document read; negative: no limit
	Zone     string // the IANA zone of dates that state none
}

// Metric names, in the namespace "newsextract".
const (
	metricNamespace = "newsextract"
	metricArticles  = "articles"
	metricErrors    = "errors"
	metricSkipped   = "skipped"
)

// isWARC reports whether a glob names WARC files, by its extension.
func isWARC(glob string) bool {
	g := strings.TrimSuffix(strings.ToLower(glob), ".gz")
	return path.Ext(g) == ".warc"
}

// build adds the pipeline to s: read, extract, write the articles and
// the errors.
func build(s beam.Scope, o options) {
	cfg := extractConfig{MaxBytes: o.MaxBytes, Zone: o.Zone}
	var articles, errs beam.PCollection
	if isWARC(o.Input) {
		// A WARC file is read and its pages extracted in one place,
		// streaming, so that memory is bounded by the largest page, not
		// by the file; the files are spread over the workers.
		files := beam.Reshuffle(s, fileio.MatchFiles(s, o.Input))
		articles, errs = beam.ParDo2(s, &extractWARCFn{Config: cfg}, files)
	} else {
		lines := textio.Read(s, o.Input)
		articles, errs = beam.ParDo2(s, &extractLineFn{Config: cfg}, lines)
	}
	writeLines(s, o.Output, articles)
	writeLines(s, o.Errors, errs)
}
