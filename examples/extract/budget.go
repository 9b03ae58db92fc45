package main

import "sync"

// budget is a weighted semaphore over bytes, taken by one goroutine and
// given back by any: it bounds the bytes of input in hand at once.
type budget struct {
	mu    sync.Mutex
	total int64
	free  int64
	freed chan struct{} // signalled on each release; one waiter at most
}

// newBudget returns a budget of total bytes; zero or less means no bound.
func newBudget(total int64) *budget {
	return &budget{total: total, free: total, freed: make(chan struct{}, 1)}
}

// clip returns the weight of an item of n bytes: n, but at most the whole
// budget, so that an item larger than the budget runs alone.
func (b *budget) clip(n int64) int64 {
	if b.total <= 0 {
		return 0
	}
	return min(max(n, 0), b.total)
}

// acquire takes n bytes (clipped), waiting until they are free; it returns
// the weight taken, and false when stop is closed first.
func (b *budget) acquire(n int64, stop <-chan struct{}) (int64, bool) {
	n = b.clip(n)
	for {
		b.mu.Lock()
		if b.free >= n {
			b.free -= n
			b.mu.Unlock()
			return n, true
		}
		b.mu.Unlock()
		select {
		case <-b.freed:
		case <-stop:
			return 0, false
		}
	}
}

// release gives back n bytes taken by acquire.
func (b *budget) release(n int64) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	select {
	case b.freed <- struct{}{}:
	default:
	}
}
