package engine

import (
	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
)

// Route tells a runtime where an incoming event executes.
type Route struct {
	// Operator executes the event. It is never nil: events for an unknown
	// entity type go to an operator that answers NotFound.
	Operator *Operator
	// Partition is the logical partition, in [0, partitions), that owns the
	// target's state.
	Partition int
	// Stateful reports that the event executes against the target's state:
	// the runtime loads it (and whether it exists) before the step and
	// stores what the step writes. Pings, creates without a key and events
	// for unknown entity types are stateless.
	Stateful bool
}

// IngressRouter decodes the events that enter a runtime and routes each to
// its entity's operator and partition. It is immutable and safe for
// concurrent use; it never modifies events.
type IngressRouter struct {
	partitions int
	ops        map[string]*Operator
	unknown    *Operator
	// names interns entity and method names so that decoding known names
	// does not allocate.
	names map[string]string
}

// NewIngressRouter returns the ingress router of prog over the given number
// of partitions (at least 1), with one operator per entity.
func NewIngressRouter(prog *ir.Program, partitions int) *IngressRouter {
	r := &IngressRouter{
		partitions: max(partitions, 1),
		ops:        make(map[string]*Operator, len(prog.Entities)),
		unknown:    &Operator{},
		names:      make(map[string]string),
	}
	for _, e := range prog.Entities {
		r.ops[e.Name] = NewOperator(e)
		r.names[e.Name] = e.Name
		for _, m := range e.Methods {
			r.names[m.Name] = m.Name
		}
		if e.Constructor != nil {
			r.names[e.Constructor.Name] = e.Constructor.Name
		}
	}
	return r
}

// Partitions returns the number of partitions.
func (r *IngressRouter) Partitions() int { return r.partitions }

// Operator returns the operator of the named entity, or nil.
func (r *IngressRouter) Operator(entity string) *Operator { return r.ops[entity] }

// Route decodes raw into ev and returns its route. The payload and stack of
// ev alias raw. Corrupt input is a *DecodeError.
func (r *IngressRouter) Route(raw []byte, ev *Event) (Route, error) {
	if err := decodeEvent(raw, ev, r.intern); err != nil {
		return Route{}, err
	}
	return r.RouteEvent(ev), nil
}

// RouteEvent returns the route of an already decoded event.
func (r *IngressRouter) RouteEvent(ev *Event) Route {
	op := r.ops[ev.Target.Entity]
	switch {
	case op == nil:
		return Route{Operator: r.unknown, Partition: Partition(ev.Target, r.partitions)}
	case ev.Kind == Ping:
		return Route{Operator: op, Partition: Partition(ev.Target, r.partitions)}
	case ev.Kind == Create && ev.Target.Key == "":
		// The key is known only once the entity is constructed: any
		// partition can do that, so spread the work by request.
		return Route{Operator: op, Partition: int(fnv1a(fnvOffset, ev.ID[:]) % uint64(r.partitions))}
	}
	return Route{Operator: op, Partition: Partition(ev.Target, r.partitions), Stateful: true}
}

func (r *IngressRouter) intern(b []byte) string {
	if s, ok := r.names[string(b)]; ok {
		return s
	}
	return string(b)
}

// Partition returns the partition, in [0, n), that owns addr: the 64-bit
// FNV-1a hash of the entity name, a zero byte and the key, modulo n. It is
// the same in every process.
func Partition(addr stateflow.Address, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv1aString(fnvOffset, addr.Entity)
	h *= fnvPrime // a zero byte: h ^= 0, then multiply
	h = fnv1aString(h, addr.Key)
	return int(h % uint64(n))
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv1a(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fnv1aString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Destination is where an outgoing event goes.
type Destination uint8

// The destinations of outgoing events.
const (
	// ToClient: a reply whose stack is empty answers the client's request.
	ToClient Destination = iota + 1
	// ToSystem: a request to an entity, or a reply to a suspended
	// continuation, flows back into the runtime's ingress.
	ToSystem
)

// String returns "client" or "system".
func (d Destination) String() string {
	switch d {
	case ToClient:
		return "client"
	case ToSystem:
		return "system"
	}
	return "destination(?)"
}

// EgressRouter routes and encodes the events an operator produces. It is
// stateless and never modifies events.
type EgressRouter struct{}

// Route appends the encoding of ev to dst and returns where it goes.
func (EgressRouter) Route(dst []byte, ev *Event) (Destination, []byte) {
	dst = AppendEvent(dst, ev)
	if ev.Kind.IsReply() && len(ev.Stack) == 0 {
		return ToClient, dst
	}
	return ToSystem, dst
}
