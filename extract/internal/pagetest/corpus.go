package pagetest

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// ScrapingHubBodies returns the true bodies of the pages of the ScrapingHub
// article-extraction benchmark in the truth file at path, in order of page
// id, each split into its paragraphs. It skips when the file is absent.
func ScrapingHubBodies(tb testing.TB, path string) [][]string {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Skip("corpus absent:", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	bodies := make([][]string, 0, len(ids))
	for _, id := range ids {
		bodies = append(bodies, strings.Split(truth[id].ArticleBody, "\n"))
	}
	return bodies
}
