package emit

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// namer hands out unique identifiers: the first claim of a name gets it, later
// claims get it with a number appended.
type namer struct {
	taken map[string]bool
}

func newNamer(reserved ...string) *namer {
	n := &namer{taken: map[string]bool{}}
	for _, r := range reserved {
		n.taken[r] = true
	}
	return n
}

// claim returns base, or base followed by the smallest number from 2 that is
// free, and marks it taken.
func (n *namer) claim(base string) string {
	name := base
	for i := 2; n.taken[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	n.taken[name] = true
	return name
}

// claimGroup returns the smallest suffixed form of base for which every
// prefix+form is free, and marks them all taken.
func (n *namer) claimGroup(base string, prefixes ...string) string {
	form := base
	for i := 2; ; i++ {
		free := true
		for _, p := range prefixes {
			if n.taken[p+form] {
				free = false
				break
			}
		}
		if free {
			break
		}
		form = base + strconv.Itoa(i)
	}
	for _, p := range prefixes {
		n.taken[p+form] = true
	}
	return form
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// isExported reports whether name starts with an upper-case letter.
func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// predeclared lists Go's universe-scope identifiers: a parameter with one of
// these names would shadow it in the generated body.
var predeclared = strings.Fields(`any append bool byte cap clear close comparable complex
	complex128 complex64 copy delete error false float32 float64 imag int int16 int32 int64
	int8 iota len make max min new nil panic print println real recover rune string true
	uint uint16 uint32 uint64 uint8 uintptr`)

// identRoots returns the identifiers a Go type expression refers to at its
// roots: package qualifiers and unqualified type names ("money.Amount" gives
// "money"; "map[SKU][]Line" gives "SKU" and "Line").
func identRoots(expr string) []string {
	var out []string
	for i := 0; i < len(expr); {
		r, size := utf8.DecodeRuneInString(expr[i:])
		if !isIdentRune(r, true) {
			i += size
			continue
		}
		j := i
		for j < len(expr) {
			r, size := utf8.DecodeRuneInString(expr[j:])
			if !isIdentRune(r, false) {
				break
			}
			j += size
		}
		word := expr[i:j]
		if i == 0 || expr[i-1] != '.' {
			out = append(out, word)
		}
		i = j
	}
	return out
}

func isIdentRune(r rune, first bool) bool {
	if r == '_' || unicode.IsLetter(r) {
		return true
	}
	return !first && unicode.IsDigit(r)
}
