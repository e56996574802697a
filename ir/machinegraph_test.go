package ir

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func transferMachine() *Machine {
	return &Machine{
		Blocks: []*Block{
			{ID: 0, Label: "entry", Succs: []int{1}},
			{ID: 1, Label: `if to.Deposit(amount) != nil`, Suspend: 1},
			{ID: 2, Label: "after Account.Deposit", Return: true},
		},
		Resumes: []*ResumePoint{
			{PC: 0, Block: 0},
			{PC: 1, Block: 2, Call: &Call{Kind: CallMethod, Entity: "Account", Member: "Deposit"}, Live: []string{"amount"}},
		},
	}
}

func TestMachineDOT(t *testing.T) {
	var b bytes.Buffer
	if err := transferMachine().WriteDOT(&b, "Account", "Transfer"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`digraph "Account.Transfer"`,
		"entry -> b0;",
		"b0 -> b1;",
		`s1 [shape=ellipse, style=dashed, label="pc 1: call Account.Deposit\nframe {amount}"];`,
		"b1 -> s1 [style=dashed];",
		"s1 -> b2 [style=dashed];",
		"b2 -> return;",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("DOT lacks %s:\n%s", want, b.String())
		}
	}
}

func TestMachineJSON(t *testing.T) {
	var b bytes.Buffer
	if err := transferMachine().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var back Machine
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Blocks) != 3 || back.Resumes[1].Live[0] != "amount" || back.Resumes[1].Call.Member != "Deposit" {
		t.Errorf("round trip = %+v", back)
	}
}
