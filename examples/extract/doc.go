// Command extract turns news pages and texts into articles, one JSON object
// per line.
//
// Usage:
//
//	extract [flags] [FILE|DIR|GLOB ...]
//	extract -jsonl [flags] < pages.jsonl > articles.jsonl
//
// With no arguments it reads one document from standard input. A directory
// is searched recursively for *.html, *.htm and *.txt files and gzipped
// copies of them (*.html.gz and so on), which are decompressed as read; an
// argument with *, ? or [ in it is a glob. Each document becomes one line of
// JSON on standard output, in the order of the arguments (a directory's
// files in lexical order), whatever the number of workers. A document that
// fails is reported on standard error with its name, the others are still
// printed, and the exit status is 1. A summary goes to standard error at the
// end, and a progress bar while it works when standard error is a terminal
// and there are more than ten files.
//
// With -jsonl it is a filter for data pipelines: each line of standard
// input is a JSON object with an "id", an optional "url", the page as
// "html" or the document as "text", and optionally the time it was
// "fetched" (RFC 3339). Each line in gives exactly one line out, in the same
// order: {"id": ..., "article": {...}} or {"id": ..., "error": "..."}. A line
// that is not valid JSON, has neither "html" nor "text", or is too long
// yields an error line (with its id when the id could be read) and the
// stream goes on; the exit status is 0 unless reading or writing fails. In
// this form the program runs as a Hadoop Streaming mapper or under Spark's
// RDD.pipe unchanged.
//
// The flags are:
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
//	-q                      no progress bar and no summary
package main
