package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/extract/country"
	"github.com/newsextract/newsextract/extract/docref"
	"github.com/newsextract/newsextract/extract/names"
	"github.com/newsextract/newsextract/extract/quote"
	"github.com/newsextract/newsextract/model"
)

// field is one string of the article that entities are searched in.
type field struct {
	name string
	para int
	text string
}

// fields returns the title, the lead and each paragraph of the body.
func (s *state) fields() []field {
	a := s.a
	out := make([]field, 0, len(a.Body)+2)
	if a.Title != "" {
		out = append(out, field{model.FieldTitle, 0, a.Title})
	}
	if a.Lead != "" {
		out = append(out, field{model.FieldLead, 0, a.Lead})
	}
	for i, p := range a.Body {
		out = append(out, field{model.FieldBody, i, p})
	}
	return out
}

// at returns the location of f.text[start:end]; ok is false when the
// offsets do not lie within the text.
func (f field) at(start, end int) (loc model.Location, ok bool) {
	if start < 0 || end < start || end > len(f.text) {
		return model.Location{}, false
	}
	return model.Location{Field: f.name, Paragraph: f.para, Start: start, End: end, Text: f.text[start:end]}, true
}

// entities finds the quotes, documents, countries, people and
// organisations of the article; quoted tells which paragraphs of the body
// are block quotations. A quote's speaker is tied to the person or
// organisation whose mention it is; in a language whose attributions the
// quote rules do not read, a speaker is only ever such a person.
func (s *state) entities(quoted []bool) {
	fs := s.fields()
	s.a.Quotes = quotes(fs, quoted)
	s.a.Documents = documents(fs)
	var places [][]names.Span
	s.a.Countries, places = countries(fs)
	s.a.People, s.a.Organizations = people(fs, places, s.a.Language)
	linkSpeakers(s.a)
	if !quote.Reads(s.a.Language) {
		namedSpeakers(s.a)
	}
}

// people finds the people and the organisations named, each with all its
// mentions, reading the title, the lead and the body as one text so that a
// surname in the body joins the full name in the headline; places are the
// countries each field names, which no name includes, and lang the
// article's language, whose function words open no name.
func people(fs []field, places [][]names.Span, lang string) (people, orgs []model.Entity) {
	texts := make([]string, len(fs))
	for i, f := range fs {
		texts[i] = f.text
	}
	for _, e := range names.FindWith(texts, names.Options{Places: places, Language: lang}) {
		m := model.Entity{Name: e.Name, Acronym: e.Acronym, At: make([]model.Location, 0, len(e.Mentions))}
		for _, mention := range e.Mentions {
			if mention.Paragraph < 0 || mention.Paragraph >= len(fs) {
				continue
			}
			if at, ok := fs[mention.Paragraph].at(mention.Start, mention.End); ok {
				m.At = append(m.At, at)
			}
		}
		if len(m.At) == 0 {
			continue
		}
		if e.Kind == names.Person {
			people = append(people, m)
		} else {
			orgs = append(orgs, m)
		}
	}
	return people, orgs
}

// quotes finds the quotations in the title, the lead and the body; each is
// searched on its own, the body as one sequence of paragraphs so that a
// quotation may run over several.
func quotes(fs []field, quoted []bool) []model.Quote {
	var out []model.Quote
	var body []quote.Para
	var bodyFields []field
	for _, f := range fs {
		if f.name != model.FieldBody {
			out = appendQuotes(out, quote.Find([]string{f.text}), []field{f})
			continue
		}
		body = append(body, quote.Para{Text: f.text, Block: quoted[f.para]})
		bodyFields = append(bodyFields, f)
	}
	return appendQuotes(out, quote.FindParas(body), bodyFields)
}

func appendQuotes(out []model.Quote, qs []quote.Quote, fs []field) []model.Quote {
	out = slices.Grow(out, len(qs))
	for _, q := range qs {
		if q.Paragraph < 0 || q.Paragraph >= len(fs) {
			continue
		}
		at, ok := fs[q.Paragraph].at(q.Start, q.End)
		if !ok {
			continue
		}
		mq := model.Quote{Text: q.Text, Speaker: q.Speaker, Cue: q.Cue, Partial: q.Partial, At: at}
		if q.Speaker != "" && q.SpeakerParagraph >= 0 && q.SpeakerParagraph < len(fs) {
			if sat, ok := fs[q.SpeakerParagraph].at(q.SpeakerStart, q.SpeakerEnd); ok {
				mq.SpeakerAt = &sat
			}
		}
		out = append(out, mq)
	}
	return out
}

// documents finds the documents referred to, one entry for each document
// with all its mentions.
func documents(fs []field) []model.Document {
	var out []model.Document
	index := map[string]int{}
	for _, f := range fs {
		for _, r := range docref.Find(f.text) {
			at, ok := f.at(r.Start, r.End)
			if !ok {
				continue
			}
			key := r.Key()
			if i, ok := index[key]; ok {
				out[i].At = append(out[i].At, at)
				if out[i].Year == 0 {
					out[i].Year = r.Year
				}
				continue
			}
			index[key] = len(out)
			out = append(out, model.Document{
				Symbol: r.Symbol, Title: r.Title, Kind: r.Kind, Organ: r.Organ, Year: r.Year,
				At: []model.Location{at},
			})
		}
	}
	return mergeUnresolved(out)
}

// mergeUnresolved attaches the mentions of a resolution whose organ its
// words did not tell ("resolution 2231") to the one document of that number
// that the article cites with its organ ("S/RES/2231 (2015)"), and keeps
// it apart when there is no such document or more than one.
func mergeUnresolved(docs []model.Document) []model.Document {
	merged := make([]bool, len(docs))
	for i, d := range docs {
		if t := resolvedMatch(docs, d); t >= 0 {
			docs[t].At = append(docs[t].At, d.At...)
			slices.SortStableFunc(docs[t].At, byPosition)
			merged[i] = true
		}
	}
	out := make([]model.Document, 0, len(docs))
	for i, d := range docs {
		if !merged[i] {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b model.Document) int { return byPosition(a.At[0], b.At[0]) })
	return out
}

// resolvedMatch returns the index in docs of the one document with a symbol
// that d, a resolution cited by number alone, refers to; or -1.
func resolvedMatch(docs []model.Document, d model.Document) int {
	num, ok := strings.CutPrefix(d.Title, "resolution ")
	if d.Symbol != "" || d.Kind != "resolution" || !ok {
		return -1
	}
	found := -1
	for i, c := range docs {
		base, _, _ := strings.Cut(c.Symbol, " (")
		if c.Kind == "resolution" && strings.HasSuffix(base, "/"+num) && strings.Contains(base, "/RES/") {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// fieldOrder ranks the fields in reading order.
var fieldOrder = map[string]int{model.FieldTitle: 0, model.FieldLead: 1, model.FieldBody: 2}

// byPosition orders locations as they stand in the article.
func byPosition(a, b model.Location) int {
	return cmp.Or(
		cmp.Compare(fieldOrder[a.Field], fieldOrder[b.Field]),
		cmp.Compare(a.Paragraph, b.Paragraph),
		cmp.Compare(a.Start, b.Start),
	)
}

// findCountries returns the countries named in each field, with offsets
// into the field's text. The fields are read as one text, a paragraph
// each, as country.Find reads a document whole: a dateline or the states
// named in one paragraph tell what "Georgia" is in another.
func findCountries(fs []field) [][]country.Match {
	var doc strings.Builder
	starts := make([]int, len(fs))
	for i, f := range fs {
		if i > 0 {
			doc.WriteString(paragraphBreak)
		}
		starts[i] = doc.Len()
		doc.WriteString(f.text)
	}
	out := make([][]country.Match, len(fs))
	for _, m := range country.Find(doc.String()) {
		i, found := slices.BinarySearch(starts, m.Start)
		if !found {
			i-- // within the field that starts before it
		}
		if i < 0 || m.End > starts[i]+len(fs[i].text) {
			continue
		}
		m.Start, m.End = m.Start-starts[i], m.End-starts[i]
		out[i] = append(out[i], m)
	}
	return out
}

// paragraphBreak parts the fields of the article read as one text.
const paragraphBreak = "\n\n"

// countries finds the countries named, one entry for each with all its
// mentions, and the spans of the mentions in each field, for the names
// pass. The mentions are gathered as offsets first and turned into
// locations once their number is known, so that a text naming countries a
// million times holds each mention once.
func countries(fs []field) ([]model.Country, [][]names.Span) {
	type mention struct{ field, start, end int }
	var out []model.Country
	var found [][]mention // by index into out
	index := map[string]int{}
	places := make([][]names.Span, len(fs))
	for fi, ms := range findCountries(fs) {
		f := fs[fi]
		places[fi] = make([]names.Span, len(ms))
		for j, m := range ms {
			places[fi][j] = names.Span{Start: m.Start, End: m.End}
		}
		for _, m := range ms {
			if _, ok := f.at(m.Start, m.End); !ok {
				continue
			}
			i, ok := index[m.Code]
			if !ok {
				i = len(out)
				index[m.Code] = i
				out = append(out, model.Country{Code: m.Code, Name: m.Name})
				found = append(found, nil)
			}
			found[i] = append(found[i], mention{fi, m.Start, m.End})
		}
	}
	for i, ms := range found {
		out[i].At = make([]model.Location, len(ms))
		for j, m := range ms {
			out[i].At[j], _ = fs[m.field].at(m.start, m.end)
		}
		found[i] = nil
	}
	return out, places
}
