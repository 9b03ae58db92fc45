package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/jsonl"
	"github.com/newsextract/newsextract/model"
)

// streamOut is one line of output in -jsonl mode. ID is the input's id as
// it was written, or null when it could not be read.
type streamOut struct {
	ID      json.RawMessage `json:"id"`
	Article *model.Article  `json:"article,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// line is one line of input: its bytes without the line ending (cut at the
// limit when it is too long), its full size, or the error that ended the
// input.
type line struct {
	data    []byte
	size    int64
	tooLong bool
	err     error
}

// streamResult is what one line gives: the output line, and the counts for
// the summary; fatal stops the stream.
type streamResult struct {
	json  []byte
	ok    bool
	bytes int64
	fatal error
}

// runStream is -jsonl mode: one line out for each line in, in order.
func runStream(ctx context.Context, cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	h := &streamHandler{extract: extractWith(cfg.extractor()), enc: newEncoder(false, cfg.output)}
	rep := newReporter(cfg, stderr, 0, "lines")
	lr := &lineReader{br: bufio.NewReaderSize(stdin, 1<<20), limit: lineLimit(cfg.maxBytes)}
	emit := func(r streamResult) error {
		if r.fatal != nil {
			return fmt.Errorf("reading input: %w", r.fatal)
		}
		rep.done(r.bytes, r.ok)
		if _, err := stdout.Write(r.json); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	}
	lim := cfg.limits(0)
	lim.setMemoryLimit()
	err := ordered(ctx, lim, lr.lines(), line.weight, h.handle, emit)
	rep.finish()
	return exitStatus(err, false, stderr)
}

// lineLimit is the longest line read for documents of at most maxBytes:
// room for the document with its JSON escapes, and the other fields. A
// negative maxBytes means no limit, as does one too large to multiply.
func lineLimit(maxBytes int64) int64 {
	const overhead = 64 << 10
	if maxBytes < 0 || maxBytes > (math.MaxInt64-overhead)/4 {
		return -1
	}
	return 4*maxBytes + overhead
}

// lineReader reads lines of any length up to a limit; of a longer line it
// keeps only the first limit bytes, so that memory stays bounded.
type lineReader struct {
	br    *bufio.Reader
	limit int64 // negative: none
}

// lines yields the lines of the input; the last one carries the error
// that ended it, unless that is io.EOF.
func (lr *lineReader) lines() iter.Seq[line] {
	return func(yield func(line) bool) {
		for {
			l := lr.next()
			if errors.Is(l.err, io.EOF) {
				return
			}
			if !yield(l) || l.err != nil {
				return
			}
		}
	}
}

// next reads one line. At the end of the input it returns a line whose err
// is io.EOF; a last line without a newline is returned first.
func (lr *lineReader) next() line {
	var l line
	var tail []byte // the last two bytes read, to find the line ending
	for {
		frag, err := lr.br.ReadSlice('\n')
		l.size += int64(len(frag))
		tail = append(tail, frag[max(0, len(frag)-2):]...)
		tail = tail[max(0, len(tail)-2):]
		if room := lr.limit - int64(len(l.data)); lr.limit < 0 || room > 0 {
			if lr.limit >= 0 && int64(len(frag)) > room {
				frag = frag[:room]
			}
			l.data = append(l.data, frag...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && l.size > 0, err == nil:
		default:
			l.err = err
			return l
		}
		break
	}
	if bytes.HasSuffix(tail, []byte("\r\n")) {
		l.size -= 2
	} else if bytes.HasSuffix(tail, []byte("\n")) {
		l.size--
	}
	l.data = l.data[:min(int64(len(l.data)), l.size)]
	l.tooLong = lr.limit >= 0 && l.size > lr.limit
	return l
}

// weight is the bytes a line holds.
func (l line) weight() int64 { return int64(len(l.data)) }

// streamHandler turns one line of input into one line of output.
type streamHandler struct {
	extract extractFunc
	enc     *encoder
}

// handle never fails: whatever is wrong with a line becomes its output.
func (h *streamHandler) handle(l line) streamResult {
	if l.err != nil {
		return streamResult{fatal: l.err}
	}
	out := h.article(l)
	b, err := h.enc.encode(out)
	if err != nil {
		// An article always encodes; this is for safety's sake.
		b, _ = h.enc.encode(streamOut{ID: out.ID, Error: "encoding the article: " + err.Error()})
	}
	return streamResult{json: b, ok: out.Article != nil, bytes: l.size}
}

// article reads the line and extracts its article.
func (h *streamHandler) article(l line) streamOut {
	if l.tooLong {
		return streamOut{ID: salvageID(l.data), Error: fmt.Sprintf("line of %d bytes is longer than the limit of %d", l.size, len(l.data))}
	}
	if len(bytes.TrimSpace(l.data)) == 0 {
		return streamOut{Error: "empty line"}
	}
	var in jsonl.Page
	if err := json.Unmarshal(l.data, &in); err != nil {
		return streamOut{ID: salvageID(l.data), Error: "invalid JSON: " + err.Error()}
	}
	out := streamOut{ID: validID(in.ID)}
	format, doc, src, err := in.Document()
	if err != nil {
		out.Error = err.Error()
		return out
	}
	a, err := extractOne(h.extract, format, strings.NewReader(doc), src)
	if err != nil {
		out.Error = reason(err)
		return out
	}
	out.Article = a
	return out
}

// salvageID returns the id of a line that is not valid JSON as a whole,
// when the id comes before the damage; nil otherwise.
func salvageID(data []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil
		}
		if key == "id" {
			return validID(value)
		}
	}
	return nil
}

// validID returns the id as JSON in valid UTF-8: an id whose strings hold
// invalid bytes is encoded again, with U+FFFD in their place, so that the
// output line stays valid; nil when it is no JSON value.
func validID(id json.RawMessage) json.RawMessage {
	if id == nil || utf8.Valid(id) {
		return id
	}
	var v any
	if err := json.Unmarshal(id, &v); err != nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return b
}
