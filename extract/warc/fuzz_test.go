package warc_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/extract/warc/warctest"
)

// FuzzReader reads any bytes as a WARC file: it must end, without a
// panic, and never return a record after io.EOF.
func FuzzReader(f *testing.F) {
	a := page("a")
	f.Add(a)
	f.Add(warctest.Gzip(a, warctest.Request("b", "", date)))
	f.Add(warctest.Join(a, []byte("junk\r\n"), warctest.Metadata("c", "", date)))
	f.Add(warctest.RecordLength("response", "b", "", date, "application/http", "HTTP/1.1 200 OK\r\n\r\nx", 3))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := warc.NewReader(bytes.NewReader(data))
		for i := 0; ; i++ {
			if i > len(data)+1 {
				t.Fatalf("more records than bytes")
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *warc.RecordError
			if errors.As(err, &re) {
				continue
			}
			if err != nil {
				t.Fatalf("a read error from a bytes.Reader: %v", err)
			}
			if p, err := warc.ReadPage(rec); err == nil {
				io.Copy(io.Discard, p.Body)
			}
		}
	})
}
