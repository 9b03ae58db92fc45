package warc_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/extract/warc/warctest"
)

func TestReadPage(t *testing.T) {
	tests := []struct {
		name   string
		record []byte
		skip   string // the reason, or "" for a page
	}{
		{"page", page("a"), ""},
		{"request", warctest.Request("a", "", date), "request record"},
		{"metadata", warctest.Metadata("a", "", date), "metadata record"},
		{"revisit", warctest.Record("revisit", "a", "", date, "application/http", "HTTP/1.1 200 OK\r\n\r\n"), "revisit record"},
		{"404", warctest.Response("a", "", date, 404, "text/html", "gone"), "status 404"},
		{"pdf", warctest.Response("a", "", date, 200, "application/pdf", "%PDF"), "not HTML"},
		{"resource", warctest.Record("response", "a", "", date, "text/html", "<title>x</title>"), "not an HTTP response"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := warc.NewReader(bytes.NewReader(tt.record)).Next()
			if err != nil {
				t.Fatal(err)
			}
			p, err := warc.ReadPage(rec)
			var skip *warc.SkipError
			switch {
			case tt.skip == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.skip == "":
				body, _ := io.ReadAll(p.Body)
				if p.URL != "https://example.com/a" || p.Fetched.IsZero() || p.ContentType != "text/html; charset=utf-8" || len(body) == 0 {
					t.Errorf("page %+v, body %q", p, body)
				}
			case !errors.As(err, &skip) || skip.Reason != tt.skip:
				t.Errorf("error %v, want the skip %q", err, tt.skip)
			}
		})
	}
}
