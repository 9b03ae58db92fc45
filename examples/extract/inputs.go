package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// input is one document to read: a file, or standard input. An argument
// that names nothing is an input too, whose err says so, so that it is
// reported in its place among the others.
type input struct {
	name string // the path as shown, or "stdin"
	dir  string // the directory argument it was found in; "" for a named file
	rel  string // its path inside dir
	err  error
}

// stdinName names standard input in messages.
const stdinName = "stdin"

// expand turns the arguments into inputs: files as they are, directories
// searched recursively for documents, globs expanded; none means stdin.
// one reports whether the arguments name one file and no more: a single
// argument that is neither a directory nor a glob.
func expand(args []string) (inputs []input, one bool) {
	if len(args) == 0 {
		return []input{{name: stdinName}}, true
	}
	many := false
	for _, arg := range args {
		in, m := expandArg(arg)
		inputs = append(inputs, in...)
		many = many || m
	}
	return inputs, len(args) == 1 && !many
}

// expandArg returns the inputs an argument names; many is true for a
// directory or a glob, which may name any number.
func expandArg(arg string) (inputs []input, many bool) {
	if arg == "-" {
		return []input{{name: stdinName}}, false
	}
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		return walkDir(arg), true
	case err == nil:
		return []input{{name: arg}}, false
	case strings.ContainsAny(arg, "*?["):
		return expandGlob(arg), true
	}
	return []input{{name: arg, err: err}}, false
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

// walkDir returns the documents under dir, in lexical order. The walk stays
// inside dir: it does not descend into linked directories, and a file
// found is opened later through dir as an os.Root, which refuses a link
// that leads out of it.
func walkDir(dir string) []input {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return []input{{name: dir, err: err}}
	}
	defer root.Close()
	var out []input
	err = fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		rel := filepath.FromSlash(p)
		name := filepath.Join(dir, rel)
		if err != nil {
			out = append(out, input{name: name, err: err})
			return nil
		}
		if !d.IsDir() && isDocument(p) {
			out = append(out, input{name: name, dir: dir, rel: rel})
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
	case ".html", ".htm", ".txt", ".warc":
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
