// Package warc reads the records of WARC files (ISO 28500, the format of
// web archives and of Common Crawl), one at a time and streaming: a
// record's block is read straight from the file, so that memory stays
// bounded by what the caller keeps of it, never by the record or the file.
//
// A [Reader] reads a .warc file, or a .warc.gz one, whether compressed
// record by record (each record its own gzip member, as Common Crawl
// writes them) or as one stream. [Reader.Next] returns each record with its
// WARC header fields and its block as a reader; [ReadResponse] reads the
// HTTP status, header and payload of a response record, and
// [Response.IsHTML] tells an HTML page; [ReadPage] does both, and returns
// the page of an HTML response of status 200 with its address, fetch time
// and Content-Type, or a [*SkipError] for any other record.
//
// Damage is reported, never passed over in silence: a record whose
// Content-Length does not match the data (too long: the record's gzip
// member ends first; too short: the record does not end where it says) is
// a [*RecordError], after which Next goes on with the next record it can
// find; a file cut short gives [ErrTruncated] and no more records.
//
// The package imports nothing outside the standard library, and does no
// work at init.
package warc
