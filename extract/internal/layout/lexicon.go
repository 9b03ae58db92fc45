package layout

// captionPrefixes begin the credit line of a picture.
var captionPrefixes = []string{
	"photo:", "photo by", "photo credit", "photograph:", "image:", "picture:", "credit:", "video:",
	"фото:", "фото ", "фотография:", "видео:", "сурет:", "суретте:",
}
