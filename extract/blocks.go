package extract

// role is what a block of text is on the page.
type role uint8

const (
	roleParagraph   role = iota // running text of the article
	roleHeading                 // a heading inside the article
	roleListItem                // an item of a list inside the article
	roleBlockquote              // a quotation set apart (<blockquote>)
	rolePageTitle               // the page's title, often with the site's name
	roleHeadline                // the article's headline
	roleDateline                // a line that carries the publication date
	roleByline                  // a line that credits the authors
	roleCaption                 // a caption or credit of a picture
	roleCounter                 // a view counter
	roleLead                    // the standfirst
	roleBoilerplate             // navigation, related links and the like
)

// MaxBlocks bounds the blocks of text read from one document: paragraphs,
// headings, list items and the lines around them. What follows them is not
// read, so that a document of millions of tiny paragraphs costs no more than
// its first MaxBlocks. No news article comes near it.
const MaxBlocks = 10000

// block is one unit of text in reading order. Both front ends reduce a
// document to blocks, and every field pass reads them.
type block struct {
	text string
	role role
}

// isBody reports whether the block belongs to the article's body.
func (b block) isBody() bool {
	switch b.role {
	case roleParagraph, roleHeading, roleListItem, roleBlockquote:
		return true
	}
	return false
}

// document is the front ends' common output: the blocks of one document and
// what its markup states about it.
type document struct {
	blocks []block
	meta   pageMeta
	markup bool // the document is a page, whose markup told the blocks' roles
}

// pageMeta is what a page states about itself in markup: meta tags, JSON-LD,
// <time> elements, the <html lang> attribute. A plain-text document has none
// of it.
type pageMeta struct {
	title       string   // <title>
	ogTitle     string   // og:title, twitter:title
	headline    string   // JSON-LD headline
	siteName    string   // og:site_name, application-name
	publisher   string   // JSON-LD publisher name
	canonical   string   // <link rel=canonical>, og:url
	lang        string   // <html lang>, og:locale, content-language
	description string   // meta description, og:description
	authors     []string // meta author, JSON-LD author, rel=author
	authorOrgs  []string // JSON-LD authors that are organisations
	articleBody string   // JSON-LD articleBody
	views       int64    // JSON-LD interactionStatistic

	published []dateValue // machine-readable publication dates, best first
	modified  []dateValue // machine-readable modification dates

	// standfirstKnown is set when the front end found the article's
	// container (or took the body from JSON-LD): what stands outside it
	// was already judged, so the layout pass must not guess a standfirst
	// by its shape.
	standfirstKnown bool
	timeValue       string // datetime of the <time> most likely the publication's
	timeRank        int    // how surely timeValue is the publication's; lower is surer
}

// dateValue is a date string found in markup, with where it came from.
type dateValue struct {
	value  string
	source string // model.Source*
}
