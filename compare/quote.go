package compare

import (
	"strings"

	"github.com/quotecheck/quotecheck/internal/norm"
)

// A quote marks its edits with these conventions (Chicago Manual of Style 13.48–13.53 and
// 13.57–13.60; the French "NDLR", note de la rédaction):
//
//	…  ...  . . .  […]  [...]  (…)  (...)   an omission (elision)
//	[words]                                 an editorial insertion or replacement
//	[T]he  work[s]                           an editorial change inside a word
//	(NDLR: words)  (words, ndlr)            an editorial note (French)

// span is a byte range of the quote.
type span struct{ start, end int }

// quoteTokens splits a quote into tokens, with its marks of omission and insertion.
func quoteTokens(q string) []token { return quoteTokensMode(q, false) }

// literalTokens splits a quote into tokens reading brackets and ellipses as plain
// punctuation: for a source that prints the same marks (a quote copied with its editor's
// brackets is not edited again).
func literalTokens(q string) []token { return quoteTokensMode(q, true) }

// hasMarks reports whether q holds an omission or insertion mark.
func hasMarks(q string) bool {
	e, b := quoteMarks(q)
	return len(e)+len(b) > 0
}

// marksIn reports whether every bracketed insertion of q is printed in passage as it is in q,
// and passage has at least as many ellipses as q.
func marksIn(q, passage string) bool {
	elisions, brackets := quoteMarks(q)
	for _, b := range brackets {
		if !strings.Contains(passage, q[b.start:b.end]) {
			return false
		}
	}
	n := strings.Count(passage, "…") + strings.Count(passage, "...")
	return n >= len(elisions)
}

func quoteTokensMode(q string, literal bool) []token {
	var elisions, brackets []span
	var ws []markedWord
	if literal {
		for _, w := range mergeInitialisms(q, norm.Words(q)) {
			ws = append(ws, markedWord{w: w})
		}
	} else {
		elisions, brackets = quoteMarks(q)
		ws = mergeBracketed(q, mergeInitialisms(q, norm.Words(q)))
	}
	var out []token
	done := make([]bool, len(brackets))
	prevEnd := 0
	for i, mw := range ws {
		gap := len(out) > 0 && hasSpanIn(elisions, prevEnd, mw.w.Start)
		if !gap {
			out = appendSymbols(out, q, prevEnd, mw.w.Start)
		}
		prevEnd = max(prevEnd, mw.w.End)
		if b := inside(brackets, mw.w.Start, mw.w.End); b >= 0 {
			if !done[b] {
				done[b] = true
				out = append(out, token{wild: true, start: brackets[b].start, end: brackets[b].end, gapBefore: gap})
			}
			continue
		}
		n := len(out)
		sent := i == 0 || startsSentence(between(q, ws[i-1].w.End, mw.w.Start))
		if mw.edited {
			out = append(out, token{key: mw.w.Text, loose: looseKey(mw.w.Text), hash: hashString(mw.w.Text),
				start: mw.w.Start, end: mw.w.End, edited: true})
		} else {
			out = appendWord(out, q, mw.w, sent)
		}
		out[n].gapBefore = gap
	}
	return appendSymbols(out, q, prevEnd, len(q))
}

type markedWord struct {
	w      norm.Word
	edited bool
}

// mergeBracketed joins words separated only by square brackets ("[T]he", "work[s]") into one
// edited word; its Text is the folded word without brackets.
func mergeBracketed(q string, ws []norm.Word) []markedWord {
	out := make([]markedWord, 0, len(ws))
	for _, w := range ws {
		if n := len(out); n > 0 && onlyBrackets(between(q, out[n-1].w.End, w.Start)) && !fullyBracketed(q, out[n-1].w, w) {
			last := &out[n-1]
			last.w.Text += w.Text
			last.w.End, last.w.FoldEnd = w.End, w.FoldEnd
			last.edited = true
			continue
		}
		out = append(out, markedWord{w: w})
	}
	// A word whose own text touches a bracket is edited too; its span takes in the brackets
	// that belong to it ("[T]he", "work[s]").
	for i := range out {
		w := &out[i].w
		if (w.Start > 0 && q[w.Start-1] == ']') || (w.End < len(q) && q[w.End] == '[') {
			out[i].edited = true
		}
		if out[i].edited && w.Start > 0 && q[w.Start-1] == '[' {
			w.Start--
		}
		if out[i].edited && w.End < len(q) && q[w.End] == ']' {
			w.End++
		}
	}
	return out
}

// fullyBracketed reports whether a and b sit in two separate bracket groups ("[a] [b]" never
// reaches here; "[a][b]" does).
func fullyBracketed(q string, a, b norm.Word) bool {
	return a.Start > 0 && q[a.Start-1] == '[' && b.End < len(q) && q[b.End] == ']'
}

func onlyBrackets(s string) bool {
	return s != "" && strings.Trim(s, "[]") == ""
}

// quoteMarks finds the omission marks and the bracketed insertions of q.
func quoteMarks(q string) (elisions, brackets []span) {
	for i := 0; i < len(q); i++ {
		switch {
		case strings.HasPrefix(q[i:], "…"):
			elisions = append(elisions, span{i, i + len("…")})
			i += len("…") - 1
		case strings.HasPrefix(q[i:], "..."), strings.HasPrefix(q[i:], ". . ."):
			n := 3
			if q[i+1] == ' ' {
				n = 5
			}
			elisions = append(elisions, span{i, i + n})
			i += n - 1
		case q[i] == '[':
			j := strings.IndexByte(q[i:], ']')
			if j < 0 {
				continue
			}
			inner := strings.TrimSpace(q[i+1 : i+j])
			if isEllipsis(inner) {
				elisions = append(elisions, span{i, i + j + 1})
			} else {
				brackets = append(brackets, span{i, i + j + 1})
			}
			i += j
		case q[i] == '(':
			j := strings.IndexByte(q[i:], ')')
			if j < 0 {
				continue
			}
			inner := strings.TrimSpace(q[i+1 : i+j])
			switch {
			case isEllipsis(inner):
				elisions = append(elisions, span{i, i + j + 1})
				i += j
			case strings.Contains(strings.ToLower(inner), "ndlr"):
				brackets = append(brackets, span{i, i + j + 1})
				i += j
			}
		}
	}
	return elisions, brackets
}

func isEllipsis(s string) bool { return s == "…" || s == "..." || s == ". . ." }

func hasSpanIn(ss []span, from, to int) bool {
	for _, s := range ss {
		if s.start >= from && s.end <= to {
			return true
		}
	}
	return false
}

// inside returns the index of the span of ss that holds [start, end), or -1.
func inside(ss []span, start, end int) int {
	for i, s := range ss {
		if start >= s.start && end <= s.end {
			return i
		}
	}
	return -1
}
