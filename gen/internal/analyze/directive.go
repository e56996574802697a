package analyze

import (
	"go/ast"
	"strings"
)

// The directives of the programming model, written like //go:generate.
const (
	directivePrefix   = "//stateflow:"
	entityDirective   = "entity"
	readonlyDirective = "readonly"
)

// directive is one //stateflow: comment.
type directive struct {
	c    *ast.Comment
	name string // the word after the prefix
	args string // what follows it
	used bool   // consumed by the rule it belongs to
}

// directives are all //stateflow: comments of a package. The rules consume
// the ones in their place; checkDirectives reports the rest, so that no
// directive is silently ignored.
type directives struct {
	list   []*directive
	spaced []*ast.Comment // "// stateflow:entity": a directive written with a space
}

func collectDirectives(files []*ast.File) *directives {
	ds := &directives{}
	for _, f := range files {
		for _, g := range f.Comments {
			for _, c := range g.List {
				if rest, ok := strings.CutPrefix(c.Text, directivePrefix); ok {
					name, args, _ := strings.Cut(strings.TrimSpace(rest), " ")
					ds.list = append(ds.list, &directive{c: c, name: name, args: strings.TrimSpace(args)})
					continue
				}
				if w := strings.Fields(strings.TrimPrefix(c.Text, "//")); strings.HasPrefix(c.Text, "// ") && len(w) > 0 &&
					(w[0] == "stateflow:"+entityDirective || w[0] == "stateflow:"+readonlyDirective) {
					ds.spaced = append(ds.spaced, c)
				}
			}
		}
	}
	return ds
}

// take returns the directive name in doc, marking it used, or nil.
func (ds *directives) take(doc *ast.CommentGroup, name string) *directive {
	if doc == nil {
		return nil
	}
	var found *directive
	for _, d := range ds.list {
		if d.name != name || d.used {
			continue
		}
		for _, c := range doc.List {
			if c == d.c {
				d.used = true
				if found == nil {
					found = d
				}
			}
		}
	}
	return found
}

// checkDirectives reports the directives no rule consumed, unknown ones,
// arguments to directives that take none, and directives written with a
// space after //.
func (a *analyzer) checkDirectives() {
	for _, d := range a.dirs.list {
		switch {
		case d.name != entityDirective && d.name != readonlyDirective:
			a.errorf(d.c.Pos(), "unknown directive %s%s", directivePrefix, d.name)
		case !d.used && d.name == entityDirective:
			a.errorf(d.c.Pos(), "misplaced %s%s: it belongs in the doc comment of a struct type declaration", directivePrefix, d.name)
		case !d.used:
			a.errorf(d.c.Pos(), "misplaced %s%s: it applies only to operations (exported methods of an entity)", directivePrefix, d.name)
		case d.args != "":
			a.errorf(d.c.Pos(), "%s%s takes no arguments", directivePrefix, d.name)
		}
	}
	for _, c := range a.dirs.spaced {
		a.errorf(c.Pos(), "directive written with a space: use //%s", strings.Fields(strings.TrimPrefix(c.Text, "//"))[0])
	}
}
