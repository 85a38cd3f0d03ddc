package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestUnresolvedPronounSpeaker: a speaker known only by a pronoun that nothing resolves has no
// name in the report; its mention says which pronoun.
func TestUnresolvedPronounSpeaker(t *testing.T) {
	a, err := article.ParseText(strings.NewReader("“We will win this race,” she said.\n\n“It is over,” Jane Smith said."))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Quotes) != 2 || rep.Quotes[0].Speaker == nil || rep.Quotes[1].Speaker == nil {
		t.Fatalf("quotes %+v", rep.Quotes)
	}
	if s := rep.Quotes[0].Speaker; s.Name != "" || s.Mention != "she" {
		t.Errorf("first speaker %+v, want no name and mention she", *s)
	}
	if s := rep.Quotes[1].Speaker; s.Name != "Jane Smith" {
		t.Errorf("second speaker %+v, want Jane Smith", *s)
	}
	var b strings.Builder
	if err := rep.WriteText(&b, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "speaker: unresolved (mention “she”") {
		t.Errorf("text report lacks the unresolved speaker:\n%s", b.String())
	}
}
