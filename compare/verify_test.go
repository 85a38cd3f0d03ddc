package compare

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

// verifyCase is one line of corpus/dev/verify-basil.jsonl (see dev/VERIFY-README.md).
type verifyCase struct {
	ID          string `json:"id"`
	Lang        string `json:"lang"`
	Quote       string `json:"quote"`
	SourceText  string `json:"source_text"`
	Label       string `json:"label"`
	SourceStart *int   `json:"source_start"`
	SourceEnd   *int   `json:"source_end"`
	Notes       string `json:"notes"`
}

func readVerifyCases(tb testing.TB, name string) []verifyCase {
	tb.Helper()
	f, err := os.Open(corpus.Path(tb, "dev", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []verifyCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var c verifyCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// verifyScores are the scores of dev/VERIFY-README.md.
type verifyScores struct {
	n, binary, exact     int
	located, withPassage int
	confusion            map[[2]string]int
	mistakes             []string
}

func scoreVerify(cases []verifyCase) verifyScores {
	s := verifyScores{confusion: map[[2]string]int{}}
	for _, c := range cases {
		m := LocateText(c.Quote, c.SourceText, Options{})
		got := m.Verdict.String()
		s.n++
		s.confusion[[2]string{c.Label, got}]++
		var want Verdict
		if err := want.UnmarshalText([]byte(c.Label)); err != nil {
			continue
		}
		if want.Faithful() == m.Verdict.Faithful() {
			s.binary++
		}
		if got == c.Label {
			s.exact++
		} else {
			s.mistakes = append(s.mistakes, fmt.Sprintf("%s want %s got %s sim %.2f edits %v | %s", c.ID, c.Label, got, m.Similarity, editSummary(c.Quote, c.SourceText, m, m.InPageText), c.Notes))
		}
		if c.SourceStart != nil && c.SourceEnd != nil {
			s.withPassage++
			gs, ge := *c.SourceStart, *c.SourceEnd
			ov := min(ge, m.Source.End) - max(gs, m.Source.Start)
			if m.Verdict != NotFound && m.Verdict != Unverifiable && 2*ov >= ge-gs {
				s.located++
			} else {
				s.mistakes = append(s.mistakes, fmt.Sprintf("%s location want [%d,%d) got %v", c.ID, gs, ge, m.Source))
			}
		}
	}
	return s
}

func editSummary(q, src string, m Match, _ bool) string {
	var parts []string
	for _, e := range m.Edits {
		parts = append(parts, fmt.Sprintf("%s{%q->%q}", e.Kind, src[e.Source.Start:e.Source.End], q[e.Quote.Start:e.Quote.End]))
	}
	return strings.Join(parts, " ")
}

func TestVerifyBASIL(t *testing.T) {
	cases := readVerifyCases(t, "verify-basil.jsonl")
	s := scoreVerify(cases)
	binary := float64(s.binary) / float64(s.n)
	exact := float64(s.exact) / float64(s.n)
	loc := float64(s.located) / float64(s.withPassage)
	t.Logf("verify-basil: %d cases; binary accuracy %.3f, verdict accuracy %.3f, location accuracy %.3f (%d/%d)",
		s.n, binary, exact, loc, s.located, s.withPassage)
	keys := make([][2]string, 0, len(s.confusion))
	for k := range s.confusion {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		if k[0] != k[1] {
			t.Logf("  gold %-16s predicted %-16s %d", k[0], k[1], s.confusion[k])
		}
	}
	if testing.Verbose() {
		for _, m := range s.mistakes {
			t.Log(m)
		}
	}
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"binary accuracy", binary, 0.97},
		{"verdict accuracy", exact, 0.95},
		{"location accuracy", loc, 0.98},
	} {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, want at least %.3f", f.name, f.got, f.floor)
		}
	}
}
