package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/newsextract/newsextract/extract/warc/warctest"
)

// TestMain runs the tests on Beam's local runner, prism, unless -runner
// names another; the runner's log is kept only with -v.
func TestMain(m *testing.M) {
	flag.Parse()
	if !testing.Verbose() {
		slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	}
	ptest.Main(m)
}

// sampleHTML is the reference page of the repository.
const sampleHTML = "../../testdata/bnews-kazakhstan-unsc-presidency.html"

// pageLines returns JSON-lines pages: the sample page, two small ones,
// a text, and lines that give errors.
func pageLines(t *testing.T) string {
	t.Helper()
	html, err := os.ReadFile(sampleHTML)
	if err != nil {
		t.Fatal(err)
	}
	lines := []map[string]any{
		{"id": "sample", "url": "https://bnews.kz/en/news/x", "html": string(html), "fetched": "2018-02-03T10:00:00Z"},
		{"id": 2, "url": "https://example.com/a", "html": "<html><title>Headline a</title><p>The story of a tells what happened.</p></html>"},
		{"id": "text", "text": "Headline of a text\n\nIts one paragraph tells the news.\n"},
		{"id": "empty", "html": "<html></html>"},
		{"id": "neither"},
	}
	var b strings.Builder
	for _, l := range lines {
		j, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	b.WriteString("{not json\n")
	return b.String()
}

// runPipeline runs the pipeline on input, and returns the lines of its
// two outputs, sorted, and its counters.
func runPipeline(t *testing.T, input string) (articles, errs []string, counters map[string]int64) {
	t.Helper()
	dir := t.TempDir()
	o := options{Input: input, Output: filepath.Join(dir, "articles.jsonl"), Errors: filepath.Join(dir, "errors.jsonl"), MaxBytes: 1 << 20}
	p, s := beam.NewPipelineWithRoot()
	build(s, o)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	counters = map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == metricNamespace {
			counters[c.Name()] += c.Result()
		}
	}
	return readLines(t, o.Output), readLines(t, o.Errors), counters
}

// readLines returns the lines of a file, sorted.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	slices.Sort(out)
	return out
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// TestJSONLines runs the pipeline on JSON-lines pages end to end.
func TestJSONLines(t *testing.T) {
	in := writeFile(t, filepath.Join(t.TempDir(), "pages.jsonl"), []byte(pageLines(t)))
	articles, errs, counters := runPipeline(t, in)
	if len(articles) != 3 || len(errs) != 3 {
		t.Fatalf("%d articles, %d errors:\n%s\n%s", len(articles), len(errs), strings.Join(articles, "\n"), strings.Join(errs, "\n"))
	}
	if !strings.Contains(strings.Join(articles, "\n"), `"title":"MFA of RK summarized Kazakhstan’s presidency of the UN Security Council"`) {
		t.Errorf("no sample article in\n%.500s", strings.Join(articles, "\n"))
	}
	wantErrs := []string{
		`{"id":"empty","error":"input has no text"}`,
		`{"id":"neither","error":"neither \"html\" nor \"text\" given"}`,
		`{"id":null,"error":"invalid JSON: invalid character 'n' looking for beginning of object key string"}`,
	}
	slices.Sort(wantErrs)
	if !slices.Equal(errs, wantErrs) {
		t.Errorf("errors\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(wantErrs, "\n"))
	}
	if counters[metricArticles] != 3 || counters[metricErrors] != 3 {
		t.Errorf("counters %v", counters)
	}
}

// TestWARC runs the pipeline on a WARC file of a crawl: one article for
// each HTML page, the other records counted as skipped, a damaged record
// an error line, and the records after it still read.
func TestWARC(t *testing.T) {
	const date = "2024-03-01T10:20:30Z"
	page := func(id string) []byte {
		return warctest.Response(id, "https://example.com/"+id, date, 200, "text/html; charset=utf-8",
			"<html><title>Headline "+id+"</title><p>The story of "+id+" tells what happened in the city.</p></html>")
	}
	body := warctest.HTTP(200, "text/html", "<title>Lying</title><p>A record that lies about its length.</p>")
	lying := warctest.RecordLength("response", "lie", "https://example.com/lie", date, "application/http", body, len(body)-10)
	file := warctest.Gzip(
		warctest.Request("r1", "https://example.com/a", date),
		page("a"),
		warctest.Metadata("m1", "https://example.com/a", date),
		warctest.Response("pdf", "https://example.com/p.pdf", date, 200, "application/pdf", "%PDF"),
		warctest.Response("404", "https://example.com/gone", date, 404, "text/html", "<title>Not found</title>"),
		lying,
		page("b"),
	)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "crawl.warc.gz"), file)
	articles, errs, counters := runPipeline(t, filepath.Join(dir, "*.warc.gz"))
	var titles []string
	for _, l := range articles {
		var out recordOut
		if err := json.Unmarshal([]byte(l), &out); err != nil || out.Article == nil {
			t.Fatalf("line %s: %v", l, err)
		}
		if out.URL != "https://example.com/"+strings.TrimPrefix(out.Article.Title, "Headline ") || out.Record == "" ||
			!strings.HasSuffix(out.File, "crawl.warc.gz") {
			t.Errorf("line %s", l)
		}
		titles = append(titles, out.Article.Title)
	}
	if !slices.Equal(titles, []string{"Headline a", "Headline b"}) {
		t.Errorf("titles %v", titles)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], `"record":"<urn:uuid:lie>"`) {
		t.Errorf("errors %v", errs)
	}
	if counters[metricArticles] != 2 || counters[metricErrors] != 1 || counters[metricSkipped] != 4 {
		t.Errorf("counters %v", counters)
	}
}

// TestNoErrors checks that the file of errors is written when there are
// none.
func TestNoErrors(t *testing.T) {
	in := writeFile(t, filepath.Join(t.TempDir(), "pages.jsonl"), []byte(`{"id":1,"html":"<title>Headline</title><p>The story.</p>"}`+"\n"))
	articles, errs, _ := runPipeline(t, in)
	if len(articles) != 1 || len(errs) != 0 {
		t.Errorf("articles %v, errors %v", articles, errs)
	}
}

// TestSameAsStream checks that the example program's stream mode gives
// the same lines as the pipeline on the same input.
func TestSameAsStream(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the example program with")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "extract")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = "../extract"
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	lines := pageLines(t)
	cmd := exec.Command(bin, "-jsonl", "-q", "-max-bytes", "1048576")
	cmd.Stdin = strings.NewReader(lines)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("extract -jsonl: %v", err)
	}
	stream := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	slices.Sort(stream)
	articles, errs, _ := runPipeline(t, writeFile(t, filepath.Join(dir, "pages.jsonl"), []byte(lines)))
	pipeline := append(articles, errs...)
	slices.Sort(pipeline)
	if !slices.Equal(stream, pipeline) {
		t.Errorf("stream mode\n%s\npipeline\n%s", strings.Join(stream, "\n"), strings.Join(pipeline, "\n"))
	}
}
