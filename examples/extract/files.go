package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
)

// fileOut is one line of output in file mode when the arguments may name
// many files: the input's name, with its article or its error.
type fileOut struct {
	File    string         `json:"file"`
	URL     string         `json:"url,omitempty"`    // a WARC record's WARC-Target-URI
	Record  string         `json:"record,omitempty"` // a WARC record's WARC-Record-ID
	Article *model.Article `json:"article,omitempty"`
	Error   string         `json:"error,omitempty"`
}

// fileResult is the outcome of one input: its line of output (nil for a
// failure when no error line is printed), and the error that stopped it.
type fileResult struct {
	name   string
	json   []byte
	err    error
	bytes  int64     // read from the input, after decompression
	record *warcItem // the WARC record it is of; nil for an input read whole
}

// fileHandler turns one input into its result.
type fileHandler struct {
	cfg     *config
	extract extractFunc
	enc     *encoder
	stdin   io.Reader
	wrap    bool // print {"file", "article"|"error"} lines, not bare articles
}

// runFiles extracts every input named by the arguments and prints the
// articles in order.
func runFiles(ctx context.Context, cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	inputs, one := expand(cfg.args)
	if cfg.url != "" && len(inputs) > 1 {
		errorf(stderr, "-url names one document, and the arguments name %d", len(inputs))
		return exitUsage
	}
	if cfg.url != "" && slices.ContainsFunc(inputs, func(in input) bool { return isWARC(in.name) }) {
		errorf(stderr, "-url names one document: a WARC file's records carry their own")
		return exitUsage
	}
	h := &fileHandler{cfg: cfg, extract: extractWith(cfg.extractor()), enc: newEncoder(cfg.pretty, cfg.output),
		stdin: stdin, wrap: cfg.wrap || !one}
	rep := newReporter(cfg, stderr, len(inputs), "files")
	emit := func(r fileResult) error {
		rep.result(r)
		if r.err != nil {
			rep.fail(r.name, r.err)
		}
		if r.json == nil {
			return nil
		}
		if _, err := stdout.Write(r.json); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	}
	lim := cfg.limits(len(inputs))
	lim.setMemoryLimit()
	err := ordered(ctx, lim, h.units(inputs), unit.weight, h.handleUnit, emit)
	rep.finish()
	return exitStatus(err, rep.errors > 0, stderr)
}

// handleUnit does one unit of work: a WARC record, or an input read whole.
func (h *fileHandler) handleUnit(u unit) fileResult {
	if u.rec != nil {
		return h.handleRecord(u.in, u.rec)
	}
	return h.handle(u.in)
}

// handle reads one input and encodes its line of output.
func (h *fileHandler) handle(in input) fileResult {
	res := fileResult{name: in.name}
	var a *model.Article
	a, res.bytes, res.err = h.read(in)
	var err error
	switch {
	case h.wrap:
		out := fileOut{File: in.name, Article: a}
		if res.err != nil {
			out.Error = reason(res.err)
		}
		res.json, err = h.enc.encode(out)
	case res.err == nil:
		res.json, err = h.enc.encode(a)
	}
	if err != nil {
		// An article always encodes; this is for safety's sake.
		res.json, res.err = nil, fmt.Errorf("encoding the article: %w", err)
	}
	return res
}

// read extracts the article of one input and counts the bytes it read. An
// error reading the input is given as it is, without the library's words
// around it.
func (h *fileHandler) read(in input) (*model.Article, int64, error) {
	r, err := in.open(h.stdin)
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	cr := &countingReader{r: r}
	src := extract.Source{URL: h.cfg.url}
	if h.cfg.charset != "" {
		src.ContentType = "text/html; charset=" + h.cfg.charset
	}
	a, err := extractOne(h.extract, formatOf(h.cfg.format, in.name), cr, src)
	if cr.err != nil {
		err = cr.err
	}
	return a, cr.n, err
}

// countingReader counts the bytes read through it and keeps the error that
// ended the reading, unless that is io.EOF.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

// Read reads from the underlying reader, counting the bytes.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		c.err = err
	}
	return n, err
}
