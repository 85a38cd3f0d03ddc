package compare

import (
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestExpandElisions: a word of thousands of French elisions ("l'l'l'…") splits into one
// part per elision with memory linear in the word (it had been copied once per elision, the
// square of the word); contractions after elisions keep their reading.
func TestExpandElisions(t *testing.T) {
	for _, c := range []struct {
		word  string
		parts []string
		contr bool
	}{
		{"l'homme", []string{"l'", "homme"}, false},
		{"qu'l'homme", []string{"qu'", "l'", "homme"}, false},
		{"don't", []string{"do", "not"}, true},
		{"it's", []string{"it", "is"}, true},
		{"l'it's", []string{"l'", "it", "is"}, true},
		{"aujourd'hui", []string{"aujourd'hui"}, false},
		{"l'", []string{"l'"}, false},
	} {
		parts, contr := expand(c.word)
		if !slices.Equal(parts, c.parts) || contr != c.contr {
			t.Errorf("expand(%q) = %q, %v, want %q, %v", c.word, parts, contr, c.parts, c.contr)
		}
	}
	var bytes [2]uint64
	for i, n := range []int{2000, 8000} {
		w := strings.Repeat("l'", n) + "homme"
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		parts, _ := expand(w)
		runtime.ReadMemStats(&after)
		if len(parts) != n+1 {
			t.Fatalf("%d elisions gave %d parts", n, len(parts))
		}
		bytes[i] = after.TotalAlloc - before.TotalAlloc
	}
	if bytes[1] > 6*bytes[0] {
		t.Errorf("4x the elisions allocated %.1fx the bytes (%d → %d)", float64(bytes[1])/float64(bytes[0]), bytes[0], bytes[1])
	}
}
