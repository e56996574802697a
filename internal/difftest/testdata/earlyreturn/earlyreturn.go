// Package earlyreturn returns early from inside loops and switches after
// remote calls.
package earlyreturn

// Vault opens with a code.
//
//stateflow:entity
type Vault struct {
	ID    string
	Codes []int
	Tries int
}

func (v *Vault) Key() string { return v.ID }

// Try reports whether c opens the vault.
func (v *Vault) Try(c int) bool {
	v.Tries++
	for _, x := range v.Codes {
		if x == c {
			return true
		}
	}
	return false
}

// Thief tries codes.
//
//stateflow:entity
type Thief struct {
	ID  string
	V   *Vault
	Log []string
}

func (t *Thief) Key() string { return t.ID }

// Crack tries the codes from..to.
func (t *Thief) Crack(from, to int) int {
	if from > to {
		return -1
	}
	for c := from; c <= to; c++ {
		if t.V.Try(c) {
			t.Log = append(t.Log, "found")
			return c
		}
		switch {
		case c > from+5:
			t.Log = append(t.Log, "gave up")
			return -2
		}
	}
	t.Log = append(t.Log, "none")
	return 0
}
