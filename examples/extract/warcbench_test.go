package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract/warc/warctest"
)

// corpusPage is one page of the shared corpus, with its address.
type corpusPage struct {
	url  string
	html string
}

// corpusPages reads the pages of the shared corpus: the ScrapingHub
// benchmark and the development half of the fundus pages.
func corpusPages(b *testing.B) []corpusPage {
	var pages []corpusPage
	files, _ := filepath.Glob("../../../shared/corpus/scrapinghub/html/*.html.gz")
	fundus, _ := filepath.Glob("../../../shared/corpus/fundus-dev/test_data/*/*.html.gz")
	for _, f := range append(files, fundus...) {
		html, err := gunzipFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, corpusPage{url: pageURL(f), html: html})
	}
	if len(pages) == 0 {
		b.Skip("no corpus in ../shared/corpus")
	}
	return pages
}

// pageURL returns the address of a corpus page: the one its folder's
// meta.info records, else one made of its name.
func pageURL(file string) string {
	var meta map[string]struct {
		URL string `json:"url"`
	}
	if data, err := os.ReadFile(filepath.Join(filepath.Dir(file), "meta.info")); err == nil {
		if json.Unmarshal(data, &meta) == nil && meta[filepath.Base(file)].URL != "" {
			return meta[filepath.Base(file)].URL
		}
	}
	return "https://corpus.example/" + filepath.Base(file)
}

func gunzipFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", err
	}
	data, err := io.ReadAll(z)
	return string(data), err
}

// corpusWARC writes a crawl of n HTML responses, the corpus pages over
// and over, each with its request and a metadata record, as Common Crawl
// writes them (a gzip member a record); it returns the bytes of the pages.
func corpusWARC(b *testing.B, w io.Writer, n int) int64 {
	pages := corpusPages(b)
	date := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	var size int64
	for i := range n {
		p := pages[i%len(pages)]
		at := date.Add(time.Duration(i) * time.Second).Format(time.RFC3339)
		id := fmt.Sprintf("%08d", i)
		_, err := w.Write(warctest.Gzip(
			warctest.Request("q"+id, p.url, at),
			warctest.Response("r"+id, p.url, at, 200, "text/html", p.html),
			warctest.Metadata("m"+id, p.url, at),
		))
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(p.html))
	}
	return size
}

// BenchmarkWARC runs the program on a .warc.gz of 1,000 corpus pages
// (3,000 records) with one worker and two.
func BenchmarkWARC(b *testing.B) {
	const n = 1000
	name := filepath.Join(b.TempDir(), "corpus.warc.gz")
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	size := corpusWARC(b, f, n)
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	for _, j := range []int{1, 2} {
		b.Run("j="+strconv.Itoa(j), func(b *testing.B) {
			args := []string{"-q", "-j", strconv.Itoa(j), name}
			b.SetBytes(size)
			b.ReportAllocs()
			start := time.Now()
			for b.Loop() {
				if code := run(context.Background(), args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit status %d", code)
				}
			}
			b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "pages/s")
		})
	}
}
