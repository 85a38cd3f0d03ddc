package quotecheck

import (
	"time"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/compare"
	"github.com/quotecheck/quotecheck/fetch"
	"github.com/quotecheck/quotecheck/lang"
	"github.com/quotecheck/quotecheck/quotes"
)

// Report is the result of checking one article. Its JSON form is stable and documented
// field by field in docs/report.md; new fields may be added.
type Report struct {
	Article ArticleInfo    `json:"article"`
	Quotes  []QuoteReport  `json:"quotes"`
	Sources []SourceReport `json:"sources"`
	// Reuse lists passages the article repeats within itself.
	Reuse []Reuse `json:"reuse"`
	// Verdicts counts the checks per verdict name; every verdict appears, with 0 when unused.
	Verdicts map[string]int `json:"verdicts"`
}

// ArticleInfo is what the report says about the checked article.
type ArticleInfo struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Outlet    string     `json:"outlet"`
	Published *time.Time `json:"published"` // null when the page gives no date
	// Lang is the language whose conventions found the quotes: Options.Lang when set, else
	// the tag the page declares when there is data for it ("fr", "en-US"), else the language
	// detected from the text (en, fr), else "" (English conventions apply).
	Lang string `json:"lang"`
	// Warnings are the problems met while reading the article that the report may suffer
	// from (article.Article.Warnings: an input cut at its size limit, bytes that were not
	// valid in the declared or guessed encoding); omitted when none.
	Warnings []string `json:"warnings,omitempty"`
}

// QuoteReport is one quote with its speaker, sources and checks.
type QuoteReport struct {
	Text   string   `json:"text"`
	Kind   string   `json:"kind"`   // direct, indirect, mixed, term, blockquote
	Start  int      `json:"start"`  // bytes into the article's text, from 0
	End    int      `json:"end"`    // exclusive
	Line   int      `json:"line"`   // in the original input, from 1; 0 when unknown
	Column int      `json:"column"` // in runes, from 1; 0 when unknown
	Flags  []string `json:"flags,omitempty"`
	Depth  int      `json:"depth"` // nesting depth of a direct quote: 0 for a top-level quote
	// Speaker is null when the text names no one for the quote.
	Speaker *Speaker `json:"speaker"`
	Cue     string   `json:"cue"`     // the reporting verb or marker as printed; "" when none
	Sources []int    `json:"sources"` // indexes into Report.Sources that this quote is checked against
	Checks  []Check  `json:"checks"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Name       string   `json:"name"`    // canonical name of the entity
	Mention    string   `json:"mention"` // the words that link the quote to it ("il", "M.Fomine")
	Method     string   `json:"method"`  // the attribution sieve used
	Confidence float64  `json:"confidence"`
	Roles      []string `json:"roles,omitempty"`
}

// Check is the comparison of one quote with one source.
type Check struct {
	Source  int             `json:"source"` // index into Report.Sources
	Outlet  string          `json:"outlet"`
	URL     string          `json:"url"`
	Verdict compare.Verdict `json:"verdict"`
	Reason  string          `json:"reason,omitempty"` // why a source is unverifiable
	Flags   []string        `json:"flags,omitempty"`  // context-cut, archived
	// Edits are the kinds of the differences that decided the verdict (compare.EditKind
	// names: contraction, wording, negation, …), each once, in quote order; omitted when none.
	Edits      []string `json:"edits,omitempty"`
	Similarity float64  `json:"similarity"` // in [0, 1]
	WER        float64  `json:"wer"`        // word error rate
	// Passage is the source text the quote corresponds to; PassageStart and PassageEnd are
	// bytes into the source's main text (its page text when InPageText).
	Passage      string   `json:"passage,omitempty"`
	PassageStart int      `json:"passage_start"`
	PassageEnd   int      `json:"passage_end"`
	InPageText   bool     `json:"in_page_text,omitempty"`
	Diff         []DiffOp `json:"diff"`
}

// DiffOp is one operation of a word diff from the source passage to the quote.
type DiffOp struct {
	Op     string `json:"op"`     // equal, delete (source words the quote lacks), insert (quote words the source lacks)
	Quote  string `json:"quote"`  // the quote's words ("" for delete)
	Source string `json:"source"` // the source's words ("" for insert)
}

// SourceReport is a source the article credits or the caller gave.
type SourceReport struct {
	Outlet   string `json:"outlet"`
	URL      string `json:"url"`
	Via      string `json:"via,omitempty"`     // the outlet this one cites in turn
	Mention  string `json:"mention,omitempty"` // the words of the article that credit it
	Kind     string `json:"kind"`              // outlet, document, link, given (a -source the user gave)
	Relation string `json:"relation"`          // cited, credit, heard, linked, given
	// Evidence says where the fetched page came from; null when not fetched.
	Evidence *fetch.Evidence `json:"evidence"`
	Error    string          `json:"error,omitempty"` // why the source could not be had
}

// Reuse is a passage the article repeats.
type Reuse struct {
	First       string  `json:"first"`
	FirstStart  int     `json:"first_start"`
	Second      string  `json:"second"`
	SecondStart int     `json:"second_start"`
	Similarity  float64 `json:"similarity"`
}

// unresolvedPronoun reports whether e is a speaker known only by a personal pronoun of
// language code ("you", "it", "elle"): no name or description resolves it.
func unresolvedPronoun(e *attribution.Entity, code string) bool {
	if e.Kind == attribution.KindPerson || e.Kind == attribution.KindOrganisation || e.Kind == attribution.KindOutlet {
		return false
	}
	l, ok := lang.Get(code)
	if !ok {
		return false
	}
	_, ok = l.Pronoun(e.Name)
	return ok
}

func newReport(a *article.Article, qs []quotes.Quote, who []attribution.Attribution, forced string) *Report {
	r := &Report{Article: articleInfo(a, forced), Quotes: make([]QuoteReport, len(qs)), Reuse: []Reuse{}}
	for i, q := range qs {
		qr := QuoteReport{Text: q.Text(a), Kind: q.Kind.String(), Start: q.Span.Start, End: q.Span.End,
			Flags: q.Flags.Names(), Depth: q.Depth, Sources: []int{}, Checks: []Check{}}
		if p, ok := a.Position(q.Span.Start); ok {
			qr.Line, qr.Column = p.Line, p.Column
		}
		if q.Cue != nil {
			qr.Cue = a.Text[q.Cue.Span.Start:q.Cue.Span.End]
		}
		if i < len(who) && who[i].Speaker != nil {
			w := who[i]
			qr.Speaker = &Speaker{Name: w.Speaker.Name, Mention: a.Text[w.Mention.Start:w.Mention.End],
				Method: w.Method.String(), Confidence: round3(w.Confidence), Roles: w.Speaker.Roles}
			if unresolvedPronoun(w.Speaker, q.Lang) {
				qr.Speaker.Name = "" // "you", "elle": the text never names who
			}
		}
		r.Quotes[i] = qr
	}
	return r
}

// articleInfo describes a; forced is Options.Lang, a language with data or "".
func articleInfo(a *article.Article, forced string) ArticleInfo {
	m := a.Metadata
	info := ArticleInfo{Title: m.Title.Value, Outlet: m.Outlet.Value, URL: m.Canonical.Value, Warnings: a.Warnings}
	if info.URL == "" && a.URL != nil {
		info.URL = a.URL.String()
	}
	_, info.Lang = lang.Choose(forced, m.Language.Value, a.Text)
	if !m.Published.Time.IsZero() {
		t := m.Published.Time
		info.Published = &t
	}
	return info
}

// tally fills the per-quote source lists and the verdict counts.
func (r *Report) tally() {
	r.Verdicts = map[string]int{}
	for v := compare.Exact; v <= compare.Unverifiable; v++ {
		r.Verdicts[v.String()] = 0
	}
	for i := range r.Quotes {
		for _, c := range r.Quotes[i].Checks {
			r.Verdicts[c.Verdict.String()]++
			r.Quotes[i].Sources = append(r.Quotes[i].Sources, c.Source)
		}
	}
}

// repeatedPassages finds passages the article repeats within itself (compare.Index on the
// article alone), in text order.
func repeatedPassages(a *article.Article) []Reuse {
	x := compare.NewIndex(compare.IndexOptions{})
	x.Add("article", a)
	out := []Reuse{}
	for _, p := range x.Passages() {
		if p.Earlier.Doc != 0 || p.Later.Doc != 0 {
			continue
		}
		e, l := p.Earlier.Span, p.Later.Span
		out = append(out, Reuse{First: a.Text[e.Start:e.End], FirstStart: e.Start,
			Second: a.Text[l.Start:l.End], SecondStart: l.Start, Similarity: round3(p.Similarity)})
	}
	return out
}
