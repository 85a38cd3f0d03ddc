package attribution

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// The <footer> of an HTML <blockquote> ("— Hans Kluge, …") names the block quote's speaker,
// although it is the paragraph after the quote, not the rest of the quote's paragraph.
func TestBylineAfterBlockquote(t *testing.T) {
	in := `<html><body><article><p>The World Health Organization on Friday warned of a new wave of infections across Europe, and Director-General Tedros Adhanom Ghebreyesus said governments should keep testing.</p>
<blockquote><p>We are seeing a worrying rise in hospitalisations in at least 12 countries.</p><footer>— Hans Kluge, WHO regional director for Europe</footer></blockquote>
<p>In its latest report, the agency said vaccination rates had stalled across the region.</p></article></body></html>`
	a, err := article.ParseHTML(strings.NewReader(in), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qs := quotes.Extract(a, quotes.Options{})
	ats := Speakers(a, qs, Options{})
	found := false
	for i, q := range qs {
		if q.Kind != quotes.Blockquote {
			continue
		}
		found = true
		if ats[i].Speaker == nil || ats[i].Speaker.Name != "Hans Kluge" || ats[i].Method != MethodByline {
			t.Errorf("block quote %q: speaker %v by %v, want Hans Kluge by byline", q.Text(a), ats[i].Speaker, ats[i].Method)
		}
	}
	if !found {
		t.Fatalf("no block quote in %q", a.Text)
	}
}
