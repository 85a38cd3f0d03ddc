package attribution

import (
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

func nestedPage(name, open, word, shut string, n int) string {
	lead := ""
	if name == "colon" {
		lead = "He said: "
	}
	return "<html><body><p>" + lead + strings.Repeat(open+word, n) + "a" + strings.Repeat(shut, n) + "</p></body></html>"
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
				a, err := article.ParseHTML(strings.NewReader(nestedPage(c.name, c.open, c.word, c.shut, n)), "text/html", nil)
				if err != nil {
					t.Fatal(err)
				}
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
