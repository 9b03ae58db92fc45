package warc

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"io"
)

// Reader reads the records of a WARC file one at a time. It is not safe
// for concurrent use.
type Reader struct {
	src   *bufio.Reader // the file
	count *counter      // the bytes read from the file, to tell offsets
	gz    bool          // the file is gzip data
	z     *gzip.Reader  // the current gzip member
	seg   *bufio.Reader // the data records are read from: the file, or the current member
	trap  *trap         // what seg reads from, with the error it last failed with
	start int64         // the offset of the current member
	ended bool          // seg has been read to its end
	cur   *block        // the block of the record last returned
	sync  bool          // looking for the start of a record after damage
	err   error         // the error that ended the reading
	told  bool          // err has been returned once
}

// bufSize is the size of the buffers over the file and a gzip member.
const bufSize = 64 << 10

// gzipMagic begins every gzip member.
const gzipMagic = "\x1f\x8b"

// NewReader returns a Reader of the WARC file r, plain or gzipped (told
// by its first bytes).
func NewReader(r io.Reader) *Reader {
	c := &counter{r: r}
	t := &trap{r: c}
	rd := &Reader{src: bufio.NewReaderSize(t, bufSize), count: c, trap: t}
	magic, _ := rd.src.Peek(len(gzipMagic))
	rd.gz = string(magic) == gzipMagic
	if !rd.gz {
		rd.seg = rd.src
	}
	return rd
}

// Next returns the next record, whose Block may be read until the next
// call of Next; it returns io.EOF after the last record.
//
// A damaged record gives a *RecordError, after which Next may be called
// again: it goes on with the next record it finds, or returns io.EOF when
// the damage left nothing more to read (a file cut short: ErrTruncated).
// Another error (a failure to read the file) ends the reading and is
// returned again by each call.
func (r *Reader) Next() (*Record, error) {
	if b := r.cur; b != nil {
		r.cur = nil
		if err := b.finish(); err != nil {
			return nil, err
		}
	}
	if r.err != nil {
		return nil, r.final()
	}
	off, err := r.find()
	if err != nil {
		return nil, err
	}
	rec, err := r.header(off)
	if err != nil {
		return nil, err
	}
	r.cur = &block{r: r, rec: rec, left: rec.Length}
	rec.Block = r.cur
	return rec, nil
}

// final returns the error that ended the reading: a record's damage once,
// then io.EOF; a read error every time.
func (r *Reader) final() error {
	var re *RecordError
	if errors.As(r.err, &re) && r.told {
		return io.EOF
	}
	r.told = true
	return r.err
}

// fail ends the reading with err, wrapped as the damage of the record at
// off unless it is a read error, and returns it.
func (r *Reader) fail(id string, off int64, err error) error {
	if errors.Is(err, ErrTruncated) || errors.Is(err, ErrCorrupt) {
		err = &RecordError{ID: id, Offset: off, Err: err}
	}
	r.err, r.told = err, true
	return err
}

// damaged returns the error of a damaged record, after which the reader
// looks for the start of the next one.
func (r *Reader) damaged(id string, off int64, err error) error {
	r.sync = true
	return &RecordError{ID: id, Offset: off, Err: err}
}

// pos returns the offset in the file of the next byte to be read from it.
func (r *Reader) pos() int64 { return r.count.n - int64(r.src.Buffered()) }

// nextMember starts reading the next gzip member; io.EOF at the end of
// the file.
func (r *Reader) nextMember() error {
	if _, err := r.src.Peek(1); err != nil {
		return err
	}
	r.start = r.pos()
	var err error
	if r.z == nil {
		r.z, err = gzip.NewReader(r.src)
	} else {
		err = r.z.Reset(r.src)
	}
	if err != nil {
		return gzipError(err)
	}
	r.z.Multistream(false)
	r.trap = &trap{r: r.z}
	if r.seg == nil {
		r.seg = bufio.NewReaderSize(r.trap, bufSize)
	} else {
		r.seg.Reset(r.trap)
	}
	r.ended = false
	return nil
}

// gzipError names gzip data that ends too soon; a stream that is not gzip
// where a member should begin is damage too.
func gzipError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return ErrTruncated
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.As(err, new(flate.CorruptInputError)):
		return ErrCorrupt
	}
	return err
}

// readErr turns an error reading the records' data into the reader's
// terms: the end of a gzip member is io.EOF, gzip data cut short is
// ErrTruncated.
func (r *Reader) readErr(err error) error {
	switch {
	case err == nil || err == io.EOF:
		return err
	case r.gz:
		return gzipError(err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ErrTruncated
	}
	return err
}

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int64
}

// Read reads from the underlying reader, counting the bytes.
func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// trap is a reader that keeps the error other than io.EOF it last
// returned, to tell a failure of the data from one of what reads it.
type trap struct {
	r   io.Reader
	err error
}

// Read reads from the underlying reader, keeping its error.
func (t *trap) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && err != io.EOF {
		t.err = err
	}
	return n, err
}

// failedReading reports whether err is the error the data itself failed
// with, rather than one of the reading of a header.
func (r *Reader) failedReading(err error) bool {
	return r.trap.err != nil && errors.Is(err, r.trap.err)
}
