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
