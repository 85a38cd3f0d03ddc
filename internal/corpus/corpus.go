// Package corpus locates the shared test corpus, which lives beside the repository at
// ../shared/corpus (or where $QUOTECHECK_CORPUS points) and is never copied into it.
package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// SkipMessage is what tests say when the corpus is absent.
const SkipMessage = "corpus not found at ../shared/corpus (set QUOTECHECK_CORPUS to its path); see shared/corpus/README.md"

// Dir returns the corpus directory: $QUOTECHECK_CORPUS when set, else ../shared/corpus
// relative to the module root found by walking up from the working directory to go.mod.
// ok is false when no such directory exists.
func Dir() (string, bool) {
	if d := os.Getenv("QUOTECHECK_CORPUS"); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			c := filepath.Join(d, "..", "shared", "corpus")
			return c, isDir(c)
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Path joins elem to the corpus directory, or calls tb.Skip with [SkipMessage] when the
// corpus or that file is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	d, ok := Dir()
	if !ok {
		tb.Skip(SkipMessage)
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		tb.Skipf("%s not found in the corpus; see shared/corpus/README.md", filepath.Join(elem...))
	}
	return p
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
