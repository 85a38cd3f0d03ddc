package attribution

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// TestSourcesForParagraphOfLinks: in a paragraph of thousands of links, each quote gets the
// links of its sentences and the sentence before, and a few nearest others: not every link of
// the paragraph (which made the lists grow with quotes × links).
func TestSourcesForParagraphOfLinks(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><p>")
	const n = 2000
	for i := range n {
		fmt.Fprintf(&b, `<a href="https://www.reuters.com/a%d">Reuters</a> said “x%d”. `, i, i)
	}
	b.WriteString("</p></body></html>")
	a, err := article.ParseHTML(strings.NewReader(b.String()), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	qs := quotes.Extract(a, quotes.Options{Lang: "en"})
	srcs := Sources(a)
	if len(qs) < n/2 || len(srcs) < n {
		t.Fatalf("%d quotes, %d sources from %d links", len(qs), len(srcs), n)
	}
	per := SourcesFor(a, qs, srcs)
	for i, list := range per {
		if len(list) > 2*maxParaLinks+4 {
			t.Fatalf("quote %d has %d sources, want at most %d", i, len(list), 2*maxParaLinks+4)
		}
	}
	// the link of the quote's own sentence is among them
	q := len(qs) / 2
	found := false
	for _, j := range per[q] {
		if srcs[j].Span.End <= qs[q].Span.Start && qs[q].Span.Start-srcs[j].Span.End < 20 {
			found = true
		}
	}
	if !found {
		t.Errorf("quote %d lacks the link just before it: %v", q, per[q])
	}
}
