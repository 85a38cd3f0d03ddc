package quotes

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
)

// confCase is one case of the language-neutral conformance corpus in testdata/quotes/*.json:
// an input text, optional <q>/<blockquote> elements and every quote expected, with byte spans.
type confCase struct {
	Name     string      `json:"name"`
	Lang     string      `json:"lang"`
	Reason   string      `json:"reason"`
	Text     string      `json:"text"`
	Elements []confElem  `json:"elements"`
	Quotes   []confQuote `json:"quotes"`
}

type confElem struct {
	Start, End int
	Block      bool
	Cite       string
}

type confSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type confQuote struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Text  string    `json:"text"`
	Kind  string    `json:"kind"`
	Cue   *confSpan `json:"cue"`
	Flags []string  `json:"flags"`
	Depth int       `json:"depth"`
	Open  string    `json:"open"`
	Close string    `json:"close"`
	Cite  string    `json:"cite"`
}

// wantFlagNames are the names docs/report.md gives the flags.
var wantFlagNames = []struct {
	f    Flags
	name string
}{{Unclosed, "unclosed"}, {MultiParagraph, "multi-paragraph"}, {Interrupted, "interrupted"},
	{Floating, "floating"}, {Fragment, "fragment"}, {NounPhrase, "noun-phrase"}}

func flagList(f Flags) []string {
	var out []string
	for _, n := range wantFlagNames {
		if f.Has(n.f) {
			out = append(out, n.name)
		}
	}
	return out
}

func TestConformance(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "quotes", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance files: %v", err)
	}
	n := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var cases []confCase
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, c := range cases {
			n++
			t.Run(filepath.Base(file)+"/"+c.Name, func(t *testing.T) { runCase(t, c) })
		}
	}
	if n < 80 {
		t.Errorf("%d conformance cases, want at least 80", n)
	}
}

func runCase(t *testing.T, c confCase) {
	a := &article.Article{Text: c.Text}
	for _, e := range c.Elements {
		el := article.QuoteElement{Span: article.Span{Start: e.Start, End: e.End}, Block: e.Block}
		if e.Cite != "" {
			el.Cite, _ = url.Parse(e.Cite)
		}
		a.Quotes = append(a.Quotes, el)
	}
	got := Extract(a, Options{Lang: c.Lang})
	gotC := make([]confQuote, len(got))
	for i, q := range got {
		g := confQuote{Start: q.Span.Start, End: q.Span.End, Text: a.Text[q.Span.Start:q.Span.End], Kind: q.Kind.String(),
			Flags: flagList(q.Flags), Depth: q.Depth, Cite: q.Cite}
		if q.Cue != nil {
			g.Cue = &confSpan{q.Cue.Span.Start, q.Cue.Span.End, c.Text[q.Cue.Span.Start:q.Cue.Span.End]}
		}
		if i < len(c.Quotes) && c.Quotes[i].Open != "" {
			g.Open, g.Close = q.Open, q.Close
		}
		gotC[i] = g
	}
	want := c.Quotes
	if want == nil {
		want = []confQuote{}
	}
	for i := range want {
		if want[i].Flags == nil {
			want[i].Flags = nil
		}
	}
	if diff := cmp.Diff(want, gotC, cmp.Comparer(func(a, b []string) bool { return cmp.Equal(a, b) || len(a) == 0 && len(b) == 0 })); diff != "" {
		t.Errorf("%s (%s)\n%q\n(-want +got):\n%s", c.Name, c.Reason, c.Text, diff)
	}
}

// TestFlagNames checks Flags.Names and String against the names of docs/report.md.
func TestFlagNames(t *testing.T) {
	all := Flags(0)
	for _, n := range wantFlagNames {
		if got := n.f.Names(); len(got) != 1 || got[0] != n.name {
			t.Errorf("%d.Names() = %q, want [%s]", n.f, got, n.name)
		}
		all |= n.f
	}
	if got, want := all.String(), "unclosed|multi-paragraph|interrupted|floating|fragment|noun-phrase"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := Flags(0).String(); got != "none" {
		t.Errorf("Flags(0).String() = %q, want none", got)
	}
}
