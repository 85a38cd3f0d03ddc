// Command eval measures quotecheck against annotated data.
//
// Extraction: for every article of the gold files it runs quotes.Extract and the attribution
// sieves on the article's text, writes the predictions in the same JSON Lines schema
// (FORMAT.md of the shared corpus, ../shared/corpus/FORMAT.md, not in this repository) and prints precision, recall and F1 at overlap 0.3,
// 0.8 and exact, over all quotes and per kind, with speaker accuracy and throughput:
//
//	go run ./examples/eval -gold FILE.jsonl [-gold …] [-pred OUT.jsonl] [-json|-markdown] [-errors N]
//
// A gold file is FORMAT.md JSON Lines (.jsonl), a BRAT standoff .ann file or a folder of
// them (PolNeAR's layout), or a German WikiNews .json document or a folder of them; -format
// forces one. -score PRED.jsonl scores an existing prediction file instead of running the
// library.
//
// Verification: with -verify, the gold file holds verification cases
// (../shared/corpus/dev/VERIFY-README.md, in the shared corpus); each quote is located in its source_text with
// compare.Locate, predictions {"id","verdict","source_start","source_end"} go to -pred, and
// accuracy, per-verdict precision and recall, macro-F1, the binary faithful score, location
// accuracy and the confusion matrix are printed.
//
// The JSON output (-json) is stable; the text and Markdown layouts are for people.
// Exit status: 0 on success, 2 on a usage or input error, with the reason on stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

//go:generate sh accuracy.sh

// config holds the parsed flags.
type config struct {
	gold     []string
	format   string
	lang     string
	pred     string
	score    string
	json     bool
	markdown bool
	errors   int
	verify   bool
	limit    int
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, library))
}

// run is the whole program; lib is the library under test (fakes in tests).
func run(args []string, stdout, stderr io.Writer, lib engine) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "eval:", err)
		}
		return 2
	}
	if cfg.verify {
		err = runVerify(cfg, stdout, lib)
	} else {
		err = runExtract(cfg, stdout, lib)
	}
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 2
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var((*multi)(&cfg.gold), "gold", "gold `FILE` or folder (repeatable): .jsonl (FORMAT.md), BRAT .ann, WikiNews .json")
	fs.StringVar(&cfg.format, "format", "auto", "gold format: auto, jsonl, brat or wikinews")
	fs.StringVar(&cfg.lang, "lang", "en", "language of BRAT input (other formats carry theirs)")
	fs.StringVar(&cfg.pred, "pred", "", "write predictions to `OUT.jsonl`")
	fs.StringVar(&cfg.score, "score", "", "score the predictions in `PRED.jsonl` instead of running the library")
	fs.BoolVar(&cfg.json, "json", false, "print one JSON object")
	fs.BoolVar(&cfg.markdown, "markdown", false, "print Markdown tables with the commit and command (for docs/accuracy.md)")
	fs.IntVar(&cfg.errors, "errors", 0, "print the `N` worst misses and false alarms with their context")
	fs.BoolVar(&cfg.verify, "verify", false, "score quote verification on VERIFY-README.md cases")
	fs.IntVar(&cfg.limit, "limit", 0, "read at most `N` articles or cases per file (0: all)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: eval -gold FILE [-gold FILE…] [-pred OUT.jsonl] [-json|-markdown] [-errors N] [-verify]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	switch {
	case fs.NArg() > 0:
		return cfg, fmt.Errorf("%w: unexpected argument %q (gold files go after -gold)", errUsage, fs.Arg(0))
	case len(cfg.gold) == 0:
		return cfg, fmt.Errorf("%w: no -gold file (the development sets are in ../shared/corpus/dev, e.g. -gold ../shared/corpus/dev/seed-fr.jsonl; verification cases need -verify)", errUsage)
	case cfg.json && cfg.markdown:
		return cfg, fmt.Errorf("%w: -json and -markdown exclude each other", errUsage)
	case cfg.errors < 0 || cfg.limit < 0:
		return cfg, fmt.Errorf("%w: -errors and -limit take a count ≥ 0", errUsage)
	case !strings.Contains(" auto jsonl brat wikinews ", " "+cfg.format+" "):
		return cfg, fmt.Errorf("%w: unknown -format %q", errUsage, cfg.format)
	}
	return cfg, nil
}
