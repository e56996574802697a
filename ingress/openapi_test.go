package ingress

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"pgregory.net/rapid"
)

// userErrorT is a user type named like the document's own Error schema.
var userErrorT = &ir.Type{Kind: ir.Struct, Name: "Error", PkgPath: "example.com/shop", Fields: []*ir.Field{
	field("Code", basic(ir.Int)),
}}

// everyProgram is a program whose entity Every has a state of every kind,
// recursive types and methods of every shape; its Item entity is
// testprog's.
func everyProgram() *ir.Program {
	every := &ir.Entity{
		Name: "Every", Doc: "Every holds one field of each kind.", State: everyT, KeyField: "S",
		Constructor: &ir.Method{Name: "NewEvery", Kind: ir.Constructor, Doc: "NewEvery makes one.",
			Params: []*ir.Param{{Name: "s", Type: basic(ir.String)}}},
		Methods: []*ir.Method{
			{Name: "Blank", Params: []*ir.Param{{Type: basic(ir.Int)}, {Name: "_", Type: basic(ir.String)}}},
			{Name: "Echo", Doc: "Echo returns its arguments.", Error: true,
				Params:  []*ir.Param{{Name: "p", Type: pointT}, {Name: "f", Type: forestT}, {Name: "n", Type: ptrTo(nodeT)}, {Name: "e", Type: userErrorT}},
				Results: []*ir.Param{{Type: pointT}, {Type: forestT}, {Type: refTo("Item")}}},
			{Name: "Nothing"},
			{Name: "Vary", Variadic: true, Params: []*ir.Param{{Name: "prefix", Type: basic(ir.String)}, {Name: "rest", Type: sliceOf(basic(ir.Int))}},
				Results: []*ir.Param{{Type: basic(ir.Uint64)}}},
		},
	}
	return &ir.Program{Name: "shop", PkgPath: "example.com/shop",
		Entities: []*ir.Entity{every, testprog.Program().Entity("Item")}}
}

func loadOpenAPI(t *testing.T, prog *ir.Program) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(OpenAPI(prog))
	if err != nil {
		t.Fatalf("loading the document: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the document is not valid OpenAPI: %v", err)
	}
	return doc
}

// TestOpenAPIValidates loads and validates the documents of testprog and of
// a program with every kind of type.
func TestOpenAPIValidates(t *testing.T) {
	for _, prog := range []*ir.Program{testprog.Program(), everyProgram()} {
		doc := loadOpenAPI(t, prog)
		for _, e := range prog.Entities {
			paths := []string{"/v1/" + e.Name, "/v1/" + e.Name + "/{key}"}
			for _, m := range e.Methods {
				p := "/v1/" + e.Name + "/{key}/" + m.Name
				if m.Internal {
					if doc.Paths.Value(p) != nil {
						t.Errorf("%s: internal method listed at %s", prog.Name, p)
					}
					continue
				}
				paths = append(paths, p)
			}
			for _, p := range paths {
				if doc.Paths.Value(p) == nil {
					t.Errorf("%s: no path %s", prog.Name, p)
				}
			}
		}
	}
	if !bytes.Equal(OpenAPI(everyProgram()), OpenAPI(everyProgram())) {
		t.Error("the document is not deterministic")
	}
}

// TestOpenAPIContent checks what the document says of parameters, results
// and docs.
func TestOpenAPIContent(t *testing.T) {
	doc := loadOpenAPI(t, everyProgram())
	echo := doc.Paths.Value("/v1/Every/{key}/Echo").Post
	if echo.Description != "Echo returns its arguments." || echo.OperationID != "Every.Echo" {
		t.Errorf("Echo: description %q, operationId %q", echo.Description, echo.OperationID)
	}
	params := echo.RequestBody.Value.Content.Get("application/json").Schema.Value
	if strings.Join(params.Required, ",") != "p,f,n,e" {
		t.Errorf("Echo requires %v", params.Required)
	}
	if ref := params.Properties["e"].Ref; ref != "#/components/schemas/Error_2" {
		t.Errorf("the user's Error type is %q, want a component of its own", ref)
	}
	vary := doc.Paths.Value("/v1/Every/{key}/Vary").Post.RequestBody.Value.Content.Get("application/json").Schema.Value
	if strings.Join(vary.Required, ",") != "prefix" {
		t.Errorf("Vary requires %v, want the variadic parameter optional", vary.Required)
	}
	blank := doc.Paths.Value("/v1/Every/{key}/Blank").Post.RequestBody.Value.Content.Get("application/json").Schema.Value
	if _, ok := blank.Properties["arg1"]; !ok || len(blank.Properties) != 2 {
		t.Errorf("Blank parameters: %v", blank.Properties)
	}
	res := echo.Responses.Status(200).Value.Content.Get("application/json").Schema.Value.Properties["result"].Value
	if res.MinItems != 3 || res.MaxItems == nil || *res.MaxItems != 3 || !strings.Contains(res.Description, "Point, Forest([]Forest), ref Item") {
		t.Errorf("Echo results: %d..%v %q", res.MinItems, res.MaxItems, res.Description)
	}
	for _, code := range []int{400, 404, 413, 415, 422, 500} {
		if echo.Responses.Status(code) == nil {
			t.Errorf("Echo lacks the %d answer", code)
		}
	}
	create := doc.Paths.Value("/v1/Every").Post
	if create.Description != "NewEvery makes one." || create.Responses.Status(201) == nil || create.Responses.Status(409) == nil {
		t.Errorf("create: %q", create.Description)
	}
	u64 := doc.Components.Schemas["Every"].Value.Properties["U64"].Value
	if *u64.Min != 0 || *u64.Max != 18446744073709551615 {
		t.Errorf("uint64 range %v..%v", *u64.Min, *u64.Max)
	}
	bs := doc.Components.Schemas["Every"].Value.Properties["Bs"].Value
	if bs.Format != "byte" || !bs.Nullable {
		t.Errorf("[]byte schema: %+v", bs)
	}
	if _, ok := doc.Components.Schemas["Every"].Value.Properties["Skip"]; ok {
		t.Error("a transient field is in the state schema")
	}
	if doc.Components.Schemas["Every"].Value.Properties["renamed"] == nil {
		t.Error("the json name of a field is not used")
	}
}

// TestOpenAPISchemasDescribeJSON checks that the JSON the transcoder writes
// for a state validates against the state's schema in the document.
func TestOpenAPISchemasDescribeJSON(t *testing.T) {
	doc := loadOpenAPI(t, everyProgram())
	schema := doc.Paths.Value("/v1/Every/{key}").Get.Responses.Status(200).Value.Content.Get("application/json").Schema.Value
	rapid.Check(t, func(rt *rapid.T) {
		js, err := AppendJSON(nil, everyT, genWire(rt, nil, everyT, 0, false))
		if err != nil {
			rt.Fatal(err)
		}
		if bytes.Contains(js, []byte(`"NaN"`)) || bytes.Contains(js, []byte(`Infinity"`)) {
			return // documented as strings, which the number schema does not list
		}
		var v any
		if err := json.Unmarshal(js, &v); err != nil {
			rt.Fatal(err)
		}
		if err := schema.VisitJSON(v); err != nil {
			rt.Fatalf("%s does not match its schema: %v", js, err)
		}
	})
}
