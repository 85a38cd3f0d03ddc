package attribution

import (
	"strings"
	"testing"
)

// TestBlankLineRuns: a run of blank lines is at most three paragraph tokens, whatever its
// length, and the tokens after it are where they were.
func TestBlankLineRuns(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 100000} {
		s := "Tom said it." + strings.Repeat("\n \r", n) + "\nShe agreed."
		paras, words := 0, 0
		var last token
		for _, tk := range tokenize(s) {
			switch tk.kind {
			case tokPara:
				paras++
			case tokWord:
				words++
				last = tk
			}
		}
		want := min(n+1, 3)
		if paras != want {
			t.Errorf("%d blank lines: %d paragraph tokens, want %d", n, paras, want)
		}
		if words != 5 || s[last.s:last.e] != "agreed" {
			t.Errorf("%d blank lines: %d words, last %q", n, words, s[last.s:last.e])
		}
	}
}
