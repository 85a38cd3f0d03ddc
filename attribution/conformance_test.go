package attribution

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// The conformance corpus in testdata/attribution/*.json is language-neutral data: each case
// gives a text, the quotes (by their words and their cue, as an extractor would give them)
// and the expected speaker, mention and method of each, and optionally the expected sources.

type confQuote struct {
	Quote    string `json:"quote"`               // the quoted words, found in text
	At       int    `json:"at,omitempty"`        // which occurrence of Quote, from 1; 0 means 1
	Kind     string `json:"kind,omitempty"`      // direct (default), indirect, mixed, term
	Cue      string `json:"cue,omitempty"`       // the cue words, found after the previous quote's start; "" means none
	CueAfter bool   `json:"cue_after,omitempty"` // look for the cue after the quote rather than before
	Fragment bool   `json:"fragment,omitempty"`  // quoted words inside a mixed quote (quotes.Fragment)
	Speaker  string `json:"speaker"`             // expected canonical name; "" means no speaker
	Mention  string `json:"mention,omitempty"`   // expected mention text
	Method   string `json:"method,omitempty"`    // expected method name
}

type confSource struct {
	Text     string `json:"text"`
	Via      string `json:"via,omitempty"`
	Relation string `json:"relation"`
	Outlet   string `json:"outlet,omitempty"`
}

type confCase struct {
	Name    string       `json:"name"`
	Reason  string       `json:"reason"`
	Text    string       `json:"text"`
	Quotes  []confQuote  `json:"quotes"`
	Sources []confSource `json:"sources,omitempty"`
}

var conformanceDir = flag.String("conformance", "../testdata/attribution", "directory of the attribution conformance cases")

func loadConformance(t *testing.T) []confCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(*conformanceDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance files in %s: %v", *conformanceDir, err)
	}
	var all []confCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cs []confCase
		if err := json.Unmarshal(b, &cs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i := range cs {
			cs[i].Name = strings.TrimSuffix(filepath.Base(f), ".json") + "/" + cs[i].Name
		}
		all = append(all, cs...)
	}
	return all
}

func nthIndex(s, sub string, from, n int) int {
	if n <= 0 {
		n = 1
	}
	off := from
	for ; n > 0; n-- {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		off += i
		if n > 1 {
			off += len(sub)
		}
	}
	return off
}

// buildQuotes turns the case's quotes into quotes.Quote values.
func buildQuotes(t *testing.T, c confCase) []quotes.Quote {
	t.Helper()
	kinds := map[string]quotes.Kind{"": quotes.Direct, "direct": quotes.Direct, "indirect": quotes.Indirect,
		"mixed": quotes.Mixed, "term": quotes.Term, "blockquote": quotes.Blockquote}
	var qs []quotes.Quote
	for _, cq := range c.Quotes {
		s := nthIndex(c.Text, cq.Quote, 0, cq.At)
		if s < 0 {
			t.Fatalf("quote %q not in text", cq.Quote)
		}
		q := quotes.Quote{Span: article.Span{Start: s, End: s + len(cq.Quote)}, Kind: kinds[cq.Kind], Prev: -1, Next: -1}
		if cq.Fragment {
			q.Flags |= quotes.Fragment
		}
		if cq.Cue != "" {
			var cs int
			if cq.CueAfter {
				cs = nthIndex(c.Text, cq.Cue, q.Span.End, 1)
			} else {
				cs = strings.LastIndex(c.Text[:q.Span.Start], cq.Cue)
				if cs < 0 {
					cs = nthIndex(c.Text, cq.Cue, q.Span.Start, 1)
				}
			}
			if cs < 0 {
				t.Fatalf("cue %q not in text", cq.Cue)
			}
			q.Cue = &quotes.Cue{Span: article.Span{Start: cs, End: cs + len(cq.Cue)}}
		}
		qs = append(qs, q)
	}
	return qs
}

func TestConformance(t *testing.T) {
	cases := loadConformance(t)
	if len(cases) < 60 {
		t.Errorf("%d conformance cases, want at least 60", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			a := &article.Article{Text: c.Text}
			qs := buildQuotes(t, c)
			ats := Speakers(a, qs, Options{})
			var want, got []confQuote
			for i, cq := range c.Quotes {
				w := confQuote{Quote: cq.Quote, Speaker: cq.Speaker, Mention: cq.Mention, Method: cq.Method}
				g := confQuote{Quote: cq.Quote}
				if at := ats[i]; at.Speaker != nil {
					g.Speaker = at.Speaker.Name
					if cq.Mention != "" {
						g.Mention = c.Text[at.Mention.Start:at.Mention.End]
					}
				}
				if cq.Method != "" {
					g.Method = ats[i].Method.String()
				}
				want, got = append(want, w), append(got, g)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\nSpeakers (-want +got):\n%s", c.Reason, diff)
			}
			if c.Sources == nil {
				return
			}
			gotS := []confSource{}
			for _, s := range Sources(a) {
				cs := confSource{Text: c.Text[s.Span.Start:s.Span.End], Relation: s.Relation.String()}
				if s.Via != nil {
					cs.Via = c.Text[s.Via.Span.Start:s.Via.Span.End]
				}
				if s.Outlet != nil && hasOutletField(c.Sources) {
					cs.Outlet = s.Outlet.Name
				}
				gotS = append(gotS, cs)
			}
			if diff := cmp.Diff(c.Sources, gotS); diff != "" {
				t.Errorf("%s\nSources (-want +got):\n%s", c.Reason, diff)
			}
		})
	}
}

func hasOutletField(ss []confSource) bool {
	for _, s := range ss {
		if s.Outlet != "" {
			return true
		}
	}
	return false
}
