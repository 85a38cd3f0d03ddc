package quotes

import (
	"os"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestDumpErrors logs the misses and false alarms of one kind on a dev set, for rule work:
// QERR=fr-orangesum.jsonl QKIND=direct go test -run DumpErrors -v.
func TestDumpErrors(t *testing.T) {
	file, kind := os.Getenv("QERR"), os.Getenv("QKIND")
	if file == "" {
		t.Skip("set QERR to a dev file name")
	}
	max := 60
	for _, d := range readGold(t, file) {
		qs := Extract(goldArticle(d), Options{})
		var g, p []article.Span
		for _, q := range d.Quotes {
			if group(q.Kind) == kind {
				g = append(g, trimScore(d.Text, article.Span{Start: q.Start, End: q.End}))
			}
		}
		var pq []Quote
		for _, q := range qs {
			if predKind(q) == kind {
				p = append(p, trimScore(d.Text, q.Span))
				pq = append(pq, q)
			}
		}
		ctx := func(s article.Span) string {
			a, b := max0(s.Start-50), min(len(d.Text), s.End+40)
			return strings.ReplaceAll(d.Text[a:s.Start]+"[["+d.Text[s.Start:s.End]+"]]"+d.Text[s.End:b], "\n", "¶")
		}
		for _, gs := range g {
			if !matched(gs, p) && max > 0 {
				max--
				t.Logf("MISS %s: %s", d.ID, ctx(gs))
			}
		}
		for i, ps := range p {
			if !matchedBy(ps, g) && max > 0 {
				max--
				cue := ""
				if pq[i].Cue != nil {
					cue = d.Text[pq[i].Cue.Span.Start:pq[i].Cue.Span.End]
				}
				t.Logf("FALSE %s (%s cue=%q): %s", d.ID, pq[i].Kind, cue, ctx(ps))
			}
		}
	}
}

func max0(i int) int { return max(i, 0) }

func matched(g article.Span, ps []article.Span) bool {
	for _, p := range ps {
		if ov := min(g.End, p.End) - max(g.Start, p.Start); ov > 0 && float64(ov) >= 0.3*float64(g.Len()) {
			return true
		}
	}
	return false
}

func matchedBy(p article.Span, gs []article.Span) bool {
	for _, g := range gs {
		if ov := min(g.End, p.End) - max(g.Start, p.Start); ov > 0 && float64(ov) >= 0.3*float64(g.Len()) {
			return true
		}
	}
	return false
}
