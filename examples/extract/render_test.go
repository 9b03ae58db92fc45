package main

import (
	"strings"
	"testing"
)

// TestOutputRendering checks -o markdown and -o text in file and stream
// mode, and that an unknown output is refused by name.
func TestOutputRendering(t *testing.T) {
	page := "Rail strike called off\n\nThe union called off the strike on Monday after the company raised its offer.\n"
	code, stdout, _ := runCmd(t, page, "-o", "markdown", "-format", "text", "-q")
	if code != exitOK || !strings.HasPrefix(stdout, "# Rail strike called off\n") || strings.HasPrefix(stdout, "{") {
		t.Errorf("-o markdown: exit %d, output %q", code, stdout)
	}
	code, stdout, _ = runCmd(t, page, "-o", "text", "-format", "text", "-q")
	if code != exitOK || !strings.HasPrefix(stdout, "Rail strike called off\n") {
		t.Errorf("-o text: exit %d, output %q", code, stdout)
	}
	line := `{"id":7,"text":"Rail strike called off\n\nThe union called off the strike on Monday after the company raised its offer."}`
	code, stdout, _ = runCmd(t, line, "-jsonl", "-o", "markdown", "-q")
	if code != exitOK || !strings.HasPrefix(stdout, `{"id":7,"markdown":"# Rail strike called off\n`) {
		t.Errorf("-jsonl -o markdown: exit %d, output %q", code, stdout)
	}
	code, _, stderr := runCmd(t, page, "-o", "yaml")
	if code != exitUsage || !strings.Contains(stderr, `-o "yaml"`) {
		t.Errorf("-o yaml: exit %d, stderr %q", code, stderr)
	}
}
