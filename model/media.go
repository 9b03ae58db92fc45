package model

// Image is a picture of the article.
type Image struct {
	// URL is the picture's absolute address.
	URL string `json:"url"`
	// Caption is the text printed with the picture, without its credit.
	Caption string `json:"caption,omitempty"`
	// Credit names who made or owns the picture ("Photo: Reuters").
	Credit string `json:"credit,omitempty"`
	// Alt is the picture's alternative text.
	Alt string `json:"alt,omitempty"`
	// Width and Height are the picture's size in pixels, when the page
	// states it.
	Width  int `json:"width,omitempty"`
	Height int `json:"height,omitempty"`
	// Cover marks the article's lead image.
	Cover bool `json:"cover,omitempty"`
}

// Link is a link inside the article's body.
type Link struct {
	// URL is the link's absolute address.
	URL string `json:"url"`
	// Text is the anchor text as it stands in the body.
	Text string `json:"text"`
	// At is where the anchor text is in the body.
	At Location `json:"at"`
}
