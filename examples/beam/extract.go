package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/jsonl"
	"github.com/newsextract/newsextract/model"
)

func init() {
	register.DoFn4x0[context.Context, string, func(string), func(string)]((*extractLineFn)(nil))
	register.Emitter1[string]()
}

// extractConfig configures the Extractor of each worker. Its fields are
// serialized with the DoFn that holds it.
type extractConfig struct {
	MaxBytes int64  `json:"max_bytes"`
	Zone     string `json:"zone"`
}

// extractor builds the Extractor the config describes.
func (c extractConfig) extractor() (*extract.Extractor, error) {
	loc := time.UTC
	if c.Zone != "" {
		l, err := time.LoadLocation(c.Zone)
		if err != nil {
			return nil, fmt.Errorf("time zone %q: %w", c.Zone, err)
		}
		loc = l
	}
	return &extract.Extractor{Location: loc, MaxBytes: c.MaxBytes}, nil
}

// extractor is the part shared by the extracting DoFns: one Extractor
// per DoFn instance, built in Setup, and the counters.
type extractor struct {
	e        *extract.Extractor
	articles beam.Counter
	errors   beam.Counter
}

// setup builds the Extractor and the counters.
func (x *extractor) setup(c extractConfig) error {
	e, err := c.extractor()
	if err != nil {
		return err
	}
	x.e = e
	x.articles = beam.NewCounter(metricNamespace, metricArticles)
	x.errors = beam.NewCounter(metricNamespace, metricErrors)
	return nil
}

// run extracts one document, as HTML or as text, and checks that it
// gives an article. A panic becomes the document's error.
func (x *extractor) run(format string, r io.Reader, src extract.Source) (a *model.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	if format == "text" {
		a, err = x.e.FromText(r, src)
	} else {
		a, err = x.e.FromHTML(r, src)
	}
	if err == nil && (a == nil || a.Title == "" && len(a.Body) == 0) {
		err = errNoArticle
	}
	return a, err
}

// errNoArticle is the error of a document from which neither a title nor
// a body could be extracted.
var errNoArticle = errors.New("no article: neither a title nor a body found")

// emit encodes an output line and sends it to articles or errs, counting
// it.
func (x *extractor) emit(ctx context.Context, v any, ok bool, articles, errs func(string)) {
	var b bytes.Buffer
	if err := model.WriteJSON(&b, v); err != nil {
		// An article always encodes; this is for safety's sake.
		ok = false
		b.Reset()
		fmt.Fprintf(&b, "{\"error\":%q}\n", "encoding the article: "+err.Error())
	}
	line := strings.TrimSuffix(b.String(), "\n")
	if ok {
		x.articles.Inc(ctx, 1)
		articles(line)
		return
	}
	x.errors.Inc(ctx, 1)
	errs(line)
}

// reason returns an error's message without the library's prefix.
func reason(err error) string { return strings.TrimPrefix(err.Error(), "extract: ") }

// lineOut is one line of output of a JSON-lines page.
type lineOut struct {
	ID      json.RawMessage `json:"id"`
	Article *model.Article  `json:"article,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// extractLineFn extracts the article of each JSON-lines page.
type extractLineFn struct {
	Config extractConfig `json:"config"`
	x      extractor
}

// Setup builds the worker's Extractor.
func (f *extractLineFn) Setup() error { return f.x.setup(f.Config) }

// ProcessElement extracts one line's article, or gives its error.
func (f *extractLineFn) ProcessElement(ctx context.Context, line string, articles, errs func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	out := f.article(line)
	f.x.emit(ctx, out, out.Article != nil, articles, errs)
}

// article reads a line and extracts its article.
func (f *extractLineFn) article(line string) lineOut {
	var in jsonl.Page
	if err := json.Unmarshal([]byte(line), &in); err != nil {
		return lineOut{Error: "invalid JSON: " + err.Error()}
	}
	out := lineOut{ID: in.ID}
	format, doc, src, err := in.Document()
	if err != nil {
		out.Error = err.Error()
		return out
	}
	a, err := f.x.run(format, strings.NewReader(doc), src)
	if err != nil {
		out.Error = reason(err)
		return out
	}
	out.Article = a
	return out
}
