package gold

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func ip(i int) *int { return &i }

func TestScoreVerify(t *testing.T) {
	cases := []Case{
		{ID: "a", Label: "exact", SourceStart: ip(10), SourceEnd: ip(40)},
		{ID: "b", Label: "altered", SourceStart: ip(0), SourceEnd: ip(30)},
		{ID: "c", Label: "not-found"},
		{ID: "d", Label: "elided", SourceStart: ip(5), SourceEnd: ip(9)},
	}
	preds := []VerifyPrediction{
		{ID: "a", Verdict: "exact", SourceStart: ip(10), SourceEnd: ip(40)},
		{ID: "b", Verdict: "exact", SourceStart: ip(20), SourceEnd: ip(60)}, // overlap 10 of 30: not located
		{ID: "c", Verdict: "not-found"},
		{ID: "zz", Verdict: "exact"}, // unknown id: ignored; "d" has no prediction
	}
	got := ScoreVerify(cases, preds)
	// By hand: right on a and c (2/4); binary right on a and c (b is unfaithful called
	// faithful, d is missing); located: a only, of a, b, d (1/3). Per label: exact P 1/2 R 1
	// F1 2/3; not-found F1 1; altered and elided 0; macro-F1 over these four present labels
	// (2/3 + 1) / 4.
	want := VerifyResult{
		Cases: 4, Correct: 2, Accuracy: 0.5, Binary: 0.5, Located: 1, Locatable: 3, Location: 1.0 / 3,
		MacroF1: (2.0/3 + 1) / 4,
		ByLabel: map[string]Counts{
			"exact":     {Gold: 1, Pred: 2, Matched: 1},
			"altered":   {Gold: 1},
			"not-found": {Gold: 1, Pred: 1, Matched: 1},
			"elided":    {Gold: 1},
		},
		Confusion: map[string]map[string]int{
			"exact": {"exact": 1}, "altered": {"exact": 1}, "not-found": {"not-found": 1}, "elided": {"": 1},
		},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("ScoreVerify (-want +got):\n%s", diff)
	}
	if f := got.ByLabel["exact"].F1(); math.Abs(f-2.0/3) > 1e-12 {
		t.Errorf("exact F1 = %v, want 2/3", f)
	}
	wantLabels := append(append([]string{}, VerifyLabels...), "")
	if diff := cmp.Diff(wantLabels, got.Labels()); diff != "" {
		t.Errorf("Labels (-want +got):\n%s", diff)
	}
}

func TestReadCases(t *testing.T) {
	in := `{"id":"x","lang":"en","quote":"a b","source_text":"x a b","label":"exact","source_start":2,"source_end":5}` + "\n\n" +
		`{"id":"y","lang":"en","quote":"q","source_text":"s","label":"not-found","source_start":null,"source_end":null}` + "\n"
	got, err := ReadCases(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Case{
		{ID: "x", Lang: "en", Quote: "a b", SourceText: "x a b", Label: "exact", SourceStart: ip(2), SourceEnd: ip(5)},
		{ID: "y", Lang: "en", Quote: "q", SourceText: "s", Label: "not-found"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadCases (-want +got):\n%s", diff)
	}
	_, err = ReadCases(strings.NewReader(`{"id":"z","label":"exact","source_text":"ab","source_start":1,"source_end":7}`))
	if !errors.Is(err, ErrSyntax) {
		t.Errorf("passage outside the text: error %v, want ErrSyntax", err)
	}
	// A FORMAT.md article read as a case has no label.
	_, err = ReadCases(strings.NewReader(`{"id":"a","lang":"en","text":"x","quotes":[]}`))
	if !errors.Is(err, ErrSyntax) {
		t.Errorf("case without a label: error %v, want ErrSyntax", err)
	}
}
