package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestConcurrent runs the golden inputs through one Extractor from many
// goroutines at once and checks that each gives what it gives alone.
func TestConcurrent(t *testing.T) {
	inputs, err := filepath.Glob("../testdata/*.html")
	if err != nil || len(inputs) == 0 {
		t.Fatal("no inputs", err)
	}
	texts, _ := filepath.Glob("../testdata/*.txt")
	inputs = append(inputs, texts...)
	e := &Extractor{Sites: []Site{{Name: "Example", Domains: []string{"example.com"}, Zone: "Europe/Paris"}}}
	run := func(path string) []byte {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
			return nil
		}
		a, err := e.From(bytes.NewReader(src), Source{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		out, _ := json.Marshal(a)
		return out
	}
	want := make([][]byte, len(inputs))
	for i, in := range inputs {
		want[i] = run(in)
	}
	var wg sync.WaitGroup
	for round := 0; round < 4; round++ {
		for i, in := range inputs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := run(in); !bytes.Equal(got, want[i]) {
					t.Errorf("%s: concurrent result differs", in)
				}
			}()
		}
	}
	wg.Wait()
}
