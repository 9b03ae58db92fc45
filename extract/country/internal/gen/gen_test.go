package main

import (
	"bytes"
	"os"
	"slices"
	"testing"
)

// TestGeneratedFileUpToDate checks that ../../tables.go is what the
// generator makes of the data today.
func TestGeneratedFileUpToDate(t *testing.T) {
	want, err := generate("data")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("tables.go is out of date: run go generate ./extract/country")
	}
}

// TestCheckStates checks that a state taken as context may not also be a
// name of a country.
func TestCheckStates(t *testing.T) {
	tb := &tables{
		countries: []country{{alpha2: "GE", phrases: []string{"~@Georgia"}}},
		states:    []string{"Alabama", "Georgia"},
	}
	if err := checkStates(tb); err == nil {
		t.Error("checkStates accepts Georgia as a state taken as context")
	}
	tb.states = tb.states[:1]
	if err := checkStates(tb); err != nil {
		t.Errorf("checkStates: %v", err)
	}
}

// TestStates checks the states read from the data: all fifty and the
// district, and none that is left out of context.
func TestStates(t *testing.T) {
	tb, err := build("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Alabama", "Wyoming", "New York", "District of Columbia", "Carolinas"} {
		if !slices.Contains(tb.states, want) {
			t.Errorf("states lack %q", want)
		}
	}
	for _, not := range []string{"Georgia", "Washington"} {
		if slices.Contains(tb.states, not) {
			t.Errorf("states hold %q, which is marked nocontext", not)
		}
	}
	if n := len(tb.states); n != 48+2+2+42 {
		t.Errorf("%d states taken as context, want 94 (48 states, the district twice, two plurals, 42 AP abbreviations)", n)
	}
}
