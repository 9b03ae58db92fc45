package main

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
)

// panicky is an extractFunc that panics on a document that says "boom".
func panicky(format string, r io.Reader, src extract.Source) (*model.Article, error) {
	b, _ := io.ReadAll(r)
	if strings.Contains(string(b), "boom") {
		panic("boom")
	}
	return &model.Article{Title: strings.TrimSpace(string(b))}, nil
}

// TestPanicIsolated checks that a panic in the extraction of one line of
// the stream becomes that line's error, and the lines after it still come.
func TestPanicIsolated(t *testing.T) {
	h := &streamHandler{extract: panicky, enc: newEncoder(false, "json")}
	lines := []string{`{"id":1,"text":"one"}`, `{"id":2,"text":"boom"}`, `{"id":3,"text":"three"}`}
	want := []string{
		`{"id":1,"article":{"title":"one"}}`,
		`{"id":2,"error":"internal error: boom"}`,
		`{"id":3,"article":{"title":"three"}}`,
	}
	for i, l := range lines {
		r := h.handle(line{data: []byte(l), size: int64(len(l))})
		if got := strings.TrimSpace(string(r.json)); got != want[i] || r.ok != (i != 1) {
			t.Errorf("line %d: %s (ok %v), want %s", i, got, r.ok, want[i])
		}
	}
}

// TestPanicIsolatedFiles checks the same of files.
func TestPanicIsolatedFiles(t *testing.T) {
	cfg, err := parseFlags([]string{"-q"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	h := &fileHandler{cfg: cfg, extract: panicky, enc: newEncoder(false, "json"), stdin: strings.NewReader("boom"), wrap: true}
	r := h.handle(input{name: stdinName})
	if want := `{"file":"stdin","error":"internal error: boom"}` + "\n"; string(r.json) != want || r.err == nil {
		t.Errorf("%s (err %v), want %s", r.json, r.err, want)
	}
}

// TestNoArticle checks that a document from which neither a title nor a
// body comes is an error, in both modes.
func TestNoArticle(t *testing.T) {
	const nav = `<nav><a href="/">Home</a> <a href="/news">News</a></nav>`
	code, stdout, stderr := runCmd(t, nav, "-format", "html")
	if code != exitFailure || stdout != "" || !strings.Contains(stderr, "stdin: no article") ||
		!strings.Contains(stderr, "1 files, 0 articles, 1 errors") {
		t.Errorf("file: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, `{"id":1,"html":"`+strings.ReplaceAll(nav, `"`, `\"`)+`"}`, "-jsonl", "-q")
	if want := `{"id":1,"error":"no article found: neither a title nor a body"}` + "\n"; code != exitOK || stdout != want {
		t.Errorf("stream: exit %d, stdout %q, want %q", code, stdout, want)
	}
	if err := checkArticle(&model.Article{Body: []string{"x"}}); err != nil {
		t.Errorf("an article with a body: %v", err)
	}
	if err := checkArticle(nil); !errors.Is(err, extract.ErrNoArticle) {
		t.Errorf("no article: %v", err)
	}
}
