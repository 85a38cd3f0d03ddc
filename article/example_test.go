package article_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/quotecheck/quotecheck/article"
)

func ExampleParseHTML() {
	page := `<html lang="fr"><head><title>Le pont | Courrier</title>
<meta property="og:site_name" content="Courrier du Val"></head><body>
<nav><a href="/">Accueil</a></nav>
<article><p>Le conseil a voté mardi la reconstruction du vieux pont, un projet qui divise les habitants depuis plus de dix ans et dont le coût atteindra douze millions d'euros.</p>
<p>« Nous avons assez attendu », a déclaré la maire, <a href="/maire">Clara Holm</a>, après le vote, ajoutant que les travaux commenceraient en mai et dureraient quatre ans.</p></article>
</body></html>`
	base, _ := url.Parse("https://courrier.example/2024/pont.html")
	a, err := article.ParseHTML(strings.NewReader(page), "text/html; charset=utf-8", base)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Metadata.Outlet.Value, "/", a.Metadata.Outlet.Origin, "/", a.Metadata.Language.Value)
	p := a.Paragraphs[1]
	quote, _, _ := strings.Cut(a.Text[p.Start:p.End], ",")
	fmt.Println(quote)
	l := a.Links[0]
	pos, _ := a.Position(l.Span.Start)
	fmt.Printf("%s -> %s at line %d, column %d\n", a.Text[l.Span.Start:l.Span.End], l.URL, pos.Line, pos.Column)
	// Output:
	// Courrier du Val / opengraph / fr
	// « Nous avons assez attendu »
	// Clara Holm -> https://courrier.example/maire at line 5, column 71
}

func ExampleParseMarkdown() {
	md := "---\ntitle: Le pont\n---\n\n# Vote\n\n> « Nous avons assez attendu », a dit [la maire](https://example.org).\n"
	a, _ := article.ParseMarkdown(strings.NewReader(md))
	q := a.Quotes[0]
	pos, _ := a.Position(q.Span.Start)
	fmt.Printf("%q by %v at %d:%d\n", a.Text[q.Span.Start:q.Span.End], a.Metadata.Title.Value, pos.Line, pos.Column)
	// Output:
	// "« Nous avons assez attendu », a dit la maire." by Le pont at 7:3
}
