package quotecheck

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/article"
)

// WriteHTML writes the report as one self-contained HTML page (inline CSS, no script, no
// external asset): the article text with each quote highlighted (an element
// <mark class="quote" id="q<N>"> per quote, N from 1), and for each quote its speaker and a
// side-by-side word diff with each source passage. a is the checked article; its Text is
// what the report's offsets point into.
func (r *Report) WriteHTML(w io.Writer, a *article.Article) error {
	data := struct {
		R      *Report
		Body   template.HTML
		Quotes []htmlQuote
	}{R: r, Body: highlight(a.Text, r.Quotes)}
	for i, q := range r.Quotes {
		data.Quotes = append(data.Quotes, htmlQuote{N: i + 1, Q: q, Checks: htmlChecks(q.Checks)})
	}
	return pageTemplate.Execute(w, data)
}

type htmlQuote struct {
	N      int
	Q      QuoteReport
	Checks []htmlCheck
}

type htmlCheck struct {
	C              Check
	Quote, Passage template.HTML
}

func htmlChecks(cs []Check) []htmlCheck {
	out := make([]htmlCheck, 0, len(cs))
	for _, c := range cs {
		var q, s strings.Builder
		for _, op := range c.Diff {
			switch op.Op {
			case "insert":
				fmt.Fprintf(&q, "<ins>%s</ins> ", template.HTMLEscapeString(op.Quote))
			case "delete":
				fmt.Fprintf(&s, "<del>%s</del> ", template.HTMLEscapeString(op.Source))
			default:
				fmt.Fprintf(&q, "%s ", template.HTMLEscapeString(op.Quote))
				fmt.Fprintf(&s, "%s ", template.HTMLEscapeString(op.Source))
			}
		}
		out = append(out, htmlCheck{C: c, Quote: template.HTML(q.String()), Passage: template.HTML(s.String())})
	}
	return out
}

// highlight renders text as paragraphs with the top-level quotes marked. Quotes nested in
// or overlapping an earlier one are not marked again.
func highlight(text string, qs []QuoteReport) template.HTML {
	idx := make([]int, len(qs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return qs[a].Start - qs[b].Start })
	var b strings.Builder
	b.WriteString("<p>")
	pos := 0
	write := func(s string) {
		s = template.HTMLEscapeString(s)
		b.WriteString(strings.ReplaceAll(s, "\n\n", "</p>\n<p>"))
	}
	for _, i := range idx {
		q := qs[i]
		if q.Start < pos || q.End > len(text) || q.Start >= q.End {
			continue
		}
		write(text[pos:q.Start])
		fmt.Fprintf(&b, `<mark class="quote %s" id="q%d" title="%d. %s">`, q.Kind, i+1, i+1, template.HTMLEscapeString(speakerName(q)))
		write(text[q.Start:q.End])
		fmt.Fprintf(&b, `</mark><sup><a href="#c%d">%d</a></sup>`, i+1, i+1)
		pos = q.End
	}
	write(text[pos:])
	b.WriteString("</p>")
	return template.HTML(b.String())
}

func speakerName(q QuoteReport) string {
	if q.Speaker == nil {
		return "no speaker given"
	}
	return q.Speaker.Name
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.R.Article.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotecheck: {{.R.Article.Title}}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,main{max-width:72rem;margin:auto;padding:1rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
@media(max-width:60rem){.cols{grid-template-columns:1fr}}
article{background:#fff;padding:1rem 1.5rem;border:1px solid #ddd}
mark.quote{background:#fff3b0;border-bottom:2px solid #e0b000}
mark.indirect{background:#e3f0ff;border-bottom-color:#5a8fd0}
mark.mixed{background:#efe3ff;border-bottom-color:#8a5ad0}
mark.term{background:#eee;border-bottom-color:#aaa}
.card{background:#fff;border:1px solid #ddd;padding:.5rem 1rem;margin-bottom:1rem}
.check{border-top:1px solid #eee;padding:.4rem 0}
.side{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;font-size:.9rem}
.side div{background:#f6f6f6;padding:.3rem .5rem}
ins{background:#c8f7c5;text-decoration:none}
del{background:#ffd0d0}
.v{font-weight:bold;padding:0 .3rem;border-radius:3px}
.v-exact,.v-equivalent,.v-elided{background:#c8f7c5}
.v-altered{background:#ffe9a8}.v-meaning-changed,.v-not-found{background:#ffc4c4}.v-unverifiable{background:#ddd}
small{color:#666}
.qt{font-style:italic;font-size:.9rem;color:#444}
</style>
</head>
<body>
<header>
<h1>{{.R.Article.Title}}</h1>
<p><small>{{.R.Article.Outlet}} {{with .R.Article.Published}}· {{.Format "2006-01-02"}}{{end}} · {{.R.Article.Lang}} · {{.R.Article.URL}}</small></p>
<p id="summary">{{.R.Summary}}</p>
</header>
<main class="cols">
<article id="text">{{.Body}}</article>
<section id="quotes">
<h2>Sources</h2>
<ol>{{range .R.Sources}}<li>{{.Outlet}}{{with .Via}} via {{.}}{{end}} <small>{{.Relation}} {{.URL}}{{with .Error}} — unavailable: {{.}}{{end}}</small></li>{{end}}</ol>
<h2>Quotes</h2>
{{range .Quotes}}<div class="card" id="c{{.N}}">
<p><a href="#q{{.N}}">{{.N}}.</a> <b>{{.Q.Kind}}</b> <small>line {{.Q.Line}}, column {{.Q.Column}}</small><br>
<span class="qt">{{.Q.Text}}</span><br>
{{with .Q.Speaker}}Speaker: <b>{{.Name}}</b> <small>(“{{.Mention}}”, {{.Method}}, {{printf "%.2f" .Confidence}})</small>{{else}}<small>No speaker given</small>{{end}}</p>
{{range .Checks}}<div class="check"><span class="v v-{{.C.Verdict}}">{{.C.Verdict}}</span> {{.C.Outlet}}
{{if .C.Reason}}<small>{{.C.Reason}}</small>{{else}}<small>similarity {{printf "%.3f" .C.Similarity}}, WER {{printf "%.3f" .C.WER}}</small>
{{if .C.Diff}}<div class="side"><div><small>quote</small><br>{{.Quote}}</div><div><small>source</small><br>{{.Passage}}</div></div>{{end}}{{end}}
</div>{{end}}
</div>
{{end}}
{{with .R.Reuse}}<h2>Repeated passages</h2>{{range .}}<div class="card"><small>similarity {{printf "%.3f" .Similarity}}</small><p>“{{.First}}”</p><p>“{{.Second}}”</p></div>{{end}}{{end}}
</section>
</main>
</body>
</html>
`))
