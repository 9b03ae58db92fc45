package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error]((*writeLinesFn)(nil))
	register.Iter1[string]()
}

// writeLines writes the lines of col to one file, which is written even
// when col is empty (textio.Write writes none then): an impulse runs the
// writing once, with col as its side input.
func writeLines(s beam.Scope, filename string, col beam.PCollection) {
	s = s.Scope("writeLines")
	filesystem.ValidateScheme(filename)
	beam.ParDo0(s, &writeLinesFn{Filename: filename}, beam.Impulse(s), beam.SideInput{Input: col})
}

// writeLinesFn writes the lines of its side input to a file, each ended
// by a newline.
type writeLinesFn struct {
	Filename string `json:"filename"`
}

// ProcessElement writes the file.
func (w *writeLinesFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	fs, err := filesystem.New(ctx, w.Filename)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, w.Filename)
	if err != nil {
		return fmt.Errorf("writing %s: %w", w.Filename, err)
	}
	buf := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		buf.WriteString(line)
		if err := buf.WriteByte('\n'); err != nil {
			fd.Close()
			return fmt.Errorf("writing %s: %w", w.Filename, err)
		}
	}
	if err := buf.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", w.Filename, err)
	}
	return fd.Close()
}
