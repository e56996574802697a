package difftest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/stateflow-go/stateflow"
)

// StepKind tells the kinds of scenario steps apart.
type StepKind uint8

// The kinds of steps.
const (
	// StepCreate creates an entity without constructor from its state.
	StepCreate StepKind = iota + 1
	// StepNew runs an entity's constructor.
	StepNew
	// StepCall calls an operation.
	StepCall
)

// Step is one line of a scenario.
type Step struct {
	Line int
	Text string // the line as written, comment aside
	Kind StepKind
	// Entity is the entity created or called; Key the key called.
	Entity, Key string
	// Method is the operation called.
	Method string
	// Args are the constructor's arguments (StepNew), one JSON value each.
	Args []json.RawMessage
	// Body is the state (StepCreate) or the parameters by name (StepCall),
	// as JSON.
	Body json.RawMessage
	// Fails marks a step that must fail in plain Go.
	Fails bool
}

// Addr returns the address a call goes to.
func (s *Step) Addr() stateflow.Address { return stateflow.Address{Entity: s.Entity, Key: s.Key} }

// Scenario is a parsed scenario file.
type Scenario struct {
	Steps []Step
	// WantDiagnostic is the text a compiler diagnostic must contain when
	// the program is meant to be rejected; empty otherwise.
	WantDiagnostic string
}

// ParseScenario parses the text of a scenario file. Errors name the line.
func ParseScenario(text string) (*Scenario, error) {
	sc := &Scenario{}
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		if j := commentStart(line); j >= 0 {
			line = line[:j]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		verb, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		if verb == "want-diagnostic" {
			if rest == "" {
				return nil, fmt.Errorf("line %d: want-diagnostic needs the message's text", n)
			}
			sc.WantDiagnostic = rest
			continue
		}
		st := Step{Line: n, Text: line}
		if body, ok := strings.CutSuffix(rest, "=> fails"); ok {
			st.Fails, rest = true, strings.TrimSpace(body)
		}
		if err := st.parse(verb, rest); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		sc.Steps = append(sc.Steps, st)
	}
	if len(sc.Steps) == 0 && sc.WantDiagnostic == "" {
		return nil, fmt.Errorf("no steps")
	}
	return sc, nil
}

// commentStart returns the index of a '#' outside JSON strings, or -1.
func commentStart(line string) int {
	inString, escaped := false, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case c == '#' && !inString:
			return i
		}
	}
	return -1
}

func (st *Step) parse(verb, rest string) error {
	head, tail, _ := strings.Cut(rest, " ")
	tail = strings.TrimSpace(tail)
	switch verb {
	case "create":
		st.Kind, st.Entity = StepCreate, head
		if !json.Valid([]byte(tail)) || !strings.HasPrefix(tail, "{") {
			return fmt.Errorf("create %s: want the state as a JSON object, got %q", head, tail)
		}
		st.Body = json.RawMessage(tail)
	case "new":
		st.Kind, st.Entity = StepNew, head
		args, err := splitArgs(tail)
		if err != nil {
			return fmt.Errorf("new %s: %w", head, err)
		}
		st.Args = args
	case "call":
		st.Kind = StepCall
		ent, key, ok := strings.Cut(head, "/")
		if !ok || ent == "" {
			return fmt.Errorf("call: want Entity/key, got %q", head)
		}
		st.Entity, st.Key = ent, key
		method, body, _ := strings.Cut(tail, " ")
		if method == "" {
			return fmt.Errorf("call %s: no method", head)
		}
		st.Method = method
		body = strings.TrimSpace(body)
		if body == "" {
			body = "{}"
		}
		if !json.Valid([]byte(body)) || !strings.HasPrefix(body, "{") {
			return fmt.Errorf("call %s %s: want the parameters as a JSON object, got %q", head, method, body)
		}
		st.Body = json.RawMessage(body)
	default:
		return fmt.Errorf("unknown step %q (want create, new, call or want-diagnostic)", verb)
	}
	if st.Entity == "" {
		return fmt.Errorf("%s: no entity", verb)
	}
	return nil
}

// splitArgs splits constructor arguments: JSON values separated by spaces,
// where a bare word that is not JSON is a string.
func splitArgs(s string) ([]json.RawMessage, error) {
	var out []json.RawMessage
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		switch s[0] {
		case '"', '{', '[':
			dec := json.NewDecoder(strings.NewReader(s))
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, fmt.Errorf("argument %d: %w", len(out)+1, err)
			}
			out = append(out, raw)
			s = s[dec.InputOffset():]
		default:
			word, rest, _ := strings.Cut(s, " ")
			if json.Valid([]byte(word)) {
				out = append(out, json.RawMessage(word))
			} else {
				q, _ := json.Marshal(word)
				out = append(out, q)
			}
			s = rest
		}
	}
	return out, nil
}

// paramsByName reads a JSON object of parameters.
func paramsByName(body []byte) (map[string]json.RawMessage, error) {
	var m map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}
