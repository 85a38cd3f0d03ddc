package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestPullQuoteReportedOnce checks that a block quote that a direct quote restates, with its
// cue inside the block, is reported once: as the direct quote with its speaker.
func TestPullQuoteReportedOnce(t *testing.T) {
	md := "Ben Ortiz runs a bakery on Main Street. He said the new rent rules would close him down.\n\n" +
		"> \"We will keep fighting this in court,\" said Sarah Klein, who heads the Main Street Merchants Association.\n\n" +
		"The council votes on Tuesday.\n"
	a, err := article.ParseMarkdown(strings.NewReader(md))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, q := range rep.Quotes {
		if strings.Contains(q.Text, "keep fighting") {
			who := ""
			if q.Speaker != nil {
				who = q.Speaker.Name
			}
			found = append(found, q.Kind+"/"+who)
		}
	}
	if len(found) != 1 || found[0] != "direct/Sarah Klein" {
		t.Errorf("pull quote reported as %q, want once as [direct/Sarah Klein]", found)
	}
}
