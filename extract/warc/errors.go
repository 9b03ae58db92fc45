package warc

import (
	"errors"
	"fmt"
)

// Errors of damaged input. A record's error is a *RecordError wrapping
// one of them.
var (
	// ErrTruncated is the error of a file that ends inside a record, or
	// whose gzip data ends too soon: no record follows it.
	ErrTruncated = errors.New("truncated WARC file")
	// ErrLength is the error of a record whose Content-Length does not
	// match its data: its gzip member ends before the length it states,
	// or the record does not end where that length says.
	ErrLength = errors.New("Content-Length does not match the record")
	// ErrHeader is the error of a record whose WARC header cannot be
	// read: no version line, a malformed field, no Content-Length.
	ErrHeader = errors.New("malformed WARC header")
	// ErrCorrupt is the error of gzip data that fails its checksum or is
	// not gzip where a member should begin: no record follows it.
	ErrCorrupt = errors.New("corrupt gzip data")
	// ErrNotHTTP is the error of ReadResponse on a record that holds no
	// HTTP response.
	ErrNotHTTP = errors.New("not an HTTP response record")
)

// RecordError is the error of one damaged record. Reading may go on:
// [Reader.Next] looks for the next record after it.
type RecordError struct {
	ID     string // the record's WARC-Record-ID, when its header was read
	Offset int64  // where the record starts in the file (its gzip member, for a .warc.gz)
	Err    error
}

// Error describes the damage and where it is.
func (e *RecordError) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("WARC record %s at offset %d: %v", e.ID, e.Offset, e.Err)
	}
	return fmt.Sprintf("WARC record at offset %d: %v", e.Offset, e.Err)
}

// Unwrap returns the kind of damage.
func (e *RecordError) Unwrap() error { return e.Err }
