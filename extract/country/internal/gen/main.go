// Command gen writes the country tables of package country.
//
// It reads the list of ISO 3166-1 codes and the hand-maintained names,
// aliases, adjectives, blocked phrases and US states (read only as
// context) in the data directory, takes the
// English, Russian and Kazakh region names of CLDR from
// golang.org/x/text/language/display, declines the Russian and Kazakh
// names by rule, and writes one Go file that needs nothing but the standard
// library. Run it through go generate in the package directory:
//
//	go generate ./extract/country
//
// The output depends on the data and the x/text version alone, so running
// it again gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	data := flag.String("data", "internal/gen/data", "directory with codes.txt and names.tsv")
	out := flag.String("out", "tables.go", "Go file to write")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dataDir, out string) error {
	src, err := generate(dataDir)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return nil
}
