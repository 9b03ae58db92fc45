package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/warc/warctest"
)

const warcDate = "2024-03-01T10:20:30Z"

// warcPage returns a response record of an HTML news page named by id.
func warcPage(id string) []byte {
	return warctest.Response(id, "https://example.com/news/"+id, warcDate, 200, "text/html; charset=utf-8",
		"<html><head><title>Headline "+id+"</title></head><body><article><h1>Headline "+id+"</h1>"+
			"<p>The first paragraph of story "+id+" tells what happened in the city on Monday.</p>"+
			"<p>The second paragraph of story "+id+" gives more of the news.</p></article></body></html>")
}

// mixedWARC returns the records of a crawl of two pages: requests, the
// two responses, metadata, a PDF, a 404 and a revisit, which give no
// article.
func mixedWARC() [][]byte {
	return [][]byte{
		warctest.Record("warcinfo", "0", "", warcDate, "application/warc-fields", "software: test\r\n"),
		warctest.Request("1", "https://example.com/news/a", warcDate),
		warcPage("a"),
		warctest.Metadata("2", "https://example.com/news/a", warcDate),
		warctest.Response("3", "https://example.com/file.pdf", warcDate, 200, "application/pdf", "%PDF-1.4"),
		warctest.Response("4", "https://example.com/gone", warcDate, 404, "text/html", "<title>Not found</title><p>No such page.</p>"),
		warctest.Record("revisit", "5", "https://example.com/news/a", warcDate, "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"),
		warctest.Request("6", "https://example.com/news/b", warcDate),
		warcPage("b"),
	}
}

// writeWARC writes the records to a file in dir, gzipped record by record
// when the name ends in .gz.
func writeWARC(t *testing.T, dir, name string, records ...[]byte) string {
	t.Helper()
	data := warctest.Join(records...)
	if strings.HasSuffix(name, ".gz") {
		data = warctest.Gzip(records...)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWARC checks that a crawl's WARC file gives exactly one article for
// each HTML page, with its URL, record and fetch time, and nothing for
// the other records, which the summary counts.
func TestWARC(t *testing.T) {
	for _, name := range []string{"crawl.warc.gz", "crawl.warc"} {
		t.Run(name, func(t *testing.T) {
			p := writeWARC(t, t.TempDir(), name, mixedWARC()...)
			code, stdout, stderr := runCmd(t, "", "-j", "2", p)
			out := wrapped(t, stdout)
			if code != exitOK || len(out) != 2 {
				t.Fatalf("exit %d, %d lines:\n%s\n%s", code, len(out), stdout, stderr)
			}
			for i, id := range []string{"a", "b"} {
				o := out[i]
				if o.File != p || o.URL != "https://example.com/news/"+id || o.Record != "<urn:uuid:"+id+">" ||
					o.Article == nil || o.Article.Title != "Headline "+id || o.Error != "" {
					t.Errorf("line %d: %+v", i, o)
				}
			}
			if want := "1 files, 9 WARC records (7 skipped), 2 articles, 0 errors"; !strings.Contains(stderr, want) {
				t.Errorf("summary %q, want %q", stderr, want)
			}
		})
	}
}

// TestWARCInDirectory checks that WARC files are found in directories,
// beside the pages.
func TestWARCInDirectory(t *testing.T) {
	dir := t.TempDir()
	writeWARC(t, dir, "a.warc.gz", warcPage("a"))
	writeWARC(t, dir, "b.warc", warcPage("b"))
	writeFile(t, filepath.Join(dir, "c.txt"), "Headline c\n\nThe body of it.\n")
	_, stdout, _ := runCmd(t, "", "-q", dir)
	got := strings.Join(wrappedTitles(t, stdout), "|")
	if want := "Headline a|Headline b|Headline c"; got != want {
		t.Errorf("titles %s, want %s", got, want)
	}
}

// TestWARCDamage checks that a record larger than -max-bytes, a record
// whose Content-Length lies and a file cut short each give an error line,
// and that the records after them are still read.
func TestWARCDamage(t *testing.T) {
	body := warctest.HTTP(200, "text/html", "<title>Lying</title><p>A page whose record lies about its length.</p>")
	short := warctest.RecordLength("response", "lie", "https://example.com/lie", warcDate, "application/http", body, len(body)-10)
	long := warctest.RecordLength("response", "lie", "https://example.com/lie", warcDate, "application/http", body, len(body)+1000)
	big := warctest.Response("big", "https://example.com/big", warcDate, 200, "text/html", "<title>Big</title><p>"+strings.Repeat("word ", 400)+"</p>")
	full := warctest.Gzip(warcPage("a"), warcPage("b"))
	cut := full[:len(full)-40]
	tests := []struct {
		name  string
		file  []byte
		args  []string
		want  string // per line: the title or the error
		plain bool
	}{
		{"record over the limit", warctest.Gzip(warcPage("a"), big, warcPage("b")), []string{"-max-bytes", "1000"},
			"Headline a|<urn:uuid:big> record of 2090 bytes is larger than the limit of 1000|Headline b", false},
		{"short Content-Length", warctest.Gzip(warcPage("a"), short, warcPage("b")), nil,
			"Headline a|<urn:uuid:lie> WARC record <urn:uuid:lie> at offset 351: Content-Length does not match the record: the record does not end where its length says|Headline b", false},
		{"long Content-Length", warctest.Gzip(warcPage("a"), long, warcPage("b")), nil,
			"Headline a|<urn:uuid:lie> WARC record <urn:uuid:lie> at offset 351: Content-Length does not match the record: the gzip member ends 996 bytes before it|Headline b", false},
		{"short Content-Length, plain", warctest.Join(warcPage("a"), short, warcPage("b")), nil,
			"Headline a|<urn:uuid:lie> WARC record <urn:uuid:lie> at offset 539: Content-Length does not match the record: the record does not end where its length says|Headline b", true},
		{"truncated", cut, nil,
			"Headline a|<urn:uuid:b> WARC record <urn:uuid:b> at offset 351: truncated WARC file", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "x.warc.gz"
			if tt.plain {
				name = "x.warc"
			}
			p := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(p, tt.file, 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runCmd(t, "", append(append([]string{"-q"}, tt.args...), p)...)
			var got []string
			for _, o := range wrapped(t, stdout) {
				if o.Article != nil {
					got = append(got, o.Article.Title)
				} else {
					got = append(got, o.Record+" "+o.Error)
				}
			}
			if strings.Join(got, "|") != tt.want || code != exitFailure {
				t.Errorf("exit %d, lines\n%s\nwant\n%s\nstderr %s", code, strings.Join(got, "|"), tt.want, stderr)
			}
		})
	}
}

// FuzzWARC reads any bytes as a WARC file, as the program does: it must
// end without a panic, each record giving at most one line, which names
// the file and has an article or an error.
func FuzzWARC(f *testing.F) {
	body := warctest.HTTP(200, "text/html", "<title>T</title><p>Body.</p>")
	f.Add(warctest.Gzip(mixedWARC()...))
	f.Add(warctest.Join(warcPage("a"), []byte("junk\r\n"), warcPage("b")))
	f.Add(warctest.Gzip(warctest.RecordLength("response", "x", "https://example.com/", warcDate, "application/http", body, len(body)-3)))
	f.Add(warctest.Record("response", "y", "", "not a date", "application/http", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\n\r\n<title>\xf0\xd2</title>"))
	cfg, err := parseFlags([]string{"-max-bytes", "100000"}, &bytes.Buffer{})
	if err != nil {
		f.Fatal(err)
	}
	h := &fileHandler{cfg: cfg, extract: extractWith(cfg.extractor()), enc: newEncoder(false, "json"), wrap: true}
	in := input{name: "fuzz.warc"}
	f.Fuzz(func(t *testing.T, data []byte) {
		for item := range h.recordsOf(bytes.NewReader(data)) {
			r := h.handleRecord(in, item)
			if r.json == nil {
				continue
			}
			var o fileOut
			if err := json.Unmarshal(r.json, &o); err != nil || bytes.Count(r.json, []byte("\n")) != 1 {
				t.Fatalf("output %q: %v", r.json, err)
			}
			if o.File != in.name || (o.Article == nil) == (o.Error == "") {
				t.Fatalf("line %+v", o)
			}
		}
	})
}
