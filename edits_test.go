package quotecheck

import (
	"strings"
	"testing"
)

// TestCheckEditKinds: a check whose words all align ("It's" for "It is") names the kind of
// edit that decided its verdict, in the check and in the text report.
func TestCheckEditKinds(t *testing.T) {
	rep := checkAgainst(t, `"It's a fair deal for everyone in the country," the minister said.`, `The minister said: "It is a fair deal for everyone in the country."`)
	if len(rep.Quotes) == 0 || len(rep.Quotes[0].Checks) != 1 {
		t.Fatalf("want one quote with one check, got %+v", rep.Quotes)
	}
	c := rep.Quotes[0].Checks[0]
	if c.Verdict.String() == "exact" || len(c.Edits) == 0 {
		t.Fatalf("check %+v: want a non-exact verdict with its edit kinds", c)
	}
	var b strings.Builder
	if err := rep.WriteText(&b, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if want := "edits: " + strings.Join(c.Edits, ", "); !strings.Contains(b.String(), want) {
		t.Errorf("text report lacks %q:\n%s", want, b.String())
	}
}
