package analyze

import (
	"go/types"
	"maps"
	"strconv"
)

// generatorImports are the packages the generated file imports for itself,
// under these names; no other package may take them.
var generatorImports = map[string]string{
	"context":                                "context",
	"github.com/stateflow-go/stateflow":      "stateflow",
	"github.com/stateflow-go/stateflow/ir":   "ir",
	"github.com/stateflow-go/stateflow/wire": "wire",
}

// importNamer chooses the names under which the generated file imports the
// packages that its types name: the package's name, unless a package-level
// identifier of the analysed package, another imported package, a name of
// the generator's own imports or a reserved name has it, then name2, name3...
type importNamer struct {
	self  *types.Package
	taken map[string]bool
	names map[string]string // import path -> name
}

func newImportNamer(self *types.Package) *importNamer {
	n := &importNamer{self: self, taken: map[string]bool{}, names: map[string]string{}}
	for _, name := range self.Scope().Names() {
		n.taken[name] = true
	}
	for _, name := range generatorImports {
		n.taken[name] = true
	}
	return n
}

// qualify is a types.Qualifier for the generated file.
func (n *importNamer) qualify(p *types.Package) string {
	if p == n.self {
		return ""
	}
	if name, ok := n.names[p.Path()]; ok {
		return name
	}
	name, ok := generatorImports[p.Path()]
	if !ok {
		name = p.Name()
		for i := 2; n.taken[name] || reservedPrefix(name); i++ {
			name = p.Name() + strconv.Itoa(i)
		}
	}
	n.taken[name] = true
	n.names[p.Path()] = name
	return name
}

// used returns the imports recorded so far.
func (n *importNamer) used() map[string]string {
	return maps.Clone(n.names)
}
