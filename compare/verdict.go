package compare

import (
	"strings"

	"github.com/quotecheck/quotecheck/article"
)

// minCoverage is the share of the quote's words that must match the source, in order, for
// the passage to count as found (the "about half of the quote's words" rule of the BASIL
// verification guidelines, ../shared/corpus/dev/VERIFY-README.md).
const minCoverage = 0.5

// minContent is the share of the quote's content words (not in stopwords) that must match
// when the quote has at least minContentWords of them: a match made of function words only
// ("of the", "and it was") is a stock phrase, not the quote. A quote with fewer content words
// must match half of them.
const (
	minContent      = 0.25
	minContentWords = 4
)

// found applies the coverage rules above.
func found(qt, st []token, steps []step, c counts) bool {
	if c.quoteWords == 0 || float64(c.equal) < minCoverage*float64(c.quoteWords) {
		return false
	}
	words, matched := 0, 0
	for _, t := range qt {
		if !t.wild && !stopwords[t.key] {
			words++
		}
	}
	for _, s := range steps {
		if s.kind == stepPair && !stopwords[qt[s.qi].key] && pairEqual(qt[s.qi], st[s.si]) {
			matched++
		}
	}
	if words < minContentWords {
		return 2*matched >= words // a short quote: half its content words ("bigoted, false and inflammatory" is not "false and appalling")
	}
	return float64(matched) >= minContent*float64(words)
}

// judge turns an alignment into a Match.
func judge(quote, source string, qt, st []token, steps []step) Match {
	var m Match
	c := count(qt, st, steps)
	if !found(qt, st, steps, c) {
		return Match{Verdict: NotFound, WER: 1}
	}
	// Two words equal up to their accents were enough to place the quote, but an accent on
	// a small letter is spelling (see sameLetters): the figures count it as the edit it is.
	n := spellingPairs(quote, source, qt, st, steps)
	c.equal -= n
	c.subs += n
	first, last := alignedSource(steps)
	m.Source = article.Span{Start: st[first].start, End: st[last].end}
	m.Quote = quoteSpan(qt, steps)
	m.Edits = edits(quote, source, qt, st, steps)
	for _, e := range m.Edits {
		if e.Kind == EditJoin { // narration between two quoted stretches is not an error
			n := wordsIn(st, e.Source)
			c.dels -= n
			c.passageWords -= n
		}
	}
	m.Similarity = 2 * float64(c.equal) / float64(c.quoteWords+c.passageWords)
	m.Similarity = min(m.Similarity, 1)
	m.WER = float64(c.subs+c.ins+c.dels) / float64(c.quoteWords)
	m.Verdict = verdictOf(m.Edits)
	if m.Verdict == Exact && !sameText(quote, source, m.Source) {
		m.Verdict = Equivalent
	}
	if contextCut(source, st, last) {
		m.Flags |= ContextCut
	}
	m.Diff = wordDiff(qt, st, first, last+1, m.Source)
	return m
}

// counts of an alignment.
type counts struct {
	quoteWords, passageWords int
	equal, subs, ins, dels   int
}

func count(qt, st []token, steps []step) counts {
	var c counts
	for _, t := range qt {
		if !t.wild {
			c.quoteWords++
		}
	}
	for _, s := range steps {
		switch s.kind {
		case stepPair:
			c.passageWords++
			if pairEqual(qt[s.qi], st[s.si]) || qt[s.qi].edited {
				c.equal++
			} else {
				c.subs++
			}
		case stepConcatQ:
			c.equal += 2
			c.passageWords++
		case stepConcatS:
			c.equal++
			c.passageWords += 2
		case stepIns:
			c.ins++
		case stepDel:
			if !s.free {
				c.dels++
				c.passageWords++
			}
		}
	}
	return c
}

func pairEqual(q, s token) bool { return q.key == s.key || q.loose == s.loose }

// spellingPairs counts the aligned pairs that pairEqual takes as equal but that differ in
// spelling, not only in letter forms: another accent on a small letter ("a", "à"; "not",
// "ńot"). region.kind calls them wording edits.
func spellingPairs(quote, source string, qt, st []token, steps []step) int {
	n := 0
	for _, s := range steps {
		if s.kind != stepPair {
			continue
		}
		q, w := qt[s.qi], st[s.si]
		if q.edited || q.key == w.key || q.loose != w.loose || symbols[q.key] || symbols[w.key] {
			continue
		}
		if !sameLetters(between(quote, q.start, q.end), between(source, w.start, w.end)) {
			n++
		}
	}
	return n
}

// alignedSource returns the first and last source token aligned to a quote word.
func alignedSource(steps []step) (first, last int) {
	first, last = -1, -1
	for _, s := range steps {
		if s.kind == stepIns || s.kind == stepDel || s.si == s.sj {
			continue
		}
		if first < 0 {
			first = s.si
		}
		last = s.sj - 1
	}
	if first < 0 { // only insertions: cannot happen above the coverage floor
		first, last = 0, 0
	}
	return first, last
}

// quoteSpan is the span of the quote from its first to its last word aligned to the source.
func quoteSpan(qt []token, steps []step) article.Span {
	sp := article.Span{Start: -1}
	for _, s := range steps {
		if s.kind == stepIns || s.kind == stepDel || s.qi == s.qj {
			continue
		}
		if sp.Start < 0 {
			sp.Start = qt[s.qi].start
		}
		sp.End = qt[s.qj-1].end
	}
	if sp.Start < 0 {
		return article.Span{}
	}
	return sp
}

// verdictOf is the most severe verdict among the edits (the order of the BASIL guidelines:
// meaning-changed > altered > elided > equivalent > exact).
func verdictOf(es []Edit) Verdict {
	v := Exact
	for _, e := range es {
		v = max(v, verdictOfEdit(e.Kind))
	}
	return v
}

func verdictOfEdit(k EditKind) Verdict {
	switch k {
	case EditTypography, EditJoin:
		return Equivalent
	case EditElision, EditBracket:
		return Elided
	case EditWording, EditContraction, EditSplice:
		return Altered
	}
	return MeaningChanged
}

// sameText reports whether the quote occurs character for character in source around sp,
// runs of white space aside.
func sameText(quote, source string, sp article.Span) bool {
	q := collapse(quote)
	lo, hi := max(sp.Start-8, 0), min(sp.End+8, len(source))
	return q != "" && strings.Contains(collapse(source[lo:hi]), q)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// qualifiers open a clause that limits what comes before.
var qualifiers = map[string]bool{
	"but": true, "unless": true, "if": true, "except": true, "although": true, "though": true,
	"however": true, "provided": true, "mais": true, "sauf": true, "si": true, "s'": true,
	"pourvu": true, "toutefois": true, "cependant": true, "sinon": true, "excepté": true,
}

// contextCut reports whether the source goes on with a qualifier right after token last,
// in the same paragraph ("à moins" counts too).
func contextCut(source string, st []token, last int) bool {
	i := last + 1
	for i < len(st) && st[i].start == st[last].start {
		i++
	}
	if i >= len(st) || strings.Contains(between(source, st[last].end, st[i].start), "\n\n") {
		return false
	}
	if qualifiers[st[i].key] {
		return true
	}
	return st[i].key == "à" && i+1 < len(st) && st[i+1].key == "moins"
}

// wordsIn counts the tokens of st that start inside sp.
func wordsIn(st []token, sp article.Span) int {
	n := 0
	for _, t := range st {
		if t.start >= sp.Start && t.start < sp.End {
			n++
		}
	}
	return n
}
