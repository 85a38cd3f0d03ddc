package article

import (
	"strings"
	"testing"
)

// TestNestedQuoteElementsBounded: quote elements nested thousands deep (in the HTML tree or,
// past 512 elements, in the token stream; Markdown block quotes) give at most maxQuoteDepth
// quote elements at once, so that the text they hold in all grows with the page, not its
// square; the text after them is read.
func TestNestedQuoteElementsBounded(t *testing.T) {
	for _, c := range []struct {
		name string
		page func(n int) string
		html bool
	}{
		{"q-tree", func(n int) string {
			return "<html><body><p>" + strings.Repeat("<q>a ", n) + "hi" + strings.Repeat("</q>", n) + "</p><p>Smith said.</p></body></html>"
		}, true},
		{"q-flat", func(n int) string {
			return "<html><body><p>" + strings.Repeat("<q>a ", 10*n) + "hi" + strings.Repeat("</q>", 10*n) + "</p><p>Smith said.</p></body></html>"
		}, true},
		{"blockquote-flat", func(n int) string {
			return "<html><body>" + strings.Repeat("<blockquote>a ", 10*n) + "hi" + strings.Repeat("</blockquote>", 10*n) + "<p>Smith said.</p></body></html>"
		}, true},
		{"markdown", func(n int) string {
			var b strings.Builder
			for i := 1; i <= n; i++ {
				b.WriteString(strings.Repeat("> ", i) + "a\n")
			}
			return b.String() + "\nSmith said.\n"
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var held [2]int
			for i, n := range []int{100, 400} {
				var a *Article
				var err error
				if c.html {
					a, err = ParseHTML(strings.NewReader(c.page(n)), "text/html", nil)
				} else {
					a, err = ParseMarkdown(strings.NewReader(c.page(n)))
				}
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(a.Text, "Smith said.") {
					t.Errorf("%d levels: the text after the quotes is lost: %.80q", n, a.Text[max(len(a.Text)-80, 0):])
				}
				if len(a.Quotes) > maxQuoteDepth {
					t.Errorf("%d levels gave %d quote elements, want at most %d", n, len(a.Quotes), maxQuoteDepth)
				}
				for _, q := range a.Quotes {
					held[i] += q.Span.Len()
				}
				if held[i] > (maxQuoteDepth+1)*len(a.Text) {
					t.Errorf("%d levels: the quote elements hold %d bytes of a text of %d", n, held[i], len(a.Text))
				}
			}
			if held[1] > 5*held[0] {
				t.Errorf("4x the nesting gave %.1fx the quoted text (%d → %d)", float64(held[1])/float64(held[0]), held[0], held[1])
			}
		})
	}
}
