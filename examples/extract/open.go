package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strings"
)

// errTruncatedGzip is the error of a gzipped input that ends too soon.
var errTruncatedGzip = errors.New("truncated gzip data")

// gzipMagic begins every gzip stream.
const gzipMagic = "\x1f\x8b"

// open opens an input for reading. A file must be a regular file: it is
// opened without blocking, so that a named pipe or a device is refused
// rather than waited on. A .gz file is decompressed, as is any input,
// standard input included, that begins as gzip data does.
func (in input) open(stdin io.Reader) (io.ReadCloser, error) {
	if in.err != nil {
		return nil, in.err
	}
	var rc io.ReadCloser = io.NopCloser(stdin)
	if in.name != stdinName {
		f, err := in.openFile()
		if err != nil {
			return nil, err
		}
		rc = f
	}
	return decompress(rc, strings.HasSuffix(strings.ToLower(in.name), ".gz"))
}

// openFile opens a file that is an input: through its directory as a root
// when it was found in one, by its name otherwise (following a link, since
// the user named it).
func (in input) openFile() (*os.File, error) {
	stat, open := os.Stat, os.OpenFile
	if in.dir != "" {
		root, err := os.OpenRoot(in.dir)
		if err != nil {
			return nil, err
		}
		defer root.Close()
		stat, open = root.Stat, root.OpenFile
	}
	name := in.name
	if in.dir != "" {
		name = in.rel
	}
	if info, err := stat(name); err != nil {
		return nil, in.linkError(err)
	} else if err := regular(info); err != nil {
		return nil, err
	}
	f, err := open(name, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, in.linkError(err)
	}
	// Checked again on the file opened, which may not be the one stated.
	info, err := f.Stat()
	if err == nil {
		err = regular(info)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regular returns an error naming the kind of a file that is not a
// regular file.
func regular(info fs.FileInfo) error {
	kind := "not a regular file"
	switch m := info.Mode(); {
	case m.IsRegular():
		return nil
	case m.IsDir():
		kind = "a directory"
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%s, not a regular file: not read", kind)
}

// linkError explains an error opening a file found in a directory that is
// a link: the root refuses those that lead out of the directory.
func (in input) linkError(err error) error {
	if in.dir == "" || errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if info, lerr := os.Lstat(in.name); lerr == nil && info.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("link out of %s not followed: %s", in.dir, reason(err))
	}
	return err
}

// decompress returns rc decompressed when gz is true or its data begins as
// gzip data does, else rc as it is (but buffered).
func decompress(rc io.ReadCloser, gz bool) (io.ReadCloser, error) {
	br := bufio.NewReader(rc)
	if !gz {
		magic, _ := br.Peek(len(gzipMagic))
		gz = string(magic) == gzipMagic
	}
	if !gz {
		return readCloser{br, rc}, nil
	}
	z, err := gzip.NewReader(br)
	if err != nil {
		rc.Close()
		return nil, gzipError(err)
	}
	return gzipReader{z, rc}, nil
}

// gzipError names the end of gzip data that comes too soon.
func gzipError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errTruncatedGzip
	}
	return err
}

// readCloser reads from one reader and closes another.
type readCloser struct {
	io.Reader
	c io.Closer
}

// Close closes the underlying closer.
func (r readCloser) Close() error { return r.c.Close() }

// gzipReader decompresses an input and closes both the decompressor and
// the input.
type gzipReader struct {
	z  *gzip.Reader
	rc io.Closer
}

// Read reads decompressed data; gzip data that ends too soon is
// errTruncatedGzip.
func (g gzipReader) Read(p []byte) (int, error) {
	n, err := g.z.Read(p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errTruncatedGzip
	}
	return n, err
}

// Close closes the decompressor and the input.
func (g gzipReader) Close() error {
	return errors.Join(g.z.Close(), g.rc.Close())
}

// size estimates the bytes an input holds, before it is read: a file's
// size, a gzipped file's size as its trailer records it (at least its own
// size), and for standard input, whose size is unknown, as much as any.
// An input that cannot be opened holds nothing.
func (in input) size() int64 {
	if in.err != nil {
		return 0
	}
	if in.name == stdinName {
		return math.MaxInt64
	}
	f, err := in.openFile()
	if err != nil {
		return 0
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return 0
	}
	n := info.Size()
	var trailer [4]byte
	if !strings.HasSuffix(strings.ToLower(in.name), ".gz") || n < 18 {
		return n
	}
	if _, err := f.ReadAt(trailer[:], n-4); err != nil {
		return n
	}
	return max(n, int64(binary.LittleEndian.Uint32(trailer[:])))
}
