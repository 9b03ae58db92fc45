package warc

import (
	"fmt"
	"io"
)

// block reads the block of the record last returned by Next, and checks
// that the record ends where its Content-Length says.
type block struct {
	r    *Reader
	rec  *Record
	left int64 // bytes of the block still to read
	end  bool  // the block has been read to its end, and checked
	err  error // once at the end: io.EOF when the record is sound
	told bool  // err, a damage, has been returned by Read
}

// endMarker ends every record, after its block.
const endMarker = "\r\n\r\n"

// Read reads the block; at its end it returns io.EOF, or the
// *RecordError of a record whose data does not match its length.
func (b *block) Read(p []byte) (int, error) {
	n := b.read(p)
	if n > 0 || !b.end {
		return n, nil
	}
	if b.err != io.EOF {
		b.told = true
	}
	return 0, b.err
}

// read reads up to len(p) bytes of the block, or with p nil passes over
// up to a buffer of it, and at its end checks the record's end.
func (b *block) read(p []byte) int {
	if b.end {
		return 0
	}
	if b.left == 0 {
		b.close()
		return 0
	}
	var n int
	var err error
	if p == nil {
		n, err = b.r.seg.Discard(int(min(b.left, bufSize)))
	} else {
		if int64(len(p)) > b.left {
			p = p[:b.left]
		}
		n, err = b.r.seg.Read(p)
	}
	b.left -= int64(n)
	switch {
	case err == nil, err == io.EOF && b.left == 0:
		if b.left == 0 {
			b.close()
		}
	case err == io.EOF && b.r.gz:
		b.r.ended = true
		b.end = true
		b.err = b.r.damaged(b.rec.ID, b.rec.Offset,
			fmt.Errorf("%w: the gzip member ends %d bytes before it", ErrLength, b.left))
	case err == io.EOF:
		b.end = true
		b.err = b.r.fail(b.rec.ID, b.rec.Offset, ErrTruncated)
	default:
		b.end = true
		b.err = b.r.fail(b.rec.ID, b.rec.Offset, b.r.readErr(err))
	}
	return n
}

// close checks that the record ends after its block, where its length
// says.
func (b *block) close() {
	b.end = true
	m, err := b.r.seg.Peek(len(endMarker))
	switch {
	case string(m) == endMarker:
		b.r.seg.Discard(len(endMarker))
		b.err = io.EOF
	case err != nil && err != io.EOF:
		b.err = b.r.fail(b.rec.ID, b.rec.Offset, b.r.readErr(err))
	case len(m) < len(endMarker) && err == io.EOF && !b.r.gz:
		b.err = b.r.fail(b.rec.ID, b.rec.Offset, ErrTruncated)
	default:
		b.err = b.r.damaged(b.rec.ID, b.rec.Offset,
			fmt.Errorf("%w: the record does not end where its length says", ErrLength))
	}
}

// finish reads the rest of the block, and returns the record's damage
// unless Read has returned it already.
func (b *block) finish() error {
	for !b.end {
		b.read(nil)
	}
	if b.err == io.EOF || b.told {
		return nil
	}
	b.told = true
	return b.err
}
