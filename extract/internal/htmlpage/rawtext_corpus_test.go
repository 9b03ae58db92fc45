package htmlpage

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir holds the corpora of news pages, beside the repository.
const corpusDir = "../../../../shared/corpus"

// corpusPages returns the HTML pages of the corpora, or skips when they are
// not there.
func corpusPages(tb testing.TB) [][]byte {
	tb.Helper()
	var pages [][]byte
	err := filepath.WalkDir(corpusDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html.gz") {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		z, err := gzip.NewReader(f)
		if err != nil {
			return err
		}
		src, err := io.ReadAll(z)
		pages = append(pages, src)
		return err
	})
	if os.IsNotExist(err) {
		tb.Skipf("corpus not found at %s", corpusDir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return pages
}

// TestUnreadCorpus checks that every page of the corpora parses with what
// the package never reads left out as it parses whole, and that this is a
// large part of it.
func TestUnreadCorpus(t *testing.T) {
	pages := corpusPages(t)
	var before, after int
	for _, src := range pages {
		checkSameParse(t, src)
		before += len(src)
		after += len(without(src, unread(src)))
	}
	t.Logf("%d pages, %d bytes, %d without what is never read", len(pages), before, after)
	if len(pages) < 300 || after > before*6/10 {
		t.Errorf("%d pages, %d of %d bytes kept; want over 300 pages and at most 60%%", len(pages), after, before)
	}
}

// BenchmarkUnread measures the scan for what is never read over the
// corpora.
func BenchmarkUnread(b *testing.B) {
	pages := corpusPages(b)
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			unread(p)
		}
	}
}
