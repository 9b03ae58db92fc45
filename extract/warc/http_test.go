package warc_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/extract/warc/warctest"
)

func TestReadResponse(t *testing.T) {
	tests := []struct {
		name   string
		record []byte
		status int
		html   bool
		err    error
	}{
		{"html", page("a"), 200, true, nil},
		{"xhtml", warctest.Response("a", "", date, 200, "application/xhtml+xml", "<html/>"), 200, true, nil},
		{"pdf", warctest.Response("a", "", date, 200, "application/pdf", "%PDF"), 200, false, nil},
		{"404", warctest.Response("a", "", date, 404, "text/html", "gone"), 404, true, nil},
		{"request", warctest.Request("a", "", date), 0, false, warc.ErrNotHTTP},
		{"not http", warctest.Record("response", "a", "", date, "application/http", "hello\r\n\r\n"), 0, false, warc.ErrNotHTTP},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := warc.NewReader(bytes.NewReader(tt.record)).Next()
			if err != nil {
				t.Fatal(err)
			}
			resp, err := warc.ReadResponse(rec)
			if !errors.Is(err, tt.err) || tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Errorf("error %v, want %v", err, tt.err)
				}
				return
			}
			if resp.Status != tt.status || resp.IsHTML() != tt.html {
				t.Errorf("status %d, html %v; want %d, %v", resp.Status, resp.IsHTML(), tt.status, tt.html)
			}
		})
	}
}

func TestResponseBody(t *testing.T) {
	rec, _ := warc.NewReader(bytes.NewReader(page("a"))).Next()
	resp, err := warc.ReadResponse(rec)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	if want := "<html><title>a</title><p>Body of a.</p></html>"; err != nil || string(body) != want {
		t.Errorf("body %q, %v; want %q", body, err, want)
	}
	if resp.ContentType() != "text/html; charset=utf-8" {
		t.Errorf("content type %q", resp.ContentType())
	}
}
