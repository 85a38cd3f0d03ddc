package compare

// Word alignment of a quote against a window of the source: semi-global (the whole quote,
// any stretch of the source), affine gap costs (Gotoh 1982), ties broken toward matches.
// A marked ellipsis in the quote makes skipping source words free at that point; a
// [bracketed] insertion matches from 0 to maxWild source words at no cost; two quote words
// may match one source word when they spell it ("bear hug"/"bearhug") and the reverse.

const (
	scoreMatch    = 4
	scoreEdited   = 3 // a bracket-edited quote word against a different source word
	scoreMismatch = -3
	scoreOpen     = -4 // the first word of a gap
	scoreExtend   = -1 // each further word
	maxWild       = 8
	negInf        = -1 << 28
)

// step kinds of an alignment.
const (
	stepPair    = iota // one quote word, one source word
	stepConcatQ        // two quote words, one source word
	stepConcatS        // one quote word, two source words
	stepWild           // a bracketed insertion against k source words
	stepIns            // a quote word the source lacks
	stepDel            // a source word the quote drops
)

// step is one move of an alignment: quote tokens [qi, qj) against window tokens [si, sj).
type step struct {
	kind           int
	qi, qj, si, sj int
	free           bool // stepDel at a marked ellipsis
}

// aligner holds the interned keys of a quote so that windows are aligned with integer
// comparisons.
type aligner struct {
	q       []token
	qKey    []int32 // id of the key
	qLoose  []int32 // id of the loose key
	qCat    []int32 // id of q[i-1].loose+q[i].loose (at i), -1 at 0
	keys    map[string]int32
	looses  map[string]int32
	freeGap []bool // freeGap[i]: skipping source words after i quote tokens is free
}

func newAligner(q []token) *aligner {
	a := &aligner{q: q, keys: map[string]int32{}, looses: map[string]int32{}}
	id := func(m map[string]int32, s string) int32 {
		if v, ok := m[s]; ok {
			return v
		}
		m[s] = int32(len(m))
		return m[s]
	}
	a.qKey = make([]int32, len(q))
	a.qLoose = make([]int32, len(q))
	a.qCat = make([]int32, len(q))
	a.freeGap = make([]bool, len(q)+1)
	for i, t := range q {
		a.qKey[i], a.qLoose[i], a.qCat[i] = -1, -1, -1
		if t.wild {
			continue
		}
		a.qKey[i] = id(a.keys, t.key)
		a.qLoose[i] = id(a.looses, t.loose)
		if i > 0 && !q[i-1].wild {
			a.qCat[i] = id(a.looses, q[i-1].loose+t.loose)
		}
		if i > 0 && t.gapBefore {
			a.freeGap[i] = true
		}
	}
	return a
}

// window is a stretch of source tokens with their interned ids.
type window struct {
	lo, hi int // token indexes into the source, [lo, hi)
	key    []int32
	loose  []int32
	cat    []int32 // id of s[j-1].loose+s[j].loose, -1 when no quote word spells it
}

func (a *aligner) window(src []token, lo, hi int) window {
	w := window{lo: lo, hi: hi, key: make([]int32, hi-lo), loose: make([]int32, hi-lo), cat: make([]int32, hi-lo)}
	for j := lo; j < hi; j++ {
		k := j - lo
		w.key[k], w.loose[k], w.cat[k] = -1, -1, -1
		if v, ok := a.keys[src[j].key]; ok {
			w.key[k] = v
		}
		if v, ok := a.looses[src[j].loose]; ok {
			w.loose[k] = v
		}
		if j > lo {
			if v, ok := a.looses[src[j-1].loose+src[j].loose]; ok {
				w.cat[k] = v
			}
		}
	}
	return w
}

func (a *aligner) pair(i int, w window, j int) int32 {
	switch {
	case a.qKey[i] >= 0 && a.qKey[i] == w.key[j], a.qLoose[i] >= 0 && a.qLoose[i] == w.loose[j]:
		return scoreMatch
	case a.q[i].edited:
		return scoreEdited
	}
	return scoreMismatch
}

// traceback cell layout (uint16): bits 0-1 the state M came from, 2-3 its step kind,
// 4-7 the wild width; bits 8-9 the state X came from, 10-11 the state Y came from.
const (
	stM, stX, stY, stStart = 0, 1, 2, 3
)

// align aligns the whole quote against window w and returns the score and the steps.
func (a *aligner) align(w window) (int32, []step) {
	m, n := len(a.q), w.hi-w.lo
	if m == 0 || n == 0 {
		return negInf, nil
	}
	tb := make([]uint16, (m+1)*(n+1))
	row := func(i int) []uint16 { return tb[i*(n+1) : (i+1)*(n+1)] }
	pM, pX, pY := make([]int32, n+1), make([]int32, n+1), make([]int32, n+1)
	cM, cX, cY := make([]int32, n+1), make([]int32, n+1), make([]int32, n+1)
	p2 := make([]int32, n+1)  // best of row i-2
	p2s := make([]uint8, n+1) // its state
	for j := range pM {
		pM[j], pX[j], pY[j] = 0, negInf, negInf
		p2[j] = negInf
	}
	best := func(M, X, Y []int32, j int, first bool) (int32, uint16) {
		if first {
			return 0, stStart
		}
		v, s := M[j], uint16(stM)
		if X[j] > v {
			v, s = X[j], stX
		}
		if Y[j] > v {
			v, s = Y[j], stY
		}
		return v, s
	}
	for i := 1; i <= m; i++ {
		t := row(i)
		qi := i - 1
		first := i == 1
		openY, extY := int32(scoreOpen), int32(scoreExtend)
		if a.freeGap[i] {
			openY, extY = 0, 0
		}
		cM[0], cY[0] = negInf, negInf
		if first {
			cX[0] = scoreOpen
			t[0] = stStart << 8
		} else {
			cX[0] = pX[0] + scoreExtend
			t[0] = stX << 8
		}
		for j := 1; j <= n; j++ {
			var cell uint16
			// M
			mv := int32(negInf)
			if a.q[qi].wild {
				for k := 0; k <= maxWild && k <= j; k++ {
					v, s := best(pM, pX, pY, j-k, first)
					if v > mv {
						mv = v
						cell = s | stepWild<<2 | uint16(k)<<4
					}
				}
			} else {
				v, s := best(pM, pX, pY, j-1, first)
				mv = v + a.pair(qi, w, j-1)
				cell = s | stepPair<<2
				if i >= 2 && a.qCat[qi] >= 0 && a.qCat[qi] == w.loose[j-1] {
					if v2 := p2[j-1] + scoreMatch; v2 > mv {
						mv, cell = v2, uint16(p2s[j-1])|stepConcatQ<<2
					}
				}
				if j >= 2 && w.cat[j-1] >= 0 && w.cat[j-1] == a.qLoose[qi] {
					v, s := best(pM, pX, pY, j-2, first)
					if v+scoreMatch > mv {
						mv, cell = v+scoreMatch, s|stepConcatS<<2
					}
				}
			}
			cM[j] = mv
			// X: quote word qi without source word, from row i-1 at column j.
			var xv int32
			var xs uint16
			if first {
				xv, xs = scoreOpen, stStart
			} else {
				xv, xs = pM[j]+scoreOpen, stM
				if v := pY[j] + scoreOpen; v > xv {
					xv, xs = v, stY
				}
				if v := pX[j] + scoreExtend; v > xv {
					xv, xs = v, stX
				}
			}
			cX[j] = xv
			cell |= xs << 8
			// Y: source word j-1 skipped, from row i at column j-1.
			yv, ys := cM[j-1]+openY, uint16(stM)
			if v := cX[j-1] + openY; v > yv {
				yv, ys = v, stX
			}
			if v := cY[j-1] + extY; v > yv {
				yv, ys = v, stY
			}
			cY[j] = yv
			cell |= ys << 10
			t[j] = cell
		}
		for j := 0; j <= n; j++ {
			v, s := best(pM, pX, pY, j, first)
			p2[j], p2s[j] = v, uint8(s)
		}
		pM, cM = cM, pM
		pX, cX = cX, pX
		pY, cY = cY, pY
	}
	// Free end: the best column of the last row, M preferred on ties, then the leftmost.
	bj, bv, bs := -1, int32(negInf), stM
	for j := 0; j <= n; j++ {
		if pM[j] > bv {
			bj, bv, bs = j, pM[j], stM
		}
	}
	for j := 0; j <= n; j++ {
		if pX[j] > bv {
			bj, bv, bs = j, pX[j], stX
		}
	}
	if bj < 0 {
		return negInf, nil
	}
	return bv, a.trace(tb, n, m, bj, bs)
}

// trace walks the traceback from (i, j) in state s back to the start.
func (a *aligner) trace(tb []uint16, n, i, j, s int) []step {
	var rev []step
	for i > 0 {
		cell := tb[i*(n+1)+j]
		switch s {
		case stM:
			kind := int(cell>>2) & 3
			prev := int(cell & 3)
			st := step{kind: kind, qi: i - 1, qj: i, si: j - 1, sj: j}
			switch kind {
			case stepConcatQ:
				st.qi = i - 2
			case stepConcatS:
				st.si = j - 2
			case stepWild:
				st.si = j - int(cell>>4)&15
			}
			rev = append(rev, st)
			i, j, s = st.qi, st.si, prev
		case stX:
			rev = append(rev, step{kind: stepIns, qi: i - 1, qj: i, si: j, sj: j})
			s = int(cell>>8) & 3
			i--
		case stY:
			rev = append(rev, step{kind: stepDel, qi: i, qj: i, si: j - 1, sj: j, free: a.freeGap[i]})
			s = int(cell>>10) & 3
			j--
		default:
			i = 0
		}
	}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	return rev
}
