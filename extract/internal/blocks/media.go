package blocks

// Picture is an image of a page as its markup gives it, its address as
// written.
type Picture struct {
	URL     string
	Caption string
	Credit  string
	Alt     string
	Width   int
	Height  int
	// Above marks a figure that stands above the article's text, where
	// pages set the lead image.
	Above bool
}

// Topics are the page's own tags and keywords, by where the page states
// them, each as written.
type Topics struct {
	Tags       []string // article:tag
	Keywords   []string // meta keywords and news_keywords, split at commas
	LDKeywords []string // JSON-LD keywords
	Visible    []string // the links of a visible list of tags
}
