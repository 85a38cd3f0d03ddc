package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/gold"
)

func editSummary(q, src string, m Match) string {
	var parts []string
	for _, e := range m.Edits {
		parts = append(parts, fmt.Sprintf("%s{%q->%q}", e.Kind, src[e.Source.Start:e.Source.End], q[e.Quote.Start:e.Quote.End]))
	}
	return strings.Join(parts, " ")
}

// TestVerifyBASIL locates every case of corpus/dev/verify-basil.jsonl and scores the verdicts
// and passages with internal/gold (the rules of dev/VERIFY-README.md).
func TestVerifyBASIL(t *testing.T) {
	f, err := os.Open(corpus.Path(t, "dev", "verify-basil.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := gold.ReadCases(f)
	if err != nil {
		t.Fatal(err)
	}
	preds := make([]gold.VerifyPrediction, len(cases))
	for i, c := range cases {
		m := LocateText(c.Quote, c.SourceText, Options{})
		preds[i] = gold.VerifyPrediction{ID: c.ID, Verdict: m.Verdict.String()}
		if m.Verdict != NotFound && m.Verdict != Unverifiable {
			preds[i].SourceStart, preds[i].SourceEnd = &m.Source.Start, &m.Source.End
		}
		if testing.Verbose() && preds[i].Verdict != c.Label {
			t.Logf("%s want %s got %s sim %.2f edits %v | %s", c.ID, c.Label, m.Verdict, m.Similarity, editSummary(c.Quote, c.SourceText, m), c.Notes)
		}
	}
	r := gold.ScoreVerify(cases, preds)
	t.Logf("verify-basil: %d cases; binary accuracy %.3f, verdict accuracy %.3f, location accuracy %.3f (%d/%d)",
		r.Cases, r.Binary, r.Accuracy, r.Location, r.Located, r.Locatable)
	for g, row := range r.Confusion {
		for p, n := range row {
			if g != p {
				t.Logf("  gold %-16s predicted %-16s %d", g, p, n)
			}
		}
	}
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"binary accuracy", r.Binary, 0.97},
		{"verdict accuracy", r.Accuracy, 0.95},
		{"location accuracy", r.Location, 0.98},
	} {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, want at least %.3f", f.name, f.got, f.floor)
		}
	}
}
