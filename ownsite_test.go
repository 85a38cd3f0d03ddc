package quotecheck

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestOwnSiteLinks: a link to the article's own site is a source when it credits a quote
// (its anchor is the quote's cue), not when it is a topic page linked beside the quote.
func TestOwnSiteLinks(t *testing.T) {
	page := `<html><body><article>` +
		`<p>The senator <a href="/politics/interview.html">told the paper in an interview</a> that "the bill is dead on arrival and everyone knows it," as talks on <a href="/world/ukraine">Ukraine</a> went on.</p>` +
		`<p>"We will fight this to the very end," Senator Jane Roe said in <a href="/topic/congress">Congress</a> on Monday.</p>` +
		`</article></body></html>`
	urls := sourceURLs(t, page)
	if !slices.Contains(urls, "https://www.example.org/politics/interview.html") {
		t.Errorf("sources %q lack the interview the quote's cue links to", urls)
	}
	for _, u := range urls {
		if strings.Contains(u, "/world/") || strings.Contains(u, "/topic/") {
			t.Errorf("topic page %s of the article's own site is listed as a source", u)
		}
	}
}

// TestSocialLinks: a link to a social network is a source when it credits a quote (its anchor
// is the quote's cue), not when it is the author's profile or a share button.
func TestSocialLinks(t *testing.T) {
	page := `<html><body><article>` +
		`<p>The senator <a href="https://twitter.com/senroe/status/123">wrote on Twitter</a> that "the bill is dead on arrival and everyone knows it," as talks went on.</p>` +
		`<p>"We will fight this to the very end," Senator Jane Roe said on Monday.</p>` +
		`<p>Jane Doe covers Congress. Follow her on <a href="https://twitter.com/janedoe">Twitter</a> and <a href="https://fr-fr.facebook.com/jane.doe">Facebook</a>.</p>` +
		`</article></body></html>`
	urls := sourceURLs(t, page)
	if !slices.Contains(urls, "https://twitter.com/senroe/status/123") {
		t.Errorf("sources %q lack the post the quote's cue links to", urls)
	}
	for _, u := range urls {
		if strings.Contains(u, "janedoe") || strings.Contains(u, "facebook") {
			t.Errorf("profile link %s is listed as a source", u)
		}
	}
}

// sourceURLs checks page (an article of https://www.example.org) without fetching and returns
// the URLs of its report's sources.
func sourceURLs(t *testing.T, page string) []string {
	t.Helper()
	base, _ := url.Parse("https://www.example.org/a/story.html")
	var urls []string
	for _, s := range checkPage(t, page, base).Sources {
		urls = append(urls, s.URL)
	}
	return urls
}

// checkPage parses the HTML page (links resolved against base, which may be nil) and checks
// it without fetching.
func checkPage(t *testing.T, page string, base *url.URL) *Report {
	t.Helper()
	a, err := article.ParseHTML(strings.NewReader(page), "text/html", base)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}
