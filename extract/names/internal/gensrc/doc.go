// Package gensrc writes the Go source of the generated tables of package
// names: long string constants cut into lines, formatted as gofmt would.
// The generators under internal/ share it.
package gensrc
