package byline

import (
	"slices"
	"testing"
)

func TestSplitAndClean(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By Jane Roe and John Doe", []string{"Jane Roe", "John Doe"}},
		{"Von Max Mustermann", []string{"Max Mustermann"}},
		{"Автор: Мария Соколова", []string{"Мария Соколова"}},
		{"By Owen Pritchard, Transport Correspondent", []string{"Owen Pritchard"}},
		{"By Adam Vidler, Frankfurt; Germany", []string{"Adam Vidler"}},
		{"By Adam Vidler; AP", []string{"Adam Vidler", "AP"}},
		{"Anna Schmidt, Jordan Peterson", []string{"Anna Schmidt", "Jordan Peterson"}},
		{"Tác giả: Nguyễn Văn An", []string{"Nguyễn Văn An"}},
		{"Tekijä: Matti Virtanen", []string{"Matti Virtanen"}},
		{"Yazar: Ayşe Yılmaz", []string{"Ayşe Yılmaz"}},
		{"作者：王小明", []string{"王小明"}},
		{"By Jane Roe, AP Sports Writer", []string{"Jane Roe", "AP"}},
		{"By JANE ROE, Ap National Security Writer", []string{"Jane Roe", "AP"}},
		{"Jane Roe. Harbour Gazette", []string{"Jane Roe", "Harbour Gazette"}},
		{"By John F. Kennedy", []string{"John F. Kennedy"}},
		{"By Sam Roe Jr. and Bo Diaz", []string{"Sam Roe Jr", "Bo Diaz"}},
		{"Jane Roe Associated Press", []string{"Jane Roe", "Associated Press"}},
		{"Ann Lee and Jane Roe The Associated Press", []string{"Ann Lee", "Jane Roe", "The Associated Press"}},
		{"Jane Roe HARBOUR TODAY", []string{"Jane Roe", "HARBOUR TODAY"}},
		{"European Space Agency", []string{"European Space Agency"}},
		{"Harbour Gazette Editorial Staff", []string{"Harbour Gazette Editorial Staff"}},
		{"By Jane Roe | Special to the Harbour Gazette", []string{"Jane Roe"}},
		{"Jane Roe, Share", []string{"Jane Roe"}},
		{"The Riverside and Harbour port authorities", nil},
		{"By The Harbour and Riverside port authorities", nil},
		{"Jane Roe and other contributors", []string{"Jane Roe"}},
		{"Jane Roe, head of research at the institute, and John Doe", []string{"Jane Roe", "John Doe"}},
		{"Гость", nil},
		{"Nachrichten", nil},
		{"News", nil},
		{"Новости", nil},
		{"Jane Roe, News", []string{"Jane Roe"}},
		{"News Staff", []string{"News Staff"}},
		{"Harbour News", []string{"Harbour News"}},
		{"By Jane Roe and Ann Lee, Monday, May 4, 2026", []string{"Jane Roe", "Ann Lee"}},
		{"Regan", []string{"Regan"}},
	}
	for _, tt := range tests {
		got := Names(tt.line)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
	if !IsStaffRole("Staff writer") || !IsStaffRole("News editor") || IsStaffRole("Staff Reports") || IsStaffRole("Guardian staff reporter") || IsStaffRole("Jane Roe") {
		t.Error("IsStaffRole")
	}
	if !IsAgency("Reuters") || IsAgency("Jane Roe") {
		t.Error("IsAgency")
	}
	if !IsCompany("Condé Nast GmbH") || IsCompany("Jane Roe") {
		t.Error("IsCompany")
	}
	if !StartsByline("By Jane Roe") || StartsByline("By") || StartsByline("Bypass closed") {
		t.Error("StartsByline")
	}
}

func TestIsSignature(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Jane Roe", true},
		{"Jane Roe/John Doe", true},
		{"Lê Phương", true},
		{"김 민수", true},
		{"남궁 민수", true},
		{"Jane", false},                      // one word
		{"The Harbour Gazette Staff", false}, // an organisation
		{"Jane Roe said it again.", false},   // a sentence
		{"Room 101", false},
		{"바다의 멜로디인가, 하늘의 심포니인가", false}, // prose words with their endings
	}
	for _, tt := range tests {
		if got := IsSignature(tt.line); got != tt.want {
			t.Errorf("IsSignature(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestAfterAuthorLabel(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Autorin/Autor Jana Roe", "Jana Roe", true},
		{"Author: Jane Roe", "Jane Roe", true},
		{"Автор: Мария Соколова", "Мария Соколова", true},
		{"作者：王小明", "王小明", true},
		{"Autor*in Jana Roe", "Jana Roe", true},
		{"Author", "", false},
		{"Authority figures spoke", "", false}, // near-miss: a word that begins with a label
		{"By Jane Roe", "", false},
		{"Authors:", "", false},
	}
	for _, tt := range tests {
		if got, ok := AfterAuthorLabel(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("AfterAuthorLabel(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
