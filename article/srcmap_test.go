package article

import (
	"strings"
	"testing"
)

// TestFindPrefersCopyAhead checks that a text node found outside the forward search window maps
// to the first copy after the cursor, not to an earlier copy of the same words.
func TestFindPrefersCopyAhead(t *testing.T) {
	filler := strings.Repeat("x", searchWindow+1000)
	x := &textIndex{text: "Yes." + filler + "Yes." + filler + "Yes."}
	x.cursor = 10
	off, ok := x.find("Yes.")
	if want := 4 + len(filler); !ok || off != want {
		t.Errorf("find = %d, %v; want %d (the copy after the cursor)", off, ok, want)
	}
	x.cursor = len(x.text) - 2 // past every copy: the first one
	if off, ok := x.find("Yes."); !ok || off != 0 {
		t.Errorf("find past the last copy = %d, %v; want 0", off, ok)
	}
}
