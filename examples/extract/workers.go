package main

import (
	"context"
	"iter"
	"sync"
)

// ordered calls work on each item of items in lim.workers goroutines and
// passes the results to emit one at a time, in the order of the items.
//
// At most 2×workers items are in hand at once, and items whose weights
// (weigh, clipped to the budget; nil weighs nothing) add up to at most lim.bytes, so that memory
// stays bounded however many items there are, however large and however
// slow emit is. An item's bytes are taken before it is handed to a worker
// and given back once its result is emitted.
//
// It returns the first error of emit at once, and ctx's error as soon as
// ctx is done: no result is emitted after that, though the one being
// emitted is finished. work cannot fail, since a failure is a result to
// emit.
func ordered[T, R any](ctx context.Context, lim limits, items iter.Seq[T], weigh func(T) int64,
	work func(T) R, emit func(R) error) error {
	type job struct {
		item T
		out  chan R
	}
	type ticket struct {
		out    chan R
		weight int64
	}
	n := max(lim.workers, 1)
	bud := newBudget(lim.bytes)
	jobs := make(chan job)
	pending := make(chan ticket, n) // results to come, in the order of the items
	stop := make(chan struct{})
	defer close(stop)

	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for j := range jobs {
				j.out <- work(j.item)
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for item := range items {
			if ctx.Err() != nil {
				return
			}
			var size int64
			if weigh != nil {
				size = weigh(item)
			}
			w, ok := bud.acquire(size, stop)
			if !ok {
				return
			}
			out := make(chan R, 1)
			select {
			case pending <- ticket{out, w}:
			case <-stop:
				return
			}
			jobs <- job{item, out}
		}
	}()

	// On a return before the end, the goroutines end by themselves: the
	// producer at stop (or when its reading returns), then the workers,
	// whose sends never block.
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var t ticket
		var ok bool
		select {
		case t, ok = <-pending:
		case <-ctx.Done():
			return ctx.Err()
		}
		if !ok {
			break
		}
		var r R
		select {
		case r = <-t.out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := emit(r); err != nil {
			return err
		}
		bud.release(t.weight)
	}
	wg.Wait()
	return nil
}
