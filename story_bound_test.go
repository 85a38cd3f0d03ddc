package quotecheck

import (
	"fmt"
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
