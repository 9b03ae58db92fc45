// Package country finds the countries named in a text.
//
//go:generate go run ./internal/gen -data internal/gen/data -out tables.go
package country
