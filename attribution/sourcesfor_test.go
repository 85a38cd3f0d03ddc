package attribution

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

func TestSourcesFor(t *testing.T) {
	text := "MOSCOW (Reuters) - The talks resumed.\n" +
		"Dmitry Peskov told Interfax that the deal was close. Other news followed.\n" +
		"An official said the army would stay, according to a report in Le Monde.\n" +
		"See the statement here."
	a := &article.Article{Text: text}
	link := strings.Index(text, "here")
	u, _ := url.Parse("https://www.tasnimnews.com/en/news/1")
	a.Links = []article.Link{{Span: article.Span{Start: link, End: link + 4}, URL: u}}
	q := func(s, cue string) quotes.Quote {
		i := strings.Index(text, s)
		c := strings.Index(text, cue)
		return quotes.Quote{Span: article.Span{Start: i, End: i + len(s)}, Kind: quotes.Indirect, Prev: -1, Next: -1,
			Cue: &quotes.Cue{Span: article.Span{Start: c, End: c + len(cue)}}}
	}
	qs := []quotes.Quote{q("that the deal was close", "told"), q("the army would stay", "said")}
	srcs := Sources(a)
	var names []string
	for _, s := range srcs {
		names = append(names, s.Relation.String()+":"+text[s.Span.Start:s.Span.End])
	}
	wantNames := []string{"credit:Reuters", "heard:Interfax", "cited:a report", "cited:Le Monde", "linked:here"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Fatalf("Sources (-want +got):\n%s", diff)
	}
	if srcs[4].Outlet == nil || srcs[4].Outlet.Name != "Tasnim" {
		t.Errorf("link outlet = %v, want Tasnim", srcs[4].Outlet)
	}
	got := SourcesFor(a, qs, srcs)
	want := [][]int{{0, 1}, {0, 2, 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SourcesFor (-want +got):\n%s", diff)
	}
}

// TestSourcesForRepeatedCredit: a credit repeated on every paragraph is listed once per quote,
// so that the lists grow with the quotes, not with the quotes times the credits.
func TestSourcesForRepeatedCredit(t *testing.T) {
	const n = 2000
	text := strings.Repeat("\"We will win,\" Smith said (AFP).\n\n", n) + "\"We lost,\" Jones said (Reuters)."
	a := &article.Article{Text: text}
	qs := quotes.Extract(a, quotes.Options{Lang: "en"})
	srcs := Sources(a)
	if len(qs) != n+1 || len(srcs) < n {
		t.Fatalf("%d quotes and %d sources, want %d and at least %d", len(qs), len(srcs), n+1, n)
	}
	total := 0
	for i, list := range SourcesFor(a, qs, srcs) {
		total += len(list)
		if len(list) != 2 || srcs[list[0]].Name == srcs[list[1]].Name {
			t.Fatalf("quote %d: sources %v, want the first AFP and the Reuters credit", i, list)
		}
	}
	if total != 2*(n+1) {
		t.Errorf("%d entries in all, want %d", total, 2*(n+1))
	}
}
