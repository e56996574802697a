package ingress

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// OpenAPI returns the OpenAPI 3.0.3 document, as indented JSON, that
// describes the HTTP protocol of prog: one path per constructor, state and
// operation, with request and response schemas derived from the IR types
// and descriptions from the doc comments. Handler serves it at
// /openapi.json.
func OpenAPI(prog *ir.Program) []byte {
	s := newSchemas()
	errName := s.reserve("Error", errorSchema())
	d := &openapiDoc{s: s, errRef: ref(errName)}
	paths := obj{
		"/healthz": obj{"get": obj{
			"operationId": "healthz", "summary": "Liveness check.",
			"responses": obj{"200": textResponse(`The text "ok".`)},
		}},
		"/metrics": obj{"get": obj{
			"operationId": "metrics", "summary": "Prometheus metrics in the text exposition format.",
			"responses": obj{"200": textResponse("The metrics.")},
		}},
	}
	var tags []any
	for _, e := range prog.Entities {
		tag := obj{"name": e.Name}
		if doc := strings.TrimSpace(e.Doc); doc != "" {
			tag["description"] = doc
		}
		tags = append(tags, tag)
		base := "/v1/" + url.PathEscape(e.Name)
		paths[base] = obj{"post": d.create(e)}
		paths[base+"/{key}"] = obj{"get": d.state(e)}
		for _, m := range e.Methods {
			if m.Internal {
				continue
			}
			paths[base+"/{key}/"+url.PathEscape(m.Name)] = obj{"post": d.call(e, m)}
		}
	}
	title := prog.Name
	if title == "" {
		title = "StateFlow program"
	}
	doc := obj{
		"openapi": "3.0.3",
		"info": obj{
			"title":       title,
			"version":     "1",
			"description": "The HTTP interface of the StateFlow program " + prog.PkgPath + ".",
		},
		"paths":      paths,
		"components": obj{"schemas": s.components},
	}
	if len(tags) > 0 {
		doc["tags"] = tags
	}
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil { // cannot happen: the document holds only JSON values
		return []byte(`{"error":"` + err.Error() + `"}`)
	}
	return append(out, '\n')
}

type openapiDoc struct {
	s      *schemas
	errRef obj
}

func errorSchema() obj {
	return obj{
		"type":        "object",
		"description": "The answer of every failed request.",
		"required":    []any{"error"},
		"properties": obj{
			"error": obj{"type": "string", "description": "What went wrong; for a failed operation, its own error text."},
		},
	}
}

// errorHeaders describes the headers of error answers.
var errorHeaders = obj{
	headerError: obj{"description": "The kind of failure.", "schema": obj{"type": "string", "enum": []any{
		codeNotFound, codeExists, codeBadRequest, codeOperation, codePanic, codeIdempotency,
		codeMethodNotAllowed, codeTooLarge, codeMediaType, codeTimeout, codeCanceled, codeUnavailable, codeInternal}}},
	headerParam:    obj{"description": "400: the path of the bad parameter, percent-encoded.", "schema": obj{"type": "string"}},
	headerNotFound: obj{"description": "404: what was not found, percent-encoded.", "schema": obj{"type": "string"}},
	headerEntity:   obj{"description": "422 and 500: the entity of the failed operation.", "schema": obj{"type": "string"}},
	headerKey:      obj{"description": "422 and 500: the key of the failed operation, percent-encoded.", "schema": obj{"type": "string"}},
	headerMethod:   obj{"description": "422 and 500: the method of the failed operation.", "schema": obj{"type": "string"}},
}

func jsonContent(schema obj) obj { return obj{"application/json": obj{"schema": schema}} }

func textResponse(desc string) obj {
	return obj{"description": desc, "content": obj{"text/plain": obj{"schema": obj{"type": "string"}}}}
}

// errors adds the error responses with the given status codes.
func (d *openapiDoc) errors(responses obj, codes ...string) obj {
	for _, c := range codes {
		responses[c] = obj{"description": errorDescriptions[c], "content": jsonContent(d.errRef), "headers": errorHeaders}
	}
	return responses
}

var errorDescriptions = map[string]string{
	"400": "The body is not valid JSON, or a parameter is missing, unknown or of the wrong type.",
	"404": "No such entity type, key or method.",
	"409": "An entity with this key exists.",
	"413": "The body is larger than the server accepts.",
	"415": "The body is not JSON.",
	"422": "The operation returned an error, or the Idempotency-Key was used for a different request.",
	"500": "The operation panicked (the state is unchanged), or the server failed.",
}

var (
	keyParam         = obj{"name": "key", "in": "path", "required": true, "schema": obj{"type": "string"}, "description": "The entity's key."}
	idempotencyParam = obj{"name": "Idempotency-Key", "in": "header", "required": false, "schema": obj{"type": "string"},
		"description": "A retried request with the same key gets the first answer; its effects happen once."}
)

// params returns the schema of the JSON object of m's parameters.
func (d *openapiDoc) params(m *ir.Method) obj {
	props := obj{}
	var required []any
	for i, p := range m.Params {
		name := paramName(m, i)
		props[name] = d.s.schema(p.Type)
		if !(m.Variadic && i == len(m.Params)-1) {
			required = append(required, name)
		}
	}
	sc := obj{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		sc["required"] = required
	}
	return sc
}

func describe(summary, doc string) obj {
	op := obj{"summary": summary}
	if doc = strings.TrimSpace(doc); doc != "" {
		op["description"] = doc
	}
	return op
}

func (d *openapiDoc) create(e *ir.Entity) obj {
	var op obj
	var body obj
	if c := e.Constructor; c != nil {
		op = describe("Create a "+e.Name+" with "+c.Name+".", c.Doc)
		body = d.params(c)
	} else {
		op = describe("Create a "+e.Name+" from its initial state.",
			e.Name+" has no constructor: the body is its state; absent fields are zero values.")
		body = d.s.schema(e.State)
	}
	op["operationId"] = "create" + e.Name
	op["tags"] = []any{e.Name}
	op["parameters"] = []any{idempotencyParam}
	op["requestBody"] = obj{"required": false, "content": jsonContent(body)}
	created := obj{"type": "object", "required": []any{"key"}, "properties": obj{"key": obj{"type": "string"}}}
	op["responses"] = d.errors(obj{"201": obj{"description": "Created; the new entity's key.", "content": jsonContent(created)}},
		"400", "404", "409", "413", "415", "422", "500")
	return op
}

func (d *openapiDoc) state(e *ir.Entity) obj {
	op := describe("The state of a "+e.Name+".", e.Doc)
	op["operationId"] = "get" + e.Name
	op["tags"] = []any{e.Name}
	op["parameters"] = []any{keyParam}
	op["responses"] = d.errors(obj{"200": obj{"description": "The entity's state.", "content": jsonContent(d.s.schema(e.State))}},
		"404", "500")
	return op
}

func (d *openapiDoc) call(e *ir.Entity, m *ir.Method) obj {
	op := describe("Call "+e.Name+"."+m.Name+".", m.Doc)
	op["operationId"] = e.Name + "." + m.Name
	op["tags"] = []any{e.Name}
	op["parameters"] = []any{keyParam, idempotencyParam}
	op["requestBody"] = obj{"required": len(m.Params) > 0, "content": jsonContent(d.params(m))}
	op["responses"] = d.errors(obj{"200": obj{"description": "The operation's results.", "content": jsonContent(d.results(m))}},
		"400", "404", "413", "415", "422", "500")
	return op
}

// results returns the schema of the answer of a call of m.
func (d *openapiDoc) results(m *ir.Method) obj {
	switch len(m.Results) {
	case 0:
		return obj{"type": "object", "additionalProperties": false}
	case 1:
		return obj{"type": "object", "required": []any{"result"}, "additionalProperties": false,
			"properties": obj{"result": d.s.schema(m.Results[0].Type)}}
	}
	var items []any
	var types []string
	for _, r := range m.Results {
		items = append(items, d.s.schema(r.Type))
		types = append(types, r.Type.String())
	}
	list := obj{"type": "array", "minItems": len(m.Results), "maxItems": len(m.Results),
		"items":       obj{"anyOf": items},
		"description": "The results in order: " + strings.Join(types, ", ") + "."}
	return obj{"type": "object", "required": []any{"result"}, "additionalProperties": false,
		"properties": obj{"result": list}}
}
