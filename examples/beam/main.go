package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsextract/newsextract/extract"
)

func main() {
	var o options
	flag.StringVar(&o.Input, "input", "", "pages to read: a glob of JSON-lines files (.gz too) or of WARC files (.warc, .warc.gz)")
	flag.StringVar(&o.Output, "output", "articles.jsonl", "file of the articles, one JSON line each")
	flag.StringVar(&o.Errors, "errors", "errors.jsonl", "file of the error records, one JSON line each")
	flag.Int64Var(&o.MaxBytes, "max_bytes", extract.DefaultMaxBytes, "largest document read, in bytes; negative: no limit")
	flag.StringVar(&o.Zone, "tz", "", "IANA time zone of dates that state none (default UTC)")
	flag.Parse()
	beam.Init()
	if o.Input == "" {
		log.Fatal("-input is required")
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, o)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
