package textutil

import "testing"

// TestRing checks reading ahead, keeping tokens behind the scan position,
// and the bound of the buffer.
func TestRing(t *testing.T) {
	next := 0
	read := func() (int, bool) {
		if next >= 100 {
			return 0, false
		}
		next++
		return next, true // token i is i+1, so that 0 means none
	}
	var buf [8]int
	r := NewRing(buf[:], 2, read)
	if !r.OK(3) || *r.At(3) != 4 || *r.At(0) != 1 {
		t.Fatalf("At(3) = %d, At(0) = %d", *r.At(3), *r.At(0))
	}
	if r.OK(8) {
		t.Error("token 8 read while token 0 is still kept")
	}
	r.MoveTo(10)
	if r.OK(7) || *r.At(7) != 0 {
		t.Error("token 7 kept behind position 10 with behind 2")
	}
	if !r.OK(15) || *r.At(15) != 16 || *r.At(8) != 9 {
		t.Errorf("At(15) = %d, At(8) = %d", *r.At(15), *r.At(8))
	}
	r.MoveTo(99)
	if r.OK(100) || *r.At(100) != 0 || *r.At(99) != 100 {
		t.Errorf("end of text: At(99) = %d, At(100) = %d", *r.At(99), *r.At(100))
	}
}
