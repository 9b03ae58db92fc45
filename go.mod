module github.com/newsextract/newsextract

go 1.26.0

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de
	github.com/schollz/progressbar/v3 v3.19.1
	golang.org/x/net v0.62.0
	golang.org/x/term v0.47.0
	golang.org/x/text v0.44.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	golang.org/x/sys v0.49.0 // indirect
)
