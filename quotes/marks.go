package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/lang"
)

// maxDepth bounds quote nesting; deeper openers are ignored (no real text nests further).
const maxDepth = 16

// rawQuote is a direct quote found by the pairing step.
type rawQuote struct {
	span        article.Span // content, marks and inner spaces excluded
	openAt      int          // byte offset of the opening mark
	closeEnd    int          // byte offset just past the closing mark, or span end when unclosed
	open, close string
	depth       int
	flags       Flags
	// tOpen, tStart and tClose memoize doc.tokenAfter of openAt, span.Start and closeEnd,
	// plus one: 0 when not known yet (see doc.tokenAt).
	tOpen, tStart, tClose int32
}

// openQuote is an opener waiting for its closer.
type openQuote struct {
	mark    string
	at      int // opening mark
	content int // first byte after the mark
	multi   bool
}

// markAt returns the quote mark starting at byte i of text, "" when none. "“" and "”" are
// PA-style two-character marks.
func markAt(text string, i int) string {
	switch c := text[i]; c {
	case '"':
		return `"`
	case '\'', '`':
		if i+1 < len(text) && text[i+1] == c {
			return text[i : i+2]
		}
		if c == '\'' {
			return "'"
		}
		return ""
	case 0xc2: // « »
		if i+1 < len(text) && (text[i+1] == 0xab || text[i+1] == 0xbb) {
			return text[i : i+2]
		}
	case 0xe2: // “ ” „ ‟ ‘ ’ ‚ ‹ ›
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9c, 0x9d, 0x9e, 0x9f, 0x98, 0x99, 0x9a, 0xb9, 0xba:
				return text[i : i+3]
			}
		}
	case 0xe3: // 「 」
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x8c || text[i+2] == 0x8d) {
			return text[i : i+3]
		}
	}
	return ""
}

func isDouble(m string) bool {
	switch m {
	case `"`, "“", "”", "„", "‟", "«", "»", "``", "''":
		return true
	}
	return false
}

func isSingle(m string) bool {
	switch m {
	case "'", "‘", "’", "‚", "‹", "›":
		return true
	}
	return false
}

// pairer pairs the quote marks of one article.
type pairer struct {
	text   string
	lg     *lang.Lang
	opens  map[string]bool
	closes map[[2]string]bool
	out    []rawQuote
	stack  []openQuote
	skip   int // offset of a re-opening mark already consumed by a multi-paragraph quote
}

func newPairer(text string, lg *lang.Lang) *pairer {
	li := infoFor(lg)
	return &pairer{text: text, lg: lg, opens: li.opens, closes: li.closes, skip: -1}
}

// canClose reports whether mark m may close opener o.
func (p *pairer) canClose(o, m string) bool {
	if p.closes[[2]string{o, m}] {
		return true
	}
	if isDouble(o) && isDouble(m) {
		return m != "«" && m != "„" && m != "``" && o != "»"
	}
	if isSingle(o) && isSingle(m) {
		return m == "’" || m == "'" || m == "›" && o == "‹"
	}
	return false
}

// ambiguous marks may open or close; flanking decides.
func (p *pairer) ambiguous(m string) bool {
	switch m {
	case `"`, "''", "'", "’", "“", "‘":
		return true
	}
	return p.opens[m] && m != "«" && m != "„" && m != "‚" && m != "``" && m != "‹" && m != "「"
}

// paragraph pairs the marks of text[s:e]; next is the start of the following paragraph,
// -1 when none.
func (p *pairer) paragraph(s, e, next, nextEnd int) {
	text := p.text
	para := text[:e]
	for i := s; i < e; {
		for i < len(para) && !markLead[para[i]] {
			i++
		}
		if i >= e {
			break
		}
		m := markAt(text, i)
		if m == "" {
			i++
			continue
		}
		if i != p.skip {
			p.mark(m, i, s, e)
		}
		i += len(m)
	}
	p.paragraphEnd(e, next, nextEnd)
}

// markLead marks the lead bytes of every quote mark; they never occur inside a rune.
var markLead = [256]bool{'"': true, '\'': true, '`': true, 0xc2: true, 0xe2: true, 0xe3: true}

func (p *pairer) mark(m string, i, ps, pe int) {
	text := p.text
	prev, next := utf8.RuneError, utf8.RuneError
	if i > ps {
		prev = lastRuneBefore(text, i)
	}
	if i+len(m) < pe {
		next = runeAt(text, i+len(m))
	}
	prevLetter, nextLetter := isWordRune(prev), isWordRune(next)
	if (m == "'" || m == "’" || m == "‘") && prevLetter && nextLetter {
		return // apostrophe: l’Iran, don't, shouldn‘t
	}
	if m == "'" && p.pluralPossessive(i, pe) && p.singleCloses(i+1, pe) {
		return // "'It is the workers' rights that matter,' he said": a closer comes later
	}
	prevOpen := prev == utf8.RuneError || isSpace(prev) || strings.ContainsRune("([{—–-/:;,", prev) || markAt(string(prev), 0) != ""
	nextClose := next == utf8.RuneError || isSpace(next) || strings.ContainsRune(".,;:!?)]}…—–-", next) || markAt(string(next), 0) != ""
	if (m == "'" || m == "’") && prevOpen && unicode.IsDigit(next) {
		return // ’90s
	}
	if k := p.closer(m); k >= 0 && (!p.ambiguous(m) || !prevOpen || nextClose) {
		p.closeAt(k, m, i)
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].mark == m && (m == `"` || m == "''") {
		// A straight mark never nests in itself. After a sentence end it re-opens the same
		// quote (a paragraph break lost in the text: `… I believe in. "And …"`); otherwise
		// it closes.
		if endsSentence(p.text[ps:i]) {
			return
		}
		p.closeAt(n-1, m, i)
		return
	}
	if !p.opens[m] || len(p.stack) >= maxDepth {
		return
	}
	single := m == "'" || m == "’"
	if single && !p.insideDouble() && !(m == "'" && prevOpen && isWordRune(next) && p.singleCloses(i+1, pe)) {
		return
	}
	if p.ambiguous(m) && !p.canOpenAmbiguous(m, prev, next, prevOpen) {
		return
	}
	p.stack = append(p.stack, openQuote{mark: m, at: i, content: i + len(m)})
}

// singleCloses reports whether a straight single mark opening a top-level quote before byte
// from is closed in the paragraph (which ends at pe), British and headline style ('We will
// stop the boats,' Sunak said): the first straight mark after from that is no apostrophe
// (don't, rock 'n' roll, the '90s) ends a word or punctuation and comes before punctuation or
// the paragraph end. "the players' union" closes nothing: a mark between an s and a space
// before a lower-case word is a plural possessive, skipped.
func (p *pairer) singleCloses(from, pe int) bool {
	text := p.text
	for j := from; j < pe; j++ {
		if text[j] != '\'' {
			continue
		}
		prev := lastRuneBefore(text, j)
		next := utf8.RuneError
		if j+1 < pe {
			next = runeAt(text, j+1)
		}
		if isWordRune(prev) && isWordRune(next) || p.pluralPossessive(j, pe) {
			continue // an apostrophe, or a plural possessive ("the workers' rights")
		}
		if isSpace(prev) && (isWordRune(next) || unicode.IsDigit(next)) {
			return false // another opener ('n', '90s) before any closer
		}
		return (isWordRune(prev) || strings.ContainsRune(".,!?…)", prev)) &&
			(next == utf8.RuneError || isSpace(next) && strings.ContainsRune(",.!?…", prev) || strings.ContainsRune(".,;:!?)—–\n", next))
	}
	return false
}

// pluralPossessive reports whether the straight mark at byte i ends a plural possessive: it
// follows an s and comes before a space and a lower-case word ("the workers' rights").
func (p *pairer) pluralPossessive(i, pe int) bool {
	text := p.text
	if i == 0 || text[i-1] != 's' && text[i-1] != 'S' || i+2 >= pe || text[i+1] != ' ' {
		return false
	}
	r := runeAt(text, i+2)
	return unicode.IsLower(r)
}

// canOpenAmbiguous decides whether a mark that may also close opens here: after a space, an
// opening punctuation or a mark, or glued after a sentence end ("dit."Marine"), and before
// a word or an opening punctuation, never before a space or the same mark ("" is empty).
func (p *pairer) canOpenAmbiguous(m string, prev, next rune, prevOpen bool) bool {
	if next == utf8.RuneError || isSpace(next) || markAt(string(next), 0) == m {
		return false
	}
	if !isWordRune(next) && !strings.ContainsRune("([¿¡…'‘“«„-—–$£€0123456789", next) {
		return false
	}
	if prevOpen {
		return true
	}
	// Glued after a sentence end ("dit."Marine") or a word (a caption run into the text:
	// "par BFMTV"Ils sont…"), before a capital.
	return (strings.ContainsRune(".!?", prev) || isWordRune(prev) && len(p.stack) == 0) && unicode.IsUpper(next)
}

func (p *pairer) insideDouble() bool {
	for _, o := range p.stack {
		if isDouble(o.mark) {
			return true
		}
	}
	return false
}

// closer returns the stack index of the innermost opener that m may close, -1 when none.
// Single marks close only the innermost opener, so a stray apostrophe cannot end an outer
// double quote.
func (p *pairer) closer(m string) int {
	for k := len(p.stack) - 1; k >= 0; k-- {
		if p.canClose(p.stack[k].mark, m) {
			return k
		}
		if isSingle(m) {
			return -1
		}
	}
	return -1
}

// closeAt closes stack entry k with mark m at byte i; entries above it end unclosed there.
func (p *pairer) closeAt(k int, m string, i int) {
	for len(p.stack)-1 > k {
		p.emitUnclosed(i)
	}
	o := p.stack[k]
	p.stack = p.stack[:k]
	var f Flags
	if o.multi {
		f |= MultiParagraph
	}
	p.emit(o, k, i, i+len(m), m, f)
}

func (p *pairer) emitUnclosed(end int) {
	o := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	f := Unclosed
	if o.multi {
		f |= MultiParagraph
	}
	p.emit(o, len(p.stack), end, end, "", f)
}

func (p *pairer) emit(o openQuote, depth, end, closeEnd int, closeMark string, f Flags) {
	s, e := trimSpaces(p.text, o.content, end)
	if s >= e {
		return
	}
	if closeMark == "" {
		closeEnd = e
	}
	p.out = append(p.out, rawQuote{span: article.Span{Start: s, End: e}, openAt: o.at, closeEnd: closeEnd,
		open: o.mark, close: closeMark, depth: depth, flags: f})
}

// paragraphEnd closes what is still open at the end e of a paragraph. The news convention
// (a quote running over paragraphs re-opens at each paragraph start and closes only at the
// end) carries the outermost quote into the next paragraph when that one opens with a mark of
// the same family; everything else ends here, unclosed.
func (p *pairer) paragraphEnd(e, next, nextEnd int) {
	if len(p.stack) == 0 {
		return
	}
	for len(p.stack) > 1 {
		p.emitUnclosed(e)
	}
	o := p.stack[0]
	if next >= 0 {
		m := markAt(p.text, next)
		reopens := m != "" && p.opens[m] && isDouble(m) == isDouble(o.mark) && next+len(m) < nextEnd &&
			(!p.ambiguous(m) || !isSpace(runeAt(p.text, next+len(m))))
		if reopens {
			o.multi = true
			p.stack[0] = o
			p.skip = next
			return
		}
	}
	p.emitUnclosed(e)
}

// endsSentence reports whether s ends with sentence punctuation followed by white space.
func endsSentence(s string) bool {
	t := strings.TrimRightFunc(s, isSpace)
	if len(t) == len(s) || t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", r)
}

// trimSpaces trims white space (no-break spaces included) from both ends of text[s:e].
func trimSpaces(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
