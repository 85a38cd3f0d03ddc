package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestOutletNamedTwiceIsOneSource: an outlet credited several times without a URL, in the
// same relation, is one source of the report, whose quotes all point to it.
func TestOutletNamedTwiceIsOneSource(t *testing.T) {
	text := "« Nous ne céderons pas », a déclaré le ministre au Journal du dimanche.\n\n" +
		"« La réforme ira à son terme », a-t-il ajouté au Journal du dimanche.\n\n" +
		"Selon Mediapart, le texte a été écrit en hâte. Selon Mediapart encore, il sera amendé."
	a, _ := article.ParseText(strings.NewReader(text))
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, s := range rep.Sources {
		count[s.Outlet+"/"+s.Relation]++
	}
	for k, n := range count {
		if n > 1 {
			t.Errorf("%s listed %d times: %+v", k, n, rep.Sources)
		}
	}
	if len(count) < 2 {
		t.Errorf("sources %v, want the JDD and Mediapart", count)
	}
}

// TestNamedOutletJoinsItsLink: an outlet cited by name without a URL and linked elsewhere
// with the same relation is one source, the linked one, and the quotes near the name are
// checked against it.
func TestNamedOutletJoinsItsLink(t *testing.T) {
	page := `<html><body><article>` +
		`<p>The council voted on Tuesday, according to the Associated Press. “This is the most important vote in a decade,” Mayor Linda Carter told reporters.</p>` +
		`<p>The plan was first described in a story by the <a href="https://apnews.com/article/123">AP</a>, according to the AP.</p>` +
		`</article></body></html>`
	rep := checkPage(t, page, nil)
	ap := -1
	for i, s := range rep.Sources {
		if s.Outlet != "Associated Press" {
			continue
		}
		if ap >= 0 || s.URL == "" {
			t.Fatalf("sources %+v: want one Associated Press, with its URL", rep.Sources)
		}
		ap = i
	}
	if ap < 0 {
		t.Fatalf("sources %+v lack the Associated Press", rep.Sources)
	}
	for i, q := range rep.Quotes {
		for _, s := range q.Sources {
			if s < 0 || s >= len(rep.Sources) {
				t.Errorf("quote %d: source %d out of range", i, s)
			}
		}
	}
}
