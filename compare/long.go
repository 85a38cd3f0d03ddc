package compare

// Long quotes. One alignment holds at most maxCells cells, so a quote of more than
// longQuote words is not aligned in one piece: a copy of the whole quote, word for word up to
// letter forms, is looked for first in linear time (exactRun); failing that the quote is cut
// into pieces of about pieceWords words aligned one after the other (searchPieces). Every quote
// word is thus accounted for: a piece that cannot be placed counts as quote words the source
// lacks, never as a reason to drop the rest of the alignment.
const (
	longQuote  = 1500
	pieceWords = 1000 // pieces hold from 1,000 to 1,499 words (the last takes the rest)
)

// exactRun finds the first place where the quote's words occur in the source one after the
// other, each the same folded word (a same-key run is preferred to one equal up to letter
// forms), and returns it as an alignment of pairs. Linear (Knuth–Morris–Pratt). A quote with
// a [bracketed] insertion has no such run.
func exactRun(qt, st []token) ([]step, bool) {
	for _, t := range qt {
		if t.wild {
			return nil, false
		}
	}
	for _, loose := range []bool{false, true} {
		of := func(t token) string {
			if loose {
				return t.loose
			}
			return t.key
		}
		ids := map[string]int32{}
		pat := make([]int32, len(qt))
		for i, t := range qt {
			k := of(t)
			v, ok := ids[k]
			if !ok {
				v = int32(len(ids))
				ids[k] = v
			}
			pat[i] = v
		}
		fail := make([]int, len(pat)) // longest proper border of pat[:i+1]
		for i, k := 1, 0; i < len(pat); i++ {
			for k > 0 && pat[i] != pat[k] {
				k = fail[k-1]
			}
			if pat[i] == pat[k] {
				k++
			}
			fail[i] = k
		}
		k := 0
		for j, t := range st {
			v, ok := ids[of(t)]
			if !ok {
				v = -1
			}
			for k > 0 && v != pat[k] {
				k = fail[k-1]
			}
			if v == pat[k] {
				k++
			}
			if k == len(pat) {
				lo := j + 1 - len(pat)
				steps := make([]step, len(qt))
				for i := range qt {
					steps[i] = step{kind: stepPair, qi: i, qj: i + 1, si: lo + i, sj: lo + i + 1}
				}
				return steps, true
			}
		}
	}
	return nil, false
}

// searchPieces aligns a long quote piece by piece, in order. A piece is aligned first right
// after the source passage of the previous one (the quote goes on where it left off); when
// fewer than half of its words match there, it is looked for further on, in windows seeded
// by its own word n-grams. A piece found nowhere is a run of quote words the source lacks.
// The source words between two placed pieces are words the quote drops (free at a marked
// ellipsis). The cost is linear in the quote length for a quote that follows the source;
// each piece that does not costs one more pass over the rest of the source.
func searchPieces(qt, st []token) ([]step, bool) {
	var out []step
	prevEnd, placed := 0, false
	for b, e := 0, 0; b < len(qt); {
		e = min(b+pieceWords, len(qt))
		if len(qt)-e < pieceWords/2 { // no short last piece
			e = len(qt)
		}
		for k := b + pieceWords/4; k < e; k++ {
			if qt[k].gapBefore { // a marked omission may jump far: a piece ends there
				e = k
				break
			}
		}
		pq := qt[b:e]
		a := newAligner(pq)
		var steps []step
		var anchored []step
		if placed && !pq[0].gapBefore {
			hi := min(len(st), prevEnd+len(pq)+len(pq)/4+5)
			if anchored = alignAt(a, st, prevEnd, hi); share(pq, st, anchored) >= 2.0/3 {
				steps = anchored
			}
		}
		if steps == nil && prevEnd < len(st) {
			if s, ok := search(pq, st[prevEnd:], nil, nil); ok && share(pq, st[prevEnd:], s) >= minCoverage {
				for i := range s {
					s[i].si += prevEnd
					s[i].sj += prevEnd
				}
				steps = s
			}
		}
		if steps == nil && anchored != nil {
			// The piece may go on where the previous one left off, then jump: keep the part
			// that follows on when it is sound.
			if s, n := cutTail(pq, st, anchored, minSalvage); n < len(pq) && share(pq[:n], st, s) >= 2.0/3 {
				steps = s
			}
		}
		if steps == nil {
			for i := b; i < e; i++ {
				k := stepIns
				if qt[i].wild {
					k = stepWild
				}
				out = append(out, step{kind: k, qi: i, qj: i + 1, si: prevEnd, sj: prevEnd})
			}
			b = e
			continue
		}
		steps, next := cutTail(pq, st, steps, len(pq)/4) // each piece moves on by at least a quarter
		joined := false
		for _, s := range steps {
			s.qi += b
			s.qj += b
			if !joined && s.sj > s.si && s.kind != stepDel {
				joined = true
				if placed {
					for j := prevEnd; j < s.si; j++ {
						out = append(out, step{kind: stepDel, qi: s.qi, qj: s.qi, si: j, sj: j + 1, free: qt[s.qi].gapBefore})
					}
				}
			}
			out = append(out, s)
			if s.sj > s.si && s.kind != stepDel {
				prevEnd = s.sj
			}
		}
		placed = placed || joined
		b += next
	}
	return out, placed
}

// cutTail keeps the steps of a placed piece up to where its alignment goes bad: the quote
// words after the cut match less than a third of the time (the piece runs past a jump of the
// quote in the source, which the next piece looks for). It returns the steps kept and the
// number of quote tokens they cover.
func cutTail(pq, st []token, steps []step, minKeep int) ([]step, int) {
	ok := make([]bool, len(pq))
	for _, s := range steps {
		switch s.kind {
		case stepPair:
			ok[s.qi] = pairEqual(pq[s.qi], st[s.si]) || pq[s.qi].edited
		case stepConcatQ, stepConcatS, stepWild:
			for k := s.qi; k < s.qj; k++ {
				ok[k] = true
			}
		}
	}
	cut, worst, sum := len(pq), 0, 0
	for k := len(pq) - 1; k > 0; k-- {
		if ok[k] {
			sum++
		} else {
			sum -= 2
		}
		if sum < worst {
			worst, cut = sum, k
		}
	}
	if cut == len(pq) || cut < max(minKeep, 1) {
		return steps, len(pq)
	}
	n := 0
	for n < len(steps) && steps[n].qj <= cut && (steps[n].qi < cut || steps[n].kind == stepDel) {
		n++
	}
	for n > 0 && steps[n-1].kind == stepDel { // the next piece starts where the source goes on
		n--
	}
	if n == 0 {
		return steps, len(pq)
	}
	return steps[:n], steps[n-1].qj
}

// alignAt aligns the quote of a against st[lo:hi] and returns the steps with source indexes
// into st.
func alignAt(a *aligner, st []token, lo, hi int) []step {
	if hi <= lo {
		return nil
	}
	_, steps := a.align(a.window(st, lo, hi))
	for i := range steps {
		steps[i].si += lo
		steps[i].sj += lo
	}
	return steps
}

// share is the share of the words of a piece that match in the alignment.
func share(pq, st []token, steps []step) float64 {
	if steps == nil {
		return 0
	}
	c := count(pq, st, steps)
	if c.quoteWords == 0 {
		return 0
	}
	return float64(c.equal) / float64(c.quoteWords)
}

// minSalvage is the fewest quote words kept from the start of a piece that follows on from
// the previous one but then goes astray.
const minSalvage = 16
