// Package warctest builds small WARC files for tests: records by hand,
// byte for byte as the WARC format writes them, so that a test can also
// build damaged ones.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
)

// Record returns one WARC record of the given type and block, with the
// Content-Length of the block.
func Record(typ, id, uri, date, contentType, block string) []byte {
	return RecordLength(typ, id, uri, date, contentType, block, len(block))
}

// RecordLength returns one WARC record whose Content-Length is n, whatever
// the size of its block: a record that lies about its length.
func RecordLength(typ, id, uri, date, contentType, block string, n int) []byte {
	var b strings.Builder
	b.WriteString("WARC/1.0\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:%s>\r\n", id)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	if contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", contentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", n)
	b.WriteString(block)
	b.WriteString("\r\n\r\n")
	return []byte(b.String())
}

// Response returns a response record of an HTTP response with the given
// status, Content-Type and body.
func Response(id, uri, date string, status int, contentType, body string) []byte {
	return Record("response", id, uri, date, "application/http; msgtype=response", HTTP(status, contentType, body))
}

// HTTP returns an HTTP response as a response record's block holds it.
func HTTP(status int, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// Request returns the request record of a GET of uri.
func Request(id, uri, date string) []byte {
	return Record("request", id, uri, date, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")
}

// Metadata returns a metadata record about uri.
func Metadata(id, uri, date string) []byte {
	return Record("metadata", id, uri, date, "application/warc-fields", "fetchTimeMs: 120\r\n")
}

// Gzip compresses each record as a gzip member of its own, as Common
// Crawl writes .warc.gz files, and returns them one after the other.
func Gzip(records ...[]byte) []byte {
	var out bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&out)
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

// Join returns the records one after the other, as a .warc file holds
// them.
func Join(records ...[]byte) []byte { return bytes.Join(records, nil) }
