package quotecheck

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/quotecheck/quotecheck/article"
)

// htmlFixtures are articles with nested quotes, fragments of mixed quotes and a quote over
// two paragraphs.
var htmlFixtures = []string{
	"The minister said: \"My father told me, 'Never sell the farm,' and I never did.\"\n\n" +
		"She called the plan \"a reckless gamble with the savings of millions of families\", according to aides.",
	"« Nous ne céderons pas. Mon prédécesseur disait : “jamais sans le peuple” », a déclaré le ministre.\n\n" +
		"Il a estimé que la réforme était « une erreur historique pour tout le pays et pour l'Europe ».\n\n" +
		"« Le premier paragraphe de la déclaration.\n\n« Le second paragraphe de la déclaration », a-t-il ajouté.",
}

// TestHTMLAnchors parses the HTML report and checks that every quote has its mark, that
// every card's link to its quote points at an element of the page, and that marks are not
// broken by paragraphs.
func TestHTMLAnchors(t *testing.T) {
	var pages []*Report
	var arts []*article.Article
	rep, a := checkSample(t)
	pages, arts = append(pages, rep), append(arts, a)
	for _, f := range htmlFixtures {
		a, err := article.ParseText(strings.NewReader(f))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		pages, arts = append(pages, rep), append(arts, a)
	}
	nested := 0
	for p, rep := range pages {
		var b bytes.Buffer
		if err := rep.WriteHTML(&b, arts[p]); err != nil {
			t.Fatal(err)
		}
		doc, err := goquery.NewDocumentFromReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range rep.Quotes {
			if nestedIn(q, rep.Quotes) {
				nested++
			}
			m := doc.Find("mark#q" + strconv.Itoa(i+1))
			if m.Length() != 1 {
				t.Errorf("page %d: quote %d %q (%s) has %d marks, want 1", p, i+1, q.Text, q.Kind, m.Length())
				continue
			}
			if got := strings.Join(strings.Fields(m.Text()), " "); !strings.HasPrefix(got, strings.Join(strings.Fields(q.Text), " ")[:min(len(q.Text), 8)]) {
				t.Errorf("page %d: mark q%d reads %q, want quote %q", p, i+1, got, q.Text)
			}
		}
		doc.Find(`a[href^="#"]`).Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			if doc.Find(`[id="`+href[1:]+`"]`).Length() == 0 {
				t.Errorf("page %d: link %s points at no element", p, href)
			}
		})
	}
	if nested == 0 {
		t.Error("no fixture has a nested quote; the test does not test nesting")
	}
}

// TestHTMLHeader: an article with no metadata gives no empty separators, and no article is
// an error rather than a panic.
func TestHTMLHeader(t *testing.T) {
	a, _ := article.ParseText(strings.NewReader(`"We will not raise taxes," the minister said.`))
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	rep.Article.Lang = ""
	var b bytes.Buffer
	if err := rep.WriteHTML(&b, a); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	doc.Find("header small").Each(func(_ int, s *goquery.Selection) {
		txt := strings.TrimSpace(s.Text())
		if txt == "" || strings.HasPrefix(txt, "·") || strings.HasSuffix(txt, "·") || strings.Contains(txt, "·  ·") {
			t.Errorf("header line %q has empty parts", s.Text())
		}
	})
	if err := rep.WriteHTML(&b, nil); err == nil {
		t.Error("WriteHTML with a nil article: no error")
	}
	if err := (*Report)(nil).WriteHTML(&b, a); err == nil {
		t.Error("WriteHTML of a nil report: no error")
	}
}

// TestHighlightOverlaps: overlapping, nested, empty and out-of-range spans never panic,
// every quote with a valid span gets exactly one mark, and the text is kept whole.
func TestHighlightOverlaps(t *testing.T) {
	text := "Alpha beta \"gamma delta\" epsilon.\n\nZeta \"eta theta\" iota kappa."
	spans := [][2]int{{0, 20}, {5, 30}, {12, 23}, {12, 23}, {30, 50}, {40, 44}, {7, 7}, {-1, 3}, {60, 200}, {36, 66}}
	var qs []QuoteReport
	for _, s := range spans {
		qs = append(qs, QuoteReport{Kind: "direct", Start: s[0], End: s[1]})
	}
	body, marked := highlight(text, qs)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><body><article>" + string(body) + "</article></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range qs {
		valid := q.Start >= 0 && q.Start < q.End && q.End <= len(text)
		if n := doc.Find("mark#q" + strconv.Itoa(i+1)).Length(); marked[i] != valid || (valid && n != 1) {
			t.Errorf("quote %d %v: marked %v, %d marks; want one mark iff the span is valid", i+1, spans[i], marked[i], n)
		}
	}
	got := strings.Join(strings.Fields(doc.Find("article").Text()), " ")
	want := strings.Join(strings.Fields(text), " ")
	doc.Find("sup").Each(func(_ int, s *goquery.Selection) { got = strings.Replace(got, s.Text(), "", 1) })
	if strings.Join(strings.Fields(got), " ") != want {
		t.Errorf("highlighted text %q, want %q", got, want)
	}
}

// TestHTMLEditsAndUnresolved: the HTML report names the edits of a check as the text report
// does, and says "unresolved" for a speaker known only by a pronoun.
func TestHTMLEditsAndUnresolved(t *testing.T) {
	rep, a := checkSample(t)
	var b bytes.Buffer
	if err := rep.WriteHTML(&b, a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ", edits: elision") {
		t.Error("the sample's HTML report names no edits")
	}
	a, err := article.ParseText(strings.NewReader("“We will win this race,” she said."))
	if err != nil {
		t.Fatal(err)
	}
	rep, err = New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := rep.WriteHTML(&b, a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Speaker: unresolved") {
		t.Error("the HTML report does not say the speaker is unresolved")
	}
}
