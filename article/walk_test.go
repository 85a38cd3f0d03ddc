package article

import (
	"bytes"
	"errors"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// stubExtractor returns a fixed result, to test ParseHTML apart from readability.
type stubExtractor struct {
	ex  extract
	err error
}

func (s stubExtractor) extract(*html.Node, *url.URL, *slog.Logger) (extract, error) {
	return s.ex, s.err
}

func withExtractor(t *testing.T, e extractor) {
	old := mainExtractor
	mainExtractor = e
	t.Cleanup(func() { mainExtractor = old })
}

func TestParseHTMLExtractorFallback(t *testing.T) {
	withExtractor(t, stubExtractor{err: errors.New("boom")})
	in := `<html><body><header>Banner</header><article><header><h1>Head</h1></header><p>Body text.</p><footer>By Ana</footer></article><footer>Site footer</footer></body></html>`
	a, err := ParseHTML(strings.NewReader(in), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if diff := cmp.Diff("Head\n\nBody text.\n\nBy Ana", a.Text); diff != "" {
		t.Errorf("Text (-want +got):\n%s", diff)
	}
	if a.PageText != a.Text {
		t.Errorf("PageText %q differs from Text", a.PageText)
	}
	if w := strings.Join(a.Warnings, "; "); !strings.Contains(w, "boom") {
		t.Errorf("warnings %q lack the extractor's error", w)
	}
}

// TestWalker checks paragraphs, white space, links and quotes on the page text of small
// pages, with main-text extraction stubbed out.
func TestWalker(t *testing.T) {
	withExtractor(t, stubExtractor{})
	type link struct{ Text, URL string }
	tests := []struct {
		name, in string
		base     string
		paras    []string
		links    []link
		reason   string
	}{
		{"white space", "<p>  a \n\t b  </p><p>\u00a0c\u00a0</p><p>&nbsp;</p>", "", []string{"a b", "c"}, nil,
			"ASCII white space collapses; U+00A0 is trimmed at paragraph ends; an empty paragraph is dropped"},
		{"inline boundaries", "<p><b>bold</b>er <i>x</i> <span>y</span></p>", "", []string{"bolder x y"}, nil,
			"inline elements do not add spaces"},
		{"br and div", "<div>one<br>two<div>three</div>four</div>", "", []string{"one", "two", "three", "four"}, nil,
			"<br> and block boundaries end paragraphs"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "", []string{"a b", "c"}, nil,
			"cells of a row are separated by a space, rows are paragraphs"},
		{"links", `<p>See <a href="/x?a=1">the <b>report</b></a> and <a href="javascript:void(0)">js</a>.</p>`,
			"https://example.org/news/", []string{"See the report and js."}, []link{{"the report", "https://example.org/x?a=1"}},
			"URLs are resolved against base; javascript: links are not links"},
		{"base element", `<head><base href="https://cdn.example/a/"></head><p><a href="b.html">b</a></p>`,
			"https://example.org/", []string{"b"}, []link{{"b", "https://cdn.example/a/b.html"}},
			"a <base href> overrides the base URL"},
		{"entities", "<p>caf&eacute; &amp; &#8220;x&#8221;</p>", "", []string{"café & “x”"}, nil,
			"character references are decoded"},
		{"page form", "<form><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p></form><form><p>login</p></form>", "",
			[]string{"1", "2", "3", "4", "5"}, nil, "a form wrapping the page is kept, a small one is not"},
		{"hidden", `<p hidden>h</p><p style="display: none">d</p><p aria-hidden="true">a</p><div role="navigation">n</div><p>shown</p>`,
			"", []string{"shown"}, nil, "hidden elements are skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *url.URL
			if tt.base != "" {
				base = mustURL(tt.base)
			}
			a, err := ParseHTML(strings.NewReader(tt.in), "", base)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			var paras []string
			for _, p := range a.Paragraphs {
				paras = append(paras, a.Text[p.Start:p.End])
			}
			if diff := cmp.Diff(tt.paras, paras); diff != "" {
				t.Errorf("%s: paragraphs (-want +got):\n%s", tt.reason, diff)
			}
			var links []link
			for _, l := range a.Links {
				links = append(links, link{a.Text[l.Span.Start:l.Span.End], l.URL.String()})
			}
			if diff := cmp.Diff(tt.links, links); diff != "" {
				t.Errorf("%s: links (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestPositionEntities(t *testing.T) {
	in := "<p>ab &amp; c&eacute;d\n  ef</p>"
	a, err := ParseHTML(strings.NewReader(in), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "ab & céd ef" {
		t.Fatalf("Text %q", a.Text)
	}
	tests := []struct {
		sub       string
		line, col int
	}{
		{"ab", 1, 4}, {"&", 1, 7}, {"c", 1, 13}, {"é", 1, 14}, {"d", 1, 22}, {"ef", 2, 3},
	}
	for _, tt := range tests {
		pos, ok := a.Position(strings.Index(a.Text, tt.sub))
		if !ok || pos.Line != tt.line || pos.Column != tt.col {
			t.Errorf("Position(%q) = %+v; want %d:%d", tt.sub, pos, tt.line, tt.col)
		}
	}
}

func TestParseHTMLFlatLinks(t *testing.T) {
	in := strings.Repeat("<div>", 600) + `<p>Deep <a href="https://example.org/x">link</a> and <q cite="https://example.org/q">quote</q>.</p><script>no</script>`
	a, err := ParseHTML(strings.NewReader(in), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Text != "Deep link and “quote”." || len(a.Links) != 1 || len(a.Quotes) != 1 {
		t.Errorf("Text %q, links %v, quotes %v", a.Text, a.Links, a.Quotes)
	}
}

func TestParseHTMLLogger(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if _, err := ParseHTMLWithOptions(strings.NewReader("<p>x</p>"), "", nil, Options{Logger: log}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "article: charset") {
		t.Errorf("logger got %q", buf.String())
	}
}
