package quotecheck

import (
	"fmt"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/quotes"
	"net/url"
	"strings"
	"testing"
)

// TestStoryLevelSourcesBounded: a page of thousands of links naming the same outlet gives
// each quote a short list of sources (one story-level link per outlet, the links near it), not
// every link: the report had grown with quotes × links and run out of memory.
func TestStoryLevelSourcesBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><p>")
	for i := range 3000 {
		fmt.Fprintf(&b, `<a href="https://www.reuters.com/a%d">Reuters</a> said “x%d”. `, i, i)
	}
	b.WriteString("</p></body></html>")
	rep := checkPage(t, b.String(), nil)
	if len(rep.Quotes) < 1000 {
		t.Fatalf("%d quotes", len(rep.Quotes))
	}
	for i, q := range rep.Quotes {
		if len(q.Sources) > maxStory+10 {
			t.Fatalf("quote %d has %d sources, want at most %d", i, len(q.Sources), maxStory+10)
		}
	}
}

// TestSentenceSourcesBounded: one long sentence (no full stop) of thousands of quotes and
// cited outlets, or one paragraph of thousands of links, gives each quote a bounded list of
// the sources near it, not every source of its sentence or paragraph: the plan had grown with
// quotes × sources and run out of memory.
func TestSentenceSourcesBounded(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"outlets", `Smith said the plan would fail, and "we will win%d," he added, according to Reuters `},
		{"links", `<a href="https://example%d.org/a">a link</a> and "words%[1]d," Smith said, `},
	} {
		t.Run(c.name, func(t *testing.T) {
			var total [2]int
			for i, n := range []int{500, 2000} {
				var b strings.Builder
				b.WriteString("<html><body><p>")
				for k := range n {
					fmt.Fprintf(&b, c.unit, k)
				}
				b.WriteString("</p></body></html>")
				a, err := article.ParseHTML(strings.NewReader(b.String()), "text/html", nil)
				if err != nil {
					t.Fatal(err)
				}
				qs := quotes.Extract(a, quotes.Options{Lang: "en"})
				if len(qs) < n/2 {
					t.Fatalf("%d units gave %d quotes", n, len(qs))
				}
				per := attribution.SourcesFor(a, qs, attribution.Sources(a))
				p := planSources(a, qs, nil)
				for q, set := range p.perQuote {
					if len(set) > maxStory+40 || len(per[q]) > maxStory+40 {
						t.Fatalf("%d units: quote %d has %d sources (%d from SourcesFor), want at most %d", n, q, len(set), len(per[q]), maxStory+40)
					}
					total[i] += len(set) + len(per[q])
				}
			}
			if total[1] > 5*total[0] {
				t.Errorf("4x the units gave %.1fx the sources per quote in all (%d → %d)", float64(total[1])/float64(total[0]), total[0], total[1])
			}
		})
	}
}

// BenchmarkPlanSourcesOwnLinks measures planSources on one paragraph of links to the
// article's own site, each next to a quote: whether such a link credits a quote looks only
// at the quotes it supports, so the cost per byte stays flat as the paragraph grows (it had
// looked at every quote for every link).
func BenchmarkPlanSourcesOwnLinks(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var page strings.Builder
			page.WriteString("<html><body><p>")
			for i := range n {
				fmt.Fprintf(&page, `<a href="https://news.example.com/t%d">topic</a> and "we win %[1]d," Smith said, `, i)
			}
			page.WriteString("</p></body></html>")
			base, _ := url.Parse("https://news.example.com/story")
			a, err := article.ParseHTML(strings.NewReader(page.String()), "text/html", base)
			if err != nil {
				b.Fatal(err)
			}
			qs := quotes.Extract(a, quotes.Options{Lang: "en"})
			b.SetBytes(int64(len(a.Text)))
			for b.Loop() {
				planSources(a, qs, nil)
			}
		})
	}
}
