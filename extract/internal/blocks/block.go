package blocks

// Role is what a block of text is on the page.
type Role uint8

// The roles of blocks. A front end gives the roles it can tell from the
// page's markup; the layout pass gives the rest.
const (
	Paragraph   Role = iota // running text of the article
	Heading                 // a heading inside the article
	ListItem                // an item of a list inside the article
	Blockquote              // a quotation set apart (<blockquote>)
	PageTitle               // the page's title, often with the site's name
	Headline                // the article's headline
	Dateline                // a line that carries the publication date
	Byline                  // a line that credits the authors
	Caption                 // a caption or credit of a picture
	Counter                 // a view counter
	Lead                    // the standfirst
	Boilerplate             // navigation, related links and the like
	Table                   // a table of data, its cells in Rows
	Pre                     // preformatted text, its lines kept
)

// MaxShown bounds the addresses of pictures the page shows that Meta
// keeps.
const MaxShown = 64

// MaxBlocks bounds the blocks of text read from one document: paragraphs,
// headings, list items and the lines around them. What follows them is not
// read, so that a document of millions of tiny paragraphs costs no more than
// its first MaxBlocks. No news article comes near it.
const MaxBlocks = 10000

// Block is one unit of text in reading order. Both front ends reduce a
// document to blocks, and every field pass reads them.
type Block struct {
	Text string
	Role Role
	// Level is the level of a heading (1 to 6) and the nesting of a list
	// item (1 for a list in no other list).
	Level uint8
	// Ordered marks an item of a numbered list.
	Ordered bool
	// Bold marks a block whose text is all set in bold, as a byline signed
	// at the text's top often is.
	Bold bool
	// Rows are the cells of a Table, row by row; Text joins them.
	Rows [][]string
	// Links are the links in the block's text, in order, when the front
	// end was asked for them.
	Links []Link
}

// Link is a link in a block's text: its anchor text and its address as
// written in the page.
type Link struct {
	Text string
	Href string
}

// IsBody reports whether the block belongs to the article's body.
func (b Block) IsBody() bool {
	switch b.Role {
	case Paragraph, Heading, ListItem, Blockquote, Table, Pre:
		return true
	}
	return false
}

// Document is the front ends' common output: the blocks of one document and
// what its markup states about it.
type Document struct {
	Blocks []Block
	Meta   Meta
	// Markup is set for a page, whose markup told the blocks' roles.
	Markup bool
	// StandfirstKnown is set when the front end found the article's
	// container (or took the body from JSON-LD): what stands outside it
	// was already judged, so the layout pass must not guess a standfirst
	// by its shape.
	StandfirstKnown bool
	// Truncated is set when the document has more than MaxBlocks blocks of
	// text: those after them were not read.
	Truncated bool
	// Figures are the pictures inside the article, in order.
	Figures []Picture
}

// Meta is what a page states about itself in markup: meta tags, JSON-LD,
// <time> elements, the <html lang> attribute. A plain-text document has none
// of it.
type Meta struct {
	Title    string // <title>
	OGTitle  string // og:title, twitter:title
	Headline string // JSON-LD headline
	// Spaced holds <title>, og:title and the JSON-LD headline as written
	// where they carry no-break or ideographic spaces, which cleaning
	// folds into plain ones, so that the title keeps them.
	Spaced      []string
	SiteName    string   // og:site_name, application-name
	Publisher   string   // JSON-LD publisher name
	Canonical   string   // <link rel=canonical>, og:url
	Lang        string   // <html lang>, og:locale, content-language
	Description string   // meta description, og:description
	Authors     []string // meta author, JSON-LD author, rel=author
	AuthorOrgs  []string // JSON-LD authors that are organisations
	// LDAuthors is how many of Authors, at their head, JSON-LD names.
	LDAuthors   int
	ArticleBody string // JSON-LD articleBody
	Views       int64  // JSON-LD interactionStatistic
	Base        string // <base href>

	Covers      []Picture // the lead image: JSON-LD image, og:image, twitter:image, in that order
	Shown       []string  // the addresses of the pictures <img> and <source> elements show, in order, at most MaxShown
	Topics      Topics    // tags and keywords
	Section     string    // JSON-LD articleSection, article:section
	Breadcrumbs []string  // the names of the page's breadcrumb trail, outermost first

	Published []DateValue // machine-readable publication dates, best first
	Modified  []DateValue // machine-readable modification dates
}

// DateValue is a date string found in markup, with where it came from.
type DateValue struct {
	Value  string
	Source string // one of the model.Source constants
}

// MaxDatelineBytes bounds the length of a line that carries the
// publication date: what is longer is text that mentions a date.
const MaxDatelineBytes = 120
