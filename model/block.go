package model

// Kinds of blocks, as given in [Block.Kind].
const (
	KindParagraph = "paragraph"
	KindHeading   = "heading"
	KindListItem  = "list_item"
	KindQuote     = "quote"
	KindTable     = "table"
	KindPre       = "pre"
)

// Block tells what one entry of [Article.Body] is: a paragraph, a heading
// of some level, an item of a list, a block quotation, a table or
// preformatted text. The captions of figures are not in the body but with
// their pictures, in [Article.Images]. The text itself is the entry of Body at the same
// index, so that every [Location] keeps pointing into Body.
type Block struct {
	// Kind is one of the Kind constants.
	Kind string `json:"kind"`
	// Level is the level of a heading, 1 to 6 as in <h1> to <h6>, and the
	// nesting of a list item, 1 for an item of a list that is in no other
	// list; 0 for other kinds.
	Level int `json:"level,omitempty"`
	// Ordered marks an item of a numbered list.
	Ordered bool `json:"ordered,omitempty"`
	// Rows are the cells of a table, row by row; the first row is its
	// header when the table has one.
	Rows [][]string `json:"rows,omitempty"`
}

// BlockAt returns what Body[i] is: Blocks[i], or a paragraph when Blocks
// does not say (it is empty when every entry is a paragraph).
func (a *Article) BlockAt(i int) Block {
	if i >= 0 && i < len(a.Blocks) && len(a.Blocks) == len(a.Body) {
		return a.Blocks[i]
	}
	return Block{Kind: KindParagraph}
}
