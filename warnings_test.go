package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// The article's reading problems reach the report (a stray byte in a UTF-8 text was decoded
// silently as windows-1252 before, losing every quote).
func TestReportWarnings(t *testing.T) {
	a, err := article.ParseText(strings.NewReader("“We are ready,” said Éric Dupont, the minister.\xa0"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Article.Warnings) != 1 || !strings.Contains(rep.Article.Warnings[0], "replaced by U+FFFD") {
		t.Errorf("warnings %q, want the replaced byte", rep.Article.Warnings)
	}
	if len(rep.Quotes) == 0 || rep.Quotes[0].Text != "We are ready," {
		t.Fatalf("quotes %+v, want “We are ready,”", rep.Quotes)
	}
	var b strings.Builder
	if err := rep.WriteText(&b, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "warning: input is UTF-8 with 1 invalid byte") {
		t.Errorf("text report lacks the warning:\n%s", b.String())
	}
}
