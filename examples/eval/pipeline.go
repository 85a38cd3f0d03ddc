package main

import (
	"strings"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/compare"
	"github.com/quotecheck/quotecheck/internal/gold"
	"github.com/quotecheck/quotecheck/quotes"
)

// library is the real quotecheck pipeline.
var library = engine{predict: predict, locate: locate}

// predict runs quotes.Extract and attribution.Speakers on the gold text, kept byte for byte
// (article.FromText) so that offsets compare. Kinds map direct, indirect and mixed to their
// FORMAT.md names and a <blockquote>/<q> to direct; Term quotes are not statements and are
// left out, and so are nested quotes (Depth > 0) and the Fragment quotes inside a mixed quote. Each piece of an interrupted statement is its own quote. The speaker span is the
// attribution's mention, the reference the entity's canonical name, the cue the quote's cue;
// sources are the mentions attribution.Sources finds in the text.
func predict(g *gold.Article) gold.Article {
	a := article.FromText(g.Text)
	qs := quotes.Extract(a, quotes.Options{Lang: g.Lang})
	atts := attribution.Speakers(a, qs, attribution.Options{})
	p := gold.Article{ID: g.ID, Lang: g.Lang, Outlet: g.Outlet, Text: g.Text, Quotes: []gold.Quote{}}
	join := coversInterrupted(g.ID)
	for i, q := range qs {
		if q.Depth > 0 || q.Flags.Has(quotes.Fragment) {
			continue // a quote inside a quote, or quoted words inside a mixed quote's clause
		}
		if join && q.Prev >= 0 {
			continue // joined to the first piece of its statement
		}
		kind, ok := kindName(q.Kind)
		qspan := q.Span
		if join {
			qspan.End = lastPiece(qs, i).Span.End
		}
		s, valid := span(g.Text, qspan)
		if !ok || !valid {
			continue
		}
		gq := gold.Quote{Start: s.Start, End: s.End, Text: s.Text, Kind: kind}
		if i < len(atts) && atts[i].Speaker != nil {
			if m, ok := span(g.Text, atts[i].Mention); ok && m.Len() > 0 {
				gq.Speaker = &m
			}
			gq.Reference = atts[i].Reference()
		}
		if q.Cue != nil {
			if c, ok := span(g.Text, q.Cue.Span); ok {
				gq.Cue = &c
			}
		}
		p.Quotes = append(p.Quotes, gq)
	}
	p.Sources = mentions(g.Text, attribution.Sources(a))
	return p
}

// coversInterrupted reports whether the gold set of id annotates a statement interrupted by
// its cue ("A," he said, "B.") as one quote over the covering span: PolNeAR and the German
// WikiNews set do (corpus/dev/README.md, "Discontinuous contents"); the French sets annotate
// two quotes, as quotes.Extract returns them.
func coversInterrupted(id string) bool {
	return strings.HasPrefix(id, "polnear/") || strings.HasPrefix(id, "german/")
}

// lastPiece follows the Next links of an interrupted statement from qs[i] to its last piece.
func lastPiece(qs []quotes.Quote, i int) quotes.Quote {
	for n := 0; qs[i].Next > i && qs[i].Next < len(qs) && n < len(qs); n++ {
		i = qs[i].Next
	}
	return qs[i]
}

// mentions converts the sources that have a span in the text; Via is the text of the cited
// source's mention, or its name when it has no span.
func mentions(text string, srcs []attribution.Source) []gold.Mention {
	out := []gold.Mention{}
	for _, src := range srcs {
		s, ok := span(text, src.Span)
		if !ok || s.Len() == 0 {
			continue
		}
		m := gold.Mention{Span: s}
		if v := src.Via; v != nil {
			m.Via = v.Name
			if vs, ok := span(text, v.Span); ok && vs.Len() > 0 {
				m.Via = vs.Text
			}
		}
		out = append(out, m)
	}
	return out
}

func kindName(k quotes.Kind) (string, bool) {
	switch k {
	case quotes.Direct, quotes.Blockquote:
		return gold.KindDirect, true
	case quotes.Indirect:
		return gold.KindIndirect, true
	case quotes.Mixed:
		return gold.KindMixed, true
	}
	return "", false
}

// span converts s to a gold.Span of text; ok is false when s does not fit text.
func span(text string, s article.Span) (gold.Span, bool) {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return gold.Span{}, false
	}
	return gold.NewSpan(text, s.Start, s.End), true
}

// locate runs compare.LocateText; the passage is nil when the verdict has none.
func locate(quote, source, _ string) (string, *gold.Span) {
	m := compare.LocateText(quote, source, compare.Options{})
	if m.Verdict == compare.NotFound || m.Verdict == compare.Unverifiable || m.Source.Len() == 0 {
		return m.Verdict.String(), nil
	}
	s, ok := span(source, m.Source)
	if !ok {
		return m.Verdict.String(), nil
	}
	return m.Verdict.String(), &s
}
