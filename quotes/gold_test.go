package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

// goldDoc is one article of the corpus JSONL format (corpus/FORMAT.md), the fields the scorer
// needs. Test-only until internal/gold is in place.
type goldDoc struct {
	ID     string `json:"id"`
	Lang   string `json:"lang"`
	Text   string `json:"text"`
	Quotes []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Kind  string `json:"kind"`
	} `json:"quotes"`
}

func readGold(tb testing.TB, name string) []goldDoc {
	tb.Helper()
	f, err := os.Open(corpus.Path(tb, "dev", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// goldArticle builds the Article of a gold text: its lines are its paragraphs.
func goldArticle(d goldDoc) *article.Article {
	a := &article.Article{Text: d.Text}
	a.Metadata.Language.Value = d.Lang
	return a
}

func TestSeed(t *testing.T) {
	docs := readGold(t, "seed-fr.jsonl")
	for _, d := range docs {
		got := Extract(goldArticle(d), Options{})
		for _, g := range d.Quotes {
			want := article.Span{Start: g.Start, End: g.End}
			found := false
			for _, q := range got {
				switch g.Kind {
				case "direct":
					found = found || q.Kind == Direct && q.Span == want
				default:
					found = found || (q.Kind == Indirect || q.Kind == Mixed) && q.Span.Overlaps(want)
				}
			}
			if !found {
				t.Errorf("%s: %s quote %d-%d %q not found", d.ID, g.Kind, g.Start, g.End, d.Text[g.Start:g.End])
			}
		}
	}
}

// trimSpan trims white space, quote marks and closing punctuation off both ends of a span,
// as corpus/FORMAT.md asks before scoring.
func trimScore(text string, s article.Span) article.Span {
	cut := func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("([¿¡", r) || r == 0xa0 || r == 0x202f
	}
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !cut(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !cut(r) {
			break
		}
		s.End -= n
	}
	return s
}

// counts holds true positives, predictions and gold quotes for one kind and threshold.
type counts struct{ tp, pred, gold int }

func (c counts) pr() (p, r float64) {
	if c.pred > 0 {
		p = float64(c.tp) / float64(c.pred)
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	return p, r
}

// score matches predictions to gold per kind ("direct", "indirect"; mixed counts as
// indirect) at an overlap threshold: overlap / gold length, greedy by largest overlap.
func score(text string, gold, pred []article.Span, thr float64) counts {
	type cand struct{ g, p, ov int }
	var cs []cand
	for gi, g := range gold {
		for pi, p := range pred {
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if ov > 0 && float64(ov) >= thr*float64(g.Len()) {
				cs = append(cs, cand{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].ov > cs[j].ov })
	gu, pu := make([]bool, len(gold)), make([]bool, len(pred))
	c := counts{pred: len(pred), gold: len(gold)}
	for _, x := range cs {
		if !gu[x.g] && !pu[x.p] {
			gu[x.g], pu[x.p] = true, true
			c.tp++
		}
	}
	return c
}

// group maps a gold or predicted kind to the scored class, "" to skip.
func group(kind string) string {
	switch kind {
	case "direct":
		return "direct"
	case "indirect", "mixed":
		return "indirect"
	}
	return ""
}

func predKind(q Quote) string {
	if q.Depth > 0 || q.Flags.Has(Fragment) {
		return ""
	}
	switch q.Kind {
	case Direct:
		return "direct"
	case Indirect, Mixed:
		return "indirect"
	}
	return ""
}

// TestScoreDev logs precision and recall of direct and indirect quotes on the dev sets at
// overlap 0.3 and 0.8 (corpus/FORMAT.md). It asserts floors well below the figures measured
// so that a regression shows.
func TestScoreDev(t *testing.T) {
	sets := []struct {
		file  string
		floor float64 // minimum direct recall at 0.8
	}{
		{"seed-fr.jsonl", 0.99}, {"fr-orangesum.jsonl", 0.85}, {"polnear-dev.jsonl", 0.5},
		{"german-train.jsonl", 0.4},
	}
	for _, s := range sets {
		t.Run(s.file, func(t *testing.T) {
			docs := readGold(t, s.file)
			res := map[string]map[float64]counts{"direct": {}, "indirect": {}}
			for _, d := range docs {
				a := goldArticle(d)
				qs := Extract(a, Options{})
				for _, k := range []string{"direct", "indirect"} {
					var g, p []article.Span
					for _, q := range d.Quotes {
						if group(q.Kind) == k {
							g = append(g, trimScore(d.Text, article.Span{Start: q.Start, End: q.End}))
						}
					}
					for _, q := range qs {
						if predKind(q) == k {
							p = append(p, trimScore(d.Text, q.Span))
						}
					}
					for _, thr := range []float64{0.3, 0.8} {
						c := score(d.Text, g, p, thr)
						r := res[k][thr]
						r.tp, r.pred, r.gold = r.tp+c.tp, r.pred+c.pred, r.gold+c.gold
						res[k][thr] = r
					}
				}
			}
			for _, k := range []string{"direct", "indirect"} {
				for _, thr := range []float64{0.3, 0.8} {
					c := res[k][thr]
					p, r := c.pr()
					t.Logf("%-20s %-8s overlap %.1f: P %.3f R %.3f (tp %d, pred %d, gold %d)", s.file, k, thr, p, r, c.tp, c.pred, c.gold)
				}
			}
			if _, r := res["direct"][0.8].pr(); r < s.floor {
				t.Errorf("direct recall at 0.8 = %.3f, below the floor %.2f", r, s.floor)
			}
		})
	}
}
