package difftest

import (
	"fmt"
	"go/format"
	"math/rand/v2"
	"strings"
)

// RandomProgram returns the source and the scenario of a program whose
// entity A has one randomly generated operation R(x int) (r int), drawn
// from seed. The method mixes assignments, if/else, expression and tagless
// switches with fallthrough, every form of for and range (ints, slices,
// strings, maps), labeled break and continue, early and bare returns,
// &&/||, short variable declarations, var declarations in loop bodies,
// multiple results and received or ignored errors, with remote calls (to
// the entity B, to A's split helper, and back to A through B) in every
// expression position: operands, arguments, conditions, case lists, loop
// conditions and post statements, range expressions and return values.
// Every loop runs at most three times, so every method terminates; map
// range bodies do only order-insensitive work, because plain Go and the
// runtime visit map keys in different orders.
func RandomProgram(seed uint64, pkg string) (src, scenario string) {
	g := &randGen{r: rand.New(rand.NewPCG(seed, seed^0x5eed)), budget: 28}
	g.w("func (a *A) R(x int) (r int) {\n")
	g.vars = []string{"x", "r", "s"}
	g.w("s := 0\n")
	g.block(0)
	g.w("return s + r\n}\n")
	body, err := format.Source([]byte(strings.Replace(randomPrelude, "PKG", pkg, 1) + g.b.String()))
	if err != nil {
		// The generator writes valid syntax; keep the raw text so that the
		// compiler reports the problem with its position.
		body = []byte(strings.Replace(randomPrelude, "PKG", pkg, 1) + g.b.String())
	}
	var sc strings.Builder
	fmt.Fprintf(&sc, "# random method, seed %d\n", seed)
	sc.WriteString("new B b 1\n")
	sc.WriteString("create A {\"ID\":\"a\",\"N\":2,\"Peer\":\"b\",\"L\":[1]}\n")
	sc.WriteString("call B/b Link {\"a\":\"a\"}\n")
	for _, x := range []int{0, 1, 3, -2, 7} {
		fmt.Fprintf(&sc, "call A/a R {\"x\":%d}\n", x)
	}
	return string(body), sc.String()
}

// randomPrelude declares the entities of a random program; R is appended.
const randomPrelude = `package PKG

import (
	"errors"
	"strconv"
)

// A runs the random method.
//
//stateflow:entity
type A struct {
	ID   string
	N    int
	Peer *B
	Arr  [3]int
	L    []int
	Made int
}

func (a *A) Key() string { return a.ID }

// Q is an exported split operation that R calls on its own receiver.
func (a *A) Q(y int) int {
	return a.Peer.Get() + y
}

// Poke is called back by B, within the call chain of R.
func (a *A) Poke(y int) int {
	a.N += y
	return a.N
}

// help is a split helper: R calls it as a nested split call.
func (a *A) help(y int) int {
	trace("help %d", y)
	return a.Peer.Inc(y) + 1
}

// B is called by A.
//
//stateflow:entity
type B struct {
	ID    string
	V     int
	Owner *A
}

// NewB creates a B.
func NewB(id string, v int) *B { return &B{ID: id, V: v} }

func (b *B) Key() string    { return b.ID }
func (b *B) Link(a *A)      { b.Owner = a }
func (b *B) Inc(d int) int  { b.V += d; return b.V }
func (b *B) Get() int       { return b.V }
func (b *B) Name() string   { return b.ID + strconv.Itoa(b.V) }
func (b *B) Back(y int) int { return b.Owner.Poke(y) + b.V }

// Even is a pure function of its argument.
//
//stateflow:readonly
func (b *B) Even(y int) bool { return y%2 == 0 }

func (b *B) Pair(y int) (int, bool) {
	b.V++
	return y + b.V, (y+b.V)%3 == 0
}

// Check fails for multiples of three and changes nothing then.
func (b *B) Check(y int) error {
	if y%3 == 0 {
		return errors.New("multiple of three")
	}
	b.V += 2
	return nil
}

func b2i(c bool) int {
	if c {
		return 1
	}
	return 0
}

`

// randGen writes one random method body.
type randGen struct {
	r      *rand.Rand
	b      strings.Builder
	budget int      // statements left
	n      int      // counter for fresh names
	vars   []string // int variables in scope
	loops  []*randLoop
	// unordered is set inside a map range body: only order-insensitive
	// statements may be written there.
	unordered bool
}

type randLoop struct {
	label string
	used  bool // a labeled break or continue targets it
}

func (g *randGen) w(format string, args ...any) { fmt.Fprintf(&g.b, format, args...) }

func (g *randGen) fresh(prefix string) string {
	g.n++
	return fmt.Sprintf("%s%d", prefix, g.n)
}

func (g *randGen) pick(n int) int { return g.r.IntN(n) }

// block writes a few statements.
func (g *randGen) block(depth int) {
	n := 1 + g.pick(3)
	for range n {
		if g.budget <= 0 {
			return
		}
		g.budget--
		g.stmt(depth)
	}
}

// scoped runs f with the variables declared inside it dropped afterwards.
func (g *randGen) scoped(f func()) {
	saved := len(g.vars)
	f()
	g.vars = g.vars[:saved]
}
