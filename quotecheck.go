// Package quotecheck checks the quotes of a news article against the sources it cites.
//
// The verb is [Checker.Check]: it extracts the quotes ([quotes.Extract]), attributes speakers
// and sources ([attribution.Speakers], [attribution.Sources]), fetches every cited source
// ([fetch.Client]), locates each quote in each source ([compare.Locate]) and returns a
// [Report]. The report's JSON form is stable (see docs/report.md); its text and HTML forms are
// for people and may change.
//
//	c := quotecheck.New(quotecheck.Options{})
//	rep, err := c.Check(ctx, a)
package quotecheck

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/compare"
	"github.com/quotecheck/quotecheck/fetch"
	"github.com/quotecheck/quotecheck/lang"
	"github.com/quotecheck/quotecheck/quotes"
)

// Fetcher gets a cited source. *fetch.Client is the implementation; tests and callers with
// their own transport may supply another.
type Fetcher interface {
	Get(ctx context.Context, rawURL string) (*fetch.Result, error)
}

// Source is a source given by the caller rather than found in the article: a page already
// parsed (Article set) or a URL to fetch (Article nil).
type Source struct {
	Name    string           // how the report names it: an outlet, a file name; "" means the URL's host
	URL     string           // may be "" for a local file
	Article *article.Article // nil means fetch URL
}

// Options configure a Checker. The zero value fetches cited sources live with a
// [fetch.Client] of zero (safe) options.
type Options struct {
	// Fetcher gets cited sources; nil means fetch.New(fetch.Options{}).
	Fetcher Fetcher
	// NoFetch skips fetching: quotes, speakers and sources are reported without checks
	// (no check, not even an unverifiable one, and every source's error says "not fetched:
	// fetching is off"), except the checks against the Sources given here with their
	// Article, which need no fetch.
	NoFetch bool
	// Sources are checked against every quote in addition to those the article cites.
	Sources []Source
	// Lang forces the language of the article ("en", "fr", "fr-CA": a BCP 47 tag whose
	// primary subtag has data in package lang, see lang.Codes); "" means its metadata or the
	// language detected from its text. Check returns an error for a language with no data.
	Lang string
	// MaxSources caps the cited URLs fetched per article (0 means 12), in article order.
	MaxSources int
	// Concurrency caps the fetches in flight (0 means 4); the Fetcher applies its own
	// per-host limits too.
	Concurrency int
	// Progress, when set, is called after each source is fetched with the number done and
	// the total. It may be called from several goroutines, one call at a time.
	Progress func(done, total int)
	// Logger receives debug records; nil means silent.
	Logger *slog.Logger
	// Acts keeps in the report the indirect quotes that report no words to check. They are
	// left out by default; PolNeAR counts them as attributions:
	//   - those whose content is a noun phrase (quotes.NounPhrase) and whose cue names a
	//     stance or an act, a cue lemma of the language's [act-verbs] (lang/data: "endorsed
	//     [Clinton]", "voted for [the bill]", "attacked [a whale]"), or of fewer than six
	//     words after any cue ("criticised [the new contract]", "denied [the allegations]"),
	//     which a check would find in any source; a longer noun phrase stays ("a fait part de
	//     [la décision de Moscou de développer sa coopération avec l'Iran …]");
	//   - those of intention, expectation or appearance, a cue lemma of [intent-verbs], whose
	//     content is no clause ("refused [to bite back]", "is expected [to rule next week]",
	//     "a refusé [de commenter]"); "hopes [that the deal will pass]" stays.
	Acts bool
}

// Checker checks articles. It is safe for concurrent use.
type Checker struct {
	opts    Options
	fetcher Fetcher
	log     *slog.Logger
}

// New returns a Checker with the given options.
func New(opts Options) *Checker {
	c := &Checker{opts: opts, fetcher: opts.Fetcher, log: opts.Logger}
	if c.fetcher == nil && !opts.NoFetch {
		c.fetcher = fetch.New(fetch.Options{Logger: opts.Logger})
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	return c
}

// Check extracts, attributes and verifies the quotes of a. A source that cannot be had
// (dead, blocked, refused by robots.txt, not HTML) gives checks with the verdict
// unverifiable and the reason, never not-found. The error is non-nil only when a is nil,
// Options.Lang names a language with no data, or ctx is done; the report's order is deterministic (article order, then source order).
func (c *Checker) Check(ctx context.Context, a *article.Article) (*Report, error) {
	if a == nil {
		return nil, errors.New("quotecheck: nil article")
	}
	if c.opts.Lang != "" {
		if _, ok := lang.Get(c.opts.Lang); !ok {
			return nil, fmt.Errorf("quotecheck: no language data for Lang %q (have %s)", c.opts.Lang, strings.Join(lang.Codes(), ", "))
		}
	}
	qs := quotes.Extract(a, quotes.Options{Lang: c.opts.Lang, Logger: c.opts.Logger})
	who := attribution.Speakers(a, qs, attribution.Options{Logger: c.opts.Logger})
	qs, who = reportable(a.Text, qs, who, c.opts.Acts)
	rep := newReport(a, qs, who, c.opts.Lang)
	plan := planSources(a, qs, c.opts.Sources)
	rep.Sources = plan.reports
	if rep.Sources == nil {
		rep.Sources = []SourceReport{} // an array in JSON, as docs/report.md says
	}
	docs, err := c.loadSources(ctx, rep.Sources, c.wanted(a, qs, plan))
	if err != nil {
		return nil, err
	}
	if err := c.checkQuotes(ctx, a, qs, rep, docs, plan); err != nil {
		return nil, err
	}
	rep.Reuse = repeatedPassages(a)
	rep.tally()
	return rep, nil
}

// reportable drops from qs, with their attributions (made first, so that they still count as
// context for pronouns), the quotes the report leaves out: those that report no words to
// check (isAct) unless acts, and the block quotes that a direct quote restates (restatedBy),
// whose cite URL that quote takes. The Next and Prev links of the quotes kept are renumbered.
func reportable(text string, qs []quotes.Quote, who []attribution.Attribution, acts bool) ([]quotes.Quote, []attribution.Attribution) {
	idx := make([]int, len(qs))
	n := 0
	for i, q := range qs {
		idx[i] = -1
		if j := restatedBy(q, qs); j >= 0 {
			if qs[j].Cite == "" {
				qs[j].Cite = q.Cite
			}
			continue
		}
		if acts || !isAct(text, q) {
			idx[i] = n
			n++
		}
	}
	if n == len(qs) {
		return qs, who
	}
	keptQ := make([]quotes.Quote, 0, n)
	keptW := make([]attribution.Attribution, 0, n)
	for i, q := range qs {
		if idx[i] < 0 {
			continue
		}
		if q.Next >= 0 && q.Next < len(idx) {
			q.Next = idx[q.Next]
		}
		if q.Prev >= 0 && q.Prev < len(idx) {
			q.Prev = idx[q.Prev]
		}
		keptQ = append(keptQ, q)
		if i < len(who) {
			keptW = append(keptW, who[i])
		}
	}
	return keptQ, keptW
}

// clauseContent reports whether the content s of an indirect quote opens a clause with a
// complementizer ("that …", "whether …", "que …", "si …").
func clauseContent(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	switch strings.ToLower(w) {
	case "that", "whether", "if", "que", "si":
		return true
	}
	return strings.HasPrefix(strings.ToLower(w), "qu'") || strings.HasPrefix(strings.ToLower(w), "qu’")
}

// isAct reports whether q is an attribution that reports no words to check: an indirect quote
// of intention, expectation or appearance (a cue lemma of the [intent-verbs] of q's language)
// whose content is no clause (clauseContent), or a noun-phrase attribution of a stance or an
// act (a cue lemma of [act-verbs]) or of fewer than shortPhraseWords words of text.
func isAct(text string, q quotes.Quote) bool {
	if q.Cue == nil || q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
		return false
	}
	content := text[q.Span.Start:q.Span.End]
	l, _ := lang.Get(q.Lang) // nil when no data: Words gives nil, no lemma is in it
	if q.Kind == quotes.Indirect && !clauseContent(content) && l.Words("intent-verbs")[q.Cue.Lemma] {
		return true // "refused [to bite back]", "is expected [to rule]"
	}
	if !q.Flags.Has(quotes.NounPhrase) {
		return false
	}
	return len(strings.Fields(content)) < shortPhraseWords || l.Words("act-verbs")[q.Cue.Lemma]
}

// shortPhraseWords is the length in words from which a noun-phrase content holds words worth
// checking ("la décision de Moscou de développer sa coopération…"); "the allegations", "the
// new contract" and "a new plan for the city" (five words) do not.
const shortPhraseWords = 6

func sourceName(s Source) string {
	if s.Name != "" {
		return s.Name
	}
	if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
		return hostName(u)
	}
	return s.URL
}

// sourceDoc is a source's text, or why there is none.
type sourceDoc struct {
	article  *article.Article
	prepared *compare.Source // article prepared for Locate, made on the first check
	evidence *fetch.Evidence
	reason   string // why the source is unverifiable; "" when article is set
}

// wanted marks the sources some checked quote is compared with.
func (c *Checker) wanted(a *article.Article, qs []quotes.Quote, p sourcePlan) []bool {
	w := make([]bool, len(p.reports))
	for i, q := range qs {
		if checked(q, a) {
			for _, s := range p.perQuote[i] {
				w[s] = true
			}
		}
	}
	return w
}

// loadSources fetches every wanted source with a URL (at most MaxSources), concurrently.
// The result is indexed like srcs.
func (c *Checker) loadSources(ctx context.Context, srcs []SourceReport, wanted []bool) ([]sourceDoc, error) {
	docs := make([]sourceDoc, len(srcs))
	var todo []int
	for i, s := range srcs {
		if i < len(c.opts.Sources) && c.opts.Sources[i].Article != nil {
			docs[i] = sourceDoc{article: c.opts.Sources[i].Article} // planSources lists them first
			continue
		}
		switch {
		case s.URL == "":
			docs[i].reason = "no URL for this source"
		case c.opts.NoFetch || c.fetcher == nil:
			docs[i].reason = noFetchReason
		case !wanted[i]:
			docs[i].reason = "not fetched: no checked quote relies on this source"
		case len(todo) >= cmp.Or(c.opts.MaxSources, 12):
			docs[i].reason = "over the limit of sources fetched per article"
		default:
			todo = append(todo, i)
		}
	}
	c.fetchAll(ctx, srcs, docs, todo)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i := range srcs {
		srcs[i].Evidence = docs[i].evidence
		srcs[i].Error = docs[i].reason
	}
	return docs, nil
}

func (c *Checker) fetchAll(ctx context.Context, srcs []SourceReport, docs []sourceDoc, todo []int) {
	sem := make(chan struct{}, cmp.Or(c.opts.Concurrency, 4))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for _, i := range todo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			docs[i] = c.fetchOne(ctx, srcs[i].URL)
			mu.Lock()
			done++
			if c.opts.Progress != nil {
				c.opts.Progress(done, len(todo))
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
}

// fetchReason says in a few words why a source could not be had.
func fetchReason(err error) string {
	var fe *fetch.Error
	if !errors.As(err, &fe) {
		return err.Error()
	}
	if errors.Is(err, fetch.ErrBlocked) {
		return "address refused: private, loopback or link-local, or a port other than 80 and 443 (save the page and give it as a source with its text)"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return fmt.Sprintf("host %s not found (DNS lookup failed; is the network available?)", dns.Name)
	}
	msg := strings.TrimPrefix(fe.Err.Error(), "fetch: ")
	if fe.Status != 0 && !strings.Contains(msg, strconv.Itoa(fe.Status)) {
		msg = fmt.Sprintf("HTTP %d, %s", fe.Status, msg)
	}
	return msg
}

func (c *Checker) fetchOne(ctx context.Context, u string) sourceDoc {
	res, err := c.fetcher.Get(ctx, u)
	if err != nil {
		c.log.Debug("source unavailable", "url", u, "err", err)
		return sourceDoc{reason: fetchReason(err)}
	}
	ev := res.Evidence
	if res.Article == nil || strings.TrimSpace(res.Article.PageText+res.Article.Text) == "" {
		return sourceDoc{evidence: &ev, reason: "the page has no text"}
	}
	return sourceDoc{article: res.Article, evidence: &ev}
}

// checked reports whether q is compared with sources: quoted words only (direct quotes,
// block quotes, and the quoted words of a mixed quote when they are at least
// minFragmentWords long); a quote nested in another is checked through the outer one.
func checked(q quotes.Quote, a *article.Article) bool {
	if q.Depth != 0 || (q.Kind != quotes.Direct && q.Kind != quotes.Blockquote) {
		return false
	}
	return !q.Flags.Has(quotes.Fragment) || len(strings.Fields(q.Text(a))) >= minFragmentWords
}

// minFragmentWords is the shortest quoted fragment of a mixed quote that is checked: shorter
// ones ("a “disaster”") are usually terms that any text on the subject carries.
const minFragmentWords = 4

// noFetchReason is the error of the sources that are not fetched because fetching is off.
const noFetchReason = "not fetched: fetching is off"

// checkQuotes adds one check per (quote, source with a URL or a text) pair; with fetching
// off, only the sources with a text are checked. It returns ctx.Err() when ctx is done
// before a comparison (looked at before each one).
func (c *Checker) checkQuotes(ctx context.Context, a *article.Article, qs []quotes.Quote, rep *Report, docs []sourceDoc, p sourcePlan) error {
	var todo []int                 // the quotes compared with sources
	last := make([]int, len(docs)) // the last of them checked against each source
	for qi, q := range qs {
		if checked(q, a) {
			todo = append(todo, qi)
			for _, si := range p.perQuote[qi] {
				last[si] = qi
			}
		}
	}
	for _, qi := range todo {
		q := qs[qi]
		text := q.Text(a)
		for _, si := range p.perQuote[qi] {
			s := rep.Sources[si]
			if docs[si].article == nil && (s.URL == "" || docs[si].reason == noFetchReason) {
				continue
			}
			if err := ctx.Err(); err != nil && docs[si].article != nil {
				return err
			}
			if docs[si].article != nil && docs[si].prepared == nil {
				docs[si].prepared = compare.NewSource(docs[si].article)
			}
			rep.Quotes[qi].Checks = append(rep.Quotes[qi].Checks, check(text, si, s, docs[si]))
		}
		for _, si := range p.perQuote[qi] {
			if last[si] == qi { // a source's tokens and index are let go after its last check
				docs[si].prepared = nil
			}
		}
	}
	return nil
}

// restatedBy returns the index in qs of the direct quote that restates the block quote q (the
// marks of a pull quote written inside <blockquote>, and the cue after them: "> “We will keep
// fighting,” said Sarah Klein"), or -1: a direct quote that opens in the first fifth of q and
// covers four fifths of it, or whose cue lies in q after it.
func restatedBy(q quotes.Quote, qs []quotes.Quote) int {
	if q.Kind != quotes.Blockquote {
		return -1
	}
	// qs come sorted by start (quotes.Extract): a few dozen candidates are looked at, so
	// thousands of nested elements stay linear.
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Span.Start >= q.Span.Start })
	for n := 0; i < len(qs) && n < 64 && qs[i].Span.Start <= q.Span.Start+q.Span.Len()/5; i, n = i+1, n+1 {
		d := qs[i]
		if d.Kind != quotes.Direct || d.Depth != 0 || d.Span.End > q.Span.End {
			continue
		}
		if d.Span.Len()*10 >= q.Span.Len()*8 || d.Cue != nil && d.Cue.Span.Start >= d.Span.End && d.Cue.Span.End <= q.Span.End {
			return i
		}
	}
	return -1
}

func check(quote string, si int, s SourceReport, d sourceDoc) Check {
	ch := Check{Source: si, Outlet: s.Outlet, URL: s.URL, Diff: []DiffOp{}}
	if d.article == nil {
		ch.Verdict = compare.Unverifiable
		ch.Reason = d.reason
		ch.WER = 1
		return ch
	}
	archived := d.evidence != nil && d.evidence.Archived()
	m := d.prepared.Locate(quote, compare.Options{Archived: archived})
	ch.Verdict = m.Verdict
	ch.Flags = m.Flags.Names()
	for _, e := range m.Edits {
		if k := e.Kind.String(); !slices.Contains(ch.Edits, k) {
			ch.Edits = append(ch.Edits, k)
		}
	}
	ch.Similarity = round3(m.Similarity)
	ch.WER = round3(m.WER)
	if m.Verdict == compare.NotFound || m.Verdict == compare.Unverifiable {
		return ch
	}
	src := d.article.Text
	if m.InPageText {
		src = d.article.PageText
		ch.InPageText = true
	}
	ch.Passage = src[m.Source.Start:m.Source.End]
	ch.PassageStart, ch.PassageEnd = m.Source.Start, m.Source.End
	ch.Diff = diffOps(quote, src, m.Diff)
	return ch
}

func diffOps(quote, src string, ops []compare.DiffOp) []DiffOp {
	out := make([]DiffOp, 0, len(ops))
	for _, op := range ops {
		out = append(out, DiffOp{
			Op:     op.Kind.String(),
			Quote:  quote[op.Quote.Start:op.Quote.End],
			Source: src[op.Source.Start:op.Source.End],
		})
	}
	return out
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
