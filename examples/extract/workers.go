package main

import (
	"iter"
	"sync"
)

// ordered calls work on each item of items in n goroutines and passes the
// results to emit one at a time, in the order of the items. At most 2n items
// are in hand at once, so that memory stays bounded however many items
// there are and however slow emit is. It returns the first error of emit at
// once; work cannot fail, since a failure is a result to emit.
func ordered[T, R any](n int, items iter.Seq[T], work func(T) R, emit func(R) error) error {
	type job struct {
		item T
		out  chan R
	}
	jobs := make(chan job)
	pending := make(chan chan R, n) // results to come, in the order of the items
	stop := make(chan struct{})

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
			out := make(chan R, 1)
			select {
			case pending <- out:
			case <-stop:
				return
			}
			jobs <- job{item, out}
		}
	}()

	for out := range pending {
		if err := emit(<-out); err != nil {
			// The goroutines end by themselves: the producer at stop (or
			// when its reading returns), then the workers, whose sends
			// never block.
			close(stop)
			return err
		}
	}
	wg.Wait()
	return nil
}
