package article

import (
	"fmt"
	"log/slog"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
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
	return mainExtractor.extract(doc, base, log)
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
