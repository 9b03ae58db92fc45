package warc_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/extract/warc/warctest"
)

const date = "2024-03-01T10:20:30Z"

// page returns a response record of an HTML page named by id.
func page(id string) []byte {
	return warctest.Response(id, "https://example.com/"+id, date, 200, "text/html; charset=utf-8",
		"<html><title>"+id+"</title><p>Body of "+id+".</p></html>")
}

// readAll reads every record of a file: for each, its id and its block,
// or the error Next or the block gave, as "error: ...".
func readAll(t *testing.T, data []byte) []string {
	t.Helper()
	r := warc.NewReader(bytes.NewReader(data))
	var out []string
	for range 100 {
		rec, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, "error: "+kind(err))
			continue
		}
		b, err := io.ReadAll(rec.Block)
		if err != nil {
			out = append(out, rec.ID+" error: "+kind(err))
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %d", rec.ID, rec.Type, len(b)))
	}
	t.Fatal("Next does not end")
	return nil
}

// kind names the damage an error reports.
func kind(err error) string {
	for _, e := range []error{warc.ErrTruncated, warc.ErrLength, warc.ErrHeader, warc.ErrCorrupt} {
		if errors.Is(err, e) {
			var re *warc.RecordError
			if !errors.As(err, &re) {
				return "not a RecordError: " + err.Error()
			}
			return e.Error()
		}
	}
	return err.Error()
}

func TestReader(t *testing.T) {
	a, b, c := page("a"), warctest.Request("b", "https://example.com/b", date), warctest.Metadata("c", "https://example.com/c", date)
	want := []string{"<urn:uuid:a> response 124", "<urn:uuid:b> request 37", "<urn:uuid:c> metadata 18"}
	whole := func(data []byte) []byte {
		var out bytes.Buffer
		zw := gzip.NewWriter(&out)
		zw.Write(data)
		zw.Close()
		return out.Bytes()
	}
	for name, data := range map[string][]byte{
		"plain":              warctest.Join(a, b, c),
		"gzip by record":     warctest.Gzip(a, b, c),
		"gzip as one stream": whole(warctest.Join(a, b, c)),
		"blank lines":        warctest.Join(a, []byte("\r\n\r\n"), b, []byte("\n"), c),
	} {
		t.Run(name, func(t *testing.T) {
			if got := readAll(t, data); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("records\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestRecordFields(t *testing.T) {
	r := warc.NewReader(bytes.NewReader(warctest.Gzip(page("a"))))
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if rec.Type != "response" || rec.ID != "<urn:uuid:a>" || rec.TargetURI != "https://example.com/a" ||
		rec.Date.Format("2006-01-02T15:04:05Z07:00") != date || rec.Offset != 0 || rec.Length != 124 {
		t.Errorf("record %+v", rec)
	}
}

// TestDamage checks that each kind of damage gives one error, in the
// record's place, and that the records after it are still read when the
// file goes on.
func TestDamage(t *testing.T) {
	a, c := page("a"), page("c")
	body := warctest.HTTP(200, "text/html", "<title>b</title>")
	short := warctest.RecordLength("response", "b", "https://example.com/b", date, "application/http", body, len(body)-5)
	long := warctest.RecordLength("response", "b", "https://example.com/b", date, "application/http", body, len(body)+500)
	noLength := []byte(strings.Replace(string(page("b")), "Content-Length: 124\r\n", "", 1))
	gz := warctest.Gzip(a, c)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"short length, gzip", warctest.Gzip(a, short, c), "a|b error: LENGTH|c"},
		{"long length, gzip", warctest.Gzip(a, long, c), "a|b error: LENGTH|c"},
		{"short length, plain", warctest.Join(a, short, c), "a|b error: LENGTH|c"},
		{"long length, plain", warctest.Join(a, long), "a|b error: TRUNC"},
		{"no length", warctest.Gzip(a, noLength, c), "a|error: HEADER|c"},
		{"garbage between", warctest.Join(a, []byte("junk\r\nmore junk\r\n"), c), "a|error: HEADER|c"},
		{"truncated gzip", gz[:len(gz)-30], "a|c error: TRUNC"},
		{"truncated plain", warctest.Join(a, c[:60]), "a|error: TRUNC"},
		{"truncated in block", warctest.Join(a, c[:len(c)-20]), "a|c error: TRUNC"},
		{"corrupt gzip", append(warctest.Gzip(a), "not gzip at all"...), "a|error: CORRUPT"},
		{"header past the limits of its reader", warctest.Join(a, []byte("WARC/1.1\r\n "+strings.Repeat("0", 90)+"\r\n0\r\n\r\n"), c), "a|error: HEADER|c"},
	}
	names := strings.NewReplacer("<urn:uuid:", "", "> response 124", "", ">", "",
		warc.ErrLength.Error(), "LENGTH", warc.ErrTruncated.Error(), "TRUNC",
		warc.ErrHeader.Error(), "HEADER", warc.ErrCorrupt.Error(), "CORRUPT")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names.Replace(strings.Join(readAll(t, tt.data), "|"))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestSkipUnread checks that a block left unread is passed over, and its
// damage still reported.
func TestSkipUnread(t *testing.T) {
	body := warctest.HTTP(200, "text/html", "<title>b</title>")
	short := warctest.RecordLength("response", "b", "", date, "application/http", body, len(body)-5)
	r := warc.NewReader(bytes.NewReader(warctest.Gzip(page("a"), short, page("c"))))
	var got []string
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, kind(err))
			continue
		}
		got = append(got, rec.ID)
	}
	want := "<urn:uuid:a>|<urn:uuid:b>|" + warc.ErrLength.Error() + "|<urn:uuid:c>"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}
