package main

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// input is one document to read: a file, or standard input. An argument
// that names nothing is an input too, whose err says so, so that it is
// reported in its place among the others.
type input struct {
	name string // the path, or "stdin"
	err  error
}

// stdinName names standard input in messages.
const stdinName = "stdin"

// expand turns the arguments into inputs: files as they are, directories
// searched recursively for documents, globs expanded; none means stdin.
func expand(args []string) []input {
	if len(args) == 0 {
		return []input{{name: stdinName}}
	}
	var out []input
	for _, arg := range args {
		out = append(out, expandArg(arg)...)
	}
	return out
}

func expandArg(arg string) []input {
	if arg == "-" {
		return []input{{name: stdinName}}
	}
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		return walkDir(arg)
	case err == nil:
		return []input{{name: arg}}
	case strings.ContainsAny(arg, "*?["):
		return expandGlob(arg)
	}
	return []input{{name: arg, err: err}}
}

func expandGlob(pattern string) []input {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return []input{{name: pattern, err: fmt.Errorf("bad pattern: %w", err)}}
	}
	if len(paths) == 0 {
		return []input{{name: pattern, err: errors.New("no file matches")}}
	}
	var out []input
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			out = append(out, walkDir(p)...)
		} else {
			out = append(out, input{name: p})
		}
	}
	return out
}

// walkDir returns the documents under dir, in lexical order.
func walkDir(dir string) []input {
	var out []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{name: path, err: err})
			return nil
		}
		if !d.IsDir() && isDocument(path) {
			out = append(out, input{name: path})
		}
		return nil
	})
	if err != nil {
		out = append(out, input{name: dir, err: err})
	}
	return out
}

// isDocument reports whether a file found in a directory is read: by its
// extension, after a .gz one.
func isDocument(path string) bool {
	switch docExt(path) {
	case ".html", ".htm", ".txt":
		return true
	}
	return false
}

// docExt returns the extension of a document's name in lower case, looking
// past a .gz extension.
func docExt(path string) string {
	p := strings.ToLower(path)
	p = strings.TrimSuffix(p, ".gz")
	return filepath.Ext(p)
}

// formatOf returns how to read an input: the -format flag, else the
// extension of its name, else "auto" (by its first bytes).
func formatOf(flagFormat, name string) string {
	if flagFormat != "auto" {
		return flagFormat
	}
	switch docExt(name) {
	case ".html", ".htm":
		return "html"
	case ".txt":
		return "text"
	}
	return "auto"
}

// open opens an input for reading, decompressing a .gz file.
func (in input) open(stdin io.Reader) (io.ReadCloser, error) {
	if in.err != nil {
		return nil, in.err
	}
	if in.name == stdinName {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(in.name)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(strings.ToLower(in.name), ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return gzipFile{z, f}, nil
}

// gzipFile reads a gzipped file and closes both the reader and the file.
type gzipFile struct {
	*gzip.Reader
	f *os.File
}

// Close closes the decompressor and the file.
func (g gzipFile) Close() error {
	return errors.Join(g.Reader.Close(), g.f.Close())
}
