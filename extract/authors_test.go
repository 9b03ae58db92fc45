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
		{"people before organisations", []string{"Staff Reports", "Ann Lee"}, []string{"Ledger"}, nil, []string{"Ann Lee"}},
		{"organisation when no person", nil, []string{"Ledger"}, []string{"By Staff Reports"}, []string{"Ledger", "Staff Reports"}},
		{"duplicates", []string{"Ann Lee", "ann lee"}, nil, nil, []string{"Ann Lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Authors: tt.marked, AuthorOrgs: tt.orgs}}
			for _, b := range tt.bylines {
				d.Blocks = append(d.Blocks, blocks.Block{Text: b, Role: blocks.Byline})
			}
			s := (&Extractor{}).newState(Source{}, d)
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
