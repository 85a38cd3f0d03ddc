// Package corpus locates the shared test corpus, which lives beside the repository at
// ../shared/corpus (or where $QUOTECHECK_CORPUS points) and is never copied into it.
package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// SkipMessage is what tests say when the corpus is absent from dir, the path Dir tried
// ("" when it found no module root).
func SkipMessage(dir string) string {
	switch {
	case os.Getenv("QUOTECHECK_CORPUS") != "":
		return "corpus not found at " + dir + " (from QUOTECHECK_CORPUS); see shared/corpus/README.md"
	case dir == "":
		return "corpus not found: no go.mod above the working directory, and QUOTECHECK_CORPUS is not set"
	}
	return "corpus not found at " + dir + " (set QUOTECHECK_CORPUS to its path); see shared/corpus/README.md"
}

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

// Path joins elem to the corpus directory, or calls tb.Skip with [SkipMessage] (or the
// missing file) when the corpus or that file is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	d, ok := Dir()
	if !ok {
		tb.Skip(SkipMessage(d))
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		tb.Skipf("%s not found in the corpus at %s; see shared/corpus/README.md", filepath.Join(elem...), d)
	}
	return p
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
