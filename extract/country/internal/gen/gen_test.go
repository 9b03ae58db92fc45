package main

import (
	"bytes"
	"os"
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
