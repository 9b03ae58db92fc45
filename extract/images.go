package extract

import (
	"html"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// images returns the article's pictures: the lead image first, marked
// cover, then the article's own figures in order, each once, their
// addresses made absolute against base. The lead image is the figure that
// shows the picture the markup names (JSON-LD, og:image, twitter:image) in
// any size, else the figure set above the article's text, else the
// picture the markup names, else the first figure. The markup's picture
// lends the figure that shows it what the figure lacks.
func (s *state) images(base *pageURL) []model.Image {
	var figs []model.Image
	above := false // the first figure stands above the text
	for _, p := range s.doc.Figures {
		if im, ok := modelImage(p, base); ok {
			if len(figs) == 0 {
				above = p.Above
			}
			figs = append(figs, im)
		}
	}
	var cover model.Image
	for _, p := range s.doc.Meta.Covers {
		if im, ok := modelImage(p, base); ok {
			cover = im
			break
		}
	}
	i, same := matchingFigure(figs, cover.URL), true
	if i < 0 && above {
		i, same = 0, false // the picture set above the text leads
	}
	if i < 0 && cover.URL != "" {
		cover.URL = s.shownRendition(cover.URL, base)
	}
	if i >= 0 {
		// The figure is the lead image, in the size the page shows it.
		f := figs[i]
		if same {
			lend(&f, cover)
		}
		cover = f
		figs = append(figs[:i:i], figs[i+1:]...)
	}
	if cover.URL == "" {
		if len(figs) == 0 {
			return nil
		}
		cover, figs = figs[0], figs[1:]
	}
	cover.Cover = true
	out := []model.Image{cover}
	coverID := idOf(cover.URL)
	for _, f := range figs {
		if idOf(f.URL).sameImage(coverID) {
			lend(&out[0], f)
			continue
		}
		out = append(out, f)
	}
	return out
}

// shownRendition returns the address of the first picture the page shows
// that is the picture at u in another size or crop: the rendition of the
// lead image the reader sees, where the markup names one made for sharing.
// It returns u when the page shows none.
func (s *state) shownRendition(u string, base *pageURL) string {
	id := idOf(u)
	for _, raw := range s.doc.Meta.Shown {
		v := unproxied(base.resolve(raw))
		if v == "" || v == u {
			continue
		}
		if vid := idOf(v); vid.sameImage(id) || vid.samePicture(id) {
			return v
		}
	}
	return u
}

// modelImage returns a picture with its address made absolute; false when
// it cannot be.
func modelImage(p blocks.Picture, base *pageURL) (model.Image, bool) {
	raw := p.URL
	if strings.Contains(raw, "&#") || strings.Contains(raw, "&amp;") {
		raw = html.UnescapeString(raw) // escaped twice in the markup
	}
	u := unproxied(base.resolve(raw))
	if u == "" {
		return model.Image{}, false
	}
	return model.Image{URL: u, Caption: p.Caption, Credit: p.Credit, Alt: p.Alt, Width: p.Width, Height: p.Height}, true
}

// matchingFigure returns the index of the first figure that shows the
// picture at the address u, in any size, or -1.
func matchingFigure(figs []model.Image, u string) int {
	if u == "" {
		return -1
	}
	id := idOf(u)
	for i, f := range figs {
		if fid := idOf(f.URL); fid.sameImage(id) || fid.samePicture(id) {
			return i
		}
	}
	return -1
}

// unproxied returns the address of the picture that an image proxy
// serves ("https://img.example/news?image=https%3A%2F%2Fcdn.example%2Fa.jpg"),
// the one its query gives; else u.
func unproxied(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.RawQuery == "" {
		return u
	}
	for _, vs := range p.Query() {
		for _, v := range vs {
			if q, err := url.Parse(v); err == nil && isWebURL(q) && path.Ext(q.Path) != "" {
				return v
			}
		}
	}
	return u
}

// lend fills the empty fields of cover from f, which shows the same
// picture.
func lend(cover *model.Image, f model.Image) {
	if cover.Caption == "" {
		cover.Caption = f.Caption
	}
	if cover.Credit == "" {
		cover.Credit = f.Credit
	}
	if cover.Alt == "" {
		cover.Alt = f.Alt
	}
	if cover.Width == 0 && cover.Height == 0 {
		cover.Width, cover.Height = f.Width, f.Height
	}
}

// pictureID is what an address tells of the picture it shows, read once
// for the comparisons of sameImage and samePicture.
type pictureID struct {
	raw  string   // the address
	ok   bool     // it parses
	path string   // its path
	file string   // its file name without the size of a rendition
	keys []string // the words of the file name that identify the picture
}

// idOf reads the identity of the picture at the address u.
func idOf(u string) pictureID {
	p, err := url.Parse(u)
	if err != nil {
		return pictureID{raw: u}
	}
	return pictureID{raw: u, ok: true, path: p.Path, file: withoutSize(path.Base(p.Path)), keys: pictureKeys(p.Path)}
}

// sameImage reports whether two absolute addresses show the same picture:
// the same path, or the same file name, as sites serve one picture in
// several sizes from several hosts.
func (a pictureID) sameImage(b pictureID) bool {
	if !a.ok || !b.ok {
		return a.raw == b.raw
	}
	return a.path == b.path || a.file == b.file && a.file != "/" && a.file != "."
}

// samePicture reports whether two addresses show one picture in two sizes
// or crops, as sites name their renditions: the file names share every
// word that identifies the picture (of six characters or more, with a
// digit: "518822901_1700123456_v16_9_600.jpeg" and
// "518822901_1700123456_v4_3_800.jpeg"), words of size ("1200x630", "800")
// aside, and have at least one.
func (a pictureID) samePicture(b pictureID) bool {
	return len(a.keys) > 0 && slices.Equal(a.keys, b.keys)
}

// withoutSize returns a file name without the size a content system adds
// to the name of a picture's rendition before its extension
// ("IMG_4711-585x439.jpg" for "IMG_4711.jpg").
func withoutSize(name string) string {
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	k := strings.LastIndexByte(stem, '-')
	if k < 0 {
		return name
	}
	w, h, ok := strings.Cut(stem[k+1:], "x")
	if !ok || !isAllDigits(w) || !isAllDigits(h) || w == "" || h == "" {
		return name
	}
	return stem[:k] + ext
}

// minKeyWord is the length from which a word of a file name with a digit
// identifies the picture.
const minKeyWord = 6

// pictureKeys returns the words of the file name at the end of a path
// that identify the picture, in order.
func pictureKeys(p string) []string {
	name := path.Base(p)
	name = strings.TrimSuffix(name, path.Ext(name))
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), isNameSep) {
		if len(w) >= minKeyWord && strings.ContainsAny(w, "0123456789") && !isSizeWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// isNameSep reports whether r parts the words of a file name.
func isNameSep(r rune) bool {
	return r == '-' || r == '_' || r == '.' || r == ',' || r == '=' || r == '@' || r == '+' || r == ' '
}

// isSizeWord reports whether a word of a file name gives a size:
// "1200x630", "w1280", "1024px".
func isSizeWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(w, "w"), "h"), "px")
	a, b, ok := strings.Cut(w, "x")
	if !ok {
		return isAllDigits(w) && len(w) <= 4
	}
	return isAllDigits(a) && isAllDigits(b) && a != "" && b != ""
}

// isAllDigits reports whether s is made of ASCII digits alone.
func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
