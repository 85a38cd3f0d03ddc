package quotes

import (
	"cmp"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/bloom"
	"github.com/quotecheck/quotecheck/lang"
)

// Options tune [Extract]. The zero value is ready to use.
type Options struct {
	// Lang is the BCP 47 tag of the language whose conventions apply ("en", "fr-CA").
	// "" means a.Metadata.Language.Value unless the text is plainly in another language with
	// data, and when that is empty or has no data file, the language detected from stop words,
	// else English (lang.Choose).
	Lang string
	// Logger receives debug records (the language chosen); nil means silent.
	Logger *slog.Logger
}

// Extract returns the quoted statements of a, sorted by Span.Start (an enclosing quote
// before the quotes nested in it). Spans are UTF-8 byte offsets into a.Text, from 0, end
// exclusive; a.Text[q.Span.Start:q.Span.End] is the quoted text.
//
// It finds direct quotes in every quote-mark convention of the language (nested, multi-
// paragraph in the news convention, unclosed ones flagged [Unclosed] and cut at their
// paragraph), their cues on either side (a verb group, a colon lead-in, a source marker, a
// dash byline), statements interrupted by their cue (linked by Next/Prev), short quoted terms
// ([Term]), indirect and [Mixed] speech (a reporting verb with its complement, "according to
// X", "selon X", a colon lead-in), and the <q>/<blockquote> elements of the article
// ([Blockquote]). A nil article, or one with no text, gives nil. Extract never fails: odd
// input gives fewer or flagged quotes.
func Extract(a *article.Article, opts Options) []Quote {
	out, _ := extract(a, opts)
	return out
}

// extract is Extract; it also returns the work done by the scans whose length the text
// decides (see doc.work), for the tests that check it stays linear.
func extract(a *article.Article, opts Options) ([]Quote, int) {
	if a == nil || a.Text == "" {
		return nil, 0
	}
	lg := chooseLang(a, opts)
	if opts.Logger != nil {
		opts.Logger.Debug("quotes: extracting", "lang", lg.Code, "bytes", len(a.Text))
	}
	sc := scratchPool.Get().(*scratch)
	paras := a.Paragraphs
	if !validParagraphs(a) {
		sc.paras = lines(sc.paras[:0], a.Text)
		paras = sc.paras
	}
	d := newDoc(a.Text, paras, lg, sc)
	d.pairMarks()
	d.directCues()
	d.indirect()
	d.blockquotes(a.Quotes)
	out := d.result()
	work := d.work + len(d.toks)
	d.release()
	return out, work
}

// scratch holds the per-token slices of a doc, reused across calls to spare the allocator
// and the garbage collector.
type scratch struct {
	toks   []token
	fold   []string
	cls    []lang.Class
	inq    []int32
	vmemo  []int32
	cend   []int32
	buf    []byte
	spans  []foldSpan
	vgroup []verbGroup
	direct []rawQuote
	top    []int
	items  []*item
	dItems []*item
	paras  []article.Span // the lines of a text without valid paragraphs
	// directCue and afterCue are the maps of doc, kept empty between calls.
	directCue, afterCue map[article.Span]bool
	// classes remembers the class of the last folded word met in each slot (see foldSlot),
	// for the text being read; emptied on release.
	classes [512]classMemo
	// chunks are the arrays of items that newItem fills in turn, kept zeroed between calls.
	chunks [][]item
}

// classMemo is a slot of scratch.classes: a folded word and its lang class.
type classMemo struct {
	fold string
	cls  lang.Class
}

// foldSlot spreads folded words over the slots of scratch.classes (see bloom.Hash).
func foldSlot(f string) int {
	return int(bloom.Hash(f) & (uint32(len(scratch{}.classes)) - 1))
}

// foldSpan places the folded form of token i at buf[s:e] while newDoc folds the words.
type foldSpan struct{ i, s, e int }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the scratch kept for reuse (about 40 MB of text in tokens).
const maxPooledTokens = 1 << 22

// maxPooledChunks bounds the item chunks kept for reuse (8,192 items, about 1.4 MB).
const maxPooledChunks = 1024

// grow returns s resliced to n elements, all zero.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release hands the doc's slices back to the pool, dropping their references to the text.
func (d *doc) release() {
	sc := d.sc
	if sc == nil || cap(d.toks) > maxPooledTokens {
		return
	}
	clear(d.fold)
	clear(d.direct)
	clear(d.items)
	clear(d.dItems)
	clear(sc.classes[:])
	sc.items, sc.dItems = d.items[:0], d.dItems[:0]
	if d.directCue != nil {
		clear(d.directCue)
		clear(d.afterCue)
		sc.directCue, sc.afterCue = d.directCue, d.afterCue
	}
	for _, c := range sc.chunks[:d.chunkN] {
		clear(c[:cap(c)])
	}
	if len(sc.chunks) > maxPooledChunks {
		sc.chunks = nil
	}
	sc.toks, sc.fold, sc.cls, sc.inq, sc.vmemo, sc.cend = d.toks[:0], d.fold[:0], d.cls[:0], d.inq[:0], d.vmemo[:0], d.cend[:0]
	sc.vgroup, sc.direct, sc.top = d.vgroup[:0], d.direct[:0], d.top[:0]
	d.sc = nil
	scratchPool.Put(sc)
}

// chooseLang picks the language data by the rules of Options.Lang.
func chooseLang(a *article.Article, opts Options) *lang.Lang {
	l, _ := lang.Choose(opts.Lang, a.Metadata.Language.Value, a.Text)
	return l
}

// paragraphs returns a.Paragraphs when they are valid, else the non-blank lines of a.Text.
func paragraphs(a *article.Article) []article.Span {
	if validParagraphs(a) {
		return a.Paragraphs
	}
	return lines(nil, a.Text)
}

// validParagraphs reports whether a.Paragraphs is a non-empty list of spans of a.Text in order.
func validParagraphs(a *article.Article) bool {
	ok := len(a.Paragraphs) > 0
	last := 0
	for _, p := range a.Paragraphs {
		if p.Start < last || p.End < p.Start || p.End > len(a.Text) {
			ok = false
			break
		}
		last = p.End
	}
	return ok
}

// lines appends to out the spans of the non-blank lines of text, spaces trimmed.
func lines(out []article.Span, text string) []article.Span {
	for s := 0; s < len(text); {
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		if ts, te := trimSpaces(text, s, e); ts < te {
			out = append(out, article.Span{Start: ts, End: te})
		}
		s = e + 1
	}
	return out
}

// item is a quote under construction; links are pointers until the final sort.
type item struct {
	Quote
	raw        *rawQuote
	next, prev *item
	cueAfter   bool
	idx        int // index in the sorted items, set by result
}

// newItem returns a copy of it that lives in a chunk of the doc's items, sparing an
// allocation per item; the chunks come from the scratch, made when it has no more.
func (d *doc) newItem(it item) *item {
	if len(d.itemChunk) == cap(d.itemChunk) {
		if sc := d.sc; d.chunkN < len(sc.chunks) {
			d.itemChunk = sc.chunks[d.chunkN][:0]
		} else {
			d.itemChunk = make([]item, 0, 8) // small chunks: little is left unused in a short text
			sc.chunks = append(sc.chunks, d.itemChunk)
		}
		d.chunkN++
	}
	d.itemChunk = append(d.itemChunk, it)
	return &d.itemChunk[len(d.itemChunk)-1]
}

// newCue returns a copy of c that lives in a chunk of the doc's cues, sparing an allocation
// per cue. The cues belong to the quotes returned, so the chunks are never reused.
func (d *doc) newCue(c Cue) *Cue {
	if len(d.cueChunk) == cap(d.cueChunk) {
		d.cueChunk = make([]Cue, 0, 8) // small chunks: little is left unused in a short text
	}
	d.cueChunk = append(d.cueChunk, c)
	return &d.cueChunk[len(d.cueChunk)-1]
}

// doc is the working state of one extraction.
type doc struct {
	text   string
	lg     *lang.Lang
	paras  []article.Span
	toks   []token
	sc     *scratch // where the per-token slices come from; see release
	fold   []string // folded text of each word token (lang.Fold), "" for others
	cls    []lang.Class
	info   *langInfo
	inq    []int32 // per token: index into direct of the depth-0 quote holding it (marks included), -1
	direct []rawQuote
	items  []*item
	// itemChunk is where newItem puts the items, the chunk sc.chunks[chunkN-1]; a full
	// chunk stays with its items.
	itemChunk []item
	chunkN    int
	cueChunk  []Cue          // where newCue puts the cues
	claims    []article.Span // spans of mixed quotes found from their direct quotes, sorted
	claimAt   int            // cursor of claimed
	dItems    []*item        // the items of direct quotes, by opening mark
	bySpan    map[article.Span]*item
	// directCue holds the cue spans of direct quotes.
	directCue map[article.Span]bool
	afterCue  map[article.Span]bool // cues that follow their quote
	// inMarks lets verbAt read words inside quote marks (for an incise).
	inMarks bool
	// vmemo caches verbAt outside marks: 0 unknown, -1 none, k the group vgroup[k-1].
	vmemo  []int32
	vgroup []verbGroup
	// cend caches clauseEnd: the byte end of the clause that a scan from the token reaches, 0
	// when not known yet.
	cend []int32
	// cueGen counts the calls to addIndirect, which change the cues of direct quotes;
	// cueScan is the state that cueIn keeps between calls.
	cueGen  int
	cueScan cueScan
	// work counts the steps of the scans that are not bounded by a fixed number of tokens
	// (clause ends, cue and fragment look-ups, the lead of a quote, an incise), for tests.
	work int
	// top indexes the depth-0 quotes of direct, in text order (they do not overlap).
	top []int
	// lastAt is the token that tokenAt found last, where it starts its next search.
	lastAt int
}

func newDoc(text string, paras []article.Span, lg *lang.Lang, sc *scratch) *doc {
	d := &doc{text: text, lg: lg, paras: paras, sc: sc}
	d.items = sc.items[:0]
	d.toks = sc.toks[:0]
	if cap(d.toks) < len(text)/5 {
		d.toks = make([]token, 0, len(text)/4+16)
	}
	for i, p := range paras {
		d.toks = tokenize(text, p.Start, p.End, i, d.toks)
	}
	d.fold = grow(sc.fold, len(d.toks))
	buf := sc.buf[:0] // folded words that differ from the text, in one string
	spans := sc.spans[:0]
	ok := false
	for i, t := range d.toks {
		if t.kind != tWord {
			continue
		}
		w := text[t.s:t.e]
		if t.fl == 0 {
			d.fold[i] = w // lower-case ASCII: folded already
			continue
		}
		start := len(buf)
		if buf, ok = foldASCII(buf, w); !ok {
			if buf, ok = appendFold(buf, w); !ok {
				buf = append(buf[:start], lang.Fold(w)...)
			}
			if string(buf[start:]) == w {
				buf = buf[:start]
				d.fold[i] = w
				continue
			}
		} else if len(buf) == start {
			d.fold[i] = w
			continue
		}
		spans = append(spans, foldSpan{i, start, len(buf)})
	}
	all := string(buf)
	sc.buf = buf[:0]
	for _, sp := range spans {
		d.fold[sp.i] = all[sp.s:sp.e]
	}
	sc.spans = spans[:0]
	d.vgroup = sc.vgroup[:0]
	d.cls = grow(sc.cls, len(d.toks))
	for i, f := range d.fold {
		if f == "" {
			continue
		}
		m := &sc.classes[foldSlot(f)]
		if m.fold != f {
			m.fold, m.cls = f, lg.FoldedClass(f)
		}
		d.cls[i] = m.cls
	}
	d.inq = grow(sc.inq, len(d.toks))
	d.vmemo = grow(sc.vmemo, len(d.toks))
	d.cend = grow(sc.cend, len(d.toks))
	d.info = infoFor(lg)
	return d
}

func (d *doc) pairMarks() {
	p := newPairer(d.text, d.lg)
	p.out = d.sc.direct[:0]
	for i, para := range d.paras {
		next, nextEnd := -1, -1
		if i+1 < len(d.paras) {
			next, nextEnd = d.paras[i+1].Start, d.paras[i+1].End
		}
		p.paragraph(para.Start, para.End, next, nextEnd)
	}
	slices.SortStableFunc(p.out, func(a, b rawQuote) int {
		if a.span.Start != b.span.Start {
			return cmp.Compare(a.span.Start, b.span.Start)
		}
		return cmp.Compare(b.span.End, a.span.End)
	})
	d.direct = p.out
	k := 0
	top := d.sc.top[:0] // depth-0 quotes in order
	for i, q := range d.direct {
		if q.depth == 0 {
			top = append(top, i)
		}
	}
	d.top = top
	for ti, t := range d.toks {
		for k < len(top) && d.direct[top[k]].closeEnd <= t.s {
			k++
		}
		d.inq[ti] = -1
		if k < len(top) && d.direct[top[k]].openAt <= t.s {
			q := d.direct[top[k]]
			d.inq[ti] = int32(top[k])
			if t.s == q.openAt || (q.close != "" && t.e == q.closeEnd) {
				d.toks[ti].kind = tMark
			}
		}
	}
	for i := range d.toks { // what ends a sentence depends on the marks just paired
		d.toks[i].ends = d.punctEnds(i)
	}
}

// foldASCII appends the lower-case form of an ASCII word w to buf when it has upper-case
// letters (and appends nothing when it has none); ok is false when w is not ASCII.
func foldASCII(buf []byte, w string) ([]byte, bool) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return buf, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return buf, true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// appendFold appends lang.Fold(w) to buf without a string of its own: each rune in lower
// case, the curly and modifier apostrophes as "'". ok is false, and buf to be cut back, when
// w is not valid UTF-8 or holds a combining accent (lang.Fold then decides).
func appendFold(buf []byte, w string) (_ []byte, ok bool) {
	for i, r := range w {
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		case utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(w[i:]); n == 1 {
				return buf, false
			}
		default:
			if r >= 0x300 && unicode.Is(unicode.Mn, r) {
				return buf, false // a combining accent: lang.Fold composes it (NFC)
			}
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf, true
}

// result sorts the items and turns links into indexes.
func (d *doc) result() []Quote {
	slices.SortStableFunc(d.items, func(a, b *item) int {
		if a.Span.Start != b.Span.Start {
			return cmp.Compare(a.Span.Start, b.Span.Start)
		}
		return cmp.Compare(b.Span.End, a.Span.End)
	})
	for i, it := range d.items {
		it.idx = i
	}
	out := make([]Quote, len(d.items))
	for i, it := range d.items {
		q := it.Quote
		q.Next, q.Prev = -1, -1
		if it.next != nil {
			q.Next = it.next.idx
		}
		if it.prev != nil {
			q.Prev = it.prev.idx
		}
		q.Lang = d.lg.Code
		out[i] = q
	}
	return out
}

// markedSpan returns the top-level direct quote or term whose marks span exactly s, nil when none.
func (d *doc) markedSpan(s article.Span) *item {
	i := sort.Search(len(d.dItems), func(i int) bool { return d.dItems[i].raw.openAt >= s.Start })
	if i < len(d.dItems) {
		if it := d.dItems[i]; it.raw.openAt == s.Start && it.raw.close != "" && it.raw.closeEnd == s.End {
			return it
		}
	}
	return nil
}

// blockquotes adds the <q> and <blockquote> elements; an element whose span equals a direct
// quote's, or a <q> whose span is a quote with its marks, gives that quote its cite instead (a
// quoted term so marked becomes a direct quote).
func (d *doc) blockquotes(els []article.QuoteElement) {
	if len(els) > 0 {
		d.bySpan = make(map[article.Span]*item, len(d.dItems))
		for _, it := range d.dItems {
			d.bySpan[it.Span] = it
		}
	}
	added := map[article.Span]bool{}
	for _, el := range els {
		if el.Span.Start < 0 || el.Span.End > len(d.text) || el.Span.Start >= el.Span.End || added[el.Span] {
			continue // nested elements over the same words (">>> x", <q><q>x</q></q>) are one quote
		}
		added[el.Span] = true
		cite := ""
		if el.Cite != nil {
			cite = el.Cite.String()
		}
		dup := false
		it := d.bySpan[el.Span]
		if it == nil && !el.Block {
			it = d.markedSpan(el.Span) // <q>“…”</q>: the element holds the marks too
		}
		if it != nil && (it.Kind == Direct || it.Kind == Term) {
			if it.Kind == Term {
				it.Kind = Direct // a <q> marks a quotation, not a term
			}
			it.Cite, dup = cite, true
		}
		if !dup {
			d.items = append(d.items, d.newItem(item{Quote: Quote{Span: el.Span, Kind: Blockquote, Cite: cite}}))
		}
	}
}
