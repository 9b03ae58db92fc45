package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// encoder encodes values as JSON, one per line or indented, leaving <, >
// and & as they are.
type encoder struct {
	pretty bool
}

func newEncoder(pretty bool) *encoder {
	return &encoder{pretty: pretty}
}

// encode returns v as JSON ending in a newline.
func (e *encoder) encode(v any) ([]byte, error) {
	var b bytes.Buffer
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

// reason returns the message of err without the path that a *fs.PathError
// repeats, since messages name the file already.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
