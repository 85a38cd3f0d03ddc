package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/quotecheck/quotecheck/internal/gold"
)

const testdata = "../../testdata/eval"

// echo predicts exactly the gold annotations.
var echo = engine{predict: func(g *gold.Article) gold.Article { return *g }}

// directOnly predicts the gold direct quotes only, with the gold speaker span but the
// reference written differently ("Mr PAUL MARTIN") or dropped.
var directOnly = engine{predict: func(g *gold.Article) gold.Article {
	p := gold.Article{ID: g.ID, Lang: g.Lang, Text: g.Text}
	for _, q := range g.Quotes {
		if q.Kind != gold.KindDirect {
			continue
		}
		q.Reference = ""
		if strings.Contains(q.Text, "avançons") {
			q.Reference = "Mr PAUL MARTIN"
		}
		p.Quotes = append(p.Quotes, q)
	}
	return p
}}

// substring locates a quote only when it occurs verbatim.
var substring = engine{locate: func(quote, source, _ string) (string, *gold.Span) {
	i := strings.Index(source, quote)
	if i < 0 {
		return "not-found", nil
	}
	s := gold.NewSpan(source, i, i+len(quote))
	return "exact", &s
}}

func runOK(t *testing.T, lib engine, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb, lib); code != 0 {
		t.Fatalf("run %v: exit %d, stderr %s", args, code, errb.String())
	}
	return out.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no gold", nil},
		{"unknown flag", []string{"-nope"}},
		{"missing file", []string{"-gold", filepath.Join(t.TempDir(), "absent.jsonl")}},
		{"json and markdown", []string{"-gold", "x.jsonl", "-json", "-markdown"}},
		{"stray argument", []string{"-gold", "x.jsonl", "extra"}},
		{"unknown format", []string{"-gold", "x", "-format", "xml"}},
		{"unknown extension", []string{"-gold", "main.go"}},
		{"verify on gold articles", []string{"-verify", "-gold", filepath.Join(testdata, "small.jsonl")}},
		{"gold on verify cases", []string{"-gold", filepath.Join(testdata, "verify-small.jsonl")}},
		{"bad gold line", []string{"-gold", writeFile(t, "bad.jsonl", "{\"id\":\"a\",\"text\":\"ab\",\"quotes\":[{\"start\":0,\"end\":9}]}\n")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run(tt.args, &out, &errb, echo); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if errb.Len() == 0 {
				t.Error("no reason on stderr")
			}
		})
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// figures is what the tests check of a JSON report: per file, at 0.3, all-quote counts and
// speaker counts.
type figures struct {
	File     string
	Articles int
	All      gold.Counts
	Speaker  gold.SpeakerCounts
}

func decodeFigures(t *testing.T, out string) []figures {
	t.Helper()
	var rep struct {
		Files []struct {
			File     string `json:"file"`
			Articles int    `json:"articles"`
			Score    struct {
				Levels []struct {
					Level string `json:"level"`
					All   struct{ Gold, Pred, Matched int }
					Speak struct{ Matched, Correct int } `json:"speaker"`
				} `json:"levels"`
			} `json:"score"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	var got []figures
	for _, f := range rep.Files {
		l := f.Score.Levels[0]
		if l.Level != "0.3" {
			t.Fatalf("first level %q, want 0.3", l.Level)
		}
		got = append(got, figures{f.File, f.Articles, gold.Counts(l.All), gold.SpeakerCounts(l.Speak)})
	}
	return got
}

func TestExtractFigures(t *testing.T) {
	small := filepath.Join(testdata, "small.jsonl")
	brat := filepath.Join(testdata, "polnear/attributions")
	wiki := filepath.Join(testdata, "wikinews")
	tests := []struct {
		name string
		lib  engine
		args []string
		want []figures
	}{
		{"perfect", echo, []string{"-gold", small}, []figures{{"small.jsonl", 2, gold.Counts{Gold: 5, Pred: 5, Matched: 5}, gold.SpeakerCounts{Matched: 5, Correct: 5}}}},
		// 3 direct of 5: P 1, R 0.6. Speakers: "Mr PAUL MARTIN" = "Paul Martin"; "she" with no
		// predicted reference overlaps the gold span; the floating quote has neither: 2 of 3.
		{"direct only", directOnly, []string{"-gold", small}, []figures{{"small.jsonl", 2, gold.Counts{Gold: 5, Pred: 3, Matched: 3}, gold.SpeakerCounts{Matched: 3, Correct: 2}}}},
		{"brat and wikinews folders", echo, []string{"-gold", brat, "-gold", wiki}, []figures{
			{"attributions", 1, gold.Counts{Gold: 4, Pred: 4, Matched: 4}, gold.SpeakerCounts{Matched: 4, Correct: 4}},
			{"wikinews", 1, gold.Counts{Gold: 3, Pred: 3, Matched: 3}, gold.SpeakerCounts{Matched: 3, Correct: 3}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeFigures(t, runOK(t, tt.lib, append(tt.args, "-json")...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("figures (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPredRoundTrip writes predictions with -pred and scores them again with -score: the
// figures must not change, and the file must be valid FORMAT.md JSON Lines.
func TestPredRoundTrip(t *testing.T) {
	small := filepath.Join(testdata, "small.jsonl")
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	first := decodeFigures(t, runOK(t, directOnly, "-gold", small, "-pred", pred, "-json"))
	again := decodeFigures(t, runOK(t, engine{}, "-gold", small, "-score", pred, "-json"))
	if diff := cmp.Diff(first, again); diff != "" {
		t.Errorf("-score of the -pred file differs (-run +score):\n%s", diff)
	}
	f, err := os.Open(pred)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, err := gold.ReadAll(f)
	if err != nil || len(as) != 2 {
		t.Fatalf("reading predictions: %d articles, %v", len(as), err)
	}
	for _, a := range as {
		if m := a.Mismatches(); len(m) > 0 {
			t.Errorf("%s: span texts differ: %v", a.ID, m)
		}
	}
}

func TestTextAndMarkdown(t *testing.T) {
	small := filepath.Join(testdata, "small.jsonl")
	text := runOK(t, directOnly, "-gold", small, "-errors", "1")
	for _, want := range []string{"1.000 0.600 0.750", "Worst misses", "⟦the plan was ready⟧", "Per kind",
		"Wrong speakers", "gold no mention (Luc Dupont), predicted no mention"} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	md := runOK(t, directOnly, "-gold", small, "-markdown")
	for _, want := range []string{"| small.jsonl | 2 | 5 | 3 | 1.000 0.600 0.750 |", "| 0.000 0.000 0.000 (1) |", "go run ./examples/eval", "Commit `"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown output lacks %q:\n%s", want, md)
		}
	}
}

func TestVerify(t *testing.T) {
	cases := filepath.Join(testdata, "verify-small.jsonl")
	pred := filepath.Join(t.TempDir(), "verify-pred.jsonl")
	out := runOK(t, substring, "-verify", "-gold", cases, "-pred", pred, "-json")
	var rep struct{ Files []verifyFile }
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	// v1 exact and found; v2 (altered) called not-found: wrong, but unfaithful both ways;
	// v3 not-found right. Located: v1 of v1, v2.
	got := rep.Files[0].Score
	want := gold.VerifyResult{Cases: 3, Correct: 2, Accuracy: 2.0 / 3, Binary: 1, Located: 1, Locatable: 2, Location: 0.5}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(gold.VerifyResult{}, "ByLabel", "Confusion", "MacroF1"),
		cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("verify score (-want +got):\n%s", diff)
	}
	again := runOK(t, engine{}, "-verify", "-gold", cases, "-score", pred, "-json")
	if again != out {
		// Seconds and bytes differ between a run and a -score; compare the scores only.
		var rep2 struct{ Files []verifyFile }
		json.Unmarshal([]byte(again), &rep2)
		if diff := cmp.Diff(got, rep2.Files[0].Score); diff != "" {
			t.Errorf("-score of the -pred file differs (-run +score):\n%s", diff)
		}
	}
	text := runOK(t, substring, "-verify", "-gold", cases, "-errors", "5")
	for _, want := range []string{"Confusion matrix", "altered", "v2: altered, predicted not-found"} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("é", 60) + "QUOTE" + "\n" + strings.Repeat("x", 100)
	i := strings.Index(long, "QUOTE")
	got := excerpt(long, i, i+5)
	want := "…" + strings.Repeat("é", 40) + "⟦QUOTE⟧⏎" + strings.Repeat("x", 79) + "…"
	if got != want {
		t.Errorf("excerpt =\n%q\nwant\n%q", got, want)
	}
	if got := excerpt("ab", 5, -1); got != "ab⟦⟧" {
		t.Errorf("excerpt out of range = %q, want %q", got, "ab⟦⟧")
	}
}

func TestLangRows(t *testing.T) {
	out := runOK(t, directOnly, "-gold", filepath.Join(testdata, "small.jsonl"), "-json")
	var rep extractReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	type row struct {
		File           string
		Articles, Gold int
		Pred           int
	}
	var got []row
	for _, f := range rep.Langs {
		c := f.Score.At(gold.Loose).All
		got = append(got, row{f.File, f.Articles, c.Gold, c.Pred})
	}
	// Article 1 (en): 3 gold quotes, 2 direct predicted; article 2 (fr): 2 gold, 1 direct.
	want := []row{{"lang en", 1, 3, 2}, {"lang fr", 1, 2, 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows per language (-want +got):\n%s", diff)
	}
}

func TestLimit(t *testing.T) {
	got := decodeFigures(t, runOK(t, echo, "-gold", filepath.Join(testdata, "small.jsonl"), "-limit", "1", "-json"))
	want := []figures{{"small.jsonl", 1, gold.Counts{Gold: 3, Pred: 3, Matched: 3}, gold.SpeakerCounts{Matched: 3, Correct: 3}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-limit 1 (-want +got):\n%s", diff)
	}
}
