package charset

// binarySample is how many bytes of decoded text IsBinary reads.
const binarySample = 16 << 10

// IsBinary reports whether more than one character in twenty of the start
// of text, which is valid UTF-8, is a control character or a replacement
// character: what binary data decodes to, and text never does. It reads the
// bytes without decoding them: a control character is a byte below 0x20 or
// 0x7F, or C2 80-9F; a replacement character is EF BF BD.
func IsBinary(text []byte) bool {
	sample := text[:min(len(text), binarySample)]
	runes, bad := 0, 0
	for i, c := range sample {
		switch {
		case c < 0x20:
			if c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				bad++
			}
		case c == 0x7F:
			bad++
		case c == 0xC2:
			if i+1 < len(sample) && sample[i+1] >= 0x80 && sample[i+1] < 0xA0 && sample[i+1] != 0x85 {
				bad++
			}
		case c == 0xEF:
			if i+2 < len(sample) && sample[i+1] == 0xBF && sample[i+2] == 0xBD {
				bad++
			}
		case c >= 0x80 && c < 0xC0:
			continue // a continuation byte: not a character of its own
		}
		runes++
	}
	return bad*20 > runes
}
