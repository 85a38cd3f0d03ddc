package attribution

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/gold"
)

// TestSeedSources checks the sources of the seed article against seed-fr.jsonl.
func TestSeedSources(t *testing.T) {
	for _, g := range readGold(t, "seed-fr.jsonl") {
		var got []gold.Mention
		for _, s := range Sources(&article.Article{Text: g.Text}) {
			gs := gold.Mention{Span: gold.NewSpan(g.Text, s.Span.Start, s.Span.End)}
			if s.Via != nil {
				gs.Via = g.Text[s.Via.Span.Start:s.Via.Span.End]
			}
			got = append(got, gs)
		}
		if diff := cmp.Diff(g.Sources, got); diff != "" {
			t.Errorf("Sources (-want +got):\n%s", diff)
		}
	}
}

// TestGoldSources reports precision and recall of source mentions on the French dev set
// (a source matches a gold mention when their spans overlap).
func TestGoldSources(t *testing.T) {
	var tp, np, ng int
	for _, g := range readGold(t, "fr-orangesum.jsonl") {
		got := Sources(&article.Article{Text: g.Text})
		np += len(got)
		ng += len(g.Sources)
		for _, w := range g.Sources {
			for _, s := range got {
				if s.Span.Start < w.End && w.Start < s.Span.End {
					tp++
					break
				}
			}
		}
	}
	p, r := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
	t.Logf("fr-orangesum sources: precision %.3f recall %.3f (%d predicted, %d gold)", p, r, np, ng)
	if r < 0.3 {
		t.Errorf("source recall %.3f below 0.3", r)
	}
}
