package quotecheck

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
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
	a, err := article.ParseHTML(strings.NewReader(b.String()), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Quotes) < 1000 {
		t.Fatalf("%d quotes", len(rep.Quotes))
	}
	for i, q := range rep.Quotes {
		if len(q.Sources) > maxStory+10 {
			t.Fatalf("quote %d has %d sources, want at most %d", i, len(q.Sources), maxStory+10)
		}
	}
}
