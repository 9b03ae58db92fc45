// Command extract turns news pages and texts into articles, one JSON object
// per line.
//
// Usage:
//
//	extract [flags] [FILE|DIR|GLOB ...]
//	extract -jsonl [flags] < pages.jsonl > articles.jsonl
//
// Flags may stand anywhere among the arguments; "--" ends them, so that a
// file whose name begins with "-" can follow it.
//
// # Files
//
// With no arguments, or "-", it reads one document from standard input,
// which may be a pipe. A directory is searched recursively for *.html,
// *.htm and *.txt files and gzipped copies of them (*.html.gz and so on),
// and for WARC files (*.warc, *.warc.gz, below); an argument with *, ? or [ in it is a glob. A .gz file is decompressed,
// and so is any input, standard input included, that begins as gzip data
// does; gzip data cut short is reported as "truncated gzip data".
//
// Only regular files are read: a named pipe, a socket or a device is
// refused by name without being waited on (feed a pipe through standard
// input instead). A directory's walk stays inside it: it does not descend
// into linked directories, and a link to a file is followed only while it
// stays inside the directory; one that leads out of it is refused by name.
// A link named on the command line is followed, since the user named it.
//
// When the arguments name one file (a single argument that is neither a
// directory nor a glob, or standard input), its article is printed as the
// library gives it, and a failure goes to standard error only. Otherwise
// each input gives one line naming it, in the order of the arguments (a
// directory's files in lexical order), whatever the number of workers:
//
//	{"file": "pages/a.html", "article": {...}}
//	{"file": "pages/b.html", "error": "input is binary, not text"}
//
// -wrap asks for those lines for a single file too. A document that fails
// is also reported on standard error with its name, and the exit status is
// 1. A document from which neither a title nor a body could be extracted
// is such a failure ("no article"). A summary goes to standard error at
// the end, and a progress bar while it works when standard error is a
// terminal and there are more than ten files.
//
// # WARC files
//
// A .warc or .warc.gz file, named or found in a directory, is a crawl:
// each of its HTML pages (a response record of status 200 whose HTTP
// Content-Type is text/html or application/xhtml+xml) gives one line,
// with the page's address (WARC-Target-URI) and its record
// (WARC-Record-ID):
//
//	{"file": "crawl.warc.gz", "url": "https://...", "record": "<urn:uuid:...>", "article": {...}}
//
// WARC-Date is the page's reference time, and the charset comes from the
// HTTP Content-Type. Request, metadata, revisit and warcinfo records,
// responses other than 200 and pages that are not HTML print nothing; the
// summary counts them as skipped. A record larger than -max-bytes, one
// whose Content-Length does not match its data, and a file cut short give
// an error line with the record's id, and the rest of the file is still
// read where the damage leaves one. The file is read record by record, so
// that memory is bounded by the largest page in hand, never by the file;
// the pages are extracted by the workers in parallel, and printed in the
// order of the file. A .warc.gz may be compressed record by record, as
// Common Crawl writes them, or as one stream.
//
// # Streams
//
// With -jsonl it is a filter for data pipelines: each line of standard
// input is a JSON object with an "id", an optional "url", the page as
// "html" or the document as "text", and optionally the time it was
// "fetched" (RFC 3339). Each line in gives exactly one line out, in the same
// order: {"id": ..., "article": {...}} or {"id": ..., "error": "..."}. A line
// that is not valid JSON, has neither "html" nor "text", is too long, or
// gives no article yields an error line (with its id when the id could be
// read) and the stream goes on; so does a line whose extraction panics,
// with an "internal error". The exit status is 0 unless reading or writing
// fails. In this form the program runs as a Hadoop Streaming mapper or
// under Spark's RDD.pipe unchanged.
//
// # Limits and signals
//
// Workers are at most -j, four a CPU (GOMAXPROCS) and one an input. The
// bytes of input in hand at once, from the reading of a document to the
// writing of its line, are at most max(-max-bytes, 16 MiB), counted as a
// file's size (a gzipped file's as its trailer records it) or a line's
// length; a larger document runs alone. With -jsonl one more line, of at
// most 4 × -max-bytes + 64 KiB, may be read and waiting. Memory is thus a
// small multiple of that budget, however large -j is.
//
// At SIGINT or SIGTERM it reads no more input, finishes the line it is
// writing (each line is written whole, in one write) and exits with status
// 1, saying it was interrupted; a second signal ends it at once.
//
// # Flags
//
//	-format auto|html|text  how to read the documents (default auto: by the
//	                        file's extension, else by its first bytes)
//	-ref TIME               when the documents were fetched, RFC 3339 or
//	                        2006-01-02; resolves relative dates
//	-tz NAME                IANA time zone of dates that state none
//	-url URL                the address of the document (one input only)
//	-charset NAME           the charset of the files, as an HTTP header
//	                        would give it
//	-max-bytes N            the largest document read (default 16 MiB;
//	                        negative: no limit)
//	-j N                    workers (default: the number of CPUs)
//	-jsonl                  JSON lines in and out, as above
//	-pretty                 indented JSON (not with -jsonl)
//	-wrap                   {"file", "article"} for a single file too
//	-q                      no progress bar and no summary
//
// An unknown format, charset or time zone is refused by name before any
// input is read.
package main
