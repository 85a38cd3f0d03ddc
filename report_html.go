package quotecheck

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/article"
)

// WriteHTML writes the report as one self-contained HTML page (inline CSS, no script, no
// external asset): the article text with each quote highlighted (an element
// <mark class="quote" id="q<N>"> per quote, N from 1; a quote nested in another, such as a
// fragment of a mixed quote, is marked inside it, and one that overlaps an earlier quote is
// marked up to that quote's end), and for each quote a card (id "c<N>") with its speaker and
// a side-by-side word diff with each source passage. a is the checked article; its Text is
// what the report's offsets point into. A bidirectional embedding, override or isolate
// control is shown as its code point in brackets, as WriteText does. A nil report or article
// is an error.
func (r *Report) WriteHTML(w io.Writer, a *article.Article) error {
	if r == nil || a == nil {
		return errors.New("quotecheck: WriteHTML needs a report and the article it checked")
	}
	body, marked := highlight(a.Text, r.Quotes)
	data := struct {
		R      *Report
		Meta   string
		Body   template.HTML
		Quotes []htmlQuote
	}{R: r, Meta: r.Article.metaLine(), Body: body}
	for i, q := range r.Quotes {
		data.Quotes = append(data.Quotes, htmlQuote{N: i + 1, Marked: marked[i], Q: q, Checks: htmlChecks(q.Checks)})
	}
	var page bytes.Buffer
	if err := pageTemplate.Execute(&page, data); err != nil {
		return err
	}
	_, err := w.Write(showBidi(page.Bytes()))
	return err
}

type htmlQuote struct {
	N      int
	Marked bool // the text has a mark with id q<N>
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

// highlight renders text as paragraphs (split at blank lines) with every quote marked: a
// quote inside another is a mark inside its mark, and a quote that starts inside an earlier
// one and ends after it is marked up to that one's end. A mark that spans paragraphs is
// closed at each break and reopened (without its id) after it. marked[i] reports whether
// qs[i] got its mark: only a quote with an empty or out-of-range span does not.
func highlight(text string, qs []QuoteReport) (template.HTML, []bool) {
	idx := make([]int, 0, len(qs))
	for i, q := range qs {
		if q.Start >= 0 && q.Start < q.End && q.End <= len(text) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(qs[a].Start-qs[b].Start, qs[b].End-qs[a].End)
	})
	marked := make([]bool, len(qs))
	var b strings.Builder
	var open []int               // quotes whose mark is open, outermost first
	ends := make([]int, len(qs)) // where each mark closes
	for i, q := range qs {
		ends[i] = q.End
	}
	end := func(i int) int { return ends[i] }
	write := func(s string) {
		for {
			k := strings.Index(s, "\n\n")
			if k < 0 {
				b.WriteString(template.HTMLEscapeString(s))
				return
			}
			b.WriteString(template.HTMLEscapeString(s[:k]))
			b.WriteString(strings.Repeat("</mark>", len(open)))
			b.WriteString("</p>\n<p>")
			for _, i := range open {
				fmt.Fprintf(&b, `<mark class="quote %s">`, qs[i].Kind)
			}
			s = s[k+2:]
		}
	}
	pos := 0
	closeTo := func(limit int) { // closes the marks that end at or before limit
		for len(open) > 0 && end(open[len(open)-1]) <= limit {
			i := open[len(open)-1]
			write(text[pos:end(i)])
			pos = end(i)
			open = open[:len(open)-1]
			fmt.Fprintf(&b, `</mark><sup><a href="#c%d">%d</a></sup>`, i+1, i+1)
		}
	}
	b.WriteString("<p>")
	for _, i := range idx {
		q := qs[i]
		closeTo(q.Start)
		if len(open) > 0 && q.End > end(open[len(open)-1]) {
			ends[i] = end(open[len(open)-1]) // overlaps the open quote: marked up to its end
		}
		write(text[pos:q.Start])
		pos = q.Start
		fmt.Fprintf(&b, `<mark class="quote %s" id="q%d" title="%d. %s">`, q.Kind, i+1, i+1, template.HTMLEscapeString(speakerName(q)))
		open = append(open, i)
		marked[i] = true
	}
	closeTo(len(text))
	write(text[pos:])
	b.WriteString("</p>")
	return template.HTML(b.String()), marked
}

func speakerName(q QuoteReport) string {
	if q.Speaker == nil {
		return "no speaker given"
	}
	if q.Speaker.Name == "" {
		return "unresolved “" + q.Speaker.Mention + "”"
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
{{with .Meta}}<p><small>{{.}}</small></p>{{end}}
{{range .R.Article.Warnings}}<p><strong>warning:</strong> {{.}}</p>{{end}}
<p id="summary">{{.R.Summary}}</p>
</header>
<main class="cols">
<article id="text">{{.Body}}</article>
<section id="quotes">
<h2>Sources</h2>
<ol>{{range .R.Sources}}<li>{{.Outlet}}{{with .Via}} via {{.}}{{end}} <small>{{.Relation}} {{.URL}}{{with .Error}} — unavailable: {{.}}{{end}}</small></li>{{end}}</ol>
<h2>Quotes</h2>
{{range .Quotes}}<div class="card" id="c{{.N}}">
<p>{{if .Marked}}<a href="#q{{.N}}">{{.N}}.</a>{{else}}{{.N}}.{{end}} <b>{{.Q.Kind}}</b> <small>line {{.Q.Line}}, column {{.Q.Column}}</small><br>
<span class="qt">{{.Q.Text}}</span><br>
{{with .Q.Speaker}}Speaker: {{if .Name}}<b>{{.Name}}</b>{{else}}unresolved{{end}} <small>(“{{.Mention}}”, {{.Method}}, {{printf "%.2f" .Confidence}})</small>{{else}}<small>No speaker given</small>{{end}}</p>
{{range .Checks}}<div class="check"><span class="v v-{{.C.Verdict}}">{{.C.Verdict}}</span> {{.C.Outlet}}
{{if .C.Reason}}<small>{{.C.Reason}}</small>{{else}}<small>similarity {{printf "%.3f" .C.Similarity}}, WER {{printf "%.3f" .C.WER}}{{if ne .C.Verdict.String "exact"}}{{range $i, $e := .C.Edits}}{{if $i}}, {{else}}, edits: {{end}}{{$e}}{{end}}{{end}}</small>
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
