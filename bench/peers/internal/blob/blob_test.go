package blob

import "testing"

func TestTouchChangesChecksum(t *testing.T) {
	s, err := New(64)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	for i := 0; i < 100; i++ {
		sum, err := Touch(s)
		if err != nil {
			t.Fatal(err)
		}
		if seen[sum] {
			t.Fatalf("touch %d repeated checksum %d", i+1, sum)
		}
		seen[sum] = true
	}
	if _, err := New(3); err == nil {
		t.Fatal("New(3) succeeded")
	}
	if _, err := Touch(make([]byte, 3)); err == nil {
		t.Fatal("Touch on 3 bytes succeeded")
	}
}
