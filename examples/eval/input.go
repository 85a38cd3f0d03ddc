package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/internal/gold"
)

// engine is the library as the program drives it; tests pass fakes.
type engine struct {
	// predict runs extraction and attribution on g.Text (in g.Lang) and returns the
	// predictions: same id, lang and text, quotes and sources filled.
	predict func(g *gold.Article) gold.Article
	// locate finds quote in source and returns the verdict name and the passage, nil when
	// none.
	locate func(quote, source, lang string) (verdict string, passage *gold.Span)
}

// loadGold reads the articles of one -gold argument in the format cfg.format says, or the one
// its name shows: .jsonl, .ann (or a folder holding .ann files), .json (or a folder holding
// them). At most cfg.limit articles when it is set.
func loadGold(path string, cfg config) ([]gold.Article, error) {
	format, err := detectFormat(path, cfg.format)
	if err != nil {
		return nil, err
	}
	var out []gold.Article
	switch format {
	case "jsonl":
		out, err = readJSONLs(path, cfg.limit)
	case "brat":
		out, err = loadEach(path, ".ann", cfg.limit, func(p string) (gold.Article, error) { return gold.LoadBRAT(p, cfg.lang) })
	case "wikinews":
		out, err = loadEach(path, ".json", cfg.limit, gold.LoadWikinews)
	}
	if err != nil {
		if format == "jsonl" && strings.Contains(filepath.Base(path), "verify") {
			return nil, fmt.Errorf("%s: %w (verification cases are read with -verify)", path, err)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

func detectFormat(path, format string) (string, error) {
	if format != "auto" {
		return format, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if fi.IsDir() {
		for _, f := range []struct{ ext, name string }{{".ann", "brat"}, {".json", "wikinews"}, {".jsonl", "jsonl"}} {
			if m, _ := filesWith(path, f.ext); len(m) > 0 {
				return f.name, nil
			}
		}
		return "", fmt.Errorf("%s: no .ann, .json or .jsonl file in the folder", path)
	}
	switch filepath.Ext(path) {
	case ".jsonl":
		return "jsonl", nil
	case ".ann":
		return "brat", nil
	case ".json":
		return "wikinews", nil
	}
	return "", fmt.Errorf("%s: cannot tell the format from the name; give -format", path)
}

// readJSONLs reads path, or every .jsonl file of the folder path in sorted order.
func readJSONLs(path string, limit int) ([]gold.Article, error) {
	fi, err := os.Stat(path)
	if err != nil || !fi.IsDir() {
		return readJSONL(path, limit)
	}
	files, err := filesWith(path, ".jsonl")
	var out []gold.Article
	for _, f := range files {
		if err != nil || (limit > 0 && len(out) >= limit) {
			break
		}
		var as []gold.Article
		as, err = readJSONL(f, limit-len(out))
		out = append(out, as...)
	}
	return out, err
}

func readJSONL(path string, limit int) ([]gold.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []gold.Article
	for a, err := range gold.NewReader(f).All() {
		if err != nil {
			return nil, err
		}
		if out = append(out, a); limit > 0 && len(out) == limit {
			break
		}
	}
	return out, nil
}

// loadEach loads path itself, or every file of the folder path whose name ends in ext
// (recursively, in sorted order).
func loadEach(path, ext string, limit int, load func(string) (gold.Article, error)) ([]gold.Article, error) {
	files := []string{path}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		if files, err = filesWith(path, ext); err != nil {
			return nil, err
		}
	}
	var out []gold.Article
	for _, f := range files {
		a, err := load(f)
		if err != nil {
			return nil, err
		}
		if out = append(out, a); limit > 0 && len(out) == limit {
			break
		}
	}
	return out, nil
}

func filesWith(dir, ext string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
			out = append(out, p)
		}
		return err
	})
	slices.Sort(out)
	return out, err
}
