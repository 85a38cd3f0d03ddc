package compare

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/quotecheck/quotecheck/article"
)

// Locate finds the passage of source that quote corresponds to, even when the quote was
// edited, and explains the difference.
//
// quote is the text between the quote marks. The main text (source.Text) is searched first;
// when the quote is not faithfully found there and source.PageText differs, the whole page
// text is searched too, and its result is kept when it is closer: Match.InPageText then says
// that Match.Source and the source spans of Diff and Edits point into source.PageText.
//
// A nil source, or one without any word, gives Unverifiable. Locate never fails: bad input
// gives NotFound or Unverifiable. The cost grows linearly with the source length (word
// 3-gram seeds pick the windows that are aligned). To check many quotes against one source,
// prepare it once with [NewSource]: each quote then costs about its own length.
func Locate(quote string, source *article.Article, opts Options) Match {
	return NewSource(source).Locate(quote, opts)
}

// LocateText is Locate against plain text: Match.Source is a span of source. Text without
// any word gives Unverifiable.
func LocateText(quote, source string, opts Options) Match {
	return newText(source).locate(quote, opts)
}

// Source is a source prepared for many [Source.Locate] calls: its words are split, folded and
// indexed by word n-gram once, on first use. A Source is safe for concurrent use.
type Source struct {
	a          *article.Article // nil for a Source of nil
	text, page *sourceText      // page is nil when the page text adds nothing
}

// NewSource prepares a for [Source.Locate]; a may be nil (every quote is then Unverifiable).
func NewSource(a *article.Article) *Source {
	s := &Source{a: a}
	if a == nil {
		return s
	}
	s.text = newText(a.Text)
	if a.PageText != "" && a.PageText != a.Text {
		s.page = newText(a.PageText)
	}
	return s
}

// Locate is [Locate] against the prepared source: the same result, without splitting and
// scanning the whole source again for each quote.
func (s *Source) Locate(quote string, opts Options) Match {
	if s.a == nil {
		return unverifiable(opts)
	}
	m := s.text.locate(quote, opts)
	if opts.MainTextOnly || s.page == nil || m.Verdict.Faithful() {
		return m
	}
	p := s.page.locate(quote, opts)
	if p.Verdict == Unverifiable || p.Verdict == NotFound {
		return m
	}
	if m.Verdict == Unverifiable || m.Verdict == NotFound || p.Verdict < m.Verdict ||
		p.Verdict == m.Verdict && p.Similarity > m.Similarity {
		p.InPageText = true
		return p
	}
	return m
}

// sourceText is one text of a source with its tokens, made on first use, and its n-gram
// index, made on the second: a source checked once is scanned, as by LocateText, since
// building the index costs about two scans and holds about twice the tokens' memory.
type sourceText struct {
	text   string
	once   sync.Once
	tokens []token
	grams  *gramIndex
	calls  atomic.Int32
}

func newText(text string) *sourceText { return &sourceText{text: text} }

func (t *sourceText) locate(quote string, opts Options) Match {
	t.once.Do(func() {
		t.tokens = sourceTokens(t.text)
		t.grams = &gramIndex{st: t.tokens}
	})
	source, st := t.text, t.tokens
	if len(st) == 0 {
		return unverifiable(opts)
	}
	var grams *gramIndex
	if t.calls.Add(1) > 1 {
		grams = t.grams
	}
	m := locateTokens(quote, source, quoteTokens(quote), st, grams, opts)
	if m.Verdict != Exact && hasMarks(quote) {
		// The source may print the same brackets or ellipsis: then they are no edit.
		l := locateTokens(quote, source, literalTokens(quote), st, grams, opts)
		if (l.Verdict == Exact || l.Verdict == Equivalent) && marksIn(quote, source[max(0, l.Source.Start-4):min(len(source), l.Source.End+4)]) {
			return l
		}
	}
	return m
}

func locateTokens(quote, source string, qt, st []token, grams *gramIndex, opts Options) Match {
	steps, ok := search(qt, st, grams, opts.Logger)
	if !ok {
		return notFound(opts)
	}
	m := judge(quote, source, qt, st, steps)
	if m.Verdict == NotFound {
		return notFound(opts)
	}
	if opts.Archived {
		m.Flags |= Archived
	}
	return m
}

func unverifiable(opts Options) Match {
	m := Match{Verdict: Unverifiable, WER: 1}
	if opts.Archived {
		m.Flags |= Archived
	}
	return m
}

func notFound(opts Options) Match {
	if opts.Incomplete {
		return unverifiable(opts)
	}
	m := Match{Verdict: NotFound, WER: 1}
	if opts.Archived {
		m.Flags |= Archived
	}
	return m
}

// maxCells bounds one alignment (quote words × window words): 16 Mi cells, 32 MiB of
// traceback. A window is cut to fit; a quote of more than longQuote words is aligned in
// pieces (see searchPieces), so only a window joining two far places of a shorter quote
// around a marked omission can be cut.
const maxCells = 16 << 20

// search aligns the quote against the most promising windows of the source and returns the
// steps of the best alignment, with source indexes into st. grams, when not nil, is the
// n-gram index of st (else st is scanned for seeds).
func search(qt, st []token, grams *gramIndex, log *slog.Logger) ([]step, bool) {
	words := 0
	for _, t := range qt {
		if !t.wild {
			words++
		}
	}
	if words == 0 {
		return nil, false
	}
	if len(qt) > longQuote {
		if steps, ok := exactRun(qt, st); ok {
			return steps, true
		}
		return searchPieces(qt, st)
	}
	a := newAligner(qt)
	var bestSteps []step
	bestScore := int32(negInf)
	for _, win := range candidateWindows(qt, st, grams) {
		lo, hi := win[0], win[1]
		if (hi-lo)*len(qt) > maxCells {
			hi = lo + maxCells/len(qt)
		}
		score, steps := a.align(a.window(st, lo, hi))
		if log != nil {
			log.LogAttrs(context.Background(), slog.LevelDebug, "compare: window", slog.Int("lo", lo), slog.Int("hi", hi), slog.Int("score", int(score)))
		}
		if steps != nil && score > bestScore {
			bestScore = score
			bestSteps = steps
			for i := range bestSteps {
				bestSteps[i].si += lo
				bestSteps[i].sj += lo
			}
		}
	}
	return bestSteps, bestSteps != nil
}

// Bounds on seeding, so that repetitive input stays linear: an n-gram the quote repeats is
// looked up at its first maxGramRepeats places only, and seeding stops after maxHits hits
// (the first windows found are kept).
const (
	maxGramRepeats = 8
	maxHits        = 1 << 18
)

// hit is a source position where a quote n-gram occurs.
type hit struct{ s, q, n int }

// cluster is a run of hits close together in the source.
type cluster struct {
	first, last int // hit source positions
	minQ, maxQ  int
	distinct    int // distinct quote positions hit
	n           int // n-gram length of the hits
}

const maxWindows = 4

// candidateWindows picks the windows of the source to align, as [lo, hi) token ranges, best
// first: runs of shared word 3-grams and 2-grams (2-grams of two function words left out;
// single words when nothing else is shared), those covering most quote words first.
func candidateWindows(qt, st []token, grams *gramIndex) [][2]int {
	seed := func(n int) []hit {
		if grams != nil {
			return grams.hits(qt, n)
		}
		return seedHits(qt, st, n)
	}
	hits := seed(3)
	hits = append(hits, seed(2)...)
	if len(hits) == 0 {
		hits = seed(1)
	}
	if len(hits) == 0 {
		return nil
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return a.q - b.q
	})
	n := 3
	m := len(qt)
	slack := m/4 + 5
	cs := clusters(hits, n, max(m, 20), m+2*slack)
	slices.SortStableFunc(cs, func(a, b cluster) int { return b.distinct - a.distinct })
	if len(cs) > maxWindows {
		cs = cs[:maxWindows]
	}
	var out [][2]int
	for _, c := range cs {
		out = append(out, clampWindow(c.first-c.minQ-slack, c.last+n+(m-c.maxQ-n)+slack, len(st)))
	}
	if hasGap(qt) {
		// A marked omission may hide a long stretch: pair clusters in source order whose
		// quote positions are in order.
		for i := range cs {
			for j := range cs {
				a, b := cs[i], cs[j]
				if a.last < b.first && a.maxQ <= b.minQ {
					out = append(out, clampWindow(a.first-a.minQ-slack, b.last+n+(m-b.maxQ-n)+slack, len(st)))
				}
			}
		}
	}
	return out
}

func clampWindow(lo, hi, n int) [2]int {
	return [2]int{max(lo, 0), min(max(hi, 0), n)}
}

func hasGap(qt []token) bool {
	for _, t := range qt {
		if t.gapBefore {
			return true
		}
	}
	return false
}

// seedHits returns, in source order, the positions where a word n-gram of the quote (not
// crossing a bracketed insertion) occurs in the source.
func seedHits(qt, st []token, n int) []hit {
	qgrams := quoteGrams(qt, n)
	if len(qgrams) == 0 {
		return nil
	}
	var hits []hit
	places := map[uint64]int{} // source places of each quote n-gram found
	for j := 0; j+n <= len(st); j++ {
		h, _ := gramHash(st[j : j+n])
		qs := qgrams[h]
		if len(qs) > 0 {
			places[h]++
		}
		for _, q := range qs {
			hits = append(hits, hit{s: j, q: q, n: n})
		}
		if len(hits) >= maxHits {
			break
		}
	}
	// The rule of maxSourceRepeats, so that a scan and the index agree.
	rare := false
	for _, c := range places {
		rare = rare || c <= maxSourceRepeats
	}
	if rare && len(places) > 1 {
		hits = slices.DeleteFunc(hits, func(x hit) bool {
			h, _ := gramHash(st[x.s : x.s+n])
			return places[h] > maxSourceRepeats
		})
	}
	return hits
}

// quoteGrams maps the hash of each word n-gram of the quote that can seed a window to its
// first maxGramRepeats positions, ascending.
func quoteGrams(qt []token, n int) map[uint64][]int {
	qgrams := map[uint64][]int{}
	for i := 0; i+n <= len(qt); i++ {
		if n == 2 && stopwords[qt[i].key] && stopwords[qt[i+1].key] {
			continue
		}
		if h, ok := gramHash(qt[i : i+n]); ok && len(qgrams[h]) < maxGramRepeats {
			qgrams[h] = append(qgrams[h], i)
		}
	}
	return qgrams
}

// maxSourceRepeats bounds the work of one lookup in a prepared source: an n-gram found at more
// than this many places of the source (a phrase a huge or repetitive text prints everywhere)
// seeds nothing, unless no rarer n-gram of the quote is in the source. A scan (seedHits) drops
// the same hits, so both ways give one result; ordinary sources never repeat a 3-gram or a
// non-function 2-gram that often.
const maxSourceRepeats = 256

// gramIndex maps the word n-grams (n = 1, 2, 3) of a source to their token positions,
// ascending; each table is built on first use. Safe for concurrent use.
type gramIndex struct {
	st    []token
	once  [4]sync.Once
	table [4]map[uint64][]int32
}

func (x *gramIndex) of(n int) map[uint64][]int32 {
	x.once[n].Do(func() {
		m := make(map[uint64][]int32)
		for j := 0; j+n <= len(x.st); j++ {
			if h, ok := gramHash(x.st[j : j+n]); ok {
				m[h] = append(m[h], int32(j))
			}
		}
		x.table[n] = m
	})
	return x.table[n]
}

// hits is seedHits through the index: the same hits, in the same order (source position, then
// quote position), without scanning the source.
func (x *gramIndex) hits(qt []token, n int) []hit {
	qgrams := quoteGrams(qt, n)
	if len(qgrams) == 0 {
		return nil
	}
	table := x.of(n)
	keys := make([]uint64, 0, len(qgrams)) // in quote order, so that the cut at 2*maxHits is stable
	for h := range qgrams {
		keys = append(keys, h)
	}
	slices.SortFunc(keys, func(a, b uint64) int { return qgrams[a][0] - qgrams[b][0] })
	collect := func(frequent bool) []hit {
		var hits []hit
		for _, h := range keys {
			qs := qgrams[h]
			ps := table[h]
			if (len(ps) > maxSourceRepeats) != frequent {
				continue
			}
			for _, j := range ps {
				for _, q := range qs {
					hits = append(hits, hit{s: int(j), q: q, n: n})
				}
				if len(hits) >= 2*maxHits {
					break // a gram found at millions of places: the cap holds inside it too
				}
			}
			if len(hits) >= 2*maxHits {
				break
			}
		}
		return hits
	}
	hits := collect(false)
	if len(hits) == 0 {
		hits = collect(true)
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return a.q - b.q
	})
	if len(hits) > maxHits { // as seedHits: the hits of the source position that reaches maxHits are kept
		k := maxHits
		for k < len(hits) && hits[k].s == hits[k-1].s {
			k++
		}
		hits = hits[:k]
	}
	return hits
}

func gramHash(ts []token) (uint64, bool) {
	var h uint64
	for _, t := range ts {
		if t.wild {
			return 0, false
		}
		h = h*1099511628211 ^ t.hash
	}
	return h, true
}

// clusters groups hits (in source order) separated by at most gap source words. A group
// spanning more than span words (a phrase the source repeats, repetitive text) is cut down to
// its densest stretch of span words.
func clusters(hits []hit, n, gap, span int) []cluster {
	var out []cluster
	start := 0
	for i := 1; i <= len(hits); i++ {
		if i < len(hits) && hits[i].s-hits[i-1].s <= gap {
			continue
		}
		run := hits[start:i]
		if run[len(run)-1].s-run[0].s > span {
			run = densest(run, span)
		}
		out = append(out, makeCluster(run, n))
		start = i
	}
	return out
}

func makeCluster(run []hit, n int) cluster {
	c := cluster{first: run[0].s, last: run[len(run)-1].s, minQ: run[0].q, maxQ: run[0].q, n: n}
	seen := map[int]bool{}
	for _, h := range run {
		c.minQ, c.maxQ = min(c.minQ, h.q), max(c.maxQ, h.q)
		for k := h.q; k < h.q+h.n; k++ {
			if !seen[k] {
				seen[k] = true
				c.distinct++
			}
		}
	}
	return c
}

// densest returns the stretch of hits, at most span source words long, that covers the most
// distinct quote words (the first such stretch on ties). Linear in len(hits).
func densest(hits []hit, span int) []hit {
	maxQ := 0
	for _, h := range hits {
		maxQ = max(maxQ, h.q+h.n)
	}
	cnt := make([]int32, maxQ)
	distinct, best, bi, bj := 0, -1, 0, 0
	add := func(h hit, d int32) {
		for k := h.q; k < h.q+h.n; k++ {
			cnt[k] += d
			switch {
			case d > 0 && cnt[k] == 1:
				distinct++
			case d < 0 && cnt[k] == 0:
				distinct--
			}
		}
	}
	i := 0
	for j, h := range hits {
		add(h, 1)
		for h.s-hits[i].s > span {
			add(hits[i], -1)
			i++
		}
		if distinct > best {
			best, bi, bj = distinct, i, j
		}
	}
	return hits[bi : bj+1]
}

// stopwords are frequent function words (English and French): a 2-gram of two of them is too
// common to seed a window.
var stopwords = setOf("the", "a", "an", "of", "to", "in", "and", "or", "is", "it", "that", "for", "on", "at",
	"by", "with", "as", "be", "was", "are", "we", "i", "he", "she", "they", "you", "this", "not", "have", "has",
	"de", "la", "le", "les", "l'", "d'", "des", "et", "en", "un", "une", "du", "à", "au", "aux", "que", "qu'",
	"qui", "est", "il", "elle", "ils", "on", "ne", "pas", "se", "s'", "sur", "pour", "par", "dans")
