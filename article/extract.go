package article

import (
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractor finds the main content of a page. The tree it returns may share nodes with doc
// or be built anew; its text nodes keep the Data of the page's text nodes. doc is not changed.
type extractor interface {
	extract(doc *html.Node, base *url.URL, log *slog.Logger) (extract, error)
}

// extract is what an extractor found: the root of the main content (nil when none) and a
// byline read from the page's elements ("" when none).
type extract struct {
	root   *html.Node
	byline string
}

// mainExtractor is the extractor ParseHTML uses.
var mainExtractor extractor = readabilityExtractor{}

// readabilityExtractor runs codeberg.org/readeck/go-readability/v2 on a copy of the page.
type readabilityExtractor struct{}

func (readabilityExtractor) extract(doc *html.Node, base *url.URL, log *slog.Logger) (ex extract, err error) {
	defer func() {
		if r := recover(); r != nil { // a bug in the extractor must not take the caller down
			ex, err = extract{}, fmt.Errorf("readability failed: %v", r)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = MaxHTMLElements
	p.KeepClasses = true
	p.Logger = log
	art, err := p.ParseDocument(doc, base)
	if err != nil {
		return extract{}, err
	}
	return extract{root: art.Node, byline: clean(art.Byline())}, nil
}

// extractMain returns the main content of doc, or an error.
func extractMain(doc *html.Node, base *url.URL, log *slog.Logger) (extract, error) {
	if countElements(doc, MaxHTMLElements+1) > MaxHTMLElements {
		return extract{}, errTooLarge
	}
	keepQuoteFooters(doc)
	return mainExtractor.extract(doc, base, log)
}

// keepQuoteFooters moves the <footer> that ends a <blockquote>, where HTML puts the quote's
// attribution ("— Hans Kluge, WHO"; WHATWG HTML, the blockquote element), out of the quote
// as a paragraph right after it: the extractor drops every <footer> as page furniture, which
// would lose the speaker, and the attribution is not part of the quoted words. The text keeps
// its input order.
func keepQuoteFooters(n *html.Node) {
	var quotes []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
			quotes = append(quotes, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	for _, q := range quotes {
		f := q.LastChild
		for f != nil && f.Type == html.TextNode && strings.TrimSpace(f.Data) == "" {
			f = f.PrevSibling
		}
		if f == nil || f.Type != html.ElementNode || f.DataAtom != atom.Footer || q.Parent == nil {
			continue
		}
		q.RemoveChild(f)
		f.DataAtom, f.Data = atom.P, "p"
		q.Parent.InsertBefore(f, q.NextSibling)
	}
}

// countElements counts element nodes of n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	c := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if c >= limit {
			return
		}
		if n.Type == html.ElementNode {
			c++
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return c
}
