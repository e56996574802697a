package analyze

import (
	"go/types"
	"reflect"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// structFields converts the fields of a struct type. owner names the struct
// in messages ("Item", "money.Amount"; empty for an anonymous struct). With
// report set (structs declared in this package) problems are reported at
// the fields; otherwise they are returned, for the use of the type.
//
// A field tagged stateflow:"-" is transient: not part of the state, of any
// type, and its IR type is an Invalid placeholder that only carries GoExpr
// (whose imports are recorded).
// JSONName is the json tag's name, else the Go name (also for json:"-": the
// HTTP layer shows every state field).
func (m *typeMap) structFields(s *types.Struct, owner string, report bool) ([]*ir.Field, []string) {
	var fields []*ir.Field
	var probs []string
	jsonNames := map[string]string{} // JSON name -> Go name of the field
	for i := range s.NumFields() {
		v := s.Field(i)
		tag := reflect.StructTag(s.Tag(i))
		sf, hasSF := tag.Lookup("stateflow")
		f := &ir.Field{
			Name:      v.Name(),
			JSONName:  jsonName(tag, v.Name()),
			Transient: hasSF && sf == "-",
			Embedded:  v.Embedded(),
			Pos:       m.a.irPos(v.Pos()),
		}
		fields = append(fields, f)
		where := "field " + v.Name()
		if owner != "" {
			where += " of " + owner
		}
		var fp []string
		switch {
		case hasSF && sf != "-":
			fp = append(fp, where+": unknown tag stateflow:\""+sf+"\" (the only one is stateflow:\"-\", transient)")
		case !v.Exported() && v.Pkg() != m.a.tpkg: // also when transient
			fp = append(fp, where+" is unexported (structs of another package must have only exported fields)")
		case v.Name() == "_" && !f.Transient:
			fp = append(fp, where+" cannot be stored: name it or tag it stateflow:\"-\"")
		case f.Transient:
		case jsonNames[f.JSONName] != "":
			fp = append(fp, where+": JSON name "+f.JSONName+" is already the name of field "+jsonNames[f.JSONName])
		default:
			jsonNames[f.JSONName] = v.Name()
		}
		switch {
		case !v.Exported() && v.Pkg() != m.a.tpkg:
			// Reported already: generated code cannot reach the field.
			f.Type = &ir.Type{Kind: ir.Invalid, GoExpr: m.a.typeString(v.Type())}
		case f.Transient:
			// Not encoded, but the generated file may spell the type (to
			// check that the struct has not changed), so its imports count.
			f.Type = &ir.Type{Kind: ir.Invalid, GoExpr: m.goExpr(v.Type())}
		default:
			ft, ps := m.convert(v.Type(), inState)
			f.Type = ft
			for _, p := range ps {
				fp = append(fp, where+": "+p)
			}
		}
		if report {
			for _, p := range fp {
				m.a.errorf(v.Pos(), "%s", p)
			}
		} else {
			probs = append(probs, fp...)
		}
	}
	return fields, probs
}

// jsonName returns the field's name in JSON.
func jsonName(tag reflect.StructTag, goName string) string {
	v, ok := tag.Lookup("json")
	if !ok || v == "-" {
		return goName
	}
	if name, _, _ := strings.Cut(v, ","); name != "" {
		return name
	}
	return goName
}
