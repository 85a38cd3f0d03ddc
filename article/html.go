package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxHTMLBytes is the largest HTML page ParseHTML reads (10 MiB, the body cap of package
// fetch; the largest page of the article-extraction benchmark is 1.5 MB). A longer page is
// cut there, which the HTML parser tolerates, and the Article carries a warning.
const MaxHTMLBytes = 10 << 20

// MaxHTMLElements is the largest number of elements a page may have for main-text
// extraction. Readability scores every element several times; past this bound the page text
// stands in for the main text and the Article carries a warning.
const MaxHTMLElements = 200_000

// Options tunes [ParseHTMLWithOptions]. The zero value is what [ParseHTML] uses.
type Options struct {
	// Logger receives debug records about charset decisions and extraction fallbacks.
	// Nil means silent.
	Logger *slog.Logger
}

// ParseHTML parses an HTML page into an Article.
//
// Charset: the bytes are decoded following the HTML standard's encoding sniffing (byte order
// mark, then the charset parameter of contentType, e.g. "text/html; charset=iso-8859-1",
// then a <meta> in the first 1024 bytes, then a guess) with golang.org/x/net/html/charset,
// and the result is checked against the bytes: a page declared UTF-8 whose bytes are not is
// decoded as Windows-1252, a page declared Latin-1 whose bytes are valid multi-byte UTF-8 is
// decoded as UTF-8, and either way Warnings says so. contentType may be empty.
//
// Text is the main text found by the readability algorithm
// (codeberg.org/readeck/go-readability/v2, a port of Mozilla's Readability.js); PageText is
// all visible text of the page. Both are split into paragraphs at block elements (p, h1–h6,
// li, blockquote, div, …) and at <br>, joined by "\n\n"; ASCII white space collapses to one
// space. Scripts, styles, <noscript>, templates, embedded content, form controls, forms,
// <nav> and hidden elements never reach Text or PageText; PageText also leaves out the page's
// banner and footer (a <header> or <footer> outside <article>, <main> and <section>). Text
// also leaves out what readability keeps but is not the article's prose: figure captions,
// boxes whose class or id names a caption, credit, share, related, newsletter or ad block
// (unless they hold a paragraph over 200 bytes), and paragraphs made only of link text. When
// readability finds no main text, Text is the page text and Warnings says so.
//
// Links and Quotes (<q>, <blockquote>) point into Text, with URLs resolved against base (and
// a <base href> of the page). An inline <q> whose text opens with no quotation mark of its own
// is written between “ and ” (‘ and ’ inside another), as a browser draws it; its span
// excludes them; base may be nil, and relative URLs then stay relative.
// javascript: links are not links. Metadata is read from JSON-LD first, then
// OpenGraph and article:* properties, then other <meta> tags, then the page (see [Metadata]).
// Position maps a Text offset back to the line and column of the decoded page.
//
// Limits: at most [MaxHTMLBytes] bytes are read (the rest is dropped with a warning); peak
// memory is about 30 times the size read (the tree, the page text and the readability
// copy), so at most about 300 MB. A page nested deeper than 512 elements, which golang.org/x/net/html rejects, is read
// as a flat token stream instead: Text and PageText are then its visible text, paragraphs
// split at block tags, and Warnings says so. A page with more than [MaxHTMLElements]
// elements skips main-text extraction. Errors come only from reading r.
func ParseHTML(r io.Reader, contentType string, base *url.URL) (*Article, error) {
	return ParseHTMLWithOptions(r, contentType, base, Options{})
}

// ParseHTMLWithOptions is [ParseHTML] with options.
func ParseHTMLWithOptions(r io.Reader, contentType string, base *url.URL, opts Options) (*Article, error) {
	raw, truncated, err := readCapped(r, MaxHTMLBytes)
	if err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &Article{URL: base}
	if truncated {
		a.Warnings = append(a.Warnings, fmt.Sprintf("input cut at %d bytes", MaxHTMLBytes))
	}
	src, enc, warns := decodeHTML(raw, contentType)
	log.Debug("article: charset", "encoding", enc, "warnings", len(warns))
	a.Warnings = append(a.Warnings, warns...)
	a.setSource(src)
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		log.Debug("article: HTML tree rejected; reading tokens", "err", err)
		parseFlat(a, src, err)
		return a, nil
	}
	if b := findBase(doc); b != "" {
		if u, err := url.Parse(b); err == nil {
			if base != nil {
				u = base.ResolveReference(u)
			}
			base = u
		}
	}
	idx := newTextIndex(src)
	a.Metadata = readMetadata(doc, base)
	a.PageText = pageText(doc, idx, base)
	ex, err := extractMain(doc, base, log)
	if len(a.Metadata.Authors) == 0 && ex.byline != "" {
		a.Metadata.Authors = []Field{{authorName(ex.byline), OriginPage}}
	}
	root := ex.root
	if err != nil || root == nil {
		a.Warnings = append(a.Warnings, mainTextWarning(err))
		root = doc
	}
	fillText(a, root, idx, base, skipFor(root == doc), root != doc)
	switch {
	case a.Text != "" || root == doc:
	case a.PageText == "":
		a.Warnings = append(a.Warnings, "no main text found: the page has no visible text")
	default:
		a.Warnings = append(a.Warnings, "no main text found: readability extract is empty; Text is the page text")
		*a = Article{Metadata: a.Metadata, URL: a.URL, PageText: a.PageText, Warnings: a.Warnings, src: a.src, lines: a.lines}
		fillText(a, doc, idx, base, skipPage, false)
	}
	return a, nil
}

func mainTextWarning(err error) string {
	if err != nil {
		return "no main text found (" + err.Error() + "); Text is the page text"
	}
	return "no main text found; Text is the page text"
}

func skipFor(page bool) func(*html.Node, []atom.Atom) bool {
	if page {
		return skipPage
	}
	return skipMain
}

// fillText walks root into a's Text, Paragraphs, Links and Quotes.
func fillText(a *Article, root *html.Node, idx *textIndex, base *url.URL, skip func(*html.Node, []atom.Atom) bool, main bool) {
	idx.cursor, idx.misses = 0, 0
	b := &builder{a: a}
	w := &walker{b: b, idx: idx, skip: skip, base: base, dropLinkOnly: main}
	w.walk(root)
	w.finish()
	a.Text = string(b.text)
}

// pageText is the visible text of the whole page.
func pageText(doc *html.Node, idx *textIndex, base *url.URL) string {
	tmp := &Article{}
	fillText(tmp, doc, idx, base, skipPage, false)
	return tmp.Text
}

// findBase returns the href of the first <base> element, "" when none.
func findBase(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Base {
		return attr(n, "href")
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := findBase(c); h != "" {
			return h
		}
	}
	return ""
}

// errTooLarge is returned by extractMain for pages with more than MaxHTMLElements elements.
var errTooLarge = errors.New("page has too many elements for main-text extraction")
