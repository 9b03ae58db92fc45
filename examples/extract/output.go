package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/newsextract/newsextract/model"
)

// encoder encodes values as JSON, one per line or indented, leaving <, >
// and & as they are; with an output other than "json", an article as its
// rendering (see rendered).
type encoder struct {
	pretty bool
	output string // "json", "markdown" or "text"
}

func newEncoder(pretty bool, output string) *encoder {
	return &encoder{pretty: pretty, output: output}
}

// encode returns v as JSON ending in a newline, or, for a bare article
// and an output other than "json", its rendering. A line is encoded piece
// by piece (model.WriteJSON), so that an article is held as JSON once,
// however many mentions it has.
func (e *encoder) encode(v any) ([]byte, error) {
	if e.output != "json" {
		if a, ok := v.(*model.Article); ok {
			return []byte(strings.TrimRight(e.render(a), "\n") + "\n"), nil
		}
		v = e.rendered(v)
	}
	var b bytes.Buffer
	if !e.pretty {
		err := model.WriteJSON(&b, v)
		return b.Bytes(), err
	}
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if e.pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// errorf prints a message on w, prefixed with the program's name.
func errorf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "extract: "+format+"\n", args...)
}

// reason returns the message of err as the program gives it after the
// name of the input: without the path that a *fs.PathError repeats, and
// without the library's prefix, since the program's messages carry their
// own.
func reason(err error) string {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return strings.TrimPrefix(msg, libraryPrefix)
}

// libraryPrefix begins the messages of the library's errors.
const libraryPrefix = "extract: "
