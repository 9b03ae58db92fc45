package htmlpage

import (
	"bytes"
	"strings"
	"testing"
)

// TestCollapseRuns checks that runs of void elements are cut on large pages
// dense in tags, and that other pages are left as they are.
func TestCollapseRuns(t *testing.T) {
	small := []byte("<p>a<br><br><br><br>b</p>")
	if got := collapseRuns(small); !bytes.Equal(got, small) {
		t.Errorf("small page rewritten: %q", got)
	}
	prose := []byte(strings.Repeat("<p>"+strings.Repeat("word ", 40)+"</p>", 1<<20/200))
	if got := collapseRuns(prose); !bytes.Equal(got, prose) {
		t.Error("a large page of prose was rewritten")
	}
	flood := []byte("<p>first</p>" + strings.Repeat("<br> ", minCollapseBytes/4) + "<p>last</p><hr><hr>")
	got := string(collapseRuns(flood))
	if want := "<p>first</p><br> <br> "; !strings.HasPrefix(got, want) {
		t.Errorf("collapsed page begins %q, want %q", got[:min(len(got), 40)], want)
	}
	if !strings.HasSuffix(got, "<p>last</p><hr><hr>") || strings.Count(got, "<br>") != maxRun {
		t.Errorf("collapsed page: %d <br>, ends %q", strings.Count(got, "<br>"), got[max(0, len(got)-40):])
	}
}
