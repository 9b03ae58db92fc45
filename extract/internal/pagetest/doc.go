// Package pagetest builds the small news pages that the tests of the HTML
// front end and of the article layer read.
package pagetest
