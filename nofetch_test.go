package quotecheck

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/fetch"
)

// failing is a Fetcher for which every source is dead.
type failing struct{}

func (failing) Get(context.Context, string) (*fetch.Result, error) {
	return nil, errors.New("connection refused")
}

// TestNoFetchNoChecks: with NoFetch, a source that would need fetching gives no check (the
// quote is reported without checks), while a source given with its text is still checked.
func TestNoFetchNoChecks(t *testing.T) {
	a, _ := article.ParseText(strings.NewReader(`"We will not raise taxes," the minister said.`))
	text, _ := article.ParseText(strings.NewReader(`The minister said: "We will not raise taxes."`))
	byURL := Source{URL: "https://www.example.com/interview"}
	byText := Source{Name: "notes", Article: text}
	for _, tc := range []struct {
		name     string
		opts     Options
		verdicts []string
	}{
		{"no fetch, URL only", Options{NoFetch: true, Sources: []Source{byURL}}, nil},
		{"no fetch, URL and text", Options{NoFetch: true, Sources: []Source{byURL, byText}}, []string{"equivalent"}},
		{"dead source", Options{Fetcher: failing{}, Sources: []Source{byURL}}, []string{"unverifiable"}},
	} {
		rep, err := New(tc.opts).Check(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		total := 0
		for _, q := range rep.Quotes {
			for _, c := range q.Checks {
				got = append(got, c.Verdict.String())
			}
		}
		for _, n := range rep.Verdicts {
			total += n
		}
		if strings.Join(got, ",") != strings.Join(tc.verdicts, ",") || total != len(tc.verdicts) {
			t.Errorf("%s: checks %v (%d counted), want %v", tc.name, got, total, tc.verdicts)
		}
		if tc.opts.NoFetch && !strings.HasPrefix(rep.Sources[0].Error, "not fetched") {
			t.Errorf("%s: the unfetched source's error is %q, want it to say it was not fetched", tc.name, rep.Sources[0].Error)
		}
	}
}

// TestRefusedSourceReason: a source at a private address is unverifiable with a short reason
// that says so (the fetch client refuses it before dialling).
func TestRefusedSourceReason(t *testing.T) {
	a, _ := article.ParseText(strings.NewReader(`"We will not raise taxes," the minister said.`))
	rep, err := New(Options{Sources: []Source{{URL: "http://127.0.0.1/interview"}}}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if e := rep.Sources[0].Error; !strings.Contains(e, "private") || strings.Contains(e, "robots.txt") {
		t.Errorf("source error %q, want a short reason naming a private address", e)
	}
}

// TestEverySourceSaysWhy: every source that was not read carries its reason, whether it has a
// URL or not and whether a checked quote relies on it or not.
func TestEverySourceSaysWhy(t *testing.T) {
	text := "Le ministre a accordé un entretien au Journal du dimanche. « Nous ne céderons pas », a-t-il déclaré au JDD.\n\n" +
		"Selon une enquête de Mediapart, la réforme a été écrite en hâte. Source: <https://www.example.com/a>"
	a, _ := article.ParseText(strings.NewReader(text))
	for _, opts := range []Options{{NoFetch: true}, {Fetcher: failing{}}} {
		rep, err := New(opts).Check(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Sources) < 2 {
			t.Fatalf("%d sources, want the JDD and Mediapart at least", len(rep.Sources))
		}
		for _, s := range rep.Sources {
			if s.Error == "" && s.Evidence == nil {
				t.Errorf("NoFetch %v: source %q (%s, URL %q) was not read and says not why", opts.NoFetch, s.Mention, s.Relation, s.URL)
			}
		}
	}
}
