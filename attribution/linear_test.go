package attribution

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// nestedQuotes are pages of quotes nested n deep: each quote ends before the closing marks of
// all those it holds, or begins after the opening marks of all those that hold it.
var nestedQuotes = []struct {
	name             string
	open, word, shut string
}{
	{"q-words", "<q>", "a ", "</q>"},    // “a ‘a “a … ’” ’”
	{"q-marks", "<q>", "", "</q>"},      // “‘“ … a … ’”’
	{"q-comma", "<q>", "a, ", "</q>, "}, // commas among the closing marks
	{"blockquote", "<blockquote>", "a ", "</blockquote>"},
	{"colon", "<q>", "", "</q>"}, // after "He said: "
}

// nestedArticle builds the article that a page of quote elements nested n deep gives (the
// HTML reader stops nesting elements at a few levels, so the article is made directly): for
// <q>, the typographic marks the reader writes around each element's text, “ outside and ‘
// inside; for <blockquote>, one paragraph a level.
func nestedArticle(name, open, word, shut string, n int) *article.Article {
	if open == "<blockquote>" {
		text := strings.Repeat("a\n\n", n-1) + "a a"
		a := article.FromText(text)
		for i := range n {
			a.Quotes = append(a.Quotes, article.QuoteElement{Span: article.Span{Start: 3 * i, End: len(text)}, Block: true})
		}
		return a
	}
	var b strings.Builder
	if name == "colon" {
		b.WriteString("He said: ")
	}
	starts := make([]int, n)
	for i := range n {
		b.WriteString(map[bool]string{true: "“", false: "‘"}[i == 0])
		starts[i] = b.Len()
		b.WriteString(word)
	}
	b.WriteString("a")
	ends := make([]int, n)
	tail := strings.TrimPrefix(shut, "</q>")
	for i := n - 1; i >= 0; i-- {
		ends[i] = b.Len()
		b.WriteString(map[bool]string{true: "”", false: "’"}[i == 0])
		b.WriteString(tail)
	}
	a := article.FromText(b.String())
	for i := range n {
		a.Quotes = append(a.Quotes, article.QuoteElement{Span: article.Span{Start: starts[i], End: ends[i]}})
	}
	return a
}

// speakersWork runs Speakers as it does and returns the attributions with the work of its
// scans whose length the text decides (resolver.work).
func speakersWork(a *article.Article, qs []quotes.Quote) ([]Attribution, int) {
	out := make([]Attribution, len(qs))
	r := newResolver(newDoc(a), qs, Options{}, out)
	defer r.d.release()
	for i := range qs {
		out[i] = r.attribute(i)
	}
	return out, r.work
}

// TestSpeakersLinearWork checks that Speakers and Sources do work in proportion to the text on
// quotes nested thousands deep (no timing): four times the nesting may cost at most about four
// times the steps, and each quote's quoted tokens are marked once, not once per quote that
// holds them.
func TestSpeakersLinearWork(t *testing.T) {
	for _, c := range nestedQuotes {
		t.Run(c.name, func(t *testing.T) {
			var work, marked [2]int
			for i, n := range []int{1000, 4000} {
				a := nestedArticle(c.name, c.open, c.word, c.shut, n)
				qs := quotes.Extract(a, quotes.Options{Lang: "en"})
				if len(qs) < n/2 {
					t.Fatalf("%d levels gave %d quotes", n, len(qs))
				}
				ats, w := speakersWork(a, qs)
				for j, at := range ats {
					if at.Speaker != nil {
						checkSpan(t, a.Text, at.Mention, j)
					}
				}
				d := newDocWith(a, false)
				d.quoted = d.quotedBuf()
				m := markQuoted(d, a.Quotes)
				d.release()
				toks := len(tokens(a.Text).toks)
				// the array of run ends once, and a few marks one by one per rule and quote
				if limit := 4*toks + 3*maxMarkRun*len(qs); w > limit || m > 2*toks {
					t.Errorf("%d tokens, %d quotes: %d steps in Speakers, %d in Sources, want at most %d and %d", toks, len(qs), w, m, limit, 2*toks)
				}
				work[i], marked[i] = w, m
			}
			if work[1] > 5*work[0] || marked[1] > 5*marked[0] {
				t.Errorf("4x the nesting took %.1fx the steps in Speakers (%d → %d), %.1fx in Sources (%d → %d)",
					float64(work[1])/float64(work[0]), work[0], work[1], float64(marked[1])/float64(max(marked[0], 1)), marked[0], marked[1])
			}
		})
	}
}

func checkSpan(t *testing.T, text string, sp article.Span, i int) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		t.Errorf("attribution %d: mention %v outside the text of %d bytes", i, sp, len(text))
	}
}

// TestRolePhrasesLinearWork checks that role phrases ("the prime minister said") are resolved
// in work linear in the text when thousands of persons are given a role, or one person
// thousands of roles: four times the persons or roles may cost at most about four times the
// steps (no timing).
func TestRolePhrasesLinearWork(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"other-role", "Anna%d Keller%d, the finance minister, spoke. “A,” the prime minister said.\n\n"},
		{"other-rank", "Anna%d Keller%d, the deputy prime minister, spoke. “A,” the prime minister said.\n\n"},
		{"synonym", "Anna%d Keller%d, the deputy head of state, spoke. “A,” the head of state said.\n\n"},
		{"french", "Anne%d Keller%d, la ministre des Finances, a parlé. « A », a dit la Première ministre.\n\n"},
		{"one-person", "Anna Keller, the minister of Region%[1]d, spoke. “A,” the minister said.\n\n"},
		{"one-person-synonym", "Anna Keller, the president of Region%[1]d, spoke. “A,” the head of state said.\n\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var work [2]int
			for i, n := range []int{500, 2000} {
				var b strings.Builder
				for k := range n {
					fmt.Fprintf(&b, c.unit, k, k)
				}
				a := &article.Article{Text: b.String()}
				qs := quotes.Extract(a, quotes.Options{})
				if len(qs) < n {
					t.Fatalf("%d persons gave %d quotes", n, len(qs))
				}
				ats, w := speakersWork(a, qs)
				for j, at := range ats {
					if at.Speaker != nil {
						checkSpan(t, a.Text, at.Mention, j)
					}
				}
				if limit := 4*len(a.Text) + 3*maxMarkRun*len(qs); w > limit {
					t.Errorf("%d bytes: %d steps, want at most %d", len(a.Text), w, limit)
				}
				work[i] = w
			}
			if work[1] > 5*work[0] {
				t.Errorf("4x the persons took %.1fx the steps (%d → %d)", float64(work[1])/float64(work[0]), work[0], work[1])
			}
		})
	}
}

// TestLongNameRun: a run of thousands of capitalised words next to a cue gives names of at
// most maxNameWords words, one of which speaks, not one name of the whole run.
func TestLongNameRun(t *testing.T) {
	run := strings.Repeat("Alpha Beta Gamma Delta ", 2000) + "Smith"
	for _, text := range []string{
		"“We will win,” said " + run + ".",
		"The team met on Monday. " + run + " said: “We will win.”",
		"« Nous gagnerons », a déclaré " + run + ".",
	} {
		a := &article.Article{Text: text}
		qs := quotes.Extract(a, quotes.Options{})
		ats := Speakers(a, qs, Options{})
		if len(ats) == 0 || ats[0].Speaker == nil {
			t.Errorf("%.40q…: no speaker", text)
			continue
		}
		if n := len(strings.Fields(ats[0].Speaker.Name)); n > maxNameWords {
			t.Errorf("%.40q…: speaker name of %d words, want at most %d", text, n, maxNameWords)
		}
		d := newDoc(a)
		for _, e := range d.ents {
			if n := len(strings.Fields(e.Name)); n > maxNameWords {
				t.Errorf("%.40q…: entity name of %d words, want at most %d", text, n, maxNameWords)
			}
		}
		d.release()
	}
}
