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
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Split(tt.line) {
			if c := Clean(n); c != "" {
				got = append(got, c)
			}
		}
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
