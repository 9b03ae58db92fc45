package warc_test

import (
	"bytes"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/extract/warc/warctest"
)

// zeros is n bytes of '0', made as they are read.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n == 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), z.n)]
	for i := range p {
		p[i] = '0'
	}
	z.n -= int64(len(p))
	return len(p), nil
}

// TestStreaming checks that a record is never held whole: a record of
// 256 MiB, read or passed over, costs the reader a few buffers.
func TestStreaming(t *testing.T) {
	const size = 256 << 20
	head := "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:big>\r\nContent-Length: " + strconv.Itoa(size) + "\r\n\r\n"
	tail := "\r\n\r\n" + string(page("next"))
	for _, read := range []bool{true, false} {
		file := io.MultiReader(strings.NewReader(head), &zeros{size}, strings.NewReader(tail))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r := warc.NewReader(file)
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if read {
			if n, err := io.Copy(io.Discard, rec.Block); n != size || err != nil {
				t.Fatalf("block of %d bytes, %v", n, err)
			}
		}
		next, err := r.Next()
		if err != nil || next.ID != "<urn:uuid:next>" {
			t.Fatalf("next record %v, %v", next, err)
		}
		runtime.ReadMemStats(&after)
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
			t.Errorf("read %v: %d bytes allocated for a record of %d", read, alloc, size)
		}
	}
}

// BenchmarkReader reads a file of small records, plain and gzipped one
// by one, and passes over their blocks (the bytes are those of the plain
// file).
func BenchmarkReader(b *testing.B) {
	var recs [][]byte
	for i := range 100 {
		recs = append(recs, page(strconv.Itoa(i)))
	}
	plain := warctest.Join(recs...)
	for name, data := range map[string][]byte{"plain": plain, "gzip": warctest.Gzip(recs...)} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			b.ReportAllocs()
			for b.Loop() {
				r := warc.NewReader(bytes.NewReader(data))
				for {
					_, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
