// Package charset turns the bytes of a document into valid UTF-8 and tells
// what they are: [Decode] reads the byte-order mark, the declared charset
// (the Content-Type header, a <meta> or XML declaration) checked against
// the bytes, and the letter statistics of the Cyrillic and Western
// single-byte encodings; [IsHTML] tells a page from plain text; [IsBinary]
// tells text from data that is no text in any encoding.
package charset
