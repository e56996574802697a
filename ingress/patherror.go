package ingress

import "strconv"

// PathError is a value that could not be transcoded between JSON and the
// wire encoding: where inside the value, and what is wrong.
type PathError struct {
	// Path locates the bad value inside the transcoded one, in Go syntax:
	// `Basket[2]`, `Lines["x"].Price`, or "" for the value itself.
	Path string
	// Msg describes the problem, for example "want string, got number".
	Msg string
}

// Error renders "path: message", or the message alone at the top.
func (e *PathError) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// The helpers below prepend one step of the path to an error on its way out
// of a nested value. They run only on failure, so success costs nothing.

func atField(err error, name string) error { return prefix(err, "."+name) }

func atIndex(err error, i int) error { return prefix(err, "["+strconv.Itoa(i)+"]") }

func atKey(err error, key string) error { return prefix(err, "["+strconv.Quote(key)+"]") }

func prefix(err error, step string) error {
	if pe, ok := err.(*PathError); ok {
		pe.Path = step + pe.Path
		return pe
	}
	return &PathError{Path: step, Msg: err.Error()}
}

// topPath turns a path built by the helpers into one relative to the value
// itself: ".Price" becomes "Price".
func topPath(err error) error {
	if pe, ok := err.(*PathError); ok && len(pe.Path) > 0 && pe.Path[0] == '.' {
		pe.Path = pe.Path[1:]
	}
	return err
}

func mismatch(want string, got byte) error {
	return &PathError{Msg: "want " + want + ", got " + tokenKind(got)}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
