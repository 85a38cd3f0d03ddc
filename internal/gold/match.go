package gold

import (
	"cmp"
	"fmt"
	"slices"
)

// Level is a criterion for a predicted quote to match a gold quote (../shared/corpus/FORMAT.md).
// Stable: new values are added only at the end.
type Level int

const (
	Loose  Level = iota // overlap of the trimmed spans ≥ 0.3 × the trimmed gold length
	Strict              // overlap ≥ 0.8 × the trimmed gold length
	Exact               // identical trimmed spans
)

// Levels lists every Level in report order. The thresholds 0.3 and 0.8 are those the Gender
// Gap Tracker and Radar de Parité publish.
var Levels = []Level{Loose, Strict, Exact}

var levelNames = [...]string{"0.3", "0.8", "exact"}

// String returns "0.3", "0.8" or "exact".
func (l Level) String() string {
	if l >= 0 && int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "unknown"
}

// MarshalText renders l as its name.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText parses a name written by MarshalText.
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("gold: unknown level %q", b)
}

// accepts reports whether a trimmed prediction p matches the trimmed gold span g at l,
// given their overlap ov in bytes. Integer arithmetic keeps 0.3 and 0.8 exact.
func (l Level) accepts(g, p Span, ov int) bool {
	switch l {
	case Loose:
		return ov > 0 && 10*ov >= 3*g.Len()
	case Strict:
		return ov > 0 && 10*ov >= 8*g.Len()
	case Exact:
		return g.Start == p.Start && g.End == p.End
	}
	return false
}

// Pair is a gold quote matched to a predicted one: indexes into the slices given to [Match]
// and the overlap of their trimmed spans in bytes.
type Pair struct {
	Gold, Pred int
	Overlap    int
}

// Match aligns the predicted quotes with the gold quotes of one article whose text is text.
// Both sides are trimmed with [Trim]; a pair qualifies when l accepts it; then pairs are
// taken greedily, largest overlap first (ties: lower gold index, then lower prediction
// index), each gold and each predicted quote used at most once. Pairs come sorted by gold
// index. Spans outside text are clamped, never a panic.
func Match(text string, gold, pred []Quote, l Level) []Pair {
	gs, ps := trimmed(text, gold), trimmed(text, pred)
	return greedy(gs, ps, func(g, p Span, ov int) bool { return l.accepts(g, p, ov) })
}

// MatchMentions aligns predicted source mentions with gold ones: a pair qualifies when the
// spans share at least one byte (no trimming), then pairs are taken greedily as in [Match].
// FORMAT.md gives no rule for sources; this one is the loosest useful criterion.
func MatchMentions(gold, pred []Mention) []Pair {
	gs, ps := make([]Span, len(gold)), make([]Span, len(pred))
	for i, m := range gold {
		gs[i] = m.Span
	}
	for i, m := range pred {
		ps[i] = m.Span
	}
	return greedy(gs, ps, func(_, _ Span, ov int) bool { return ov > 0 })
}

// greedy pairs gs and ps one to one, largest overlap first among the pairs ok accepts.
func greedy(gs, ps []Span, ok func(g, p Span, ov int) bool) []Pair {
	var cand []Pair
	for i, g := range gs {
		for j, p := range ps {
			if ov := overlap(g, p); ok(g, p, ov) {
				cand = append(cand, Pair{Gold: i, Pred: j, Overlap: ov})
			}
		}
	}
	slices.SortFunc(cand, func(a, b Pair) int {
		return cmp.Or(cmp.Compare(b.Overlap, a.Overlap), cmp.Compare(a.Gold, b.Gold), cmp.Compare(a.Pred, b.Pred))
	})
	usedG, usedP := make([]bool, len(gs)), make([]bool, len(ps))
	var out []Pair
	for _, c := range cand {
		if usedG[c.Gold] || usedP[c.Pred] {
			continue
		}
		usedG[c.Gold], usedP[c.Pred] = true, true
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Pair) int { return cmp.Compare(a.Gold, b.Gold) })
	return out
}

// trimmed returns the trimmed span of every quote (Text left empty).
func trimmed(text string, qs []Quote) []Span {
	out := make([]Span, len(qs))
	for i, q := range qs {
		s, e := Trim(text, q.Start, q.End)
		out[i] = Span{Start: s, End: e}
	}
	return out
}

// overlap is the number of bytes a and b share.
func overlap(a, b Span) int { return max(0, min(a.End, b.End)-max(a.Start, b.Start)) }
