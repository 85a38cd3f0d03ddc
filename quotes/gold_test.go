package quotes

import (
	"os"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/gold"
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

// goldArticle builds the Article of a gold text, its text kept byte for byte.
func goldArticle(d gold.Article) *article.Article {
	a := article.FromText(d.Text)
	a.Metadata.Language.Value = d.Lang
	return a
}

func TestSeed(t *testing.T) {
	for _, d := range readGold(t, "seed-fr.jsonl") {
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

// group puts mixed quotes with indirect ones: both are reported clauses.
func group(kind string) string {
	if kind == "direct" {
		return "direct"
	}
	return "indirect"
}

// predictions converts the statements of qs (nested quotes and fragments left out) into gold
// quotes of the group kind.
func predictions(qs []Quote) []gold.Quote {
	var out []gold.Quote
	for _, q := range qs {
		if q.Depth > 0 || q.Flags.Has(Fragment) || q.Kind == Term || q.Kind == Blockquote {
			continue
		}
		out = append(out, gold.Quote{Start: q.Span.Start, End: q.Span.End, Kind: group(q.Kind.String())})
	}
	return out
}

// TestScoreDev logs precision and recall of direct and indirect quotes on the dev sets at
// overlap 0.3 and 0.8, matched by internal/gold (corpus/FORMAT.md). It asserts floors well
// below the figures measured so that a regression shows.
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
			type key struct {
				kind  string
				level gold.Level
			}
			var tp, npred, ngold = map[key]int{}, map[key]int{}, map[key]int{}
			for _, d := range readGold(t, s.file) {
				pred := predictions(Extract(goldArticle(d), Options{}))
				for _, kind := range []string{"direct", "indirect"} {
					var g, p []gold.Quote
					for _, q := range d.Quotes {
						if group(q.Kind) == kind {
							g = append(g, q)
						}
					}
					for _, q := range pred {
						if q.Kind == kind {
							p = append(p, q)
						}
					}
					for _, l := range []gold.Level{gold.Loose, gold.Strict} {
						k := key{kind, l}
						tp[k] += len(gold.Match(d.Text, g, p, l))
						npred[k] += len(p)
						ngold[k] += len(g)
					}
				}
			}
			ratio := func(a, b int) float64 {
				if b == 0 {
					return 0
				}
				return float64(a) / float64(b)
			}
			for _, kind := range []string{"direct", "indirect"} {
				for _, l := range []gold.Level{gold.Loose, gold.Strict} {
					k := key{kind, l}
					t.Logf("%-20s %-8s %s: P %.3f R %.3f (tp %d, pred %d, gold %d)", s.file, k.kind, k.level,
						ratio(tp[k], npred[k]), ratio(tp[k], ngold[k]), tp[k], npred[k], ngold[k])
				}
			}
			k := key{"direct", gold.Strict}
			if r := ratio(tp[k], ngold[k]); r < s.floor {
				t.Errorf("direct recall at 0.8 = %.3f, below the floor %.2f", r, s.floor)
			}
		})
	}
}
