package charset

import "encoding/binary"

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
	for i := 0; i < len(sample); i++ {
		c := sample[i]
		if i+8 <= len(sample) && printableASCII(binary.LittleEndian.Uint64(sample[i:])) {
			runes += 8
			i += 7
			continue
		}
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

// printableASCII reports whether the eight bytes of x are all printable
// ASCII, 0x20 to 0x7E.
func printableASCII(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x                      // a byte under 0x20 (or at 0x80 and up)
	del := ((x ^ 0x7F*ones) - ones) &^ (x ^ 0x7F*ones) // a byte of 0x7F
	return (x|below|del)&highs == 0
}
