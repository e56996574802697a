package emit_test

import (
	"github.com/stateflow-go/stateflow/gen/internal/analyze"
	"github.com/stateflow-go/stateflow/ir"
)

// packages are the hand-built analyses of the programs in testdata, by case
// name: what the front end produces for each.
var packages = map[string]func() *analyze.Package{
	"shop":  shopPackage,
	"kinds": kindsPackage,
	"names": namesPackage,
}

func shopPackage() *analyze.Package {
	b := &irb{pkgPath: "example.com/shop", file: "shop.go"}
	str, integer := basic(ir.String), basic(ir.Int)
	money := b.named("Money", ir.Int64)
	tags := sliceOf(str)
	item := b.named("Item", ir.Struct)
	item.Fields = []*ir.Field{
		b.field("ID", str),
		b.field("Price", money),
		b.field("Stock", integer),
		b.field("Tags", tags),
		transient(b.field("Cache", placeholder("map[string]int"))),
	}
	user := b.named("User", ir.Struct)
	itemRefs := sliceOf(refTo("Item"))
	user.Fields = []*ir.Field{
		b.field("ID", str),
		b.field("Balance", money),
		b.field("Basket", itemRefs),
	}
	itemE := &ir.Entity{
		Name: "Item", Doc: "Item is sold in the shop.", Pos: b.pos(), State: item, KeyField: "ID",
		Constructor: b.ctor("NewItem", []*ir.Param{param("id", str), param("price", money)}, withError,
			doc("NewItem creates an item; a negative price is an error.")),
		Methods: []*ir.Method{
			b.op("EnoughStock", nil, []*ir.Param{result(basic(ir.Bool))}, readonly, doc("EnoughStock reports whether any stock is left.")),
			b.op("Info", nil, []*ir.Param{result(money), result(tags)}, doc("Info returns the price and the tags.")),
			b.op("SetStock", []*ir.Param{param("n", integer)}, nil, doc("SetStock sets the stock.")),
			b.op("Take", []*ir.Param{param("n", integer)}, []*ir.Param{result(integer)}, withError,
				doc("Take removes n from the stock and returns what is left, or fails.")),
		},
	}
	userE := &ir.Entity{
		Name: "User", Doc: "User holds a basket of references to items; it has no constructor.", Pos: b.pos(),
		State: user, KeyField: "ID",
		Methods: []*ir.Method{
			b.op("Deposit", []*ir.Param{param("amount", money)}, []*ir.Param{result(money)}),
			b.op("First", nil, []*ir.Param{result(refTo("Item"))}),
			b.op("SetBasket", []*ir.Param{param("items", itemRefs)}, nil),
			b.op("Total", nil, []*ir.Param{result(money)},
				calls(&ir.Call{Kind: ir.ReadField, Entity: "Item", Member: "Price", Pos: b.pos()})),
		},
	}
	return &analyze.Package{
		Name: "shop", PkgPath: b.pkgPath,
		Program: &ir.Program{Name: "shop", PkgPath: b.pkgPath, Entities: []*ir.Entity{itemE, userE}},
		Imports: map[string]string{},
	}
}

func kindsPackage() *analyze.Package {
	b := &irb{pkgPath: "example.com/kinds", file: "kinds.go"}
	str, integer := basic(ir.String), basic(ir.Int)
	i8, i16, i32, i64 := basic(ir.Int8), basic(ir.Int16), basic(ir.Int32), basic(ir.Int64)
	u8, u16 := basic(ir.Uint8), basic(ir.Uint16)
	f64 := basic(ir.Float64)
	boolean := basic(ir.Bool)

	grade := b.named("Grade", ir.Int8)
	sku := b.named("SKU", ir.String)
	blob := b.named("Blob", ir.Bytes)
	tags := b.named("Tags", ir.Slice)
	tags.Elem = str
	hash := b.named("Hash", ir.Array)
	hash.Elem, hash.Len = &ir.Type{Kind: ir.Uint8, GoExpr: "byte"}, 4
	point := b.named("Point", ir.Struct)
	point.Fields = []*ir.Field{b.field("X", i32), b.field("Y", i32)}
	node := b.named("Node", ir.Struct)
	node.Fields = []*ir.Field{b.field("Name", str), b.field("Kids", sliceOf(node)), b.field("Next", ptrTo(node))}
	base := b.named("Base", ir.Struct)
	base.Fields = []*ir.Field{b.field("Note", str), b.field("n", integer)}
	amount := foreignNamed("example.com/kinds/money", "money", "Amount", ir.Struct)
	amount.Fields = []*ir.Field{
		{Name: "Units", JSONName: "Units", Type: i64},
		{Name: "Currency", JSONName: "Currency", Type: str},
		{Name: "Scratch", JSONName: "Scratch", Type: placeholder("[]int"), Transient: true},
	}
	meta := b.named("Meta", ir.Struct)
	meta.Fields = []*ir.Field{b.field("Note", str)}

	values := b.named("Values", ir.Struct)
	values.Fields = []*ir.Field{
		embedded(b.field("Base", base)),
		b.field("B", boolean),
		b.field("I", integer),
		b.field("I8", i8),
		b.field("I16", i16),
		b.field("I32", i32),
		b.field("I64", i64),
		b.field("U", basic(ir.Uint)),
		b.field("U8", u8),
		b.field("U16", u16),
		b.field("U32", basic(ir.Uint32)),
		b.field("U64", basic(ir.Uint64)),
		b.field("F32", basic(ir.Float32)),
		b.field("F64", f64),
		b.field("S", str),
		b.field("Bytes", basic(ir.Bytes)),
		b.field("When", basic(ir.Time)),
		b.field("For", basic(ir.Duration)),
		b.field("Grade", grade),
		b.field("SKU", sku),
		b.field("Blob", blob),
		b.field("Tags", tags),
		b.field("Hash", hash),
		b.field("Arr", arrayOf(3, i16)),
		b.field("Zero", arrayOf(0, integer)),
		b.field("Empty", anon()),
		b.field("Anon", anon(b.field("A", integer), b.field("B", sliceOf(boolean)))),
		b.field("Ptr", ptrTo(integer)),
		b.field("PtrNode", ptrTo(node)),
		b.field("Tree", node),
		b.field("Grid", sliceOf(sliceOf(f64))),
		b.field("ByName", mapOf(str, integer)),
		b.field("BySKU", mapOf(sku, sliceOf(point))),
		b.field("ByPoint", mapOf(point, str)),
		b.field("ByFlag", mapOf(boolean, i8)),
		b.field("ByFloat", mapOf(f64, str)),
		b.field("Sets", mapOf(i64, mapOf(str, anon()))),
		b.field("Price", amount),
		b.field("Prices", sliceOf(amount)),
		b.field("unexp", u16),
	}
	box := b.named("Box", ir.Struct)
	boxRef := refTo("Box")
	peers := mapOf(str, boxRef)
	pair := arrayOf(2, boxRef)
	box.Fields = []*ir.Field{
		b.field("ID", str),
		embedded(b.field("Values", values)),
		b.field("Other", boxRef),
		b.field("Peers", peers),
		b.field("Pair", pair),
		b.field("Ctr", refTo("Counter")),
		transient(b.field("Cache", placeholder("chan int"))),
	}
	counter := b.named("Counter", ir.Struct)
	counter.Fields = []*ir.Field{embedded(b.field("Meta", ptrTo(meta))), b.field("Name", sku), b.field("N", integer)}

	boxE := &ir.Entity{
		Name: "Box", Doc: "Box holds values of every kind and references.", Pos: b.pos(), State: box, KeyField: "ID",
		Methods: []*ir.Method{
			b.op("Get", nil, []*ir.Param{result(values)}),
			b.op("Lookup", []*ir.Param{param("names", sliceOf(str))}, []*ir.Param{result(peers), result(sliceOf(str))}, withError),
			b.op("Set", []*ir.Param{param("v", values)}, nil),
			b.op("SetGrade", []*ir.Param{param("g", grade)}, nil),
			b.op("SetPeers", []*ir.Param{param("peers", peers)}, nil),
			b.op("SetU8", []*ir.Param{param("v", u8)}, nil),
			b.op("Sum", []*ir.Param{param("xs", sliceOf(integer))}, []*ir.Param{result(integer)}, variadic),
			b.op("Swap", []*ir.Param{param("pair", pair)}, []*ir.Param{result(pair)}),
		},
	}
	counterE := &ir.Entity{
		Name: "Counter", Doc: "Counter counts; its key has a named type.", Pos: b.pos(),
		State: counter, KeyField: "Name",
		Constructor: b.ctor("NewCounter", []*ir.Param{param("name", sku)}, doc("NewCounter returns a counter.")),
	}
	return &analyze.Package{
		Name: "kinds", PkgPath: b.pkgPath,
		Program: &ir.Program{
			Name: "kinds", PkgPath: b.pkgPath,
			Entities: []*ir.Entity{boxE, counterE},
			Types:    []*ir.Type{amount, base, meta, node, point, values},
		},
		Imports: map[string]string{"time": "time", "example.com/kinds/money": "money"},
	}
}

func namesPackage() *analyze.Package {
	b := &irb{pkgPath: "example.com/names", file: "names.go"}
	str, integer, boolean := basic(ir.String), basic(ir.Int), basic(ir.Bool)
	level := b.named("level", ir.Int)
	money := b.named("Money", ir.Int)
	info := foreignNamed("example.com/names/context", "context2", "Info", ir.Struct)
	info.Fields = []*ir.Field{{Name: "Text", JSONName: "Text", Type: str}}
	account := b.named("Account", ir.Struct)
	account.Fields = []*ir.Field{
		b.field("ID", str), b.field("Owner", str), b.field("Level", level),
		b.field("Balance", money), b.field("Note", info), b.field("Closed", boolean),
	}
	e := &ir.Entity{
		Name: "Account", Doc: "Account has operations and parameters named like generated ones.", Pos: b.pos(),
		State: account, KeyField: "ID",
		Constructor: b.ctor("NewAccount", []*ir.Param{param("ctx", str), param("c", integer), param("len", money)},
			doc("NewAccount opens an account.")),
		Methods: []*ir.Method{
			b.op("Address", nil, []*ir.Param{result(str)}, doc("Address returns the owner.")),
			b.op("Close", nil, nil, withError, doc("Close closes the account once.")),
			b.op("Describe", []*ir.Param{param("info", info)}, nil),
			b.op("Pair", []*ir.Param{param("r0", integer), param("sfx", str)},
				[]*ir.Param{{Name: "x", Type: integer}, {Name: "y", Type: str}, {Name: "z", Type: str}}),
			b.op("Put", []*ir.Param{param("state", str), param("r", integer), param("key", str), param("Money", integer), param("ctx", boolean)},
				[]*ir.Param{result(str)}),
			b.op("Rename", []*ir.Param{param("err", str), param("owner", str)}, nil),
			b.op("State", nil, []*ir.Param{result(str)}, readonly),
		},
	}
	return &analyze.Package{
		Name: "names", PkgPath: b.pkgPath,
		Program: &ir.Program{Name: "names", PkgPath: b.pkgPath, Entities: []*ir.Entity{e}, Types: []*ir.Type{info}},
		Imports: map[string]string{"example.com/names/context": "context2"},
	}
}
