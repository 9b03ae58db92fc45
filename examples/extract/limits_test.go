package main

import (
	"context"
	"io"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestWorkersCapped checks that -j is capped at a few workers a CPU and at
// the number of inputs, so that a huge -j does not exhaust memory.
func TestWorkersCapped(t *testing.T) {
	cfg, err := parseFlags([]string{"-j", "2000000000"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.limits(0).workers, workersPerCPU*runtime.GOMAXPROCS(0); got != want {
		t.Errorf("workers for a stream: %d, want %d", got, want)
	}
	if got := cfg.limits(2).workers; got != 2 {
		t.Errorf("workers for 2 inputs: %d, want 2", got)
	}
	code, stdout, stderr := runCmd(t, "", "-q", "-j", "2000000000", sampleText)
	if code != exitOK || len(articles(t, stdout)) != 1 {
		t.Errorf("-j 2000000000: exit %d, stderr %q", code, stderr)
	}
}

// TestBudgetOfBytes checks the budget of -max-bytes: at least the
// library's default, the limit when it is larger, and never unbounded.
func TestBudgetOfBytes(t *testing.T) {
	for _, tt := range []struct {
		maxBytes, want int64
	}{{100, 16 << 20}, {-1, 16 << 20}, {0, 16 << 20}, {64 << 20, 64 << 20}} {
		cfg := &config{workers: 4, maxBytes: tt.maxBytes}
		if got := cfg.limits(0).bytes; got != tt.want {
			t.Errorf("-max-bytes %d: budget %d, want %d", tt.maxBytes, got, tt.want)
		}
	}
}

// TestOrderedBudget checks that the items in hand never weigh more than
// the budget, that one heavier than the budget runs alone, and that the
// order is kept.
func TestOrderedBudget(t *testing.T) {
	weights := []int64{40, 40, 40, 10, 10, 10, 10, 500, 10, 60, 60, 0, 100}
	var mu sync.Mutex
	var held, most int64
	alone := true
	work := func(i int) int {
		w := min(weights[i], 100)
		mu.Lock()
		held += w
		most = max(most, held)
		if weights[i] > 100 && held != w {
			alone = false
		}
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
		held -= w
		mu.Unlock()
		return i
	}
	var got []int
	items := make([]int, len(weights))
	for i := range items {
		items[i] = i
	}
	weigh := func(i int) int64 { return weights[i] }
	err := ordered(context.Background(), limits{workers: 8, bytes: 100}, slices.Values(items), weigh, work,
		func(i int) error { got = append(got, i); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, items) {
		t.Errorf("results %v, want %v", got, items)
	}
	if most > 100 || !alone {
		t.Errorf("at most %d bytes in hand (budget 100); heavy item alone: %v", most, alone)
	}
}
