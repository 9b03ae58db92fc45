package extract

import (
	"reflect"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// TestTopics checks which source of topics is taken, and what is left
// out of it.
func TestTopics(t *testing.T) {
	tests := []struct {
		name   string
		topics blocks.Topics
		want   []string
	}{
		{"one source", blocks.Topics{Tags: []string{"Ferries", "ferries", "Port"}}, []string{"Ferries", "Port"}},
		{"the source the others agree with", blocks.Topics{
			Keywords:   []string{"dpa", "Startseite"},
			LDKeywords: []string{"Ferries", "Port"},
			Tags:       []string{"Ferries", "Port", "Harbour"},
		}, []string{"Ferries", "Port"}},
		{"no agreement: keywords first", blocks.Topics{Keywords: []string{"a1"}, LDKeywords: []string{"b2"}}, []string{"a1"}},
		{"visible only without markup", blocks.Topics{Visible: []string{"Sport"}, Keywords: []string{"Ferries"}}, []string{"Ferries"}},
		{"visible", blocks.Topics{Visible: []string{"Sport", "Tennis"}}, []string{"Sport", "Tennis"}},
		{"run together", blocks.Topics{Keywords: []string{"Boxen Tyson Fury Russland", "Boxen", "Tyson Fury", "Russland"}}, []string{"Boxen", "Tyson Fury", "Russland"}},
		{"one name held is no run", blocks.Topics{Keywords: []string{"Port Elwyn ferry", "Port Elwyn"}}, []string{"Port Elwyn ferry", "Port Elwyn"}},
		{"site and domain", blocks.Topics{Keywords: []string{"Harbour Gazette", "gazette.example", "Ferries", "Papst Leo XIV."}}, []string{"Ferries", "Papst Leo XIV."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &state{a: &model.Article{Site: "Harbour Gazette"}, doc: &blocks.Document{Meta: blocks.Meta{Topics: tt.topics}}}
			if got := s.topics(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("topics = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSection checks the section from the markup, else the breadcrumbs.
func TestSection(t *testing.T) {
	tests := []struct {
		meta  blocks.Meta
		title string
		want  string
	}{
		{blocks.Meta{Section: "Politics", Breadcrumbs: []string{"Home", "World"}}, "", "Politics"},
		{blocks.Meta{Breadcrumbs: []string{"Home", "World", "Europe"}}, "", "Europe"},
		{blocks.Meta{Breadcrumbs: []string{"Home", "World", "Ferry returns"}}, "Ferry returns", "World"},
		{blocks.Meta{Breadcrumbs: []string{"Home", "Ferry returns"}}, "Ferry returns", ""},
		{blocks.Meta{Breadcrumbs: []string{"Home"}}, "", ""},
		{blocks.Meta{}, "", ""},
	}
	for _, tt := range tests {
		s := &state{a: &model.Article{Title: tt.title}, doc: &blocks.Document{Meta: tt.meta}}
		if got := s.section(); got != tt.want {
			t.Errorf("section of %+v = %q, want %q", tt.meta, got, tt.want)
		}
	}
}
