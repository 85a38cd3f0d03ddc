package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
)

// conformanceCase is one case of testdata/compare/*.json (see its README.md).
type conformanceCase struct {
	Name       string   `json:"name"`
	Reason     string   `json:"reason"`
	Lang       string   `json:"lang"`
	Quote      string   `json:"quote"`
	Source     *string  `json:"source"`
	Page       *string  `json:"page"`
	Incomplete bool     `json:"incomplete"`
	Verdict    string   `json:"verdict"`
	Passage    string   `json:"passage"`
	InPage     bool     `json:"in_page"`
	Flags      []string `json:"flags"`
}

func loadConformance(tb testing.TB) []conformanceCase {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "compare", "*.json"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no conformance files: %v", err)
	}
	var all []conformanceCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var cs []conformanceCase
		if err := json.Unmarshal(b, &cs); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		all = append(all, cs...)
	}
	return all
}

func (c conformanceCase) article() *article.Article {
	if c.Source == nil {
		return nil
	}
	a := &article.Article{Text: *c.Source, PageText: *c.Source}
	if c.Page != nil {
		a.PageText = *c.Page
	}
	return a
}

type conformanceResult struct {
	Verdict string
	Passage string
	InPage  bool
	Flags   []string
}

func TestConformance(t *testing.T) {
	cases := loadConformance(t)
	if len(cases) < 60 {
		t.Errorf("conformance corpus has %d cases, want at least 60", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if seen[c.Name] {
				t.Fatalf("duplicate case name %q", c.Name)
			}
			seen[c.Name] = true
			a := c.article()
			m := Locate(c.Quote, a, Options{Incomplete: c.Incomplete})
			got := conformanceResult{Verdict: m.Verdict.String(), InPage: m.InPageText, Flags: m.Flags.Names()}
			if a != nil && m.Source.End > 0 {
				text := a.Text
				if m.InPageText {
					text = a.PageText
				}
				got.Passage = text[m.Source.Start:m.Source.End]
			}
			want := conformanceResult{Verdict: c.Verdict, Passage: c.Passage, InPage: c.InPage, Flags: c.Flags}
			if c.Flags == nil {
				want.Flags = got.Flags // the case does not check flags
			}
			if diff := cmp.Diff(want, got, cmpEmptyAsNil); diff != "" {
				t.Errorf("%s (%s)\nquote %q\n(-want +got):\n%s", c.Name, c.Reason, c.Quote, diff)
			}
			checkMatch(t, c.Quote, a, m)
		})
	}
}

var cmpEmptyAsNil = cmp.FilterValues(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 }, cmp.Ignore())

// checkMatch asserts the invariants every Match keeps: spans inside both texts, similarity
// and WER in range.
func checkMatch(t *testing.T, quote string, a *article.Article, m Match) {
	t.Helper()
	src := ""
	if a != nil {
		src = a.Text
		if m.InPageText {
			src = a.PageText
		}
	}
	inside := func(what string, sp article.Span, n int) {
		if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
			t.Fatalf("%s span %v outside [0, %d]", what, sp, n)
		}
	}
	inside("source", m.Source, len(src))
	inside("quote", m.Quote, len(quote))
	for _, d := range m.Diff {
		inside("diff source", d.Source, len(src))
		inside("diff quote", d.Quote, len(quote))
	}
	for _, e := range m.Edits {
		inside("edit source", e.Source, len(src))
		inside("edit quote", e.Quote, len(quote))
	}
	if m.Similarity < 0 || m.Similarity > 1 || m.WER < 0 {
		t.Fatalf("similarity %v, WER %v out of range", m.Similarity, m.WER)
	}
}
