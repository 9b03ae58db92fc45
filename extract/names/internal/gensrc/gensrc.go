package gensrc

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"strconv"
	"strings"
)

// Concat writes items, perLine of them to a line, as the terms of a
// string concatenation, each line indent, the quoted items and " +",
// then a last term "" that ends it: the body of `x = "" +`.
func Concat(b *bytes.Buffer, indent string, items []string, perLine int) {
	for i := 0; i < len(items); i += perLine {
		fmt.Fprintf(b, "%s%s +\n", indent, strconv.Quote(strings.Join(items[i:min(i+perLine, len(items))], "")))
	}
	fmt.Fprintf(b, "%s\"\"", indent)
}

// WriteFile formats src as Go source and writes it to path.
func WriteFile(path string, src []byte) error {
	out, err := format.Source(src)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}
