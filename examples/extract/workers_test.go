package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func TestOrdered(t *testing.T) {
	for _, n := range []int{1, 2, 7} {
		items := make([]int, 100)
		for i := range items {
			items[i] = i
		}
		var got []int
		slow := func(i int) int {
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return i * i
		}
		err := ordered(context.Background(), limits{workers: n}, slices.Values(items), nil, slow, func(r int) error {
			got = append(got, r)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range got {
			if r != i*i {
				t.Fatalf("n=%d: result %d is %d, want %d", n, i, r, i*i)
			}
		}
		if len(got) != len(items) {
			t.Fatalf("n=%d: %d results for %d items", n, len(got), len(items))
		}
	}
}

// TestOrderedStops checks that an error of emit ends the run and is
// returned, however many items are left.
func TestOrderedStops(t *testing.T) {
	boom := errors.New("boom")
	emitted := 0
	forever := func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	}
	err := ordered(context.Background(), limits{workers: 3}, forever, nil, func(i int) int { return i }, func(int) error {
		emitted++
		if emitted == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || emitted != 10 {
		t.Errorf("err = %v after %d results, want boom after 10", err, emitted)
	}
}

func TestOrderedEmpty(t *testing.T) {
	err := ordered(context.Background(), limits{workers: 4}, slices.Values([]int(nil)), nil, func(i int) int { return i }, func(int) error {
		t.Error("emit called with no items")
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

// TestOrderedCancel checks the shutdown path: once ctx is done no result
// is emitted, the one being emitted is finished, and ctx's error returned
// without waiting for the input to end.
func TestOrderedCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	forever := func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	}
	var emitted []int
	err := ordered(ctx, limits{workers: 3}, forever, nil, func(i int) int { return i }, func(i int) error {
		emitted = append(emitted, i)
		if i == 4 {
			cancel() // as the signal would, while a line is being written
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || !slices.Equal(emitted, []int{0, 1, 2, 3, 4}) {
		t.Errorf("err = %v after %v, want context.Canceled after 0 to 4", err, emitted)
	}
}
