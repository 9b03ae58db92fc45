package main

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/newsextract/newsextract/extract"
)

// limits bound the work in hand: the goroutines, and the bytes of input
// held by the items between their reading and the emission of their result.
type limits struct {
	workers int
	bytes   int64 // zero or less: no bound on bytes
}

// workersPerCPU caps -j: more workers than this a CPU add memory, not speed.
const workersPerCPU = 4

// limits returns the bounds of a run over items inputs (0 when unknown):
// the workers -j asks for, but at most workersPerCPU a CPU and one an
// input; and a budget of the bytes of input in hand at once, which is the
// largest document read (-max-bytes), but at least extract.DefaultMaxBytes
// so that a small limit does not serialize small documents. A document
// larger than the budget runs alone.
func (c *config) limits(items int) limits {
	n := min(c.workers, workersPerCPU*runtime.GOMAXPROCS(0))
	if items > 0 {
		n = min(n, items)
	}
	return limits{workers: max(n, 1), bytes: max(c.maxBytes, extract.DefaultMaxBytes)}
}

// memoryFactor is the soft memory limit of a run for each byte of its
// budget: extraction holds a document, its parsed form and its article,
// some ten to twenty times the document's size when it is dense in
// entities, and the garbage collector is asked to keep the heap near that
// rather than let it grow to twice what is live.
const memoryFactor = 16

// setMemoryLimit sets the garbage collector's soft memory limit to
// memoryFactor times the byte budget, unless the environment sets one with
// GOMEMLIMIT. It is soft: a run that needs more gets more, collected more
// often.
func (l limits) setMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" || l.bytes <= 0 {
		return
	}
	debug.SetMemoryLimit(memoryFactor * l.bytes)
}
