package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// streamLine is an output line decoded loosely, to check its shape.
type streamLine struct {
	ID      json.RawMessage `json:"id"`
	Article *struct {
		URL       string `json:"url"`
		Title     string `json:"title"`
		Published string `json:"published"`
	} `json:"article"`
	Error *string `json:"error"`
}

func TestStream(t *testing.T) {
	sampleHTMLJSON := jsonString(t, readFile(t, sampleHTML))
	sampleTextJSON := jsonString(t, readFile(t, sampleText))
	tests := []struct {
		name      string
		in        string
		id        string // the id expected, as JSON
		title     string // the article's title; "" for an error line
		errorPart string // part of the error expected
	}{
		{name: "html", in: `{"id":"a1","url":"https://bnews.kz/x","html":` + sampleHTMLJSON + `}`,
			id: `"a1"`, title: sampleTitle},
		{name: "text", in: `{"id":2,"text":` + sampleTextJSON + `}`, id: `2`, title: sampleTitle},
		{name: "fetched", in: `{"id":3,"text":` + sampleTextJSON + `,"fetched":"2019-02-10T00:00:00Z"}`,
			id: `3`, title: sampleTitle},
		{name: "crlf", in: `{"id":4,"text":"Headline of the day\n\nBody of it."}` + "\r", id: `4`,
			title: "Headline of the day"},
		{name: "charset declared by the page", in: `{"id":5,"html":"<meta charset=windows-1251><h1>Привет, мир</h1><p>Текст.</p>"}`,
			id: `5`, title: "Привет, мир"},
		{name: "object id", in: `{"id":{"k":[1,2]},"text":"Headline\n\nBody."}`, id: `{"k":[1,2]}`, title: "Headline"},
		{name: "no id", in: `{"text":"Headline\n\nBody."}`, id: `null`, title: "Headline"},
		{name: "invalid JSON", in: `{"id":"x1","html":"<p>unterminated`, id: `"x1"`, errorPart: "invalid JSON"},
		{name: "id after damage", in: `{"html":"<p>" "id":"x2"}`, id: `null`, errorPart: "invalid JSON"},
		{name: "not an object", in: `[1,2,3]`, id: `null`, errorPart: "invalid JSON"},
		{name: "garbage", in: "\x00\xff garbage", id: `null`, errorPart: "invalid JSON"},
		{name: "neither", in: `{"id":6,"url":"https://x"}`, id: `6`, errorPart: `neither "html" nor "text"`},
		{name: "null html", in: `{"id":7,"html":null}`, id: `7`, errorPart: `neither "html" nor "text"`},
		{name: "both", in: `{"id":8,"html":"<p>a</p>","text":"a"}`, id: `8`, errorPart: `both`},
		{name: "bad fetched", in: `{"id":9,"text":"a","fetched":"yesterday"}`, id: `9`, errorPart: "fetched"},
		{name: "empty text", in: `{"id":10,"text":"   "}`, id: `10`, errorPart: "no text"},
		{name: "wrong type", in: `{"id":11,"text":42}`, id: `11`, errorPart: "invalid JSON"},
		{name: "empty line", in: ``, id: `null`, errorPart: "empty line"},
		{name: "too large", in: `{"id":12,"text":"` + strings.Repeat("word ", 5000) + `"}`, id: `12`, errorPart: "size limit"},
		{name: "too long", in: `{"id":13,"text":"` + strings.Repeat("word ", 10_000) + `"}`, id: `13`, errorPart: "longer than the limit"},
	}
	var in strings.Builder
	for _, tt := range tests {
		in.WriteString(tt.in + "\n")
	}
	// Documents of 20,000 bytes at most, lines of 40,000.
	code, stdout, stderr := runStreamWithLimit(t, in.String(), 20_000, 40_000)
	if code != exitOK {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(tests) {
		t.Fatalf("%d lines out for %d in:\n%s", len(lines), len(tests), stdout)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeStreamLine(t, lines[i])
			if string(got.ID) != tt.id {
				t.Errorf("id = %s, want %s", got.ID, tt.id)
			}
			if tt.errorPart != "" {
				if got.Error == nil || !strings.Contains(*got.Error, tt.errorPart) {
					t.Errorf("line %s, want an error with %q", lines[i], tt.errorPart)
				}
				return
			}
			if got.Article == nil || got.Article.Title != tt.title {
				t.Errorf("line %.300s, want the title %q", lines[i], tt.title)
			}
		})
	}
	if want := fmt.Sprintf("%d lines, 7 articles, %d errors", len(tests), len(tests)-7); !strings.Contains(stderr, want) {
		t.Errorf("summary %q, want %q", stderr, want)
	}
}

// runStreamWithLimit runs -jsonl mode with a line limit of its own.
func runStreamWithLimit(t *testing.T, stdin string, maxBytes, limit int64) (int, string, string) {
	t.Helper()
	cfg, err := parseFlags([]string{"-jsonl", "-j", "3", "-max-bytes", fmt.Sprint(maxBytes)}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	h := &streamHandler{extract: extractWith(cfg.extractor()), enc: newEncoder(false, "json")}
	rep := newReporter(cfg, &errOut, 0, "lines")
	lr := &lineReader{br: bufio.NewReaderSize(strings.NewReader(stdin), 16), limit: limit}
	err = ordered(context.Background(), cfg.limits(0), lr.lines(), line.weight, h.handle, func(r streamResult) error {
		if r.fatal != nil {
			return r.fatal
		}
		rep.done(r.bytes, r.ok)
		_, err := out.Write(r.json)
		return err
	})
	rep.finish()
	if err != nil {
		return exitFailure, out.String(), errOut.String()
	}
	return exitOK, out.String(), errOut.String()
}

// TestStreamRun runs -jsonl mode through run, with a last line that has no
// newline.
func TestStreamRun(t *testing.T) {
	in := `{"id":1,"text":"Headline\n\nBody."}` + "\n" + `{"id":2,"text":"Other\n\nBody."}`
	code, stdout, stderr := runCmd(t, in, "-jsonl", "-q")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	want := `{"id":1,"article":{"title":"Headline","body":["Body."]}}` + "\n" +
		`{"id":2,"article":{"title":"Other","body":["Body."]}}` + "\n"
	if stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
	}
}

// TestStreamOrder sends many lines through many workers.
func TestStreamOrder(t *testing.T) {
	var in strings.Builder
	const n = 200
	for i := range n {
		if i%7 == 3 {
			in.WriteString("broken line\n")
			continue
		}
		fmt.Fprintf(&in, `{"id":%d,"text":"Headline number %d\n\n%s"}`+"\n", i, i, strings.Repeat("Body text. ", i%50+1))
	}
	code, stdout, _ := runCmd(t, in.String(), "-jsonl", "-q", "-j", "4")
	if code != exitOK {
		t.Fatalf("exit status %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("%d lines out, want %d", len(lines), n)
	}
	for i, l := range lines {
		got := decodeStreamLine(t, l)
		if i%7 == 3 {
			if got.Error == nil {
				t.Errorf("line %d: %s, want an error", i, l)
			}
			continue
		}
		if want := fmt.Sprintf("Headline number %d", i); got.Article == nil || got.Article.Title != want {
			t.Errorf("line %d: %.200s, want title %q", i, l, want)
		}
	}
}

func TestLineReader(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int64
		want  []string // each line, with "!" appended when too long
	}{
		{"plain", "a\nbb\nccc\n", -1, []string{"a", "bb", "ccc"}},
		{"no final newline", "a\nbb", -1, []string{"a", "bb"}},
		{"crlf", "a\r\nb\r\n", -1, []string{"a", "b"}},
		{"blank lines", "\n\na\n", -1, []string{"", "", "a"}},
		{"empty", "", -1, nil},
		{"longer than the buffer", strings.Repeat("x", 100) + "\n", -1, []string{strings.Repeat("x", 100)}},
		{"at the limit", "12345\n123456\n", 5, []string{"12345", "12345!"}},
		{"crlf at the limit", "12345\r\n", 5, []string{"12345"}},
		{"long, cut", strings.Repeat("y", 70) + "\nz\n", 20, []string{strings.Repeat("y", 20) + "!", "z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lr := &lineReader{br: bufio.NewReaderSize(strings.NewReader(tt.in), 16), limit: tt.limit}
			var got []string
			for l := range lr.lines() {
				if l.err != nil {
					t.Fatal(l.err)
				}
				s := string(l.data)
				if l.tooLong {
					s += "!"
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLineLimit(t *testing.T) {
	if got := lineLimit(1000); got != 4000+64<<10 {
		t.Errorf("lineLimit(1000) = %d", got)
	}
	if lineLimit(-1) >= 0 || lineLimit(1<<62) >= 0 {
		t.Error("no limit expected for a negative or huge -max-bytes")
	}
}

func TestSalvageID(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id":"a","html":"<p>x`, `"a"`},
		{`{"url":"u","id":12,"html":`, `12`},
		{`{"id":{"a":1},`, `{"a":1}`},
		{`{"html":"<p>x`, ``},
		{`{"id":`, ``},
		{`{"id":tru`, ``},
		{`["id","x"]`, ``},
		{`garbage`, ``},
		{``, ``},
	}
	for _, tt := range tests {
		if got := string(salvageID([]byte(tt.in))); got != tt.want {
			t.Errorf("salvageID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzStream feeds the line handler any bytes: it must answer with one line
// of JSON that has an id and either an article or an error.
func FuzzStream(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"text":"Headline\n\nBody."}`,
		`{"id":"x","url":"https://bnews.kz/a","html":"<h1>H</h1><p>“Quote,” he said.</p>","fetched":"2018-02-03T00:00:00Z"}`,
		`{"id":2,"html":"<p>x`,
		`{"id":null}`,
		`[]`,
		"",
		"\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"id":3,"html":` + jsonString(f, readFile(f, sampleHTML)) + `}`))
	f.Add([]byte(`{"id":4,"text":` + jsonString(f, readFile(f, sampleText)) + `}`))
	cfg, err := parseFlags([]string{"-jsonl", "-max-bytes", "100000"}, &bytes.Buffer{})
	if err != nil {
		f.Fatal(err)
	}
	h := &streamHandler{extract: extractWith(cfg.extractor()), enc: newEncoder(false, "json")}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.ContainsAny(data, "\n") {
			return // the line reader never passes a newline on
		}
		r := h.handle(line{data: data, size: int64(len(data))})
		if r.fatal != nil {
			t.Fatalf("fatal error %v", r.fatal)
		}
		out := string(r.json)
		if !strings.HasSuffix(out, "\n") || strings.Count(out, "\n") != 1 || !utf8.ValidString(out) {
			t.Fatalf("output is not one line of UTF-8: %q", out)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(r.json, &fields); err != nil {
			t.Fatalf("output %q: %v", out, err)
		}
		_, hasID := fields["id"]
		_, hasArticle := fields["article"]
		_, hasError := fields["error"]
		if !hasID || hasArticle == hasError || len(fields) != 2 {
			t.Fatalf("output %q: want id and one of article, error", out)
		}
		if hasArticle != r.ok {
			t.Fatalf("output %q counted as ok=%v", out, r.ok)
		}
	})
}

func decodeStreamLine(t *testing.T, l string) streamLine {
	t.Helper()
	var got streamLine
	if err := json.Unmarshal([]byte(l), &got); err != nil {
		t.Fatalf("output line %q: %v", l, err)
	}
	if (got.Article == nil) == (got.Error == nil) {
		t.Fatalf("output line %q: want an article or an error", l)
	}
	return got
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func jsonString(t testing.TB, s string) string {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
