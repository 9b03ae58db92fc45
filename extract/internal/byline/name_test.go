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
	}
	for _, tt := range tests {
		got := Names(tt.line)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
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
