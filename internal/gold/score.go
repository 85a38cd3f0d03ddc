package gold

import (
	"encoding/json"
	"slices"
)

// Counts are the quote counts behind precision and recall at one level.
type Counts struct {
	Gold    int // gold quotes
	Pred    int // predicted quotes
	Matched int // matched pairs
}

// Precision is Matched/Pred, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Pred) }

// Recall is Matched/Gold, 0 when there is no gold quote.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MarshalJSON writes the counts and the three figures:
// {"gold","pred","matched","precision","recall","f1"}. Stable.
func (c Counts) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Gold      int     `json:"gold"`
		Pred      int     `json:"pred"`
		Matched   int     `json:"matched"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{c.Gold, c.Pred, c.Matched, c.Precision(), c.Recall(), c.F1()})
}

// SpeakerCounts count matched quotes and those whose speaker is right ([SpeakerCorrect]).
type SpeakerCounts struct {
	Matched int
	Correct int
}

// Accuracy is Correct/Matched, 0 when nothing matched.
func (s SpeakerCounts) Accuracy() float64 { return ratio(s.Correct, s.Matched) }

// MarshalJSON writes {"matched","correct","accuracy"}. Stable.
func (s SpeakerCounts) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Matched  int     `json:"matched"`
		Correct  int     `json:"correct"`
		Accuracy float64 `json:"accuracy"`
	}{s.Matched, s.Correct, s.Accuracy()})
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// LevelScore is the score at one Level: over all quotes, per kind, and speaker accuracy over
// the quotes matched regardless of kind.
type LevelScore struct {
	Level   Level             `json:"level"`
	All     Counts            `json:"all"`
	ByKind  map[string]Counts `json:"by_kind"`
	Speaker SpeakerCounts     `json:"speaker"`
}

// Result is the score of a set of articles. Levels holds one entry per [Levels] value, in
// that order. The JSON form is stable.
//
// Sources counts source mentions matched by [MatchMentions], over the articles whose gold
// data has a "sources" field (an empty list counts; an absent one does not). FORMAT.md gives
// no rule for them: this figure is an addition.
type Result struct {
	Articles int          `json:"articles"`
	Levels   []LevelScore `json:"levels"`
	Sources  Counts       `json:"sources"`
}

// At returns the score at level l.
func (r Result) At(l Level) LevelScore {
	for _, s := range r.Levels {
		if s.Level == l {
			return s
		}
	}
	return LevelScore{Level: l}
}

// Kinds returns the kinds that occur in r (gold or predicted), those of [Kinds] first in
// their order, then any others sorted.
func (r Result) Kinds() []string {
	seen := map[string]bool{}
	for _, s := range r.Levels {
		for k := range s.ByKind {
			seen[k] = true
		}
	}
	var out, rest []string
	for _, k := range Kinds {
		if seen[k] {
			out = append(out, k)
			delete(seen, k)
		}
	}
	for k := range seen {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// Scorer accumulates the score of article pairs. The zero value is ready to use.
//
// Per kind, gold and predicted quotes of that kind are matched among themselves, so a quote
// counts for a kind only when both sides give it that kind; "all" ignores kinds. Speaker
// accuracy is computed over the "all" pairs.
type Scorer struct {
	res Result
}

// Add scores pred against gold, one article. pred may be nil (no prediction: every gold
// quote is missed). Offsets of both are read against gold.Text.
func (s *Scorer) Add(gold, pred *Article) {
	if s.res.Levels == nil {
		for _, l := range Levels {
			s.res.Levels = append(s.res.Levels, LevelScore{Level: l, ByKind: map[string]Counts{}})
		}
	}
	s.res.Articles++
	var pq []Quote
	if pred != nil {
		pq = pred.Quotes
	}
	a := newAligned(gold, pq)
	for i := range s.res.Levels {
		s.addLevel(&s.res.Levels[i], a)
	}
	if gold.Sources != nil {
		var pm []Mention
		if pred != nil {
			pm = pred.Sources
		}
		s.res.Sources = add(s.res.Sources, len(gold.Sources), len(pm), len(MatchMentions(gold.Sources, pm)))
	}
}

// aligned holds what every level needs of one article: trimmed spans, normalized references
// and the indexes of each kind's quotes.
type aligned struct {
	gq, pq     []Quote
	gs, ps     []Span
	gref, pref []string
	kinds      []string
	gk, pk     map[string][]int // kind → indexes into gq, pq
}

func newAligned(gold *Article, pq []Quote) *aligned {
	a := &aligned{gq: gold.Quotes, pq: pq, gs: trimmed(gold.Text, gold.Quotes), ps: trimmed(gold.Text, pq),
		gref: normalizedRefs(gold.Quotes), pref: normalizedRefs(pq), gk: map[string][]int{}, pk: map[string][]int{}}
	for i, q := range a.gq {
		a.gk[q.Kind] = append(a.gk[q.Kind], i)
	}
	for i, q := range a.pq {
		a.pk[q.Kind] = append(a.pk[q.Kind], i)
	}
	for k := range a.gk {
		a.kinds = append(a.kinds, k)
	}
	for k := range a.pk {
		if _, ok := a.gk[k]; !ok {
			a.kinds = append(a.kinds, k)
		}
	}
	slices.Sort(a.kinds)
	return a
}

func (s *Scorer) addLevel(ls *LevelScore, a *aligned) {
	accept := func(g, p Span, ov int) bool { return ls.Level.accepts(g, p, ov) }
	pairs := greedy(a.gs, a.ps, accept)
	ls.All = add(ls.All, len(a.gs), len(a.ps), len(pairs))
	for _, p := range pairs {
		ls.Speaker.Matched++
		if speakerCorrect(a.gq[p.Gold], a.pq[p.Pred], a.gref[p.Gold], a.pref[p.Pred]) {
			ls.Speaker.Correct++
		}
	}
	for _, k := range a.kinds {
		g, p := pick(a.gs, a.gk[k]), pick(a.ps, a.pk[k])
		ls.ByKind[k] = add(ls.ByKind[k], len(g), len(p), len(greedy(g, p, accept)))
	}
}

func add(c Counts, g, p, m int) Counts {
	return Counts{Gold: c.Gold + g, Pred: c.Pred + p, Matched: c.Matched + m}
}

// pick returns spans[i] for each i of idx.
func pick(spans []Span, idx []int) []Span {
	out := make([]Span, len(idx))
	for j, i := range idx {
		out[j] = spans[i]
	}
	return out
}

// Result returns the score so far. Its maps are copies.
func (s *Scorer) Result() Result {
	r := Result{Articles: s.res.Articles, Sources: s.res.Sources}
	for _, ls := range s.res.Levels {
		c := ls
		c.ByKind = make(map[string]Counts, len(ls.ByKind))
		for k, v := range ls.ByKind {
			c.ByKind[k] = v
		}
		r.Levels = append(r.Levels, c)
	}
	if r.Levels == nil {
		for _, l := range Levels {
			r.Levels = append(r.Levels, LevelScore{Level: l, ByKind: map[string]Counts{}})
		}
	}
	return r
}
