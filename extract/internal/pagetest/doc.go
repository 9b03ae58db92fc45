// Package pagetest builds the small news pages that the tests of the HTML
// front end and of the article layer read, and reads the bodies of the
// ScrapingHub corpus that the benchmarks of the entity passes run on.
package pagetest
