package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
)

// sample is the reference article in both forms.
const (
	sampleText  = "../../testdata/bnews-kazakhstan-unsc-presidency.txt"
	sampleHTML  = "../../testdata/bnews-kazakhstan-unsc-presidency.html"
	sampleTitle = "MFA of RK summarized Kazakhstan’s presidency of the UN Security Council"
)

// runCmd runs the program with the given arguments and standard input.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// decodeLines decodes the lines of output, each a T.
func decodeLines[T any](t *testing.T, stdout string) []T {
	t.Helper()
	var out []T
	for l := range strings.Lines(stdout) {
		var v T
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		out = append(out, v)
	}
	return out
}

// articles decodes the lines of output of bare articles.
func articles(t *testing.T, stdout string) []model.Article {
	t.Helper()
	return decodeLines[model.Article](t, stdout)
}

// wrapped decodes the lines of output of many files.
func wrapped(t *testing.T, stdout string) []fileOut {
	t.Helper()
	out := decodeLines[fileOut](t, stdout)
	for _, o := range out {
		if o.File == "" {
			t.Fatalf("output line without a file: %+v", o)
		}
	}
	return out
}

// wrappedTitles returns the titles of the lines of output of many files,
// with "error" for an error line.
func wrappedTitles(t *testing.T, stdout string) []string {
	t.Helper()
	var out []string
	for _, o := range wrapped(t, stdout) {
		if o.Article == nil {
			out = append(out, "error")
		} else {
			out = append(out, o.Article.Title)
		}
	}
	return out
}

func titles(as []model.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Title)
	}
	return out
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"bad format", []string{"-format", "pdf"}, `-format "pdf"`},
		{"bad ref", []string{"-ref", "tomorrow"}, "-ref"},
		{"bad tz", []string{"-tz", "Mars/Olympus"}, `-tz "Mars/Olympus": no such time zone`},
		{"bad charset", []string{"-charset", "klingon"}, `-charset "klingon": no such charset`},
		{"bad flag after a file", []string{sampleText, "-charset", "klingon"}, `-charset "klingon"`},
		{"wrap jsonl", []string{"-jsonl", "-wrap"}, "-wrap"},
		{"no workers", []string{"-j", "0"}, "-j 0"},
		{"pretty jsonl", []string{"-jsonl", "-pretty"}, "-pretty"},
		{"jsonl with files", []string{"-jsonl", sampleText}, "-jsonl"},
		{"jsonl with url", []string{"-jsonl", "-url", "http://x"}, "-url"},
		{"url with two files", []string{"-url", "http://x", sampleText, sampleHTML}, "-url"},
		{"unknown flag", []string{"-frobnicate"}, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit status %d, want %d", code, exitUsage)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr = %q, want it to mention %q", stderr, tt.want)
			}
		})
	}
}

// TestFlagsAnywhere checks that flags are read after file names too, and
// that "--" ends them.
func TestFlagsAnywhere(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", sampleText, "-pretty", "-q")
	if code != exitOK || stderr != "" || !strings.HasPrefix(stdout, "{\n  \"") {
		t.Errorf("flags after a file: exit %d, stderr %q, output %.40q", code, stderr, stdout)
	}
	code, stdout, stderr = runCmd(t, "", "-q", sampleText, "--", "-pretty")
	if code != exitFailure || !strings.Contains(stderr, "-pretty: no such file") ||
		strings.Count(stdout, "\n") != 2 {
		t.Errorf("a file after --: exit %d, stderr %q, output %.80q", code, stderr, stdout)
	}
}

// TestCharsetKnown checks that a known charset is accepted in any spelling.
func TestCharsetKnown(t *testing.T) {
	for _, name := range []string{"utf-8", "Windows-1251", " latin1 "} {
		if code, _, stderr := runCmd(t, "", "-q", "-charset", name, sampleText); code != exitOK {
			t.Errorf("-charset %q: exit %d, stderr %q", name, code, stderr)
		}
	}
}

func TestHelp(t *testing.T) {
	code, _, stderr := runCmd(t, "", "-h")
	if code != exitOK || !strings.Contains(stderr, "-jsonl") {
		t.Errorf("exit status %d, stderr %q", code, stderr)
	}
}

func TestParseTime(t *testing.T) {
	almaty := time.FixedZone("ALMT", 6*3600)
	tests := []struct {
		in   string
		loc  *time.Location
		want string
	}{
		{"2018-02-03T10:00:00+06:00", time.UTC, "2018-02-03T10:00:00+06:00"},
		{"2018-02-03T04:00:00Z", almaty, "2018-02-03T04:00:00Z"},
		{"2018-02-03", time.UTC, "2018-02-03T00:00:00Z"},
		{"2018-02-03", almaty, "2018-02-03T00:00:00+06:00"},
	}
	for _, tt := range tests {
		got, err := parseTime(tt.in, tt.loc)
		if err != nil || got.Format(time.RFC3339) != tt.want {
			t.Errorf("parseTime(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "03.02.2018", "2018-02-30", "yesterday"} {
		if _, err := parseTime(bad, time.UTC); err == nil {
			t.Errorf("parseTime(%q) succeeded", bad)
		}
	}
}

func TestOneFile(t *testing.T) {
	for _, path := range []string{sampleText, sampleHTML} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", "-q", path)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit status %d, stderr %q", code, stderr)
			}
			as := articles(t, stdout)
			if len(as) != 1 || as[0].Title != sampleTitle {
				t.Fatalf("titles %q, want [%q]", titles(as), sampleTitle)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	text, err := os.ReadFile(sampleText)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-q"}, {"-q", "-"}, {"-q", "-format", "text"}} {
		code, stdout, stderr := runCmd(t, string(text), args...)
		if code != exitOK || stderr != "" {
			t.Fatalf("%v: exit status %d, stderr %q", args, code, stderr)
		}
		if as := articles(t, stdout); len(as) != 1 || as[0].Title != sampleTitle {
			t.Errorf("%v: titles %q", args, titles(as))
		}
	}
}

// TestFlagsReachExtractor checks -url, -ref, -tz and -max-bytes.
func TestFlagsReachExtractor(t *testing.T) {
	const url = "https://bnews.kz/en/news/sample"
	code, stdout, _ := runCmd(t, "", "-q", "-url", url, sampleText)
	if as := articles(t, stdout); code != exitOK || len(as) != 1 || as[0].URL != url {
		t.Errorf("-url: exit %d, articles %+v", code, as)
	}

	// The sample prints its date without a year: the reference supplies it.
	code, stdout, _ = runCmd(t, "", "-q", "-ref", "2019-02-10", "-tz", "Asia/Almaty", sampleText)
	if as := articles(t, stdout); code != exitOK || len(as) != 1 || as[0].Published.Year() != 2019 {
		t.Errorf("-ref: exit %d, published %v", code, as)
	}

	code, stdout, stderr := runCmd(t, "", "-q", "-max-bytes", "100", sampleText)
	if code != exitFailure || stdout != "" || !strings.Contains(stderr, sampleText) ||
		!strings.Contains(stderr, "size limit") {
		t.Errorf("-max-bytes: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestPretty(t *testing.T) {
	code, stdout, _ := runCmd(t, "", "-q", "-pretty", sampleText)
	if code != exitOK || !strings.HasPrefix(stdout, "{\n  \"") {
		t.Fatalf("exit %d, output %.40q", code, stdout)
	}
	var a model.Article
	if err := json.Unmarshal([]byte(stdout), &a); err != nil || a.Title != sampleTitle {
		t.Errorf("title %q, err %v", a.Title, err)
	}
}

// TestFailuresInPlace checks that a failing input is named on stderr, the
// others are printed in order, and the exit status is 1.
func TestFailuresInPlace(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	writeFile(t, empty, "  \n")
	badGzip := filepath.Join(dir, "bad.html.gz")
	writeFile(t, badGzip, "this is plain text, not gzip")
	missing := filepath.Join(dir, "missing.html")
	code, stdout, stderr := runCmd(t, "", "-j", "3", sampleText, empty, missing, badGzip,
		filepath.Join(dir, "*.none"), sampleHTML)
	if code != exitFailure {
		t.Errorf("exit status %d, want %d", code, exitFailure)
	}
	got := wrapped(t, stdout)
	wantFiles := []string{sampleText, empty, missing, badGzip, filepath.Join(dir, "*.none"), sampleHTML}
	if len(got) != len(wantFiles) {
		t.Fatalf("%d lines out, want %d:\n%s", len(got), len(wantFiles), stdout)
	}
	for i, o := range got {
		wantArticle := i == 0 || i == len(got)-1
		if o.File != wantFiles[i] || (o.Article != nil) != wantArticle || (o.Error != "") == wantArticle {
			t.Errorf("line %d: file %q, article %v, error %q", i, o.File, o.Article != nil, o.Error)
		}
	}
	wantErrors := []string{
		empty + ": input has no text",
		missing + ": no such file or directory",
		badGzip + ": gzip: invalid header",
		filepath.Join(dir, "*.none") + ": no file matches",
		"6 files, 2 articles, 4 errors",
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != len(wantErrors) {
		t.Fatalf("stderr has %d lines, want %d:\n%s", len(lines), len(wantErrors), stderr)
	}
	for i, want := range wantErrors {
		if !strings.Contains(lines[i], want) {
			t.Errorf("stderr line %d = %q, want it to contain %q", i, lines[i], want)
		}
	}
}

// TestDirectory checks the recursive search, gzip and the order of output.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(sampleText)
	if err != nil {
		t.Fatal(err)
	}
	other := "Second headline of the day\n\nThe second article has a body of its own, which says little.\n"
	writeFile(t, filepath.Join(dir, "b", "2.txt"), other)
	writeGzip(t, filepath.Join(dir, "a", "1.TXT.gz"), text)
	writeFile(t, filepath.Join(dir, "a", "skip.json"), "{}")
	writeFile(t, filepath.Join(dir, "c.htm"), "<html><body><h1>Third headline</h1><p>Body.</p></body></html>")
	code, stdout, stderr := runCmd(t, "", "-j", "2", dir)
	if code != exitOK {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	want := []string{sampleTitle, "Second headline of the day", "Third headline"}
	if got := wrappedTitles(t, stdout); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", got, want)
	}
	if !strings.Contains(stderr, "3 files, 3 articles, 0 errors") {
		t.Errorf("summary %q", stderr)
	}

	// The same files by a glob.
	_, stdout, _ = runCmd(t, "", "-q", filepath.Join(dir, "*", "*"))
	if got := wrappedTitles(t, stdout); len(got) != 3 {
		// a/1.TXT.gz, a/skip.json (read by auto-detection), b/2.txt
		t.Errorf("glob: titles %q", got)
	}
}

// TestOrderKept compares the output of one worker and of many on all the
// test documents.
func TestOrderKept(t *testing.T) {
	args := []string{"-q", "../../testdata"}
	code1, out1, _ := runCmd(t, "", append([]string{"-j", "1"}, args...)...)
	code8, out8, _ := runCmd(t, "", append([]string{"-j", "8"}, args...)...)
	if code1 != code8 || out1 != out8 {
		t.Errorf("-j 1 and -j 8 differ: exit %d and %d", code1, code8)
	}
	if n := strings.Count(out1, "\n"); n < 5 {
		t.Errorf("%d articles from testdata, want more", n)
	}
}

// TestSameAsLibrary checks the program's output against the library's.
func TestSameAsLibrary(t *testing.T) {
	for _, path := range []string{sampleText, sampleHTML} {
		_, stdout, _ := runCmd(t, "", "-q", path)
		if want := libraryJSON(t, path); stdout != want {
			t.Errorf("%s:\n got %.200s\nwant %.200s", path, stdout, want)
		}
	}
}

// libraryJSON is the line the program should print for a file.
func libraryJSON(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var e extract.Extractor
	var a *model.Article
	if strings.HasSuffix(path, ".html") {
		a, err = e.FromHTML(f, extract.Source{})
	} else {
		a, err = e.FromText(f, extract.Source{})
	}
	if err != nil {
		t.Fatal(err)
	}
	b, err := newEncoder(false, "json").encode(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeGzip(t *testing.T, path string, content []byte) {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(content)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, b.String())
}
