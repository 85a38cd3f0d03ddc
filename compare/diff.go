package compare

import (
	"github.com/quotecheck/quotecheck/article"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// wordDiff is the word-level difference from the source passage st[lo:hi] to the quote
// tokens, computed by go-diff over one rune per distinct folded word (DiffMainRunes with no
// timeout, then DiffCleanupSemantic), so that it never depends on machine load. A diff of
// more than maxCleanupOps operations is shown as computed: go-diff's semantic cleanup is
// quadratic in its length (a 20,000-word quote with every other word changed took 22 s).
func wordDiff(qt, st []token, lo, hi int, passage article.Span) []DiffOp {
	runeOf := map[string]rune{}
	enc := func(ts []token) []rune {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			k := t.key
			switch {
			case t.wild:
				k = "\x00wild"
			case t.contr: // "didn't" differs from "did not" in the diff shown to people
				k += "\x00c"
			}
			r, ok := runeOf[k]
			if !ok {
				r = rune(0xE000 + len(runeOf)) // private use area, then beyond
				if r > 0xF8FF {
					r = rune(0xF0000 + len(runeOf))
				}
				runeOf[k] = r
			}
			rs[i] = r
		}
		return rs
	}
	src, quo := enc(st[lo:hi]), enc(qt)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(src, quo, false)
	if len(diffs) <= maxCleanupOps {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
	var out []DiffOp
	si, qi := lo, 0
	qPos := 0
	if len(qt) > 0 {
		qPos = qt[0].start
	}
	sPos := passage.Start
	for _, d := range diffs {
		n := len([]rune(d.Text))
		op := DiffOp{Quote: article.Span{Start: qPos, End: qPos}, Source: article.Span{Start: sPos, End: sPos}}
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			op.Kind = DiffEqual
			op.Source = tokenSpan(st, si, si+n)
			op.Quote = tokenSpan(qt, qi, qi+n)
			si, qi = si+n, qi+n
		case diffmatchpatch.DiffDelete:
			op.Kind = DiffDelete
			op.Source = tokenSpan(st, si, si+n)
			si += n
		case diffmatchpatch.DiffInsert:
			op.Kind = DiffInsert
			op.Quote = tokenSpan(qt, qi, qi+n)
			qi += n
		}
		if op.Quote.End > qPos {
			qPos = op.Quote.End
		}
		if op.Source.End > sPos {
			sPos = op.Source.End
		}
		out = append(out, op)
	}
	return out
}

// maxCleanupOps bounds the diffs that get go-diff's semantic cleanup (see wordDiff).
const maxCleanupOps = 2000

// tokenSpan is the byte span from the start of ts[i] to the end of ts[j-1].
func tokenSpan(ts []token, i, j int) article.Span {
	if i >= j || j > len(ts) {
		return article.Span{}
	}
	return article.Span{Start: ts[i].start, End: ts[j-1].end}
}
