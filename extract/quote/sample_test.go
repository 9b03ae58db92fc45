package quote

import (
	"os"
	"strings"
	"testing"
)

// samplePath is the reference article, as plain text.
const samplePath = "../../testdata/bnews-kazakhstan-unsc-presidency.txt"

// sampleBody returns the body paragraphs of the reference article: the
// text split at blank lines, from the paragraph that opens the body.
func sampleBody(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	for i, p := range paras {
		if strings.HasPrefix(p, "Kazakhstan has completed its presidency") {
			return paras[i:]
		}
	}
	tb.Fatal("body not found in sample")
	return nil
}

func TestSample(t *testing.T) {
	body := sampleBody(t)
	got := Find(body)
	checkInvariants(t, body, got)
	wants := []struct {
		para         int
		prefix       string
		suffix       string
		speaker, cue string
	}{
		{2, "The Kazakh presidency of the UN Security Council ensured", "press statements of the Council President.", "the message", "says"},
		{4, "The meeting demonstrated that confidence-building measures", "relations of world powers.", "the message", "says"},
		{6, "Kazakhstan, being the first Central Asian state", "interests of all states of our region.", "The Ministry", "noted"},
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(wants), dump(got))
	}
	for i, w := range wants {
		q := got[i]
		if q.Paragraph != w.para || !strings.HasPrefix(q.Text, w.prefix) || !strings.HasSuffix(q.Text, w.suffix) ||
			q.Speaker != w.speaker || q.Cue != w.cue || q.Partial {
			t.Errorf("quote %d = %d %q speaker=%q cue=%q partial=%v; want paragraph %d, %q…%q, speaker %q, cue %q",
				i, q.Paragraph, q.Text, q.Speaker, q.Cue, q.Partial, w.para, w.prefix, w.suffix, w.speaker, w.cue)
		}
		if q.Start != len("“") || q.End != strings.Index(body[q.Paragraph], "”") {
			t.Errorf("quote %d offsets %d:%d, want the text between the marks", i, q.Start, q.End)
		}
	}
}
