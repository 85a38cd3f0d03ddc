package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestSummaryLine: the closing line has no line break and its counts agree in number.
func TestSummaryLine(t *testing.T) {
	rep := checkAgainst(t, `"We will not raise taxes," the minister said.`, `The minister said: "We will not raise taxes."`)
	s := rep.Summary()
	if strings.ContainsAny(s, "\n") {
		t.Errorf("Summary() = %q, has a line break", s)
	}
	if !strings.HasPrefix(s, "1 quote, 1 source, 1 check: ") {
		t.Errorf("Summary() = %q, want the singular for counts of 1", s)
	}
	var b strings.Builder
	if err := rep.WriteText(&b, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), "\n\n"+s+"\n") {
		t.Errorf("text report does not end with a blank line and the summary:\n%s", b.String())
	}
	empty, err := New(Options{NoFetch: true}).Check(context.Background(), &article.Article{})
	if err != nil {
		t.Fatal(err)
	}
	if s := empty.Summary(); !strings.HasPrefix(s, "0 quotes, 0 sources, 0 checks: ") {
		t.Errorf("Summary() of an empty article = %q", s)
	}
}
