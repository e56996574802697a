package ingress

import (
	"math"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// obj is a JSON object of the OpenAPI document; encoding/json writes its
// keys sorted, so the document is deterministic.
type obj = map[string]any

// schemas builds the JSON Schemas (OpenAPI 3.0 dialect) of IR types. Named
// structs and named composite types become components referred to by $ref,
// which also ends the recursion of recursive types.
type schemas struct {
	components obj
	names      map[string]string // named type's PkgPath.Name -> component name
}

func newSchemas() *schemas {
	return &schemas{components: obj{}, names: map[string]string{}}
}

// reserve claims a component name for a non-IR schema.
func (s *schemas) reserve(name string, schema obj) string {
	name = s.unique(name)
	s.components[name] = schema
	return name
}

// unique returns a component name not used yet, made of the characters
// OpenAPI allows.
func (s *schemas) unique(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return r
		}
		return '_'
	}, name)
	if _, taken := s.components[name]; !taken {
		return name
	}
	for i := 2; ; i++ {
		n := name + "_" + strconv.Itoa(i)
		if _, taken := s.components[n]; !taken {
			return n
		}
	}
}

func ref(component string) obj { return obj{"$ref": "#/components/schemas/" + component} }

// isComponent reports whether t is written as a component.
func isComponent(t *ir.Type) bool {
	if t.Name == "" {
		return false
	}
	switch t.Kind {
	case ir.Struct, ir.Slice, ir.Array, ir.Map, ir.Pointer:
		return true
	}
	return false
}

// component returns the name of the component describing the named type t,
// building it on first use.
func (s *schemas) component(t *ir.Type) string {
	key := t.PkgPath + "." + t.Name
	if name, ok := s.names[key]; ok {
		return name
	}
	name := s.unique(t.Name)
	s.names[key] = name
	s.components[name] = obj{} // claimed before building: t may refer to itself
	sc := s.inline(t)
	if t.Kind == ir.Struct {
		sc["description"] = "Go type " + t.Name + "."
	}
	s.components[name] = sc
	return name
}

// schema returns the schema of a value of type t.
func (s *schemas) schema(t *ir.Type) obj {
	if isComponent(t) {
		return ref(s.component(t))
	}
	return s.inline(t)
}

// inline returns t's schema without referring to t's own component.
func (s *schemas) inline(t *ir.Type) obj {
	switch t.Kind {
	case ir.Bool:
		return obj{"type": "boolean"}
	case ir.Float32:
		return obj{"type": "number", "format": "float", "description": floatDoc}
	case ir.Float64:
		return obj{"type": "number", "format": "double", "description": floatDoc}
	case ir.String:
		return obj{"type": "string"}
	case ir.Bytes:
		return obj{"type": "string", "format": "byte", "nullable": true, "description": "Base64 (standard alphabet, padded); null is a nil slice."}
	case ir.Time:
		return obj{"type": "string", "format": "date-time"}
	case ir.Duration:
		return obj{"type": "integer", "format": "int64", "description": "A time.Duration in nanoseconds."}
	case ir.Slice:
		return obj{"type": "array", "items": s.schema(t.Elem), "nullable": true}
	case ir.Array:
		return obj{"type": "array", "items": s.schema(t.Elem), "minItems": t.Len, "maxItems": t.Len}
	case ir.Map:
		return s.mapSchema(t)
	case ir.Pointer:
		return nullableSchema(s.schema(t.Elem))
	case ir.Struct:
		props := obj{}
		for _, f := range t.Fields {
			if !f.Transient {
				props[f.JSONName] = s.schema(f.Type)
			}
		}
		return obj{"type": "object", "properties": props, "additionalProperties": false}
	case ir.Ref:
		return obj{"type": "string", "nullable": true, "description": "The key of a " + t.Entity + " entity; null is a nil reference."}
	}
	if t.Kind.IsInteger() {
		return intSchema(t.Kind)
	}
	return obj{}
}

const floatDoc = `NaN and the infinities are the strings "NaN", "Infinity" and "-Infinity".`

func (s *schemas) mapSchema(t *ir.Type) obj {
	elem := s.schema(t.Elem)
	switch {
	case t.Key.Kind == ir.String:
		return obj{"type": "object", "additionalProperties": elem, "nullable": true}
	case t.Key.Kind.IsInteger():
		return obj{"type": "object", "additionalProperties": elem, "nullable": true,
			"description": "Keys are " + t.Key.Kind.String() + " values written in decimal."}
	}
	pair := obj{"type": "array", "minItems": 2, "maxItems": 2,
		"items": obj{"anyOf": []any{s.schema(t.Key), elem}}}
	return obj{"type": "array", "items": pair, "nullable": true,
		"description": "Entries as [key, value] pairs."}
}

// nullableSchema returns sc with null allowed. A $ref cannot carry
// siblings in OpenAPI 3.0, so it is wrapped in allOf.
func nullableSchema(sc obj) obj {
	if _, isRef := sc["$ref"]; isRef {
		return obj{"allOf": []any{sc}, "nullable": true}
	}
	out := make(obj, len(sc)+1)
	for k, v := range sc {
		out[k] = v
	}
	out["nullable"] = true
	return out
}

func intSchema(k ir.Kind) obj {
	bits := k.Bits()
	sc := obj{"type": "integer"}
	if k.IsSigned() {
		sc["minimum"] = int64(-1) << (bits - 1)
		sc["maximum"] = int64(uint64(1)<<(bits-1) - 1)
	} else {
		sc["minimum"] = 0
		sc["maximum"] = uint64(math.MaxUint64) >> (64 - bits)
	}
	switch {
	case bits <= 16 || bits == 32 && k.IsSigned():
		sc["format"] = "int32"
	case bits == 32 || k.IsSigned():
		sc["format"] = "int64"
	}
	return sc
}
