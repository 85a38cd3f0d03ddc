package attribution

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/quotes"
)

// A test-only reader and speaker scorer for the gold files of corpus/FORMAT.md.

type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Via   string `json:"via,omitempty"`
}

type goldQuote struct {
	goldSpan
	Kind      string    `json:"kind"`
	Speaker   *goldSpan `json:"speaker"`
	Reference string    `json:"reference"`
	Cue       *goldSpan `json:"cue"`
}

type goldArticle struct {
	ID      string      `json:"id"`
	Lang    string      `json:"lang"`
	Text    string      `json:"text"`
	Quotes  []goldQuote `json:"quotes"`
	Sources []goldSpan  `json:"sources"`
}

func readGold(tb testing.TB, name string) []goldArticle {
	tb.Helper()
	f, err := os.Open(corpus.Path(tb, "dev", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []goldArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a goldArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

var kinds = map[string]quotes.Kind{"direct": quotes.Direct, "indirect": quotes.Indirect, "mixed": quotes.Mixed}

// goldQuotes turns the gold quotes into quotes.Quote values with their gold cues, so the
// speaker sieves can be measured apart from extraction.
func goldQuotes(g goldArticle) []quotes.Quote {
	qs := make([]quotes.Quote, len(g.Quotes))
	for i, q := range g.Quotes {
		qs[i] = quotes.Quote{Span: article.Span{Start: q.Start, End: q.End}, Kind: kinds[q.Kind], Next: -1, Prev: -1}
		if q.Cue != nil {
			qs[i].Cue = &quotes.Cue{Span: article.Span{Start: q.Cue.Start, End: q.Cue.End}}
		}
	}
	return qs
}

var titleWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "m.": true, "mme": true, "pr": true,
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mme.": true, "pr.": true}

func foldRef(s string) string {
	var w []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if !titleWords[f] {
			w = append(w, f)
		}
	}
	return strings.Join(w, " ")
}

// speakerCorrect applies the speaker rule of corpus/FORMAT.md to one gold quote.
func speakerCorrect(g goldQuote, at Attribution) bool {
	if g.Speaker == nil && g.Reference == "" {
		return at.Speaker == nil
	}
	if at.Speaker == nil {
		return false
	}
	if ref := at.Reference(); g.Reference != "" && ref != "" {
		return foldRef(g.Reference) == foldRef(ref)
	}
	if g.Speaker == nil {
		return false
	}
	return g.Speaker.Start < at.Mention.End && at.Mention.Start < g.Speaker.End
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
		{"fr-orangesum.jsonl", 0.78},
		{"polnear-train.jsonl", 0.80},
		{"polnear-dev.jsonl", 0.80},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var all tally
			for _, g := range readGold(t, tc.file) {
				a := &article.Article{Text: g.Text}
				ats := Speakers(a, goldQuotes(g), Options{})
				for i, q := range g.Quotes {
					all.n++
					if speakerCorrect(q, ats[i]) {
						all.ok++
					} else if testing.Verbose() && os.Getenv("ATTR_SHOW") != "" && strings.Contains(g.ID, os.Getenv("ATTR_SHOW")) {
						got := "<nil>"
						if ats[i].Speaker != nil {
							got = ats[i].Speaker.Name + " @" + g.Text[ats[i].Mention.Start:ats[i].Mention.End] + " " + ats[i].Method.String()
						}
						want := q.Reference
						if q.Speaker != nil {
							want += " @" + q.Speaker.Text
						}
						cue := ""
						if q.Cue != nil {
							cue = q.Cue.Text
						}
						t.Logf("%s q=%.50q cue=%q want %q got %q", g.ID, q.Text, cue, want, got)
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
