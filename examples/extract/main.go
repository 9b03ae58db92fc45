package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The first SIGINT or SIGTERM stops the run cleanly; once it has come,
	// the signals have their default effect again, so a second one ends
	// the program at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // a document, a read or a write failed, or a signal came
	exitUsage   = 2
)

// run is the whole program, with its arguments and streams passed in; it
// returns the exit status. When ctx is done (at SIGINT or SIGTERM) it reads
// no more input, finishes the line it is writing and returns.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitUsage
	}
	if cfg.jsonl {
		return runStream(ctx, cfg, stdin, stdout, stderr)
	}
	return runFiles(ctx, cfg, stdin, stdout, stderr)
}

// exitStatus reports the error that ended a run early, if any, and returns
// the exit status: a failure for that error or when an item failed (and
// failed counts), success otherwise.
func exitStatus(err error, failed bool, stderr io.Writer) int {
	switch {
	case errors.Is(err, context.Canceled):
		errorf(stderr, "interrupted: stopped after the last line written")
		return exitFailure
	case err != nil:
		errorf(stderr, "%v", err)
		return exitFailure
	case failed:
		return exitFailure
	}
	return exitOK
}
