//go:build !unix

package main

// openNonblock is no flag where named pipes do not block on open.
const openNonblock = 0
