package attribution

import (
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// trimSpan trims white space, quote marks and closing punctuation around a span, as the
// scoring rules of corpus/FORMAT.md say.
func trimSpan(text string, s, e int) (int, int) {
	isTrim := func(r rune) bool {
		return unicode.IsSpace(r) || isQuoteRune(r) || strings.ContainsRune(".,;:!?…", r)
	}
	for s < e {
		r := []rune(text[s:e])[0]
		if !isTrim(r) {
			break
		}
		s += len(string(r))
	}
	for e > s {
		rs := []rune(text[s:e])
		r := rs[len(rs)-1]
		if !isTrim(r) {
			break
		}
		e -= len(string(r))
	}
	return s, e
}

type pair struct{ g, p, ov int }

// matchQuotes pairs gold and predicted quotes whose overlap over the gold length reaches
// thr, greedily by largest overlap; it returns pred index per gold index (-1 when none).
func matchQuotes(text string, gold []goldQuote, pred []quotes.Quote, thr float64) []int {
	var ps []pair
	for i, g := range gold {
		gs, ge := trimSpan(text, g.Start, g.End)
		if ge <= gs {
			continue
		}
		for j, p := range pred {
			s, e := trimSpan(text, p.Span.Start, p.Span.End)
			ov := min(ge, e) - max(gs, s)
			if ov > 0 && float64(ov)/float64(ge-gs) >= thr {
				ps = append(ps, pair{i, j, ov})
			}
		}
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].ov > ps[b].ov })
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	used := map[int]bool{}
	for _, p := range ps {
		if out[p.g] < 0 && !used[p.p] {
			out[p.g], used[p.p] = p.p, true
		}
	}
	return out
}

// TestEndToEnd measures quotes.Extract plus Speakers on the dev sets: quote F1 at overlap 0.3
// (terms left out of the predictions) and speaker accuracy over matched quotes.
func TestEndToEnd(t *testing.T) {
	for _, file := range []string{"seed-fr.jsonl", "fr-orangesum.jsonl", "polnear-dev.jsonl"} {
		t.Run(file, func(t *testing.T) {
			var tp, np, ng int
			var spk tally
			for _, g := range readGold(t, file) {
				a := &article.Article{Text: g.Text}
				a.Metadata.Language.Value = g.Lang
				var qs []quotes.Quote
				for _, q := range quotes.Extract(a, quotes.Options{Lang: g.Lang}) {
					if q.Kind != quotes.Term {
						qs = append(qs, q)
					}
				}
				ats := Speakers(a, qs, Options{})
				m := matchQuotes(g.Text, g.Quotes, qs, 0.3)
				np += len(qs)
				ng += len(g.Quotes)
				for i, j := range m {
					if j < 0 {
						continue
					}
					tp++
					spk.n++
					if speakerCorrect(g.Quotes[i], ats[j]) {
						spk.ok++
					} else if show := os.Getenv("ATTR_SHOW"); show != "" && strings.Contains(g.ID, show) {
						got := "<nil>"
						if ats[j].Speaker != nil {
							got = ats[j].Speaker.Name + " @" + g.Text[ats[j].Mention.Start:ats[j].Mention.End] + " " + ats[j].Method.String()
						}
						want := g.Quotes[i].Reference
						if sp := g.Quotes[i].Speaker; sp != nil {
							want += " @" + sp.Text
						}
						cue := "<nil>"
						if c := qs[j].Cue; c != nil {
							cue = g.Text[c.Span.Start:c.Span.End]
						}
						t.Logf("%s q=%.40q cue=%q want %q got %q", g.ID, g.Quotes[i].Text, cue, want, got)
					}
				}
			}
			p, r := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
			t.Logf("%s: quotes P %.3f R %.3f F1 %.3f; speaker accuracy %.3f (%d/%d)", file, p, r, 2*p*r/max(p+r, 1e-9), spk.rate(), spk.ok, spk.n)
		})
	}
}
