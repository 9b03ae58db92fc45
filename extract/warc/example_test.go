package warc_test

import (
	"bytes"
	"fmt"
	"io"

	"github.com/newsextract/newsextract/extract/warc"
	"github.com/newsextract/newsextract/extract/warc/warctest"
)

// A WARC file is read record by record; the HTML pages are the response
// records of status 200 with an HTML content type.
func Example() {
	file := warctest.Gzip(
		warctest.Request("1", "https://example.com/a", "2024-03-01T10:20:30Z"),
		warctest.Response("2", "https://example.com/a", "2024-03-01T10:20:31Z", 200, "text/html", "<title>A</title>"),
		warctest.Metadata("3", "https://example.com/a", "2024-03-01T10:20:31Z"),
	)
	r := warc.NewReader(bytes.NewReader(file))
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("damaged:", err)
			continue
		}
		resp, err := warc.ReadResponse(rec)
		if err != nil || resp.Status != 200 || !resp.IsHTML() {
			fmt.Println("skipped", rec.Type)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		fmt.Println(rec.TargetURI, rec.Date.Format("2006-01-02 15:04:05"), string(body))
	}
	// Output:
	// skipped request
	// https://example.com/a 2024-03-01 10:20:31 <title>A</title>
	// skipped metadata
}
