package gold

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// Verdict labels of the verification cases (../shared/corpus/dev/VERIFY-README.md), most severe first.
var VerifyLabels = []string{"not-found", "meaning-changed", "altered", "elided", "equivalent", "exact"}

// faithful are the labels the coarse binary score counts as faithful.
var faithful = map[string]bool{"exact": true, "equivalent": true, "elided": true}

// Case is one verification case: a quote as printed, the text of its source, and the verdict
// a careful reader gives. SourceStart and SourceEnd are UTF-8 byte offsets into SourceText
// (end exclusive) of the matching passage, nil for not-found.
type Case struct {
	ID          string `json:"id"`
	Lang        string `json:"lang"`
	Quote       string `json:"quote"`
	SourceText  string `json:"source_text"`
	Label       string `json:"label"`
	SourceStart *int   `json:"source_start"`
	SourceEnd   *int   `json:"source_end"`
	Origin      string `json:"origin,omitempty"`
	Notes       string `json:"notes,omitempty"`
}

// VerifyPrediction is one line of a verification prediction file:
// {"id","verdict","source_start","source_end"}, offsets nil when no passage was found.
type VerifyPrediction struct {
	ID          string `json:"id"`
	Verdict     string `json:"verdict"`
	SourceStart *int   `json:"source_start"`
	SourceEnd   *int   `json:"source_end"`
}

// ReadCases reads verification cases, one JSON object per line (blank lines skipped). A line
// that does not decode, lacks an id or a label, or whose passage lies outside its source
// text, is an error wrapping
// [ErrSyntax] with its line number.
func ReadCases(r io.Reader) ([]Case, error) {
	rd := NewReader(r)
	var out []Case
	for {
		line, err := rd.readLine()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		rd.line++
		var c Case
		if len(trimBytes(line)) == 0 {
			continue
		}
		if err := json.Unmarshal(line, &c); err != nil {
			return out, fmt.Errorf("%w %d: %v", ErrSyntax, rd.line, err)
		}
		if c.ID == "" || c.Label == "" {
			return out, fmt.Errorf("%w %d: a case needs an \"id\" and a \"label\"", ErrSyntax, rd.line)
		}
		if c.SourceStart != nil && c.SourceEnd != nil &&
			(*c.SourceStart < 0 || *c.SourceEnd < *c.SourceStart || *c.SourceEnd > len(c.SourceText)) {
			return out, fmt.Errorf("%w %d (%s): passage outside the source text", ErrSyntax, rd.line, c.ID)
		}
		out = append(out, c)
	}
}

func trimBytes(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}

// VerifyResult is the score of verification predictions as VERIFY-README.md defines it.
// Confusion[gold][predicted] counts cases; a missing prediction is predicted "" (wrong).
// Location counts cases with a gold passage and those whose predicted passage overlaps it by
// at least half of the gold passage's length. The JSON form is stable.
type VerifyResult struct {
	Cases     int                       `json:"cases"`
	Correct   int                       `json:"correct"`
	Accuracy  float64                   `json:"accuracy"`
	ByLabel   map[string]Counts         `json:"by_label"`
	MacroF1   float64                   `json:"macro_f1"`
	Binary    float64                   `json:"binary_accuracy"`
	Located   int                       `json:"located"`
	Locatable int                       `json:"locatable"`
	Location  float64                   `json:"location_accuracy"`
	Confusion map[string]map[string]int `json:"confusion"`
}

// ScoreVerify scores preds against cases by id. Per label, Counts.Gold is the cases with that
// label, Pred the predictions of it, Matched the agreements; macro-F1 averages F1 over
// the [VerifyLabels] present in the cases or the predictions (a label absent from both has no
// F1 and would only pull the mean down). The binary score counts agreement on faithful (exact, equivalent, elided)
// against unfaithful. Predictions for unknown ids are ignored.
func ScoreVerify(cases []Case, preds []VerifyPrediction) VerifyResult {
	byID := make(map[string]VerifyPrediction, len(preds))
	for _, p := range preds {
		byID[p.ID] = p
	}
	r := VerifyResult{ByLabel: map[string]Counts{}, Confusion: map[string]map[string]int{}}
	binary := 0
	for _, c := range cases {
		p, ok := byID[c.ID]
		if !ok {
			p = VerifyPrediction{ID: c.ID}
		}
		r.Cases++
		r.count(c.Label, p.Verdict)
		if p.Verdict != "" && faithful[c.Label] == faithful[p.Verdict] {
			binary++
		}
		if c.SourceStart != nil && c.SourceEnd != nil {
			r.Locatable++
			if located(c, p) {
				r.Located++
			}
		}
	}
	r.Accuracy, r.Binary, r.Location = ratio(r.Correct, r.Cases), ratio(binary, r.Cases), ratio(r.Located, r.Locatable)
	present := 0
	for _, l := range VerifyLabels {
		if c := r.ByLabel[l]; c.Gold > 0 || c.Pred > 0 {
			r.MacroF1 += c.F1()
			present++
		}
	}
	if present > 0 {
		r.MacroF1 /= float64(present)
	}
	return r
}

func (r *VerifyResult) count(gold, pred string) {
	if r.Confusion[gold] == nil {
		r.Confusion[gold] = map[string]int{}
	}
	r.Confusion[gold][pred]++
	g := r.ByLabel[gold]
	g.Gold++
	if gold == pred {
		g.Matched++
		r.Correct++
	}
	r.ByLabel[gold] = g
	if pred != "" {
		p := r.ByLabel[pred]
		p.Pred++
		r.ByLabel[pred] = p
	}
}

// located reports whether p's passage overlaps c's by at least half the gold length.
func located(c Case, p VerifyPrediction) bool {
	if p.SourceStart == nil || p.SourceEnd == nil {
		return false
	}
	g := Span{Start: *c.SourceStart, End: *c.SourceEnd}
	ov := overlap(g, Span{Start: *p.SourceStart, End: *p.SourceEnd})
	return ov > 0 && 2*ov >= g.Len()
}

// Labels returns the labels of r in report order: [VerifyLabels], then any others sorted
// (a prediction may use a verdict the cases never have, such as "unverifiable").
func (r VerifyResult) Labels() []string {
	seen := map[string]bool{}
	for g, row := range r.Confusion {
		seen[g] = true
		for p := range row {
			seen[p] = true
		}
	}
	out := slices.Clone(VerifyLabels)
	var rest []string
	for l := range seen {
		if !slices.Contains(out, l) {
			rest = append(rest, l)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}
