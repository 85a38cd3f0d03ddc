package attribution

import (
	"cmp"
	"log/slog"
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// Method is the sieve that linked a quote to its speaker. Stable: new values only at the end.
type Method int

const (
	MethodNone        Method = iota // no speaker found
	MethodCue                       // a cue with its subject: "X said", "said X", "a affirmé X"
	MethodCuePronoun                // a pronoun subject, inverted or not: "a-t-il ajouté", "he said"
	MethodCueRole                   // a role noun subject: "a réitéré le responsable russe"
	MethodAccordingTo               // "according to X", "selon X", "d'après X", "pour X"
	MethodColon                     // a colon lead-in: "X on the decision: « … »"
	MethodIntro                     // an introducing sentence in the previous paragraph
	MethodByline                    // a dash byline after the quote: "— Name"
	MethodFloating                  // no cue: continues the previous quote's speaker
	MethodCoordinated               // a participle cue sharing the subject of the clause before ("…, ajoutant que")
)

var methodNames = [...]string{"none", "cue", "cue-pronoun", "cue-role", "according-to", "colon",
	"intro", "byline", "floating", "coordinated"}

// String returns the stable name of m ("cue", "floating", …).
func (m Method) String() string {
	if m >= 0 && int(m) < len(methodNames) {
		return methodNames[m]
	}
	return "unknown"
}

// MarshalText renders m as its name.
func (m Method) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText parses a name written by MarshalText.
func (m *Method) UnmarshalText(b []byte) error {
	for i, n := range methodNames {
		if n == string(b) {
			*m = Method(i)
			return nil
		}
	}
	return &unknownMethodError{string(b)}
}

type unknownMethodError struct{ name string }

func (e *unknownMethodError) Error() string { return "attribution: unknown method " + e.name }

// Options tune Speakers. The zero value is ready to use.
type Options struct {
	// MaxFloatParagraphs is how many paragraphs back a floating quote may look for the
	// previous quote's speaker; 0 means 2.
	MaxFloatParagraphs int
	// Logger receives debug records of each decision; nil means silent.
	Logger *slog.Logger
}

// Attribution is the speaker of one quote.
type Attribution struct {
	// Speaker is the entity that said the quote, nil when the text gives none.
	Speaker *Entity
	// Mention is the span of the words that link the quote to the speaker in this place: the
	// name, description or pronoun next to the cue ("il" in "a-t-il ajouté"), or for a
	// floating quote the mention of the quote it continues. Zero when Speaker is nil.
	Mention article.Span
	Method  Method
	// Confidence is in [0, 1]: how often this sieve is right on the development sets.
	Confidence float64
}

// Work limits that keep Speakers linear on hostile input: how far back (in tokens or quotes)
// a rule looks. Real sentences and paragraphs are far shorter.
const (
	maxBackTokens = 400
	maxBackQuotes = 60
)

// Reference is the canonical name of the speaker for gold-data output (the "reference" of
// corpus/FORMAT.md): the entity's Name, or "" when there is no speaker or the speaker is an
// unresolved description or pronoun (KindDescription), whose Mention then says who it is.
func (a Attribution) Reference() string {
	if a.Speaker == nil || a.Speaker.Kind == KindDescription {
		return ""
	}
	return a.Speaker.Name
}

// confidence by Method, for a speaker with a proper name; see (*resolver).confidence.
var confidence = [...]float64{0, 0.95, 0.85, 0.8, 0.9, 0.75, 0.6, 0.8, 0.6, 0.75}

// confidence rates an attribution: the sieve's rate, lowered when the mention is a description
// that resolved to no name (a guess about who, not a fact) or the speaker a pronoun left alone.
func (r *resolver) confidence(at Attribution) float64 {
	c := confidence[at.Method]
	if at.Speaker.Kind == KindDescription {
		c = min(c, 0.6)
		if lex().isPronoun(r.d.lower(r.d.text[at.Mention.Start:at.Mention.End])) {
			c = min(c, 0.5)
		}
	}
	return c
}

// Speakers attributes each quote of qs (as returned by quotes.Extract for a) to its speaker.
// It returns one Attribution per quote, in the same order. A quote of kind Term has no
// speaker. Speakers never panics on quotes whose spans lie outside a.Text: they get no speaker.
func Speakers(a *article.Article, qs []quotes.Quote, opts Options) []Attribution {
	out := make([]Attribution, len(qs))
	if a == nil || len(qs) == 0 {
		return out
	}
	r := newResolver(newDoc(a), qs, opts, out)
	defer r.d.release()
	for i := range qs {
		out[i] = r.attribute(i)
		if opts.Logger != nil {
			opts.Logger.Debug("attribution", "quote", i, "method", out[i].Method, "mention", out[i].Mention)
		}
	}
	sorted := map[*Entity]bool{}
	for _, at := range out {
		if e := at.Speaker; e != nil && !sorted[e] {
			sortMentions(e)
			sorted[e] = true
		}
	}
	return out
}

// sortMentions puts an entity's mentions in text order, without duplicates.
func sortMentions(e *Entity) {
	slices.SortFunc(e.Mentions, func(a, b article.Span) int { return cmp.Compare(a.Start, b.Start) })
	out := e.Mentions[:0]
	for i, m := range e.Mentions {
		if i == 0 || m != e.Mentions[i-1] {
			out = append(out, m)
		}
	}
	e.Mentions = out
}

type resolver struct {
	d    *doc
	qs   []quotes.Quote
	opts Options
	out  []Attribution
	// qt0, qt1 are the first token inside each quote and the first token after it.
	qt0, qt1 []int
	descr    map[string]*Entity
	current  int // the quote being attributed
	cue0     int // the first token of its cue, -1 when none
	// markEnd and markStart are made when a run of quotation marks longer than a real text
	// has is met (quotes nested thousands deep): see pastMarks and beforeMarks.
	markEnd   [2][]int
	markStart []int
	// holders lists the persons given a role by the words of their roles (roleHolders).
	holders map[string][]*Entity
	// work counts the steps of the scans whose length the text decides (marking quoted
	// tokens, skipping quotation marks), for the tests that check it stays linear.
	work int
}

// beforeHyphen returns w up to its first hyphen ("dit" in "dit-il"), all of w when it has none.
func beforeHyphen(w string) string {
	if i := strings.IndexByte(w, '-'); i >= 0 {
		return w[:i]
	}
	return w
}

// newResolver prepares the attribution of qs; out receives one Attribution per quote, each
// set when its quote is attributed.
func newResolver(d *doc, qs []quotes.Quote, opts Options, out []Attribution) *resolver {
	r := &resolver{d: d, qs: qs, opts: opts, out: out, descr: map[string]*Entity{}}
	if r.opts.MaxFloatParagraphs <= 0 {
		r.opts.MaxFloatParagraphs = 2
	}
	qt := intsBuf(&d.bufs.qt, 2*len(qs))
	r.qt0, r.qt1 = qt[:len(qs):len(qs)], qt[len(qs):]
	d.quoted = d.quotedBuf()
	hint := 0
	var mark tokenMarker
	next := nextDirect(qs)
	for i, q := range qs {
		r.qt0[i], r.qt1[i] = d.tokenRangeNear(q.Span, hint) // quotes come in text order
		hint = r.qt0[i]
		ownCue := q.Cue != nil && q.Span.Contains(q.Cue.Span.Start) // a covering span over "A," he said, "B"
		if (q.Kind == quotes.Direct || q.Kind == quotes.Blockquote && !holdsDirect(qs, i, next)) && !ownCue {
			mark.set(d.quoted, r.qt0[i], r.qt1[i])
		}
	}
	r.work = mark.steps
	return r
}

// tokenMarker sets the tokens of ranges given in text order in a []bool, in time linear in the
// tokens however deep the ranges nest: the tokens from maxStart to end are set already, as
// every range set so far starts at or before maxStart. steps counts the tokens set.
type tokenMarker struct{ maxStart, end, steps int }

// set sets the tokens [t0, t1) in b.
func (m *tokenMarker) set(b []bool, t0, t1 int) {
	k := t0
	if k >= m.maxStart {
		k = max(k, m.end)
	}
	for ; k < t1; k++ {
		b[k] = true
		m.steps++
	}
	m.maxStart, m.end = max(m.maxStart, t0), max(m.end, t1)
}

// maxMarkRun is how many quotation marks in a row are skipped one by one; a longer run (only
// hostile input has one) is skipped through an array of run ends made once.
const maxMarkRun = 8

// isMark reports whether token t is a quotation mark, or a comma when commas is set.
func (d *doc) isMark(t int, commas bool) bool {
	return d.toks[t].kind == tokPunct && (isQuoteRune(rune0(d.word(t))) || commas && d.isPunct(t, ","))
}

// pastMarks returns the first token from t on that is no quotation mark (nor comma when
// commas is set): the token after the closing marks of a quote. len(d.toks) when none.
func (r *resolver) pastMarks(t int, commas bool) int {
	d := r.d
	n := len(d.toks)
	for k := 0; k < maxMarkRun; k++ {
		if t >= n || !d.isMark(t, commas) {
			return t
		}
		t++
		r.work++
	}
	c := btoi(commas)
	if r.markEnd[c] == nil {
		r.work += n
		end := make([]int, n+1)
		end[n] = n
		for k := n - 1; k >= 0; k-- {
			end[k] = k
			if d.isMark(k, commas) {
				end[k] = end[k+1]
			}
		}
		r.markEnd[c] = end
	}
	return r.markEnd[c][t]
}

// beforeMarks returns the last token at or before t that is no quotation mark: the token
// before the opening marks of a quote. -1 when none.
func (r *resolver) beforeMarks(t int) int {
	d := r.d
	for k := 0; k < maxMarkRun; k++ {
		if t < 0 || !d.isMark(t, false) {
			return t
		}
		t--
		r.work++
	}
	if t < 0 {
		return t
	}
	if r.markStart == nil {
		r.work += len(d.toks)
		start := make([]int, len(d.toks))
		for k := range start {
			start[k] = k
			if d.isMark(k, false) {
				start[k] = -1
				if k > 0 {
					start[k] = start[k-1]
				}
			}
		}
		r.markStart = start
	}
	return r.markStart[t]
}

// holdsDirect reports whether quote i, a block quote, holds a direct quote of its own: in
// `> « … », a insisté M. Béchu.` only the inner quote is quoted words, the cue after it is the
// article's. next is nextDirect(qs).
func holdsDirect(qs []quotes.Quote, i int, next []int) bool {
	sp := qs[i].Span
	if next != nil { // in text order, the first direct quote after i is the one to look at
		j := next[i]
		return j < len(qs) && sp.Contains(qs[j].Span.Start)
	}
	for j := i + 1; j < len(qs) && qs[j].Span.Start < sp.End; j++ {
		if qs[j].Kind == quotes.Direct && sp.Contains(qs[j].Span.Start) {
			return true
		}
	}
	return false
}

// nextDirect gives for each quote of qs the index of the first direct quote after it,
// len(qs) when none; nil when qs has no block quote or is not in text order.
func nextDirect(qs []quotes.Quote) []int {
	blocks := false
	for i, q := range qs {
		if i > 0 && q.Span.Start < qs[i-1].Span.Start {
			return nil
		}
		blocks = blocks || q.Kind == quotes.Blockquote
	}
	if !blocks {
		return nil
	}
	next := make([]int, len(qs))
	j := len(qs)
	for i := len(qs) - 1; i >= 0; i-- {
		next[i] = j
		if qs[i].Kind == quotes.Direct {
			j = i
		}
	}
	return next
}

// tokenRange returns the tokens [t0, t1) that lie inside sp.
func (d *doc) tokenRange(sp article.Span) (int, int) {
	t0 := d.tokenFrom(sp.Start)
	t1 := d.tokenFrom(sp.End)
	return t0, max(t0, t1)
}

// tokenRangeNear is tokenRange for a span whose first token is near the token hint.
func (d *doc) tokenRangeNear(sp article.Span, hint int) (int, int) {
	t0 := d.tokenNear(sp.Start, hint)
	t1 := d.tokenNear(sp.End, t0)
	return t0, max(t0, t1)
}

// tokenNear is tokenFrom(off) searched from the token hint outwards by doubling steps, then
// by halving: its cost grows with the logarithm of the distance from hint, not of the text.
func (d *doc) tokenNear(off, hint int) int {
	n := len(d.toks)
	hint = min(max(hint, 0), n)
	var lo, hi int // the answer is in [lo, hi]
	if hint < n && d.toks[hint].s < off {
		lo, hi = hint+1, hint+1
		for step := 1; hi < n && d.toks[hi].s < off; step *= 2 {
			lo = hi + 1
			hi += step
		}
		hi = min(hi, n)
	} else {
		lo, hi = hint, hint
		for step := 1; lo > 0 && d.toks[lo-1].s >= off; step *= 2 {
			hi = lo - 1
			lo = max(lo-step, 0)
		}
	}
	return d.tokenIn(off, lo, hi)
}

// tokenFrom returns the first token that starts at or after byte off, len(d.toks) when none.
func (d *doc) tokenFrom(off int) int { return d.tokenIn(off, 0, len(d.toks)) }

// tokenIn is the first token in [lo, hi] that starts at or after byte off (hi when none), given
// that it lies in that range: a binary search.
func (d *doc) tokenIn(off, lo, hi int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.toks[m].s < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func valid(a *article.Article, sp article.Span) bool {
	return sp.Start >= 0 && sp.End <= len(a.Text) && sp.Start <= sp.End
}

func (r *resolver) attribute(i int) Attribution {
	r.current = i
	q := r.qs[i]
	r.cue0 = -1
	if q.Cue != nil && valid(r.d.a, q.Cue.Span) {
		if c0, c1 := r.d.tokenRangeNear(q.Cue.Span, r.qt0[i]); c0 < c1 {
			r.cue0 = c0
		}
	}
	if q.Kind == quotes.Term || !valid(r.d.a, q.Span) || q.Cue != nil && !valid(r.d.a, q.Cue.Span) {
		return Attribution{}
	}
	if q.Flags.Has(quotes.Fragment) {
		// quoted words of a mixed quote ("X said that "more than 80 countries" had …") are
		// that quote's speaker's words, not those of a subject after them
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if p := r.qs[j]; p.Kind == quotes.Mixed && p.Span.Start <= q.Span.Start && q.Span.End <= p.Span.End {
				r.out[i] = r.out[j] // none when the mixed quote has none: never a floating guess of its own
				return r.out[j]
			}
		}
	}
	var at Attribution
	if r.cue0 >= 0 && r.cue0 < r.qt1[i] && q.Kind != quotes.Direct {
		// "Trump's accusation that …, Biden said.": the verb that closes the sentence governs it
		at = r.tailCue(i)
	}
	if at.Speaker == nil {
		at = r.viaCue(i)
	}
	if at.Speaker == nil || at.Speaker.Kind == KindDescription && at.Method != MethodAccordingTo {
		// "…" are all thought to play a part, according to the Department of Conservation
		if acc := r.accordingAfter(i); acc.Speaker != nil {
			at = acc
		}
	}
	if at.Speaker == nil && q.Prev >= 0 && q.Prev < i {
		at = r.out[q.Prev]
	}
	if at.Speaker == nil && q.Cue == nil {
		at = r.withoutCue(i)
	}
	if at.Speaker != nil {
		at.Confidence = r.confidence(at)
		at.Speaker.isSource = true
	}
	r.out[i] = at
	return at
}

// viaCue runs sieves 1 and 2: the cue's subject or the complement of "according to".
func (r *resolver) viaCue(i int) Attribution {
	q := r.qs[i]
	if q.Cue == nil {
		return Attribution{}
	}
	c0, c1 := r.d.tokenRangeNear(q.Cue.Span, r.qt0[i])
	if c0 >= c1 {
		if q.Cue.Lemma == ":" || strings.TrimSpace(r.d.text[q.Cue.Span.Start:q.Cue.Span.End]) == ":" {
			return r.colonQuote(i)
		}
		return Attribution{}
	}
	cueText := r.d.lower(r.d.text[q.Cue.Span.Start:q.Cue.Span.End])
	if q.Cue.Span.Start >= q.Span.End && (r.isAccording(cueText, q.Cue.Lemma) || citedMarkers[r.d.lw(c0)]) {
		// `"…," Lecornu said, according to Reuters`: the marker names the source of the report
		if at := r.cueBeforeMarker(i, c0); at.Speaker != nil {
			return at
		}
	}
	switch {
	case cueText == ":" || q.Cue.Lemma == ":":
		return r.colonQuote(i)
	case r.isAccording(cueText, q.Cue.Lemma):
		return r.mentionAt(r.d.npAfterMode(c1, true).asSubject(), MethodAccordingTo, i)
	}
	if k, ok := r.d.pronounInside(c0, c1); ok && (strings.Contains(cueText, "yeux") || strings.Contains(cueText, "eyes")) {
		return r.mentionAt(mention{t0: k, t1: k + 1, name: -1}, MethodAccordingTo, i)
	}
	if m, ok := r.d.invertedPronoun(c0, c1); ok {
		return r.mentionAt(m, MethodCuePronoun, i)
	}
	if raisingVerbs[r.d.lw(c1-1)] && r.d.isWord(c1) && r.d.lw(c1) == "to" && r.d.has(c1+1, fVerb) {
		// "Rubio seemed to urge voters …", "the party seemed to acknowledge that …": the subject
		// does the reporting verb after "to"
		if m := r.d.subjectBefore(c0); m.ok() {
			if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
				return at
			}
		}
	}
	if m := r.d.experiencerOf(c0, c1); m.ok() { // "Among the American people, the relationship appears to be"
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if m := r.d.asSayingSpeaker(c0, c1); m.ok() {
		// "the Arsenal boss is quoted as saying", "Reuters reported BaFin as saying"
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if r.d.isPassive(c0, c1, r.qt0[i]) {
		// "was revealed", "is expected", "a été annoncé par X": the agent after by/par, else no one
		k := c1
		if w := r.d.lw(c1 - 1); w == "by" || w == "par" {
			k = c1 - 1 // the cue holds its "by": "was rejected by 64 percent of the electorate"
		}
		for k < len(r.d.toks) && k < c1+8 && (r.d.isWord(k) || r.d.quoted[k] || r.d.isMark(k, false)) && r.d.lw(k) != "by" && r.d.lw(k) != "par" {
			k++ // "described as “heartbreaking” by the department": over quoted words
		}
		if r.d.isWord(k) && (r.d.lw(k) == "by" || r.d.lw(k) == "par") {
			if m := r.d.npAfterMode(k+1, true); m.ok() {
				return r.mentionAt(m.asSubject(), MethodCue, i) // the agent, whatever its head
			}
		}
		return Attribution{}
	}
	if c1-c0 == 1 && (r.d.lw(c0) == "in" || r.d.lw(c0) == "by") {
		// a preposition alone as the cue: "In a Des Moines Register poll, Cruz had a lead", "By
		// the AP's tally, he has 739": its complement is the source, as after "according to"
		if m := r.d.npAfterMode(c1, true); m.ok() && !(m.t0 >= r.qt0[i] && m.t0 < r.qt1[i]) {
			return r.mentionAt(m.asSubject(), MethodAccordingTo, i)
		}
	}
	if m := r.d.holderAfter(c0, c1); m.ok() && !(m.t0 >= r.qt0[i] && m.t0 < r.qt1[i]) { // "criticism from Berlin"
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if r.d.receivedNounCue(c0, c1) {
		return Attribution{} // "Clinton faced criticism for", "did not respond to requests for"
	}
	if r.d.ownerlessNounCue(c0, c1) {
		return Attribution{} // "the passage of the Affordable Care Act", "a sudden controversy over"
	}
	if m := r.d.infinitiveSubject(c0); m.ok() { // "led some to speculate"
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if r.d.isParticiple(c0) || r.d.isInfinitive(c0) || r.d.coordinatedParticiple(c0) {
		if m := r.d.tailClauseSubject(c0); m.ok() { // "…, Mr. Manafort said, adding that"
			if at := r.mentionAt(m, MethodCoordinated, i); at.Speaker != nil {
				return at
			}
		}
		if p := r.previousInSentence(i, c0); p.Speaker != nil {
			p.Method = MethodCoordinated
			return p
		}
		if m := r.d.governingSubject(r.d.skipAuxBefore(c0 - 1)); m.ok() {
			if at := r.mentionAt(m, MethodCoordinated, i); at.Speaker != nil {
				return at
			}
		}
		if m := r.d.sentenceSubject(c0); m.ok() {
			return r.mentionAt(m, MethodCoordinated, i)
		}
	}
	// a covering span over an inverted cue: `"A," said X, "B"` (a mixed one too: `"A," said X,
	// adding that B`), not `"A," X said as she …`
	after := q.Cue.Span.Start >= q.Span.End || q.Kind == quotes.Direct && q.Span.Contains(q.Cue.Span.Start) && !r.d.isWord(c0-1) ||
		q.Kind == quotes.Mixed && q.Span.Contains(q.Cue.Span.Start) && r.d.afterQuoteMark(c0)
	// A phrase after a preposition is the verb's complement, not its inverted subject: `"…,"
	// Mr. Guerrero said of Mr. Trump`, `"…," X proclaimed to a cheering crowd`.
	prepAfter := r.d.isWord(c1) && verbComplementPreps[r.d.lw(c1)]
	if w := r.d.lw(c1); after && (w == "celui" || w == "celle") && r.d.isWord(c1+1) && r.d.lw(c1+1) == "qui" {
		// "« … », affirme celui qui est aussi conseiller départemental": the person just named
		p := "il"
		if w == "celle" {
			p = "elle"
		}
		if e := r.pronoun(p, c1, i, true); e != nil && e.Kind != KindDescription {
			return Attribution{Speaker: e, Mention: r.d.span(c1, c1+2), Method: MethodCuePronoun}
		}
	}
	if after && !prepAfter && r.d.onlyQuotes(r.qt1[i], r.d.skipObjectClitics(c0)) {
		if m := r.d.npAfter(c1); m.ok() {
			if r.qt1[i] < c0 { // `"…," said the 46-year-old`: the subject after its verb
				m = m.asSubject()
			}
			return r.mentionAt(m, MethodCue, i)
		}
	}
	if after && !prepAfter && (r.d.isPunct(c0-1, ",") || r.d.commeIncise(c0)) && !r.d.hearerCue(c0, c1) {
		// "…", notamment dans le Khouzestan, a déclaré M. Namaki: the subject after its verb
		if m := r.d.npAfter(c1); m.ok() && !r.d.quoted[m.t0] && !r.d.has(m.t0, fPronoun) {
			if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
				return at
			}
		}
	}
	if after && prepAfter && r.d.isPunct(c0-1, ",") && r.d.onlyQuotes(r.qt1[i], r.d.skipObjectClitics(c0)) && r.d.lw(c1) != "of" {
		// "« … », a ajouté sur Twitter Pierre-Antoine Capton": the subject after the complement
		if m := r.d.personEndingSentence(c1); m.ok() {
			if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
				return at
			}
		}
	}
	if q.Kind == quotes.Indirect && q.Span.Contains(q.Cue.Span.Start) && r.d.isPunct(c0-1, ",") && !prepAfter {
		// "The combination, say economists, marks a journey…": an inverted cue set off by
		// commas inside its statement, its subject after it
		if m := r.d.npAfterMode(c1, true); m.ok() && r.d.isPunct(m.t1, ",") && !r.d.quoted[m.t0] {
			if at := r.mentionAt(m.asSubject(), MethodCue, i); at.Speaker != nil {
				return at
			}
		}
	}
	if m := r.d.conjunctSubject(c0); m.ok() { // "Reid blasted Rubio and defended Cruz"
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if m := r.d.openingParticipleSubject(c0); m.ok() { // "Besides attacking X, Mr. Trump asserted"
		if at := r.mentionAt(m, MethodCoordinated, i); at.Speaker != nil {
			return at
		}
	}
	if v := r.d.verbBeforeNounCue(c0); v >= 0 && !r.d.isParticiple(v) { // "Economists wrote in a note to clients that": they wrote
		m := r.d.subjectBefore(v)
		if !m.ok() || r.d.afterPreposition(m.t0) {
			m = r.d.subjectPhrase(v)
		}
		if m.ok() {
			if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
				return at
			}
		}
	}
	if p := c0 - 1; strings.HasSuffix(r.d.lw(c0), "ing") && r.d.isWord(p) && (adjunctOpeners[r.d.lw(p)] || participleAdjuncts[r.d.lw(p)]) && !r.d.toks[p].sentStart {
		// "Clinton spoke for an hour without mentioning Sanders": the clause's subject
		if m := r.d.sentenceSubject(p); m.ok() && m.t1 <= p {
			if at := r.mentionAt(m, MethodCoordinated, i); at.Speaker != nil {
				return at
			}
		}
	}
	sb := r.d.subjectBefore(c0)
	if m := r.d.listedVerbSubject(sb, c0); m.ok() {
		sb = m // "He vowed to ban Muslims from entering the United States, declined to criticize Duke"
	}
	// "a new poll showing", "with John McCain telling": a participle right after a noun has
	// that noun for subject, even when a preposition governs it
	ingAfterNoun := sb.ok() && sb.t1 == c0 && (strings.HasSuffix(r.d.lw(c0), "ing") || strings.HasSuffix(r.d.lw(c0), "ant"))
	if ingAfterNoun && sb.name < 0 {
		sb = r.d.lastComplement(sb) // "the wake of a new poll showing": the poll shows
		if m := r.d.issuerOf(sb); m.ok() {
			sb, ingAfterNoun = m, false // "McConnell issued a statement saying": McConnell says
		}
	}
	if m := r.d.quantifiedSubject(sb); m.ok() && !r.d.possessiveOf(sb, c0) {
		sb = m // "most of them said", "each of whom endorsed"
	}
	if r.d.adjacentSubject(sb, c0) && !ingAfterNoun || r.d.determinerSubject(sb, c0) || r.d.asideSubject(sb, c0) {
		sb = sb.asSubject() // "when a member of the family suggested", "the order released Friday said"
	}
	if sb.ok() && sb.name >= 0 && sb.t0 >= 2 && r.d.lw(sb.t0-1) == "the" && r.d.has(sb.t0-2, fPrep) {
		if m := r.d.subjectPhrase(c0); m.ok() && m.t0 < sb.t0-2 && !r.d.has(m.t0, fRole) {
			sb = m // "Republicans in the House want": the phrase the name completes ("Officials at the World Health Organization" speak for it)
		}
	}
	if sb.ok() && (!r.d.afterPreposition(sb.t0) || r.d.relativeBefore(c0) || ingAfterNoun || r.d.possessiveOf(sb, c0)) {
		if at := r.mentionAt(sb, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if after {
		if m := r.d.tailSubject(c0); m.ok() { // "…, law enforcement officials say."
			if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
				return at
			}
		}
	}
	// "Exit polls taken in South Carolina found", "A news report published Wednesday said"
	if m := r.d.subjectPhrase(c0); m.ok() {
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if m := r.d.catenativeSubject(c0); m.ok() { // "he began dismissing", "he continued to complain"
		if at := r.mentionAt(m, MethodCue, i); at.Speaker != nil {
			return at
		}
	}
	if m := r.d.sentenceSubject(c0); m.ok() {
		return r.mentionAt(m, MethodCue, i)
	}
	if t := r.d.skipAuxBefore(c0 - 1); r.d.isWord(t) && (r.d.lw(t) == "and" || r.d.lw(t) == "et") {
		if m := r.d.coordinatedSubject(t); m.ok() { // "She declared “…!” and said"
			return r.mentionAt(m, MethodCue, i)
		}
	}
	if !after {
		// the words after the cue, unless they are the quote itself
		if m := r.d.npAfter(c1); m.ok() && !r.d.quoted[m.t0] && !(m.t0 >= r.qt0[i] && m.t0 < r.qt1[i]) {
			return r.mentionAt(m, MethodCue, i)
		}
	}
	return Attribution{}
}

// personEndingSentence returns the person's name that ends the sentence within eight tokens
// after token k, outside quotes: the inverted subject after a complement of the verb.
func (d *doc) personEndingSentence(k int) mention {
	for j := k + 1; j < len(d.toks) && j <= k+8 && d.sent[j] == d.sent[k] && !d.quoted[j]; j++ {
		n := d.nameAt[j]
		if n < 0 || d.names[n].t0 != j || d.names[n].kind != KindPerson {
			continue
		}
		e := d.names[n].t1
		if e >= len(d.toks) || d.sent[e] != d.sent[k] || d.isPunct(e, ".") || d.toks[e].kind == tokPara {
			return d.nameMentionAt(j)
		}
	}
	return noMention
}

// commeIncise reports whether the cue at token c0 opens a French incise with "comme" after a
// comma: "…, comme l'a remarqué le collectif", "…, comme le rapporte Le Monde".
func (d *doc) commeIncise(c0 int) bool {
	k := c0 - 1
	if w := d.lw(k); w == "l'" || w == "l’" || w == "le" {
		k--
	}
	return d.isWord(k) && d.lw(k) == "comme" && d.isPunct(k-1, ",")
}

// verbComplementPreps open an English verb's complement, never its inverted subject ("said of",
// "proclaimed to", "joked about"); French "à" may come before one ("a déclaré à l'AFP le
// ministre") and is not listed.
var verbComplementPreps = set{"of": true, "to": true, "about": true, "at": true, "for": true, "with": true, "toward": true, "towards": true}

// participleAdjuncts open, beside adjunctOpeners ("without mentioning", "after saying"), an
// adjunct whose participle has the clause's subject for its own: "while insisting".
var participleAdjuncts = set{"while": true, "since": true, "upon": true, "besides": true}

// citedMarkers open a passive marker of the source that reported a quote: "cité par Le
// Figaro", "quoted by the BBC", "cited by AFP".
var citedMarkers = set{"cité": true, "citée": true, "cités": true, "citées": true, "quoted": true, "cited": true}

// cueBeforeMarker finds, between the end of quote i and a source marker at token c0 ("according
// to", "cité par"), a reporting verb with its own subject: `"…," Lecornu said, according to
// Reuters`, `« … », a affirmé M. Lecornu, cité par Le Figaro`. That subject is the speaker; the
// marker only names who reported the words. At most 12 tokens lie between quote and marker.
func (r *resolver) cueBeforeMarker(i, c0 int) Attribution {
	d := r.d
	for v := r.qt1[i]; v < c0 && v < r.qt1[i]+12; v++ {
		if !d.isWord(v) || !d.has(v, fVerb) || d.quoted[v] {
			continue
		}
		if sb := d.subjectBefore(v); sb.ok() && sb.t0 >= r.qt1[i] {
			return r.mentionAt(sb, MethodCue, i)
		}
		if m := d.npAfter(v + 1); m.ok() && m.t1 <= c0 && !d.quoted[m.t0] {
			return r.mentionAt(m.asSubject(), MethodCue, i)
		}
	}
	return Attribution{}
}

func (r *resolver) isAccording(cueText, lemma string) bool {
	l := lex()
	cueText = strings.ReplaceAll(cueText, "’", "'")
	return l.according[cueText] || l.according[lower(lemma)] || cueText == "according"
}

// previousInSentence returns the attribution of the last quote before i whose cue lies in
// the same sentence as token t.
func (r *resolver) previousInSentence(i, t int) Attribution {
	for j := i - 1; j >= 0 && i-j <= maxBackQuotes; j-- {
		if r.qt1[j] <= 0 || r.d.sent[min(r.qt0[j], len(r.d.toks)-1)] != r.d.sent[t] && r.d.sent[max(r.qt1[j]-1, 0)] != r.d.sent[t] && !r.cueInSentence(j, t) {
			return Attribution{}
		}
		if r.out[j].Speaker != nil {
			return r.out[j]
		}
	}
	return Attribution{}
}

// withoutCue runs sieves 3 and 4: colon lead-in, byline, intro sentence, floating quote.
func (r *resolver) withoutCue(i int) Attribution {
	d := r.d
	t0, t1 := r.qt0[i], r.qt1[i]
	if at := r.byline(i, t1); at.Speaker != nil {
		return at
	}
	open := r.beforeMarks(t0 - 1)
	if d.isPunct(open, ":") {
		return r.colonQuote(i)
	}
	if at := r.ownCue(i, open, t1); at.Speaker != nil {
		return at
	}
	if at := r.intro(i, open); at.Speaker != nil {
		return at
	}
	if at := r.introSentence(i, open); at.Speaker != nil {
		return at
	}
	return r.floating(i)
}

// introSentence attributes a quote without a cue that opens a sentence after another in its
// paragraph to the person named as the subject of that sentence, which holds no quote and no
// cue of its own: "Charles Schultze, a former adviser, once summed up the danger with a
// metaphor. “It is not so much a question of the wolf at the door…”".
func (r *resolver) introSentence(i, open int) Attribution {
	d := r.d
	if open < 1 || !d.isPunct(open, ".") || d.quoted[open] || d.toks[open-1].kind == tokPara {
		return Attribution{}
	}
	start := open
	for start > 0 && open-start < 60 && d.sent[start-1] == d.sent[open] && d.toks[start-1].kind != tokPara {
		start--
	}
	if open-start >= 60 || start > 0 && d.sent[start-1] == d.sent[open] {
		return Attribution{}
	}
	for k := start; k < open; k++ {
		if d.quoted[k] {
			return Attribution{}
		}
	}
	for j := i - 1; j >= 0 && i-j <= maxBackQuotes; j-- {
		if c := r.qs[j].Cue; c != nil && c.Span.Start >= d.toks[start].s && c.Span.Start < d.toks[open].s {
			return Attribution{} // a sentence with a statement of its own
		}
	}
	m := d.sentenceSubject(open)
	if !m.ok() || m.name < 0 || d.names[m.name].kind != KindPerson || m.t0 > start+1 {
		return Attribution{}
	}
	return r.mentionAt(m, MethodIntro, i)
}

func rune0(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// byline finds "— Name" right after a quote, at the end of its paragraph, or for a block
// quote as the paragraph that follows it (an HTML <blockquote>'s <footer>).
func (r *resolver) byline(i, t int) Attribution {
	d := r.d
	t = r.pastMarks(t, false)
	if r.qs[i].Kind == quotes.Blockquote || d.toks[min(t, len(d.toks)-1)].kind == tokPara && d.shortDashParagraph(t) {
		// a block quote's footer, or a paragraph of its own after a quote that ends its
		// paragraph: `"…"¶¶- Bernie Sanders.`
		for k := t; k < len(d.toks) && k < t+3 && d.toks[k].kind == tokPara; k++ {
			t = k + 1
		}
	}
	if !isDash(d, t) || !d.isWord(t+1) {
		return Attribution{}
	}
	n := d.nameAt[t+1]
	if n < 0 || d.names[n].t0 != t+1 {
		return Attribution{}
	}
	return r.mentionAt(mention{t0: d.names[n].t0, t1: d.names[n].t1, name: n}, MethodByline, i)
}

// shortDashParagraph reports whether the paragraph after the paragraph break at token t opens
// with a dash and holds at most 12 tokens: a byline of its own ("- Bernie Sanders.", "-Michelle
// Marks, Philadelphia.").
func (d *doc) shortDashParagraph(t int) bool {
	for t < len(d.toks) && d.toks[t].kind == tokPara {
		t++
	}
	if !isDash(d, t) {
		return false
	}
	for k := t + 1; k < len(d.toks) && k <= t+12; k++ {
		if d.toks[k].kind == tokPara {
			return true
		}
	}
	return t+12 >= len(d.toks)
}

// colonQuote attributes quote i introduced by a colon. A quote that opens with a name and a
// reporting verb ("The Latest: Hillary Clinton tells voters she's with them") carries its own
// speaker, the name; else the subject of the clause before the colon speaks.
func (r *resolver) colonQuote(i int) Attribution {
	d := r.d
	t := r.qt0[i]
	for t < r.qt1[i] && t < r.qt0[i]+maxMarkRun && d.toks[t].kind == tokPunct {
		t++
	}
	if t < r.qt1[i] && d.nameAt[t] >= 0 && d.names[d.nameAt[t]].t0 == t {
		if e := d.names[d.nameAt[t]].t1; e < r.qt1[i] && d.isWord(e) && lex().verbs[d.lw(e)] != "" {
			if at := r.mentionAt(d.nameMentionAt(t), MethodColon, i); at.Speaker != nil {
				return at
			}
		}
	}
	return r.colon(r.qs[i].Span.Start)
}

// colon attributes a quote introduced by a colon at byte off to the subject of the clause
// before the colon.
func (r *resolver) colon(off int) Attribution {
	d := r.d
	t := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= off }) - 1
	// the colon may end the paragraph before the quote: "… said about its platform:\n\n“…”"
	for t = r.beforeMarks(t); t >= 0 && d.toks[t].kind == tokPara; t = r.beforeMarks(t) {
		t--
		r.work++
	}
	for t >= 0 && !d.isPunct(t, ":") && d.toks[t].kind != tokPara {
		t--
	}
	if !d.isPunct(t, ":") {
		return Attribution{}
	}
	m := d.clauseSubject(t)
	if !m.ok() {
		m = d.colonVerbSubject(t) // "the committee said about its platform: …"
	}
	if !m.ok() {
		return Attribution{}
	}
	at := r.mentionAt(m, MethodColon, -1)
	return at
}

// intro links a quote that opens its paragraph to the sentence before it when that sentence
// introduces a speaker: it ends with a colon, or it is a short sentence naming someone.
func (r *resolver) intro(i, open int) Attribution {
	d := r.d
	if open < 0 || d.toks[open].kind != tokPara {
		return Attribution{}
	}
	end := open
	for end > 0 && d.toks[end-1].kind == tokPara {
		end--
	}
	if end == 0 {
		return Attribution{}
	}
	last := end - 1
	if d.quoted[last] || last > 0 && d.quoted[last-1] {
		return Attribution{} // the previous paragraph ends inside a quote: floating rules apply
	}
	start := last
	for start > 0 && last-start < maxBackTokens && d.sent[start-1] == d.sent[last] {
		start--
	}
	if d.isPunct(last, ":") {
		m := d.clauseSubject(last)
		if !m.ok() {
			m = d.colonVerbSubject(last)
		}
		if m.ok() {
			return r.mentionAt(m, MethodIntro, i)
		}
	}
	if last-start > 12 || d.hasVerb(start, last) || isDash(d, start) || start > 0 && isDash(d, start-1) {
		return Attribution{} // "― Name" signs the quote before it
	}
	for k := start; k <= last; k++ {
		if n := d.nameAt[k]; n >= 0 && d.names[n].kind == KindPerson {
			return r.mentionAt(mention{t0: d.names[n].t0, t1: d.names[n].t1, name: n}, MethodIntro, i)
		}
	}
	return Attribution{}
}

// floating continues the speaker of the previous quote when it is close enough.
func (r *resolver) floating(i int) Attribution {
	d := r.d
	for j := i - 1; j >= 0 && i-j <= maxBackQuotes; j-- {
		if r.qt0[i] >= len(d.toks) || r.qt0[j] >= len(d.toks) {
			continue
		}
		if d.para[r.qt0[i]]-d.para[r.qt0[j]] > r.opts.MaxFloatParagraphs {
			break
		}
		if r.qs[j].Kind == quotes.Term {
			continue
		}
		if p := r.out[j]; p.Speaker != nil {
			// the mention of the quote it continues, as Attribution.Mention documents
			return Attribution{Speaker: p.Speaker, Mention: p.Mention, Method: MethodFloating}
		}
	}
	return Attribution{}
}

// ownCue looks for a reporting verb next to a quote that came without a cue: right after it
// (`"…," said Smith`, `"…," Smith said`, `« … », a-t-il dit`) or right before its opening mark
// (`Smith said "…"`). open is the token before the opening mark, t1 the first token after the
// quote.
func (r *resolver) ownCue(i, open, t1 int) Attribution {
	d := r.d
	l := lex()
	t := r.pastMarks(t1, true)
	if q := r.qs[i].Span; q.End > q.Start && strings.ContainsRune(".!?", rune(d.text[q.End-1])) && d.isWord(t) && coordinators[d.lw(t)] {
		return Attribution{} // `"… in the storyline." But Sky denied …`: a new sentence of its own
	}
	for k := t; k < len(d.toks) && k < t+4 && d.isWord(k); k++ {
		if m, ok := d.invertedPronoun(k, k+1); ok && l.verbs[d.lower(beforeHyphen(d.word(k)))] != "" {
			return r.mentionAt(m, MethodCuePronoun, i)
		}
		if !d.has(k, fVerb) {
			continue
		}
		if q := r.qs[i].Span; q.End > q.Start && strings.ContainsRune(".!?", rune(d.text[q.End-1])) && d.isWord(k+1) {
			if w := d.lw(k + 1); w == "that" || w == "que" || w == "qu'" || w == "qu’" {
				return Attribution{} // `"… as you go." Mr Armes warned that …`: the next sentence reports its own clause
			}
		}
		if m, ok := d.invertedPronoun(t, k+1); ok { // "a-t-il dit"
			return r.mentionAt(m, MethodCuePronoun, i)
		}
		if k == t || l.aux[d.lw(k-1)] && d.nameAt[k-1] < 0 {
			if m := d.npAfter(k + 1); m.ok() {
				return r.mentionAt(m, MethodCue, i)
			}
		}
		if m := d.subjectBefore(k); m.ok() && m.t0 >= t {
			return r.mentionAt(m, MethodCue, i)
		}
		break
	}
	// a subject with an apposition between the quote and its verb: `''…,'' Cecelia Purner, 67,
	// a retired customer service representative, said`; the first verb of the sentence, at
	// most 25 tokens on
	for k := t; k < len(d.toks) && k < t+25 && d.sent[k] == d.sent[t] && !d.quoted[k] && d.toks[k].kind != tokPara; k++ {
		if !d.has(k, fVerb) {
			continue
		}
		if m := d.subjectBefore(k); m.ok() && m.t0 == t {
			return r.mentionAt(m, MethodCue, i)
		} else if m.ok() && m.name >= 0 && m.t0 > t && d.isPunct(m.t0-1, ",") && d.isPunct(m.t1, ",") && d.nameAt[t] >= 0 {
			// `''…,'' California Rep. Duncan Hunter's chief of staff, Joe Kasper, told`: the
			// name set off by commas in the phrase that opens the words after the quote
			return r.mentionAt(m, MethodCue, i)
		}
		if n := d.nameAt[t]; n >= 0 && d.names[n].t0 == t && d.names[n].kind == KindPerson && d.toks[k-1].kind == tokWord {
			// `''…,'' James Pethokoukis of the American Enterprise Institute said`: the person
			// that opens the words between quote and verb
			return r.mentionAt(d.nameMentionAt(t), MethodCue, i)
		}
		break
	}
	if open >= 0 && d.isWord(open) && l.verbs[d.lw(open)] != "" {
		if m := d.subjectBefore(open); m.ok() {
			return r.mentionAt(m, MethodCue, i)
		}
	}
	return Attribution{}
}

// isDash reports whether token t is a dash that may open a byline: "—", "–", "―" or "-".
func isDash(d *doc, t int) bool {
	return d.isPunct(t, "—") || d.isPunct(t, "–") || d.isPunct(t, "―") || d.isPunct(t, "-")
}

// accordingAfter finds "according to X", "selon X", "d'après X" after quote i in the sentence
// where it ends, outside quoted words: the article says who, so that beats a guess.
func (r *resolver) accordingAfter(i int) Attribution {
	d := r.d
	t := r.qt1[i]
	if t <= 0 || t > len(d.toks) {
		return Attribution{}
	}
	sent := d.sent[t-1]
	for k := t; k < len(d.toks) && k-t < 40 && d.sent[k] == sent && d.toks[k].kind != tokPara; k++ {
		if !d.isWord(k) || d.quoted[k] {
			continue
		}
		switch w := d.lw(k); {
		case w == "according" && d.isWord(k+1) && d.lw(k+1) == "to", w == "selon", w == "d'après", w == "d’après":
			if n := k + 1 + btoi(w == "according"); d.isWord(n) && relativePronouns[d.lw(n)] {
				return Attribution{} // "Emmanuel Barbe, selon qui": the antecedent, already the cue's subject
			}
			return r.mentionAt(d.npAfterMode(k+1, true).asSubject(), MethodAccordingTo, i)
		}
	}
	return Attribution{}
}

// relativePronouns stand for a noun just named: "selon qui", "according to whom".
var relativePronouns = set{"qui": true, "whom": true, "which": true, "lequel": true, "laquelle": true, "lesquels": true}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cueInSentence reports whether the cue of quote j lies in the sentence of token t: `"…!",
// a-t-il lancé jeudi, accusant son rival` ends the quote's own sentence at "!", not its cue's.
func (r *resolver) cueInSentence(j, t int) bool {
	c := r.qs[j].Cue
	if c == nil || !valid(r.d.a, c.Span) {
		return false
	}
	c0, c1 := r.d.tokenRange(c.Span)
	return c0 < c1 && r.d.sent[c0] == r.d.sent[t]
}

// tailVerbs are the finite reporting verbs that close a sentence and govern the whole clause
// before them: `…, Biden said.`, `…, the reports show.`, `…, said an official.`, `…, a
// déclaré le ministre.` (newswire order for a source given after its statement).
var tailVerbs = set{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"reported": true, "reports": true, "report": true, "found": true, "finds": true, "find": true,
	"show": true, "shows": true, "showed": true, "indicates": true, "indicated": true, "indicate": true,
	"announced": true, "wrote": true, "writes": true, "added": true, "adds": true, "noted": true,
	"notes": true, "explained": true, "maintains": true, "maintain": true, "argued": true,
	"argue": true, "argues": true, "claimed": true, "claims": true, "insisted": true, "insists": true,
	"contends": true, "contend": true, "estimated": true, "estimate": true, "estimates": true,
	"think": true, "thinks": true, "believe": true, "believes": true, "predicted": true,
	"warned": true, "suggests": true, "suggest": true,
	"dit": true, "déclaré": true, "affirmé": true, "estimé": true, "indiqué": true,
	"précisé": true, "expliqué": true, "ajouté": true, "assuré": true, "souligné": true,
	"affirme": true, "estime": true, "indique": true, "précise": true, "explique": true,
	"assure": true, "souligne": true}

// tailOpeners open a clause of its own after a comma, whose verb is no tail cue.
var tailOpeners = set{"while": true, "whereas": true, "after": true, "because": true, "though": true,
	"although": true, "since": true, "if": true, "as": true, "so": true, "or": true, "nor": true,
	"yet": true, "where": true, "which": true, "who": true, "mais": true, "alors": true, "tandis": true}

// tailAdverbs may follow a closing cue ("Biden said later", "officials said privately").
var tailAdverbs = set{"later": true, "earlier": true, "recently": true, "previously": true, "then": true,
	"last": true, "this": true, "afterward": true, "afterwards": true, "privately": true,
	"publicly": true, "repeatedly": true, "too": true, "also": true, "again": true, "tonight": true,
	"mardi": true, "lundi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true}

// tailCue finds a reporting verb that ends the sentence of quote i right after it, past a
// comma: `Trump's accusation that … had imperiled US troops, Biden said.` The quote's own cue
// came before it and may be a verb of the reported clause ("accusation", "has maintained");
// the closing verb governs the whole sentence, so its subject is the speaker. The subject is
// a phrase of at most 6 words without a verb before the verb, or a noun phrase after it; at
// most 8 words of adjunct ("Tuesday", "on the same call") may follow the verb before the end
// of the sentence.
func (r *resolver) tailCue(i int) Attribution {
	d := r.d
	t := r.pastMarks(r.qt1[i], false)
	if !d.isPunct(t, ",") || t+1 >= len(d.toks) {
		return Attribution{}
	}
	sent := d.sent[t]
	if d.isWord(t+2) && d.lw(t+1) == "according" && d.lw(t+2) == "to" || d.lw(t+1) == "selon" {
		// "HarperCollins declined to renew the offer, according to a publishing executive.";
		// after a reporting verb ("Weaver says …, according to the AP") the verb's subject
		// stays the speaker
		c0, c1 := d.tokenRangeNear(r.qs[i].Cue.Span, r.qt0[i])
		for k := c0; k < c1; k++ {
			if d.has(k, fVerb) {
				return Attribution{}
			}
		}
		if n := t + 2 + btoi(d.lw(t+1) == "according"); d.isWord(n) && !relativePronouns[d.lw(n)] {
			return r.mentionAt(d.npAfterMode(n, true).asSubject(), MethodAccordingTo, i)
		}
		return Attribution{}
	}
	v := -1
	for k := t + 1; k < len(d.toks) && k <= t+8 && d.isWord(k) && !d.quoted[k]; k++ {
		if tailVerbs[d.lw(k)] {
			v = k
			break
		}
	}
	if v < 0 {
		return Attribution{}
	}
	var m mention
	method := MethodCue
	if p, ok := d.invertedPronoun(t+1, v+1); ok { // `…, a-t-elle ajouté.`: the pronoun, never a name
		m, method = p, MethodCuePronoun
	} else if d.skipAuxBefore(v-1) == t { // `…, said an American official`, `…, a déclaré le ministre`
		m = d.npAfter(v + 1)
		if !m.ok() || d.quoted[m.t0] {
			return Attribution{}
		}
		m = m.asSubject()
		v = max(v, m.t1-1)
	} else if m = d.tailSubject(v); !m.ok() || m.t0 != t+1 || tailOpeners[d.lw(m.t0)] || d.has(m.t0, fClause) {
		return Attribution{} // "…, while 9 percent found it …": a clause of its own
	}
	// the verb (or its subject) ends the sentence, or an adjunct does: "Tuesday", "on the
	// same call", "told USA TODAY"
	k := v + 1
	if d.isWord(k) && !d.has(k, fPrep) && !isDay(d.lw(k)) && !tailAdverbs[d.lw(k)] && !lex().told[d.lw(v)] {
		return Attribution{} // "…, Kiedis said his band wrote": the verb has its own object
	}
	for k < len(d.toks) && k-v <= 8 && d.isWord(k) && !d.quoted[k] && !d.has(k, fVerb) {
		k++
	}
	if k < len(d.toks) && d.sent[k] == sent && !d.isPunct(k, ".") && !d.isPunct(k, "!") && !d.isPunct(k, "?") && d.toks[k].kind != tokPara {
		return Attribution{}
	}
	return r.mentionAt(m, method, i)
}
