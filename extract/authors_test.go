package extract

import (
	"slices"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// TestAuthors checks the choice and cleaning of the authors.
func TestAuthors(t *testing.T) {
	tests := []struct {
		name         string
		marked, orgs []string
		bylines      []string
		want         []string
	}{
		{"markup", []string{"Jane Doe"}, nil, nil, []string{"Jane Doe"}},
		{"byline extends markup", []string{"Jane Doe"}, nil, []string{"By Jane Doe and John Roe"}, []string{"Jane Doe", "John Roe"}},
		{"byline disagrees", []string{"Jane Doe"}, nil, []string{"By Max Mustermann"}, []string{"Jane Doe"}},
		{"byline only", nil, nil, []string{"Автор: Мария Соколова"}, []string{"Мария Соколова"}},
		{"role and date dropped", nil, nil, []string{"By Owen Pritchard, Transport Correspondent", "2 hours ago"}, []string{"Owen Pritchard"}},
		{"people, then the desk beside them", []string{"Staff Reports", "Ann Lee"}, []string{"Ledger"}, nil, []string{"Ann Lee", "Staff Reports"}},
		{"organisation when no person", nil, []string{"Ledger"}, []string{"By Staff Reports"}, []string{"Ledger", "Staff Reports"}},
		{"duplicates", []string{"Ann Lee", "ann lee"}, nil, nil, []string{"Ann Lee"}},
		{"byline over the account that posted", []string{"Hartono"}, nil, []string{"Rina Wulandari"}, []string{"Rina Wulandari"}},
		{"one-word markup beside a one-word byline", []string{"Hartono"}, nil, []string{"Rina"}, []string{"Hartono"}},
		{"a name without spaces is no account", []string{"山田"}, nil, []string{"By Ken Mori"}, []string{"山田"}},
		{"a bare desk is a role beside a person", []string{"Ann Lee, Staff writer"}, nil, nil, []string{"Ann Lee"}},
		{"an agency beside a person", nil, nil, []string{"By Ann Lee, AP Sports Writer"}, []string{"Ann Lee", "AP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Authors: tt.marked, AuthorOrgs: tt.orgs}, Blocks: blocksOf(blocks.Byline, tt.bylines)}
			checkAuthors(t, d, tt.want)
		})
	}
}

// TestLabelledAuthor checks the author field of a box of facts outside the
// text, read where nothing else names a person, and the site's own name
// credited with its host.
func TestLabelledAuthor(t *testing.T) {
	const url = "https://www.hw.example/news/a-1"
	tests := []struct {
		name   string
		marked []string
		facts  []string
		want   []string
	}{
		{"the field where markup credits the site", []string{"Harbour Wire (www.hw.example)"}, []string{"Datum 28.04.2026", "Autorin/Autor Jana Roe"}, []string{"Jana Roe"}},
		{"the field where nothing else credits anyone", nil, []string{"Author: Jane Roe"}, []string{"Jane Roe"}},
		{"near-miss: markup names a person", []string{"Ann Lee"}, []string{"Author: Jane Roe"}, []string{"Ann Lee"}},
		{"near-miss: a field naming an organisation", nil, []string{"Autor: Harbour Wire Redaktion"}, nil},
		{"near-miss: no label", nil, []string{"Jane Roe"}, nil},
		{"the site credited with its host, no field", []string{"Harbour Wire (www.hw.example)"}, nil, []string{"Harbour Wire"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Authors: tt.marked}}
			d.Blocks = append(d.Blocks, blocks.Block{Text: "The ferry runs again from Monday.", Role: blocks.Paragraph})
			for _, f := range tt.facts {
				d.Blocks = append(d.Blocks, blocks.Block{Text: f, Role: blocks.Boilerplate})
			}
			s := (&Extractor{}).newState(Source{URL: url}, d)
			s.a.URL = url
			if got := s.authors(); !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClosingCredit checks the credit in brackets that closes the text of
// Chinese news, and near-misses: one not in brackets, one in the middle of
// the text, a markup author.
func TestClosingCredit(t *testing.T) {
	tests := []struct {
		name   string
		marked []string
		body   []string
		want   []string
	}{
		{"editors in full-width brackets", nil, []string{"渡轮周一恢复运行。", "（责编：王明、李华）", "分享让更多人看到"}, []string{"王明", "李华"}},
		{"editor in ASCII brackets", nil, []string{"渡轮周一恢复运行。", "(责任编辑：王明)"}, []string{"王明"}},
		{"near-miss: no brackets", nil, []string{"渡轮周一恢复运行。", "责编：王明"}, nil},
		{"near-miss: a credit far from the end", nil, []string{"（责编：王明）", "渡轮周一恢复运行。", "码头已修复。", "票价不变。", "分享让更多人看到"}, nil},
		{"near-miss: markup names a person", []string{"Ann Lee"}, []string{"渡轮周一恢复运行。", "（责编：王明）"}, []string{"Ann Lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Authors: tt.marked}, Blocks: blocksOf(blocks.Paragraph, tt.body)}
			checkAuthors(t, d, tt.want)
		})
	}
}

// TestBoldSignature checks a line of names in bold under a standfirst of
// a line or two, which credits the authors over markup that credits the
// site itself, and near-misses: the line not in bold, or too far down.
func TestBoldSignature(t *testing.T) {
	const prose = "The council adopted the water resolution on Tuesday after a debate that lasted most of the afternoon."
	tests := []struct {
		name  string
		lines []blocks.Block
		want  []string
	}{
		{"under a standfirst", []blocks.Block{{Text: "…as the harbour villages count the cost"}, {Text: "Lerato Moleli/Tsepo Ramakau", Bold: true}}, []string{"Lerato Moleli", "Tsepo Ramakau"}},
		{"set as a heading", []blocks.Block{{Text: "…as the harbour villages count the cost"}, {Text: "Lerato Moleli", Role: blocks.Heading, Bold: true}}, []string{"Lerato Moleli"}},
		{"near-miss: not in bold", []blocks.Block{{Text: "…as the harbour villages count the cost"}, {Text: "Lerato Moleli/Tsepo Ramakau"}}, []string{"Harbour Times"}},
		{"near-miss: too far down", []blocks.Block{{Text: prose}, {Text: prose}, {Text: prose}, {Text: "Lerato Moleli", Bold: true}}, []string{"Harbour Times"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Markup: true, Meta: blocks.Meta{Authors: []string{"Harbour Times"}, SiteName: "Harbour Times"},
				Blocks: []blocks.Block{{Text: "Council adopts water resolution", Role: blocks.Headline}}}
			d.Blocks = append(d.Blocks, tt.lines...)
			d.Blocks = append(d.Blocks, blocks.Block{Text: prose}, blocks.Block{Text: prose})
			s := (&Extractor{}).newState(Source{}, d)
			s.layout()
			s.a.Site = "Harbour Times"
			if got := s.authors(); !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAuthorNames checks what the author pass keeps of the names it is
// given: people, cleaned; organisations only when no person is credited.
func TestAuthorNames(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"Posted by Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"JANE ROE"}, []string{"Jane Roe"}},
		{[]string{"Jane L. Roe", "Jane Roe"}, []string{"Jane L. Roe"}},
		{[]string{"About the Author", "Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"The suspect confessed", "Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"jdadmin"}, nil},
		{[]string{"Jane Roe", "CNN"}, []string{"Jane Roe"}},
		{[]string{"Jane Roe", "Example.com"}, []string{"Jane Roe"}},
		{[]string{"Reuters"}, []string{"Reuters"}},
		{[]string{"Ludwig van Beethoven"}, []string{"Ludwig van Beethoven"}},
		{[]string{"By Jane Roe and John Doe, 2 hours ago"}, []string{"Jane Roe", "John Doe"}},
	}
	for _, tt := range tests {
		s := &state{doc: &blocks.Document{Meta: blocks.Meta{Authors: tt.in}}, a: &model.Article{}}
		if got := s.authors(); !slices.Equal(got, tt.want) {
			t.Errorf("authors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBylinesInLanguages checks the bylines of many languages: prefixes,
// roles, photo credits, companies, places and the agencies credited
// beside a person, with near-misses.
func TestBylinesInLanguages(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Von: Anna Müller", []string{"Anna Müller"}},
		{"von Anna Müller und Jörg Roth, dpa", []string{"Anna Müller", "Jörg Roth", "dpa"}},
		{"Ein Kommentar von Anna Müller", []string{"Anna Müller"}},
		{"Redakteurin Anna Müller", []string{"Anna Müller"}},
		{"Anna Müller, Korrespondentin", []string{"Anna Müller"}},
		{"Par Jeanne Dupont et Paul Martin", []string{"Jeanne Dupont", "Paul Martin"}},
		{"Por María López", []string{"María López"}},
		{"Di Mario Rossi e Luca Bianchi", []string{"Mario Rossi", "Luca Bianchi"}},
		{"Av Kari Nordmann", []string{"Kari Nordmann"}},
		{"Door Jan de Vries", []string{"Jan de Vries"}},
		{"Af Mette Hansen", []string{"Mette Hansen"}},
		{"Autor: Jan Novák", []string{"Jan Novák"}},
		{"Tekst: Ola Nordmann", []string{"Ola Nordmann"}},
		{"Oleh Budi Santoso", []string{"Budi Santoso"}},
		{"Adam Vidler; AP", []string{"Adam Vidler", "AP"}},
		{"By Jane Roe in Kyiv", []string{"Jane Roe"}},
		{"배윤경, 이상현", []string{"배윤경", "이상현"}},
		{"大渡 美咲", []string{"大渡 美咲"}},
		{"José Ortega y Gasset", []string{"José Ortega y Gasset"}},
		{"Guardian staff reporter", []string{"Guardian staff reporter"}},
		{"BR24 Redaktion", []string{"BR24 Redaktion"}},
		{"dpa", []string{"dpa"}},
		{"By 배윤경 기자, 이상현 기자", []string{"배윤경", "이상현"}},
		{"Von Anna Müller publiziert am 13. Mai 2026", []string{"Anna Müller"}},
		{"Par Jeanne Dupont, publié le 13 mai 2026", []string{"Jeanne Dupont"}},
		{"By Jane Roe Updated 15 May 2026", []string{"Jane Roe"}},
		{"Von Anna Müller und Jörg Datumsberg", []string{"Anna Müller", "Jörg Datumsberg"}},
		// Near-misses: no author in these.
		{"Faktencheck: Marcus Bensmann", nil},
		{"Viviana Mazza, DALLA NOSTRA CORRISPONDENTE", []string{"Viviana Mazza"}},
		{"Associated Press in Valencia", []string{"Associated Press"}},
		{"Elena Oberholzer (obe), Oliver Maksan (oma)", []string{"Elena Oberholzer", "Oliver Maksan"}},
		{"이재명 제21대 대통령선거 당선자", nil},
		{"Foto: Anna Müller", nil},
		{"Bildquelle: EU-Kommission", nil},
		{"Frankfurter Allgemeine Zeitung GmbH", nil},
		{"Germany", nil},
		{"Von", nil},
		{"Vor 2 Stunden", nil},
		{"Journalist", nil},
	}
	for _, tt := range tests {
		d := &blocks.Document{Blocks: []blocks.Block{{Text: tt.byline, Role: blocks.Byline}}}
		s := (&Extractor{}).newState(Source{}, d)
		if got := s.authors(); !slices.Equal(got, tt.want) {
			t.Errorf("authors(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestMarkupAuthors checks names as markup gives them: surname first, the
// site's name glued on, the site's own desk beside an agency.
func TestMarkupAuthors(t *testing.T) {
	tests := []struct {
		name            string
		site, url       string
		authors, ldOrgs []string
		want            []string
		ld              int // how many of authors JSON-LD names
	}{
		{"surname first", "", "", []string{"Roe, Jane", "Doe, John"}, nil, []string{"Jane Roe", "John Doe"}, 0},
		{"near-miss: two agencies", "", "", []string{"Reuters, AFP"}, nil, []string{"Reuters", "AFP"}, 0},
		{"site glued on", "The West Australian", "", []string{"Dan Jervis-BardyThe West Australian", "Dan Jervis-Bardy"}, nil, []string{"Dan Jervis-Bardy"}, 0},
		{"agency over the site", "Stuttgarter Zeitung", "", nil, []string{"Stuttgarter Zeitung", "dpa"}, []string{"dpa"}, 0},
		{"agency over the site's host", "", "https://www.stuttgarter-zeitung.de/a", []string{"Stuttgarter Zeitung", "dpa"}, nil, []string{"dpa"}, 0},
		{"the site alone", "", "https://www.kicker.de/a", nil, []string{"kicker"}, []string{"kicker"}, 0},
		{"the site's desk beside a person", "", "https://www.mdr.de/a", []string{"Jane Roe", "MDR THÜRINGEN"}, nil, []string{"Jane Roe"}, 0},
		{"company never", "", "", []string{"Ralf Euler", "Frankfurter Allgemeine Zeitung GmbH"}, nil, []string{"Ralf Euler"}, 0},
		{"JSON-LD over microdata", "", "", []string{"Scott Gilbertson", "Gear Team", "Matt Jancer", "David Nield"}, nil, []string{"Scott Gilbertson", "Gear Team"}, 2},
		{"near-miss: JSON-LD names a slug", "", "", []string{"chuck-ross", "Chuck Ross"}, nil, []string{"Chuck Ross"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Authors: tt.authors, AuthorOrgs: tt.ldOrgs, LDAuthors: tt.ld}}
			s := (&Extractor{}).newState(Source{URL: tt.url}, d)
			s.a.Site, s.a.URL = tt.site, tt.url
			if got := s.authors(); !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSignature checks a line of names alone at the head or the end of the
// text, and lines that are not one.
func TestSignature(t *testing.T) {
	const prose = "The council adopted the water resolution on Tuesday after a debate that lasted most of the afternoon."
	tests := []struct {
		first, last string
		want        []string
	}{
		{"Lerato Moleli/Tsepo Ramakau", "", []string{"Lerato Moleli", "Tsepo Ramakau"}},
		{"", "Lê Phương", []string{"Lê Phương"}},
		{"BAAR, SWITZERLAND", "", nil},
		{"", "Read more", nil},
		{"", "Associated Press", nil},
		{"", "Donald Trump said so.", nil},
	}
	for _, tt := range tests {
		d := &blocks.Document{Markup: true, Blocks: []blocks.Block{{Text: "Council adopts water resolution", Role: blocks.Headline}}}
		if tt.first != "" {
			d.Blocks = append(d.Blocks, blocks.Block{Text: tt.first})
		}
		d.Blocks = append(d.Blocks, blocks.Block{Text: prose}, blocks.Block{Text: prose})
		if tt.last != "" {
			d.Blocks = append(d.Blocks, blocks.Block{Text: tt.last})
		}
		s := (&Extractor{}).newState(Source{}, d)
		s.layout()
		if got := s.authors(); !slices.Equal(got, tt.want) {
			t.Errorf("authors of %q / %q = %q, want %q", tt.first, tt.last, got, tt.want)
		}
	}
}

// blocksOf returns a block of the role for each of texts.
func blocksOf(r blocks.Role, texts []string) []blocks.Block {
	var out []blocks.Block
	for _, t := range texts {
		out = append(out, blocks.Block{Text: t, Role: r})
	}
	return out
}

// checkAuthors checks the authors the author pass reads in d.
func checkAuthors(t *testing.T, d *blocks.Document, want []string) {
	t.Helper()
	s := (&Extractor{}).newState(Source{}, d)
	if got := s.authors(); !slices.Equal(got, want) {
		t.Errorf("authors = %q, want %q", got, want)
	}
}
