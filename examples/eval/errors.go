package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/internal/gold"
)

// errorCase is a gold quote no prediction matched (a miss) or a prediction that matched no
// gold quote (a false alarm), at overlap 0.3. The JSON form is stable.
type errorCase struct {
	File    string `json:"file"`
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker,omitempty"`
	Note    string `json:"note,omitempty"` // for a wrong speaker: the gold and predicted ones
	Context string `json:"context"`        // the quote as ⟦…⟧ with up to contextBytes either side
	size    int    // trimmed length in bytes: longer is worse
	order   int    // reading order, for stable ties
}

// contextBytes is how much text is shown either side of an error.
const contextBytes = 80

// errorLog keeps the misses and false alarms when -errors asks for them.
type errorLog struct {
	n                   int
	misses, falseAlarms []errorCase
	speakers            []errorCase // matched quotes whose speaker is wrong
}

func newErrorLog(n int) *errorLog { return &errorLog{n: n} }

func (l *errorLog) add(file string, g, p *gold.Article) {
	if l.n == 0 {
		return
	}
	var pq []gold.Quote
	if p != nil {
		pq = p.Quotes
	}
	pairs := gold.Match(g.Text, g.Quotes, pq, gold.Loose)
	usedG, usedP := make([]bool, len(g.Quotes)), make([]bool, len(pq))
	for _, pr := range pairs {
		usedG[pr.Gold], usedP[pr.Pred] = true, true
		gq, pq := g.Quotes[pr.Gold], pq[pr.Pred]
		if !gold.SpeakerCorrect(gq, pq) {
			c := newErrorCase(file, g, gq, len(l.speakers))
			c.Speaker, c.Note = "", fmt.Sprintf("gold %s, predicted %s", who(gq), who(pq))
			l.speakers = append(l.speakers, c)
		}
	}
	for i, q := range g.Quotes {
		if !usedG[i] {
			l.misses = append(l.misses, newErrorCase(file, g, q, len(l.misses)))
		}
	}
	for i, q := range pq {
		if !usedP[i] {
			l.falseAlarms = append(l.falseAlarms, newErrorCase(file, g, q, len(l.falseAlarms)))
		}
	}
}

func newErrorCase(file string, g *gold.Article, q gold.Quote, order int) errorCase {
	s, e := gold.Trim(g.Text, q.Start, q.End)
	c := errorCase{File: file, ID: g.ID, Kind: q.Kind, Start: q.Start, End: q.End, size: e - s, order: order,
		Context: excerpt(g.Text, q.Start, q.End)}
	if q.Speaker != nil {
		c.Speaker = q.Speaker.Text
	}
	return c
}

// who describes the speaker of q: its mention and reference.
func who(q gold.Quote) string {
	m := "no mention"
	if q.Speaker != nil {
		m = fmt.Sprintf("%q", q.Speaker.Text)
	}
	if q.Reference != "" {
		return fmt.Sprintf("%s (%s)", m, q.Reference)
	}
	return m
}

// worst returns the n longest misses, false alarms and speaker errors (ties in reading order).
func (l *errorLog) worst() (misses, falseAlarms, speakers []errorCase) {
	pick := func(cs []errorCase) []errorCase {
		slices.SortStableFunc(cs, func(a, b errorCase) int {
			return cmp.Or(cmp.Compare(b.size, a.size), cmp.Compare(a.order, b.order))
		})
		return cs[:min(l.n, len(cs))]
	}
	return pick(l.misses), pick(l.falseAlarms), pick(l.speakers)
}

// excerpt renders text[s:e] as ⟦…⟧ with up to contextBytes of text on each side, cut at rune
// boundaries, line breaks shown as ⏎; a quote longer than 400 bytes is shortened in the
// middle. Offsets outside text are clamped.
func excerpt(text string, s, e int) string {
	s, e = min(max(s, 0), len(text)), min(max(e, 0), len(text))
	if e < s {
		e = s
	}
	l, r := runeStart(text, max(0, s-contextBytes)), runeStart(text, min(len(text), e+contextBytes))
	q := text[s:e]
	if len(q) > 400 {
		q = q[:runeStart(q, 190)] + " … " + q[runeStart(q, len(q)-190):]
	}
	var b strings.Builder
	if l > 0 {
		b.WriteString("…")
	}
	b.WriteString(text[l:s] + "⟦" + q + "⟧" + text[e:r])
	if r < len(text) {
		b.WriteString("…")
	}
	return strings.ReplaceAll(b.String(), "\n", "⏎")
}

// runeStart moves i back to the start of the rune that holds byte i.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
