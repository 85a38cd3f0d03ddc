package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

func TestActsLeftOut(t *testing.T) {
	text := "The union endorsed Jane Smith for governor. Thieves attacked a whale with an axe.\n\n" +
		"Smith denied the allegations. “We will win this race,” Smith said, and she added that the vote would be close.\n\n" +
		"The mayor announced the decision of the council to build a new bridge over the river.\n\n" +
		"Sky denied the programme breached broadcasting guidelines.\n\n" +
		"The director has refused to withdraw the film. The tribunal is expected to give its verdict next week.\n\n" +
		"Thousands of fans are expected to turn out at the meets, the club said. He hopes that the deal will pass.\n\n" +
		"SoftBank agreed to inject $6.5 billion into the firm."
	a, err := article.ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	texts := func(o Options) []string {
		o.NoFetch = true
		rep, err := New(o).Check(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for i, q := range rep.Quotes {
			out = append(out, q.Text)
			for _, c := range q.Checks {
				if c.Source < 0 || c.Source >= len(rep.Sources) {
					t.Errorf("quote %d: check of source %d out of range", i, c.Source)
				}
			}
		}
		return out
	}
	def, all := texts(Options{}), texts(Options{Acts: true})
	has := func(qs []string, s string) bool {
		for _, q := range qs {
			if strings.HasPrefix(q, s) {
				return true
			}
		}
		return false
	}
	for _, act := range []string{"Jane Smith", "a whale", "the allegations", "to withdraw the film", "to give its verdict", "to inject"} {
		if has(def, act) {
			t.Errorf("default report lists the act %q: %q", act, def)
		}
		if !has(all, act) {
			t.Errorf("report with Acts lacks %q: %q", act, all)
		}
	}
	for _, kept := range []string{"We will win this race", "that the vote would be close", "the decision of the council to build", "the programme breached",
		"Thousands of fans are expected", "that the deal will pass"} {
		if !has(def, kept) {
			t.Errorf("default report lacks %q: %q", kept, def)
		}
	}
}
