package quotecheck

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestLinkSources: a link is a source when it credits a quote (its anchor is the quote's cue),
// not when it is a topic page of the article's own site linked beside the quote, the author's
// profile on a social network or a share button.
func TestLinkSources(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
		notWant          []string // substrings of URLs that must not be sources
	}{
		{"own site", `<html><body><article>` +
			`<p>The senator <a href="/politics/interview.html">told the paper in an interview</a> that "the bill is dead on arrival and everyone knows it," as talks on <a href="/world/ukraine">Ukraine</a> went on.</p>` +
			`<p>"We will fight this to the very end," Senator Jane Roe said in <a href="/topic/congress">Congress</a> on Monday.</p>` +
			`</article></body></html>`,
			"https://www.example.org/politics/interview.html", []string{"/world/", "/topic/"}},
		{"social networks", `<html><body><article>` +
			`<p>The senator <a href="https://twitter.com/senroe/status/123">wrote on Twitter</a> that "the bill is dead on arrival and everyone knows it," as talks went on.</p>` +
			`<p>"We will fight this to the very end," Senator Jane Roe said on Monday.</p>` +
			`<p>Jane Doe covers Congress. Follow her on <a href="https://twitter.com/janedoe">Twitter</a> and <a href="https://fr-fr.facebook.com/jane.doe">Facebook</a>.</p>` +
			`</article></body></html>`,
			"https://twitter.com/senroe/status/123", []string{"janedoe", "facebook"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			urls := sourceURLs(t, c.page)
			if !slices.Contains(urls, c.want) {
				t.Errorf("sources %q lack %s, which the quote's cue links to", urls, c.want)
			}
			for _, u := range urls {
				for _, bad := range c.notWant {
					if strings.Contains(u, bad) {
						t.Errorf("%s is listed as a source", u)
					}
				}
			}
		})
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
