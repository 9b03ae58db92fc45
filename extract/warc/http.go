package warc

import (
	"bufio"
	"fmt"
	"io"
	"mime"
	"net/textproto"
	"strconv"
	"strings"
)

// Response is the HTTP response a response record holds.
type Response struct {
	Status int                  // the status code, such as 200
	Header textproto.MIMEHeader // the HTTP header
	// Body reads the payload, as the crawler stored it, up to the end of
	// the record's block; the block's damage comes as its error.
	Body io.Reader
}

// ReadResponse reads the HTTP status line and header of a response
// record, whose block is "application/http"; ErrNotHTTP for another
// record, and an error wrapping ErrNotHTTP for a block that does not
// begin as an HTTP response does.
func ReadResponse(rec *Record) (*Response, error) {
	mt, _, _ := mime.ParseMediaType(rec.ContentType)
	if rec.Type != "response" || mt != "application/http" {
		return nil, ErrNotHTTP
	}
	br := bufio.NewReader(rec.Block)
	tp := textproto.NewReader(br)
	line, err := tp.ReadLine()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotHTTP, err)
	}
	status, ok := statusCode(line)
	if !ok {
		return nil, fmt.Errorf("%w: status line %.80q", ErrNotHTTP, line)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && err != io.EOF {
		return nil, fmt.Errorf("%w: %w", ErrNotHTTP, err)
	}
	return &Response{Status: status, Header: h, Body: br}, nil
}

// statusCode reads the code of a status line such as "HTTP/1.1 200 OK".
func statusCode(line string) (int, bool) {
	proto, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return 0, false
	}
	code, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	n, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 {
		return 0, false
	}
	return n, true
}

// ContentType returns the HTTP Content-Type header.
func (r *Response) ContentType() string { return r.Header.Get("Content-Type") }

// IsHTML reports whether the response is an HTML page: its Content-Type
// is text/html or application/xhtml+xml.
func (r *Response) IsHTML() bool {
	mt, _, err := mime.ParseMediaType(r.ContentType())
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(r.ContentType()), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
