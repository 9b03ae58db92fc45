package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/newsextract/newsextract/extract"
)

// config is what the command line asks for.
type config struct {
	format   string // "auto", "html" or "text"
	output   string // "json", "markdown" or "text"
	ref      time.Time
	loc      *time.Location
	url      string
	charset  string
	maxBytes int64
	workers  int
	jsonl    bool
	pretty   bool
	wrap     bool
	quiet    bool
	args     []string
}

// parseFlags reads the command line. Usage errors are returned, and the
// usage text goes to stderr.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: extract [flags] [FILE|DIR|GLOB ...]\n       extract -jsonl [flags] < in.jsonl > out.jsonl")
		fs.PrintDefaults()
	}
	cfg := &config{}
	fs.StringVar(&cfg.format, "format", "auto", "input `format`: auto, html or text")
	fs.StringVar(&cfg.output, "o", "json", "`output`: json (the article), markdown or text (its rendering)")
	ref := fs.String("ref", "", "reference `time` the documents were fetched, RFC 3339 or 2006-01-02")
	tz := fs.String("tz", "", "IANA time `zone` of dates that state none (default UTC)")
	fs.StringVar(&cfg.url, "url", "", "source `URL` of the document (one input only)")
	fs.StringVar(&cfg.charset, "charset", "", "`charset` of the input files, as an HTTP header would give it")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", extract.DefaultMaxBytes, "largest document read, in `bytes`; negative: no limit")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "number of `workers` (at most 4 a CPU)")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read JSON lines {id, url, html|text, fetched} and write {id, article|error}")
	fs.BoolVar(&cfg.pretty, "pretty", false, "indent the JSON output")
	fs.BoolVar(&cfg.wrap, "wrap", false, "print {file, article|error} for a single file too")
	fs.BoolVar(&cfg.quiet, "q", false, "print no progress bar and no summary")
	files, err := parseArgs(fs, args)
	if err != nil {
		return nil, err
	}
	cfg.args = files
	if err := cfg.finish(*ref, *tz); err != nil {
		return nil, err
	}
	return cfg, nil
}

// parseArgs parses the flags wherever they stand among the arguments and
// returns the others; "--" ends the flags, so that a file whose name
// begins with "-" can be named after it.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if parsed := args[:len(args)-len(rest)]; len(parsed) > 0 && parsed[len(parsed)-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// finish parses the flags given as strings and checks them and their
// combination.
func (c *config) finish(ref, tz string) error {
	switch c.format {
	case "auto", "html", "text":
	default:
		return fmt.Errorf("-format %q: want auto, html or text", c.format)
	}
	switch c.output {
	case "json", "markdown", "text":
	default:
		return fmt.Errorf("-o %q: want json, markdown or text", c.output)
	}
	if c.charset != "" {
		if enc, _ := charset.Lookup(c.charset); enc == nil {
			return fmt.Errorf("-charset %q: no such charset", c.charset)
		}
	}
	c.loc = time.UTC
	if tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			return fmt.Errorf("-tz %q: no such time zone", tz)
		}
		c.loc = loc
	}
	if ref != "" {
		t, err := parseTime(ref, c.loc)
		if err != nil {
			return fmt.Errorf("-ref: %w", err)
		}
		c.ref = t
	}
	switch {
	case c.workers < 1:
		return fmt.Errorf("-j %d: want at least 1", c.workers)
	case c.jsonl && c.pretty:
		return errors.New("-pretty makes more than one line per article: not with -jsonl")
	case c.jsonl && c.wrap:
		return errors.New("-wrap is for files: -jsonl lines carry their id")
	case c.jsonl && len(c.args) > 0:
		return errors.New("-jsonl reads standard input only: no file arguments")
	case c.jsonl && c.url != "":
		return errors.New("-url names one document: with -jsonl each line has its own")
	}
	return nil
}

// parseTime reads a time in RFC 3339 or as a date, which is taken as
// midnight in loc.
func parseTime(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.ParseInLocation(time.DateOnly, s, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither RFC 3339 nor 2006-01-02", s)
	}
	return t, nil
}

// extractor returns the Extractor the flags configure.
func (c *config) extractor() *extract.Extractor {
	return &extract.Extractor{Location: c.loc, Reference: c.ref, MaxBytes: c.maxBytes}
}
