package attribution

import (
	"os"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/gold"
	"github.com/quotecheck/quotecheck/quotes"
)

// readGold reads a development set of the corpus (corpus/FORMAT.md).
func readGold(tb testing.TB, name string) []gold.Article {
	tb.Helper()
	f, err := os.Open(corpus.Path(tb, "dev", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	docs, err := gold.ReadAll(f)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return docs
}

var kinds = map[string]quotes.Kind{"direct": quotes.Direct, "indirect": quotes.Indirect, "mixed": quotes.Mixed}

// goldQuotes turns the gold quotes into quotes.Quote values with their gold cues, so the
// speaker sieves can be measured apart from extraction.
func goldQuotes(g gold.Article) []quotes.Quote {
	qs := make([]quotes.Quote, len(g.Quotes))
	for i, q := range g.Quotes {
		qs[i] = quotes.Quote{Span: article.Span{Start: q.Start, End: q.End}, Kind: kinds[q.Kind], Next: -1, Prev: -1}
		if q.Cue != nil {
			qs[i].Cue = &quotes.Cue{Span: article.Span{Start: q.Cue.Start, End: q.Cue.End}}
		}
	}
	return qs
}

// speakerCorrect applies the speaker rule of corpus/FORMAT.md (gold.SpeakerCorrect) to the
// attribution of one gold quote.
func speakerCorrect(text string, g gold.Quote, at Attribution) bool {
	var p gold.Quote
	if at.Speaker != nil {
		sp := gold.NewSpan(text, at.Mention.Start, at.Mention.End)
		p.Speaker, p.Reference = &sp, at.Reference()
	}
	return gold.SpeakerCorrect(g, p)
}

type tally struct{ ok, n int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.ok) / float64(t.n)
}

// TestGoldSpeakers measures speaker accuracy on the gold quotes of the dev sets (gold spans
// and cues in, speakers out). It reports the figures and fails below the floors, which are
// regression guards set just under the measured figures.
func TestGoldSpeakers(t *testing.T) {
	for _, tc := range []struct {
		file  string
		floor float64
	}{
		{"seed-fr.jsonl", 1},
		{"fr-orangesum.jsonl", 0.90},
		{"polnear-train.jsonl", 0.90},
		{"polnear-dev.jsonl", 0.91},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var all tally
			for _, g := range readGold(t, tc.file) {
				a := &article.Article{Text: g.Text}
				ats := Speakers(a, goldQuotes(g), Options{})
				for i, q := range g.Quotes {
					all.n++
					if speakerCorrect(g.Text, q, ats[i]) {
						all.ok++
					}
				}
			}
			t.Logf("%s: speaker accuracy %.3f (%d/%d)", tc.file, all.rate(), all.ok, all.n)
			if all.rate() < tc.floor {
				t.Errorf("speaker accuracy %.3f below %.2f", all.rate(), tc.floor)
			}
		})
	}
}
