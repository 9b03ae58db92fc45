package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressMin is the number of files above which a progress bar is shown.
const progressMin = 10

// reporter tells the user how the work goes, on standard error: the errors
// as they come, a progress bar for many files on a terminal, and a summary
// at the end. It is called from one goroutine only.
type reporter struct {
	w       io.Writer
	unit    string // what is counted: "files" or "lines"
	quiet   bool
	bar     *progressbar.ProgressBar
	start   time.Time
	items   int
	records int // WARC records, skipped ones included
	skipped int
	ok      int
	errors  int
	bytes   int64
}

func newReporter(cfg *config, w io.Writer, total int, unit string) *reporter {
	r := &reporter{w: w, unit: unit, quiet: cfg.quiet, start: time.Now()}
	if !cfg.quiet && total > progressMin && isTerminal(w) {
		r.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("extracting"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString(unit),
			progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return r
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// done counts one item, read in n bytes, that succeeded or failed.
func (r *reporter) done(n int64, ok bool) {
	r.items++
	r.bytes += n
	if ok {
		r.ok++
	} else {
		r.errors++
	}
	if r.bar != nil {
		r.bar.Add(1)
	}
}

// result counts the result of a unit: an input read whole, one WARC
// record (its article, its error, or its skipping), or the end of a WARC
// file, which counts as a file.
func (r *reporter) result(res fileResult) {
	item := res.record
	switch {
	case item == nil:
		r.done(res.bytes, res.err == nil)
	case item.end:
		r.items++
		if res.err != nil {
			r.errors++
		}
		if r.bar != nil {
			r.bar.Add(1)
		}
	default:
		r.records++
		r.bytes += res.bytes
		switch {
		case item.skip != "":
			r.skipped++
		case res.err == nil:
			r.ok++
		default:
			r.errors++
		}
	}
}

// fail reports the error of the named item.
func (r *reporter) fail(name string, err error) {
	if r.bar != nil {
		r.bar.Clear()
	}
	errorf(r.w, "%s: %s", name, reason(err))
}

// finish removes the progress bar and prints the summary.
func (r *reporter) finish() {
	if r.bar != nil {
		r.bar.Finish()
	}
	if r.quiet {
		return
	}
	elapsed := time.Since(r.start)
	mb := float64(r.bytes) / 1e6
	var records string
	if r.records > 0 {
		records = fmt.Sprintf(", %d WARC records (%d skipped)", r.records, r.skipped)
	}
	fmt.Fprintf(r.w, "extract: %d %s%s, %d articles, %d errors, %.1f MB in %.2fs (%.1f MB/s)\n",
		r.items, r.unit, records, r.ok, r.errors, mb, elapsed.Seconds(), mb/max(elapsed.Seconds(), 1e-9))
}
