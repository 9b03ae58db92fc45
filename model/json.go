package model

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
)

// WriteJSON writes v, an *Article or a record that holds one (a struct
// with JSON tags), to w as one line of JSON ending in a newline: the bytes
// that a json.Encoder with SetEscapeHTML(false) writes, but encoded piece
// by piece, one list element at a time, so that an article with a million
// mentions is never held as JSON in memory whole.
func WriteJSON(w io.Writer, v any) error {
	bw := bufio.NewWriter(w)
	s := &jsonStream{w: bw}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.value(reflect.ValueOf(v))
	if s.err == nil {
		s.err = bw.WriteByte('\n')
	}
	if s.err == nil {
		s.err = bw.Flush()
	}
	return s.err
}

// jsonStream writes a value as JSON: structs field by field and slices
// element by element, everything else through encoding/json.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

var marshalerType = reflect.TypeFor[json.Marshaler]()

func (s *jsonStream) value(v reflect.Value) {
	if s.err != nil {
		return
	}
	t := v.Type()
	switch {
	case t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType):
		s.leaf(v)
	case t.Kind() == reflect.Pointer && !v.IsNil():
		s.value(v.Elem())
	case t.Kind() == reflect.Struct:
		s.object(v)
	case t.Kind() == reflect.Slice && !v.IsNil() && t.Elem().Kind() == reflect.Struct:
		s.write("[")
		for i := range v.Len() {
			if i > 0 {
				s.write(",")
			}
			s.value(v.Index(i))
		}
		s.write("]")
	default:
		s.leaf(v)
	}
}

// object writes a struct's fields as encoding/json does for the types of
// this package: names from the json tags, empty values left out where the
// tag says omitempty or omitzero.
func (s *jsonStream) object(v reflect.Value) {
	s.write("{")
	first := true
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if omitted(fv, opts) {
			continue
		}
		if !first {
			s.write(",")
		}
		first = false
		s.leaf(reflect.ValueOf(name))
		s.write(":")
		s.value(fv)
	}
	s.write("}")
}

// omitted reports whether a field with the tag options opts is left out.
func omitted(v reflect.Value, opts string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		switch o {
		case "omitempty":
			switch v.Kind() {
			case reflect.String, reflect.Slice, reflect.Map, reflect.Array:
				if v.Len() == 0 {
					return true
				}
			case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
				reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
				reflect.Float32, reflect.Float64, reflect.Pointer, reflect.Interface:
				if v.IsZero() {
					return true
				}
			}
		case "omitzero":
			if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
				if z.IsZero() {
					return true
				}
			} else if v.IsZero() {
				return true
			}
		}
	}
	return false
}

// leaf writes v through encoding/json.
func (s *jsonStream) leaf(v reflect.Value) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	if s.err = s.enc.Encode(v.Interface()); s.err != nil {
		return
	}
	b := s.buf.Bytes()
	_, s.err = s.w.Write(b[:len(b)-1]) // without the newline Encode adds
}

func (s *jsonStream) write(p string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(p)
	}
}
