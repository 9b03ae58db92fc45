// Package jsonl is the page record of a JSON-lines stream of pages, as the
// example program's -jsonl mode and the Beam pipeline read them: one JSON
// object a line, {"id", "url", "html" or "text", "fetched"}. [Page.Document]
// checks a record and gives what an Extractor needs to read it.
package jsonl
