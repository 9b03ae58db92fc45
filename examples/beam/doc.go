// Command beam runs the news extraction as an Apache Beam pipeline, on
// any Beam runner: the local one (prism, the default), Dataflow, Flink or
// Spark.
//
// It reads pages as JSON lines, {"id", "url", "html"|"text", "fetched"}
// (the input of the example program's -jsonl mode), or WARC files
// (*.warc, *.warc.gz), extracts each page with one Extractor per worker,
// built in the DoFn's Setup, and writes two JSON-lines files: the
// articles, and the error records. A JSON-lines page gives
// {"id", "article"} or {"id", "error"}, as the example program's -jsonl
// mode does; a WARC record gives {"file", "url", "record", "article"} or
// the same with "error", as its file mode does. The counters
// newsextract/articles, newsextract/errors and newsextract/skipped (WARC
// records that hold no HTML page) are Beam metrics.
//
// Usage:
//
//	beam -input 'pages/*.jsonl' -output articles.jsonl -errors errors.jsonl
//	beam -input 'crawl/*.warc.gz' -output articles.jsonl -errors errors.jsonl
//
// The module is its own, so that users of the library never download
// Beam.
package main
