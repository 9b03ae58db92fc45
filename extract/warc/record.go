package warc

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Record is one WARC record: the fields of its WARC header, and its block.
type Record struct {
	Type        string // WARC-Type: "response", "request", "metadata", "revisit", "warcinfo", ...
	ID          string // WARC-Record-ID, such as "<urn:uuid:...>"
	TargetURI   string // WARC-Target-URI, without angle brackets
	Date        time.Time
	ContentType string // the Content-Type of the block, such as "application/http; msgtype=response"
	Length      int64  // Content-Length: the size of the block in bytes
	Offset      int64  // where the record starts in the file (its gzip member, for a .warc.gz)
	Header      textproto.MIMEHeader
	// Block reads the record's block, Length bytes, until the next call
	// of Reader.Next. A record whose data does not match its length gives
	// a *RecordError at the end of its block.
	Block io.Reader
}

// warcMagic begins every WARC record.
const warcMagic = "WARC/"

// find moves to the start of the next record and returns its offset;
// io.EOF when there is none. Blank lines between records are passed over;
// anything else is damage, reported once, after which lines are passed
// over up to the next one that begins a record.
func (r *Reader) find() (int64, error) {
	for {
		if r.seg == nil || r.ended {
			if !r.gz {
				return 0, io.EOF
			}
			if err := r.nextMember(); err == io.EOF {
				return 0, io.EOF
			} else if err != nil {
				return 0, r.fail("", r.pos(), err)
			}
		}
		off := r.start
		if !r.gz {
			off = r.pos()
		}
		b, err := r.seg.Peek(len(warcMagic))
		switch {
		case string(b) == warcMagic:
			r.sync = false
			return off, nil
		case len(b) == 0 && err == io.EOF:
			r.ended = true
			continue
		case err != nil && err != io.EOF:
			return 0, r.fail("", off, r.readErr(err))
		case b[0] == '\r' || b[0] == '\n':
			r.seg.Discard(1)
			continue
		case !r.sync:
			r.sync = true
			return 0, &RecordError{Offset: off, Err: fmt.Errorf("%w: no record begins where one should", ErrHeader)}
		}
		r.skipLine()
	}
}

// skipLine reads past the end of the current line.
func (r *Reader) skipLine() {
	for {
		if _, err := r.seg.ReadSlice('\n'); err != bufio.ErrBufferFull {
			return
		}
	}
}

// header reads the WARC header of the record at off.
func (r *Reader) header(off int64) (*Record, error) {
	tp := textproto.NewReader(r.seg)
	if _, err := tp.ReadLine(); err != nil {
		return nil, r.headerErr(off, err)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, r.headerErr(off, err)
	}
	rec := &Record{
		Type:        strings.TrimSpace(h.Get("WARC-Type")),
		ID:          strings.TrimSpace(h.Get("WARC-Record-ID")),
		TargetURI:   strings.Trim(strings.TrimSpace(h.Get("WARC-Target-URI")), "<>"),
		ContentType: strings.TrimSpace(h.Get("Content-Type")),
		Offset:      off,
		Header:      h,
	}
	if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(h.Get("WARC-Date"))); err == nil {
		rec.Date = t
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, r.damaged(rec.ID, off, fmt.Errorf("%w: no valid Content-Length", ErrHeader))
	}
	rec.Length = n
	return rec, nil
}

// headerErr is the error of a header that could not be read: damage when
// it is malformed or its gzip member ends inside it, the end of the
// reading when the file does.
func (r *Reader) headerErr(off int64, err error) error {
	var pe textproto.ProtocolError
	if _, perr := r.seg.Peek(1); perr == io.EOF && err != nil {
		err = io.EOF // the data ends inside the header
	}
	switch {
	case errors.As(err, &pe), err != io.EOF && !errors.Is(err, io.ErrUnexpectedEOF) && !r.failedReading(err):
		// Malformed, or past the limits of a header ("message too large").
		return r.damaged("", off, fmt.Errorf("%w: %v", ErrHeader, err))
	case err == io.EOF && r.gz:
		r.ended = true
		return r.damaged("", off, fmt.Errorf("%w: the gzip member ends inside it", ErrHeader))
	case err == io.EOF:
		return r.fail("", off, ErrTruncated)
	}
	return r.fail("", off, r.readErr(err))
}
