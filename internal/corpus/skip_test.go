package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSkipMessageNamesThePath: the message names the directory tried, wherever
// QUOTECHECK_CORPUS points.
func TestSkipMessageNamesThePath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "no-corpus-here")
	t.Setenv("QUOTECHECK_CORPUS", dir)
	d, ok := Dir()
	if ok {
		t.Fatalf("Dir() found a corpus at %s", d)
	}
	if msg := SkipMessage(d); !strings.Contains(msg, dir) {
		t.Errorf("SkipMessage(%q) = %q, does not name the path tried", d, msg)
	}
}
