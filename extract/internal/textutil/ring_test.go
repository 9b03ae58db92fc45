package textutil

import "testing"

// counted is a ring over the tokens 1 to 100, read as they are needed.
type counted struct {
	Ring[int]
	next int
}

func (c *counted) ok(i int) bool {
	for c.Need(i) && c.next < 100 {
		c.next++
		c.Push(c.next) // token i is i+1, so that 0 means none
	}
	return c.Has(i)
}

// TestRing checks reading ahead, keeping tokens behind the scan position,
// and the bound of the buffer.
func TestRing(t *testing.T) {
	var buf [8]int
	r := &counted{Ring: NewRing(buf[:], 2)}
	if !r.ok(3) || *r.At(3) != 4 || *r.At(0) != 1 {
		t.Fatalf("At(3) = %d, At(0) = %d", *r.At(3), *r.At(0))
	}
	if r.ok(8) {
		t.Error("token 8 read while token 0 is still kept")
	}
	r.MoveTo(10)
	if r.ok(7) || *r.At(7) != 0 {
		t.Error("token 7 kept behind position 10 with behind 2")
	}
	if !r.ok(15) || *r.At(15) != 16 || *r.At(8) != 9 {
		t.Errorf("At(15) = %d, At(8) = %d", *r.At(15), *r.At(8))
	}
	r.MoveTo(99)
	if r.ok(100) || *r.At(100) != 0 || *r.At(99) != 100 {
		t.Errorf("end of text: At(99) = %d, At(100) = %d", *r.At(99), *r.At(100))
	}
}
