package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/quotecheck/quotecheck/internal/gold"
)

// verifyFile is the verification score of one -gold file. The JSON form is stable.
type verifyFile struct {
	File    string            `json:"file"`
	Seconds float64           `json:"seconds"` // time spent locating; 0 with -score
	Bytes   int               `json:"bytes"`   // quote and source bytes run through the library
	Score   gold.VerifyResult `json:"score"`
	Wrong   []wrongVerdict    `json:"wrong,omitempty"`
}

// wrongVerdict is a case whose predicted verdict differs from the label (for -errors).
type wrongVerdict struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Verdict string `json:"verdict"`
	Quote   string `json:"quote"`
	Notes   string `json:"notes,omitempty"`
}

func runVerify(cfg config, stdout io.Writer, lib engine) error {
	var preds []gold.VerifyPrediction
	if cfg.score != "" {
		var err error
		if preds, err = readVerifyPredictions(cfg.score); err != nil {
			return err
		}
	}
	out, closeOut, err := predWriter(cfg.pred)
	if err != nil {
		return err
	}
	var files []verifyFile
	for _, path := range cfg.gold {
		vf, err := verifyOne(path, cfg, lib, preds, out)
		if err != nil {
			closeOut()
			return err
		}
		files = append(files, vf)
	}
	if err := closeOut(); err != nil {
		return err
	}
	switch {
	case cfg.json:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Files []verifyFile `json:"files"`
		}{files})
	case cfg.markdown:
		fmt.Fprintf(stdout, "## Quote verification\n\nCommit `%s`; command:\n\n```\n%s\n```\n\n", commit(), command())
	}
	for _, vf := range files {
		writeVerify(stdout, vf, cfg.markdown)
	}
	return nil
}

func verifyOne(path string, cfg config, lib engine, preds []gold.VerifyPrediction, out *json.Encoder) (verifyFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return verifyFile{}, err
	}
	cases, err := gold.ReadCases(f)
	f.Close()
	if err != nil {
		return verifyFile{}, fmt.Errorf("%s: %w", path, err)
	}
	if cfg.limit > 0 && len(cases) > cfg.limit {
		cases = cases[:cfg.limit]
	}
	vf := verifyFile{File: filepath.Base(path)}
	if preds == nil {
		lib.locate("warm up", "A warm-up call, not timed.", "en")
		var spent time.Duration
		for _, c := range cases {
			start := time.Now()
			verdict, passage := lib.locate(c.Quote, c.SourceText, c.Lang)
			spent += time.Since(start)
			vf.Bytes += len(c.Quote) + len(c.SourceText)
			p := gold.VerifyPrediction{ID: c.ID, Verdict: verdict}
			if passage != nil {
				p.SourceStart, p.SourceEnd = &passage.Start, &passage.End
			}
			preds = append(preds, p)
		}
		vf.Seconds = spent.Seconds()
		if out != nil {
			for _, p := range preds {
				if err := out.Encode(p); err != nil {
					return vf, fmt.Errorf("writing predictions: %w", err)
				}
			}
		}
	}
	vf.Score = gold.ScoreVerify(cases, preds)
	vf.Wrong = wrongVerdicts(cases, preds, cfg.errors)
	return vf, nil
}

func wrongVerdicts(cases []gold.Case, preds []gold.VerifyPrediction, n int) []wrongVerdict {
	byID := map[string]string{}
	for _, p := range preds {
		byID[p.ID] = p.Verdict
	}
	var out []wrongVerdict
	for _, c := range cases {
		if v := byID[c.ID]; v != c.Label && len(out) < n {
			out = append(out, wrongVerdict{ID: c.ID, Label: c.Label, Verdict: v, Quote: c.Quote, Notes: c.Notes})
		}
	}
	return out
}

func readVerifyPredictions(path string) ([]gold.VerifyPrediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []gold.VerifyPrediction
	dec := json.NewDecoder(f)
	for dec.More() {
		var p gold.VerifyPrediction
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func writeVerify(w io.Writer, vf verifyFile, md bool) {
	r := vf.Score
	head := func(s string) {
		if md {
			fmt.Fprintf(w, "\n### %s\n\n", s)
		} else {
			fmt.Fprintf(w, "\n%s\n", s)
		}
	}
	emit := func(t table) {
		if md {
			t.markdown(w)
		} else {
			t.text(w)
		}
	}
	head(vf.File)
	cps := "-"
	if vf.Seconds > 0 {
		cps = fmt.Sprintf("%.1f cases/s, %.2f MB/s", float64(r.Cases)/vf.Seconds, float64(vf.Bytes)/1e6/vf.Seconds)
	}
	emit(table{{"cases", "accuracy", "macro-F1", "faithful/unfaithful accuracy", "passage located", "throughput"},
		{fmt.Sprint(r.Cases), fmt.Sprintf("%.3f", r.Accuracy), fmt.Sprintf("%.3f", r.MacroF1),
			fmt.Sprintf("%.3f", r.Binary), fmt.Sprintf("%.3f (%d of %d)", r.Location, r.Located, r.Locatable), cps}})
	head("Per verdict")
	t := table{{"verdict", "gold", "pred", "precision", "recall", "F1"}}
	labels := r.Labels()
	for _, l := range labels {
		c := r.ByLabel[l]
		if l == "" {
			continue
		}
		t = append(t, []string{l, fmt.Sprint(c.Gold), fmt.Sprint(c.Pred),
			fmt.Sprintf("%.3f", c.Precision()), fmt.Sprintf("%.3f", c.Recall()), fmt.Sprintf("%.3f", c.F1())})
	}
	emit(t)
	head("Confusion matrix (rows: gold label, columns: predicted verdict)")
	hdr := []string{"gold \\ predicted"}
	for _, l := range labels {
		hdr = append(hdr, labelName(l))
	}
	t = table{hdr}
	for _, g := range labels {
		if r.ByLabel[g].Gold == 0 {
			continue
		}
		row := []string{g}
		for _, p := range labels {
			row = append(row, fmt.Sprint(r.Confusion[g][p]))
		}
		t = append(t, row)
	}
	emit(t)
	if len(vf.Wrong) > 0 {
		head("Wrong verdicts")
		for _, c := range vf.Wrong {
			fmt.Fprintf(w, "- %s: %s, predicted %s: %q %s\n", c.ID, c.Label, labelName(c.Verdict), c.Quote, c.Notes)
		}
	}
}

func labelName(l string) string {
	if l == "" {
		return "(none)"
	}
	return l
}
