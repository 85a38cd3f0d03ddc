package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/gold"
)

// TestPipelineSeed runs the real library on the seed article's gold text: the predictions must
// keep the text byte for byte, every span must fit it and say what it covers, and kinds must be
// FORMAT.md names.
func TestPipelineSeed(t *testing.T) {
	f, err := os.Open(corpus.Path(t, "dev", "seed-fr.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gs, err := gold.ReadAll(f)
	if err != nil || len(gs) == 0 {
		t.Fatalf("reading the seed: %d articles, %v", len(gs), err)
	}
	p := library.predict(&gs[0])
	if p.Text != gs[0].Text || p.ID != gs[0].ID {
		t.Fatal("prediction does not keep the id and text")
	}
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	if m := p.Mismatches(); len(m) > 0 {
		t.Errorf("span texts differ: %v", m)
	}
	if len(p.Quotes) == 0 {
		t.Error("no quote predicted on the seed article")
	}
	for _, q := range p.Quotes {
		if !slices.Contains([]string{gold.KindDirect, gold.KindIndirect, gold.KindMixed}, q.Kind) {
			t.Errorf("quote %q has kind %q", q.Text, q.Kind)
		}
	}
}

func TestPipelineEmpty(t *testing.T) {
	p := library.predict(&gold.Article{ID: "e", Lang: "fr"})
	if len(p.Quotes) != 0 || len(p.Sources) != 0 {
		t.Errorf("empty text: %d quotes, %d sources; want none", len(p.Quotes), len(p.Sources))
	}
	if v, s := library.locate("", "", "en"); s != nil {
		t.Errorf("empty source: verdict %s with passage %+v, want no passage", v, s)
	}
}

// TestJoinInterrupted: a statement split by its cue is one covering quote for the sets that
// annotate it so (PolNeAR), two quotes for the others.
func TestJoinInterrupted(t *testing.T) {
	text := `"We will not give in," the minister said, "whatever it costs."`
	for _, tt := range []struct {
		id   string
		want int
	}{{"polnear/dev/x", 1}, {"orangesum/parsed/x", 2}} {
		p := library.predict(&gold.Article{ID: tt.id, Lang: "en", Text: text})
		if len(p.Quotes) != tt.want {
			t.Fatalf("%s: %d quotes, want %d: %+v", tt.id, len(p.Quotes), tt.want, p.Quotes)
		}
		if tt.want == 1 && !strings.HasPrefix(p.Quotes[0].Text, "We will") || tt.want == 1 && !strings.HasSuffix(p.Quotes[0].Text, "costs.") {
			t.Errorf("%s: covering span %q, want from the first to the last piece", tt.id, p.Quotes[0].Text)
		}
	}
}
