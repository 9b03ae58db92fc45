package main

import (
	"io"
	"slices"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
)

// fileResult is the outcome of one input: its article encoded as JSON, or
// the error that stopped it.
type fileResult struct {
	name  string
	json  []byte
	err   error
	bytes int64 // read from the input, after decompression
}

// runFiles extracts every input named by the arguments and prints the
// articles in order.
func runFiles(cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	inputs := expand(cfg.args)
	if cfg.url != "" && len(inputs) > 1 {
		errorf(stderr, "-url names one document, and the arguments name %d", len(inputs))
		return exitUsage
	}
	e := cfg.extractor()
	enc := newEncoder(cfg.pretty)
	rep := newReporter(cfg, stderr, len(inputs), "files")
	work := func(in input) fileResult { return extractFile(e, cfg, in, stdin, enc) }
	emit := func(r fileResult) error {
		rep.done(r.bytes, r.err == nil)
		if r.err != nil {
			rep.fail(r.name, r.err)
			return nil
		}
		_, err := stdout.Write(r.json)
		return err
	}
	err := ordered(cfg.workers, slices.Values(inputs), work, emit)
	rep.finish()
	if err != nil {
		errorf(stderr, "writing output: %v", err)
		return exitFailure
	}
	if rep.errors > 0 {
		return exitFailure
	}
	return exitOK
}

// extractFile reads one input and encodes its article.
func extractFile(e *extract.Extractor, cfg *config, in input, stdin io.Reader, enc *encoder) fileResult {
	res := fileResult{name: in.name}
	r, err := in.open(stdin)
	if err != nil {
		res.err = err
		return res
	}
	defer r.Close()
	cr := &countingReader{r: r}
	src := extract.Source{URL: cfg.url}
	if cfg.charset != "" {
		src.ContentType = "text/html; charset=" + cfg.charset
	}
	var a *model.Article
	switch formatOf(cfg.format, in.name) {
	case "html":
		a, err = e.FromHTML(cr, src)
	case "text":
		a, err = e.FromText(cr, src)
	default:
		a, err = e.From(cr, src)
	}
	res.bytes = cr.n
	if err != nil {
		res.err = err
		return res
	}
	res.json, res.err = enc.encode(a)
	return res
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

// Read reads from the underlying reader, counting the bytes.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
