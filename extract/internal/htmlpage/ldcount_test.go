package htmlpage

import "testing"

// TestLDCounts checks the view counts JSON-LD gives as strings, in the
// current and the older schema.org, with near-misses.
func TestLDCounts(t *testing.T) {
	for _, tt := range []struct {
		ld   string
		want int64
	}{
		{`{"@type":"NewsArticle","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/ViewAction","userInteractionCount":"1,234"}}`, 1234},
		{`{"@type":"NewsArticle","interactionStatistic":{"interactionType":"http://schema.org/WatchAction","userInteractionCount":5678}}`, 5678},
		{`{"@type":"NewsArticle","interactionCount":"UserPageVisits:987"}`, 987},
		{`{"@type":"NewsArticle","interactionCount":"UserComments:12, UserPageVisits:345"}`, 345},
		{`{"@type":"NewsArticle","interactionCount":"UserComments:12"}`, 0},
		{`{"@type":"NewsArticle","interactionStatistic":{"interactionType":"https://schema.org/CommentAction","userInteractionCount":"40"}}`, 0},
		{`{"@type":"NewsArticle","interactionStatistic":{"interactionType":"https://schema.org/ViewAction","userInteractionCount":"many"}}`, 0},
	} {
		m := metaOf(t, `<html><head><script type="application/ld+json">`+tt.ld+`</script></head><body></body></html>`)
		if m.Views != tt.want {
			t.Errorf("%s: views %d, want %d", tt.ld, m.Views, tt.want)
		}
	}
}
