// Package model defines the structured article that newsextract produces.
//
// The types are plain data with JSON tags; they depend on the standard
// library alone, so that programs which only read or write articles need
// nothing else. Empty fields are omitted from the JSON form, and every list is
// in order of first appearance, so that the encoding of an article is
// deterministic byte for byte.
package model

import "time"

// Field names used in [Location.Field].
const (
	FieldTitle = "title"
	FieldLead  = "lead"
	FieldBody  = "body"
)

// Parts of a publication date that the document did not state and that
// were inferred, as listed in [Article.PublishedInferred].
const (
	InferredYear = "year"
	InferredZone = "zone"
	// InferredTime says that the document stated no time of day: Published
	// is midnight of its day, in its zone.
	InferredTime = "time"
)

// Sources of a publication date, as given in [Article.PublishedSource].
const (
	SourceJSONLD  = "json-ld"
	SourceMeta    = "meta"
	SourceTime    = "time"
	SourceVisible = "visible"
	SourceURL     = "url"
	SourceText    = "text"
)

// Sources of a standfirst, as given in [Article.LeadSource].
const (
	// LeadMarked is a standfirst the page marks as one, by its markup or
	// its place under the headline.
	LeadMarked = "marked"
	// LeadHeader is a line the page shows above the article's text, set
	// apart from it: one that the page's description repeats, or the
	// first text printed under the headline.
	LeadHeader = "header"
	// LeadOpening is the opening paragraph of the article's text, which
	// the page's description repeats: the teaser printed as its first
	// paragraph, taken out of Body.
	LeadOpening = "opening"
	// LeadDescription is the page's description, for a page that shows
	// no text of its own.
	LeadDescription = "description"
)

// Article is one news document in structured form.
type Article struct {
	// URL is the canonical address of the article, when known.
	URL string `json:"url,omitempty"`
	// Site is the name of the publication, such as "BNews".
	Site string `json:"site,omitempty"`
	// Language is the BCP 47 code of the article's language, such as "en".
	Language string `json:"language,omitempty"`
	// Title is the headline, without the site's name.
	Title string `json:"title,omitempty"`
	// Authors are the people (or, failing those, organisations) credited.
	Authors []string `json:"authors,omitempty"`

	// Published is the publication time with its real zone offset.
	Published time.Time `json:"published,omitzero"`
	// PublishedText is the text that Published was read from.
	PublishedText string `json:"published_text,omitempty"`
	// PublishedInferred lists the parts of Published that the document did
	// not state: InferredYear, InferredZone.
	PublishedInferred []string `json:"published_inferred,omitempty"`
	// PublishedSource tells where Published came from: one of the Source
	// constants.
	PublishedSource string `json:"published_source,omitempty"`
	// Modified is the time of the last modification, when the page gives it.
	Modified time.Time `json:"modified,omitzero"`

	// Views is the page's view counter.
	Views int64 `json:"views,omitempty"`
	// Lead is the standfirst: the summary printed between headline and body.
	Lead string `json:"lead,omitempty"`
	// LeadSource tells where Lead came from: one of the Lead constants.
	LeadSource string `json:"lead_source,omitempty"`
	// Body holds the article's blocks of text, in order, as clean text:
	// its paragraphs, headings, list items, block quotations, tables and
	// preformatted text. A table is one entry, its rows parted by newlines
	// and the cells of a row by " | "; preformatted text keeps its lines.
	Body []string `json:"body,omitempty"`
	// Truncated is set when the document had more blocks of text than the
	// extractor reads (extract.MaxBlocks): the body ends there, and what
	// followed was not read.
	Truncated bool `json:"truncated,omitempty"`
	// Blocks tells what each entry of Body is, one for one: Blocks[i]
	// describes Body[i]. It is empty when every entry is a paragraph, as
	// in any plain-text document; [Article.BlockAt] reads it either way.
	Blocks []Block `json:"blocks,omitempty"`
	// Links are the links inside the body, when the Extractor was asked
	// for them.
	Links []Link `json:"links,omitempty"`

	// Description is the summary the page gives search engines and
	// sharing (meta description, og:description).
	Description string `json:"description,omitempty"`
	// Section is the part of the publication the article belongs to, as
	// the page names it ("Politics").
	Section string `json:"section,omitempty"`
	// Topics are the page's own tags and keywords, in order, each once.
	Topics []string `json:"topics,omitempty"`
	// Images are the article's pictures: the lead image first, marked
	// Cover, then the article's own figures in order.
	Images []Image `json:"images,omitempty"`

	// Quotes are the quotations in the title, lead and body.
	Quotes []Quote `json:"quotes,omitempty"`
	// Documents are the documents the article refers to.
	Documents []Document `json:"documents,omitempty"`
	// Countries are the countries the article names.
	Countries []Country `json:"countries,omitempty"`
	// People are the people the article names.
	People []Entity `json:"people,omitempty"`
	// Organizations are the organisations the article names.
	Organizations []Entity `json:"organizations,omitempty"`
}

// Location tells where an entity was found: in which field, which
// paragraph of the body, and at which byte offsets of that string.
type Location struct {
	// Field is FieldTitle, FieldLead or FieldBody.
	Field string `json:"field"`
	// Paragraph is the index into Article.Body; 0 for other fields.
	Paragraph int `json:"paragraph"`
	// Start and End are byte offsets into the field's string (for the body,
	// into Body[Paragraph]); Text is that string's [Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote is a quotation and who said it.
type Quote struct {
	// Text is the quoted speech without its quote marks. A quotation that
	// runs over several paragraphs has them joined by a newline.
	Text string `json:"text"`
	// Speaker is the person or body the quote is attributed to, as written.
	Speaker string `json:"speaker,omitempty"`
	// Cue is the verb of the attribution, as written ("said", "noted").
	Cue string `json:"cue,omitempty"`
	// Partial marks a fragment quoted inside a sentence of the writer's own.
	Partial bool `json:"partial,omitempty"`
	// SpeakerAt is where the speaker is named: the words of the
	// attribution, or the mention of the person a pronoun stands for. Nil
	// when the quote has no speaker.
	SpeakerAt *Location `json:"speaker_at,omitempty"`
	// SpeakerEntity is the canonical name of the person or organisation
	// of Article.People or Article.Organizations that the speaker is, when
	// the speaker's mention is one of theirs.
	SpeakerEntity string `json:"speaker_entity,omitempty"`
	// At is where the quote starts; for a quotation over several paragraphs,
	// its part in the first one.
	At Location `json:"at"`
}

// Document is a document the article refers to, such as a UN resolution.
type Document struct {
	// Symbol is the canonical document symbol, such as "S/RES/2231 (2015)";
	// empty when the document has none or it cannot be told for certain.
	Symbol string `json:"symbol,omitempty"`
	// Title is the document's name, for documents named rather than cited
	// by symbol.
	Title string `json:"title,omitempty"`
	// Kind is the sort of document: "resolution", "presidential statement",
	// "meeting record", "treaty" and so on.
	Kind string `json:"kind,omitempty"`
	// Organ is the body that issued it, such as "Security Council".
	Organ string `json:"organ,omitempty"`
	// Year is the year of the document, when its symbol or citation gives it.
	Year int `json:"year,omitempty"`
	// At lists every mention.
	At []Location `json:"at"`
}

// Country is a country the article names.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code.
	Code string `json:"code"`
	// Name is the country's English short name.
	Name string `json:"name"`
	// At lists every mention, with the text as written.
	At []Location `json:"at"`
}

// Entity is a person or an organisation the article names.
type Entity struct {
	// Name is the canonical name: the fullest form the article uses,
	// without titles; for a Russian or Kazakh person, in the nominative
	// where the endings tell it.
	Name string `json:"name"`
	// Acronym is an organisation's acronym, when the article gives one.
	Acronym string `json:"acronym,omitempty"`
	// At lists every mention, with the text as written: full names,
	// surnames alone, case forms, acronyms.
	At []Location `json:"at"`
}
