package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // a document, a read or a write failed
	exitUsage   = 2
)

// run is the whole program, with its arguments and streams passed in; it
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitUsage
	}
	if cfg.jsonl {
		return runStream(cfg, stdin, stdout, stderr)
	}
	return runFiles(cfg, stdin, stdout, stderr)
}
