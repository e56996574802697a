package ingress

import (
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// jsonReader walks one JSON text that json.Valid has accepted. Syntax was
// checked up front by encoding/json, so the reader only has to find token
// boundaries: it never meets a malformed token and allocates only for the
// strings it returns.
type jsonReader struct {
	data []byte
	pos  int
}

// newJSONReader checks data with encoding/json and returns a reader over it.
// A syntax error is reported with its byte offset.
func newJSONReader(data []byte) (jsonReader, error) {
	if !json.Valid(data) {
		return jsonReader{}, syntaxError(data)
	}
	return jsonReader{data: data}, nil
}

// syntaxError returns encoding/json's description of what is wrong with data.
func syntaxError(data []byte) error {
	var raw json.RawMessage
	err := json.Unmarshal(data, &raw)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &PathError{Msg: "invalid JSON at byte " + itoa(se.Offset) + ": " + se.Error()}
	}
	if err == nil {
		err = errors.New("not a JSON value")
	}
	return &PathError{Msg: "invalid JSON: " + err.Error()}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// peek skips white space and returns the first byte of the next token.
func (r *jsonReader) peek() byte {
	for r.pos < len(r.data) && isSpace(r.data[r.pos]) {
		r.pos++
	}
	if r.pos == len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

// tokenKind names the JSON type of a value starting with c, for messages.
func tokenKind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// next consumes the byte that peek returned.
func (r *jsonReader) next() { r.pos++ }

// literal consumes true, false or null and reports which of true/false it was.
func (r *jsonReader) literal() bool {
	c := r.data[r.pos]
	switch c {
	case 't':
		r.pos += len("true")
		return true
	case 'f':
		r.pos += len("false")
	default:
		r.pos += len("null")
	}
	return false
}

// number consumes a number and returns its literal text.
func (r *jsonReader) number() []byte {
	start := r.pos
	for r.pos < len(r.data) {
		switch c := r.data[r.pos]; {
		case c >= '0' && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == 'E':
			r.pos++
			continue
		}
		break
	}
	return r.data[start:r.pos]
}

// rawString consumes a string and returns the bytes between its quotes, and
// whether they need unescaping (escapes or invalid UTF-8).
func (r *jsonReader) rawString() (raw []byte, plain bool) {
	r.pos++ // opening quote
	start := r.pos
	plain = true
	for {
		c := r.data[r.pos]
		switch {
		case c == '"':
			raw = r.data[start:r.pos]
			r.pos++
			if plain && !utf8.Valid(raw) {
				plain = false
			}
			return raw, plain
		case c == '\\':
			plain = false
			r.pos += 2
		default:
			r.pos++
		}
	}
}

// str consumes a string and returns its value, decoded as encoding/json
// decodes it (invalid UTF-8 becomes U+FFFD).
func (r *jsonReader) str() string {
	start := r.pos
	raw, plain := r.rawString()
	if plain {
		return string(raw)
	}
	var s string
	// The text is a valid JSON string, so this cannot fail.
	_ = json.Unmarshal(r.data[start:r.pos], &s)
	return s
}

// key consumes an object key and the colon after it. The returned bytes alias
// the input when the key needs no unescaping.
func (r *jsonReader) key() []byte {
	start := r.pos
	raw, plain := r.rawString()
	if !plain {
		var s string
		_ = json.Unmarshal(r.data[start:r.pos], &s)
		raw = []byte(s)
	}
	r.peek()
	r.pos++ // colon
	return raw
}

// more is called after '{' or '[' was consumed and after each member or
// element: it consumes a comma and reports true when another member follows,
// or consumes the closing bracket and reports false.
func (r *jsonReader) more(first bool) bool {
	c := r.peek()
	if c == '}' || c == ']' {
		r.pos++
		return false
	}
	if !first {
		r.pos++ // comma
		r.peek()
	}
	return true
}
