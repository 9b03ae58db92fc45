//go:build unix

package main

import "syscall"

// openNonblock opens a file without waiting for a writer, should it be a
// named pipe, so that it can be refused.
const openNonblock = syscall.O_NONBLOCK
