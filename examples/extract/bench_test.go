package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// corpusFiles returns the pages of a corpus of gzipped pages, found in the
// directory $NEWSEXTRACT_CORPUS names, or beside the repository.
func corpusFiles(b *testing.B) []string {
	dirs := []string{os.Getenv("NEWSEXTRACT_CORPUS"), "../../../shared/corpus/scrapinghub/html"}
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
		if len(files) > 0 {
			return files
		}
	}
	b.Skip("no corpus: set NEWSEXTRACT_CORPUS to a directory of *.html.gz pages")
	return nil
}

// BenchmarkWorkers runs the program on a corpus with one worker and more;
// the ratio of their MB/s is the speed-up.
func BenchmarkWorkers(b *testing.B) {
	files := corpusFiles(b)
	size := decompressedSize(b, files)
	for _, j := range []int{1, 2, 4} {
		b.Run("j="+strconv.Itoa(j), func(b *testing.B) {
			args := append([]string{"-q", "-j", strconv.Itoa(j)}, files...)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if code := run(context.Background(), args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit status %d", code)
				}
			}
		})
	}
}

// decompressedSize is the number of bytes the files hold.
func decompressedSize(b *testing.B, files []string) int64 {
	var n int64
	for _, f := range files {
		r, err := input{name: f}.open(nil)
		if err != nil {
			b.Fatal(err)
		}
		m, err := io.Copy(io.Discard, r)
		r.Close()
		if err != nil {
			b.Fatal(err)
		}
		n += m
	}
	return n
}
