package ir

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func shopProgram() *Program {
	str := &Type{Kind: String, GoExpr: "string"}
	return &Program{Name: "shop", Entities: []*Entity{
		{Name: "Item", State: &Type{Kind: Struct, Fields: []*Field{{Name: "ID", Type: str}}},
			Methods: []*Method{{Name: "EnoughStock"}}},
		{Name: "User", State: &Type{Kind: Struct}, Constructor: &Method{Name: "NewUser", Kind: Constructor},
			Methods: []*Method{{Name: "AddToBasket", Calls: []*Call{
				{Kind: CallMethod, Entity: "Item", Member: "EnoughStock"},
				{Kind: ReadField, Entity: "Item", Member: "Price"},
				{Kind: CallMethod, Entity: "Item", Member: "EnoughStock"},
				{Kind: CreateEntity, Entity: "Item", Member: "NewItem"},
			}}}},
	}}
}

func TestDataflowMergesCallsPerTargetAndKind(t *testing.T) {
	df := BuildDataflow(shopProgram())
	if len(df.Operators) != 2 || df.Operators[1].Operations[0] != "NewUser" {
		t.Fatalf("operators = %+v", df.Operators)
	}
	var kinds []string
	for _, e := range df.Edges {
		if e.From != "User" || e.To != "Item" || len(e.Members) != 1 {
			t.Errorf("edge %+v", e)
		}
		kinds = append(kinds, e.Kind+":"+e.Members[0])
	}
	if got := strings.Join(kinds, " "); got != "call:EnoughStock create:NewItem read:Price" {
		t.Errorf("edges = %s", got)
	}
}

func TestDataflowRenderings(t *testing.T) {
	df := BuildDataflow(shopProgram())
	var dot bytes.Buffer
	if err := df.WriteDOT(&dot); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`digraph "shop"`, `"User" -> "Item" [style=dashed, label="read Price"]`, `ingress -> "Item"`, `label="{User|NewUser\lAddToBasket\l}"`} {
		if !strings.Contains(dot.String(), want) {
			t.Errorf("DOT lacks %s:\n%s", want, dot.String())
		}
	}
	var js bytes.Buffer
	if err := df.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back Dataflow
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Edges) != 3 || back.Program != "shop" {
		t.Errorf("JSON round trip = %+v", back)
	}
}

func TestPrintShowsCallsAndSignatures(t *testing.T) {
	out := shopProgram().String()
	for _, want := range []string{"entity User key ", "constructor NewUser()", "    read Item.Price  // -"} {
		if !strings.Contains(out, want) {
			t.Errorf("dump lacks %q:\n%s", want, out)
		}
	}
}
