package attribution

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// SourceKind says what a source of information is. Stable: new values only at the end.
type SourceKind int

const (
	SourceOutlet   SourceKind = iota // a news outlet or agency ("Tasnim", "l'AFP")
	SourceDocument                   // a report, statement, communiqué, interview, poll
	SourceLink                       // a hyperlink or a <blockquote cite> URL
)

var sourceKindNames = [...]string{"outlet", "document", "link"}

// String returns the stable name of k.
func (k SourceKind) String() string {
	if k >= 0 && int(k) < len(sourceKindNames) {
		return sourceKindNames[k]
	}
	return "unknown"
}

// MarshalText renders k as its name.
func (k SourceKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Relation says how the article uses a source. Stable: new values only at the end.
type Relation int

const (
	RelationCited  Relation = iota // the article reports what the source said: "rapporte Tasnim", "according to Reuters"
	RelationCredit                 // a credit or wire line: "Source: PressTV", "(AFP)", "MOSCOW (Reuters) -"
	RelationHeard                  // the outlet heard the statement first: "told Reuters", "a déclaré à l'AFP"
	RelationLinked                 // a link in the text or the cite of a quote element
)

var relationNames = [...]string{"cited", "credit", "heard", "linked"}

// String returns the stable name of r.
func (r Relation) String() string {
	if r >= 0 && int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "unknown"
}

// MarshalText renders r as its name.
func (r Relation) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Source is an outlet, document or link that the article credits as the origin or channel of
// its information.
type Source struct {
	Kind     SourceKind
	Relation Relation
	// Span is the name as printed in Article.Text ("Tasnim" in "l'agence de presse iranienne
	// Tasnim"), or the anchor text of a link; zero for a <blockquote cite>.
	Span article.Span
	// Name is the outlet's canonical name, the document phrase as printed, or the URL.
	Name string
	// Outlet is the directory entry, nil when the name or host is not listed.
	Outlet *Outlet
	// URL is the absolute URL of a link, "" otherwise.
	URL string
	// Via is the source that this one cites in turn ("Tasnim" via "Sputnik"), nil when none.
	Via *Source
}

// markQuoted sets d.quoted over the tokens of the quotations of the markup, in text order
// (<q> elements come in the order they close) so that nested ones take linear time. It
// returns the tokens set, repeats counted, for the tests that check it stays linear.
func markQuoted(d *doc, qs []article.QuoteElement) int {
	sps := make([]article.Span, len(qs))
	for i, q := range qs {
		sps[i] = q.Span
	}
	slices.SortFunc(sps, func(a, b article.Span) int { return cmp.Compare(a.Start, b.Start) })
	var mark tokenMarker
	for _, sp := range sps {
		t0, t1 := d.tokenRange(sp)
		mark.set(d.quoted, t0, t1)
	}
	return mark.steps
}

// Sources lists the sources of information of a, in text order, credit lines, chains and links
// included. Outlets met only inside quoted words are left out, and so is the second member of a
// chain, which is reported as the Via of the first.
func Sources(a *article.Article) []Source {
	if a == nil {
		return nil
	}
	d := newDocWith(a, false)
	defer d.release()
	d.quoted = d.quotedBuf()
	markQuoted(d, a.Quotes)
	var used map[int]bool // the first tokens of matches cited by a chain, made at the first chain
	matches := d.outletMatches()
	d.bufs.matches = matches[:0] // its array given back with the doc's
	docs, links := d.documents(), linkSources(a)
	out := make([]Source, 0, len(matches)+len(docs)+len(links))
	copies := map[int]*Outlet{} // the copies of directory entries the sources point to
	for _, m := range matches {
		if used[m.t0] || d.quoted[m.t0] {
			continue
		}
		rel, ok := d.outletRelation(m)
		if !ok {
			continue
		}
		s := d.outletSource(m, rel, copies)
		if v, ok := d.chain(m.t1); ok {
			vs := d.outletSource(v, RelationCited, copies)
			s.Via = &vs
			if used == nil {
				used = map[int]bool{}
			}
			used[v.t0] = true
		}
		out = append(out, s)
	}
	out = append(out, docs...)
	out = append(out, d.reportedBy()...)
	out = append(out, links...)
	slices.SortStableFunc(out, func(a, b Source) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	return oneOutletPerMention(out)
}

// oneOutletPerMention drops a source whose span overlaps an earlier source of the same outlet:
// "an interview with Bloomberg" is one source, not a document and the outlet inside it. A
// source with a chain (Via) and a link are always kept. Separate mentions of an outlet stay separate
// sources, as the gold format counts them (one per mention). Work is linear: a source is
// compared with the last 8 kept only.
func oneOutletPerMention(srcs []Source) []Source {
	out := srcs[:0]
	for _, s := range srcs {
		// sources come sorted by start: an overlapping one is among the last few kept
		if s.Outlet != nil && s.Via == nil && s.Kind != SourceLink && slices.ContainsFunc(out[max(0, len(out)-8):], func(p Source) bool {
			return p.Outlet != nil && p.Kind != SourceLink && p.Outlet.Name == s.Outlet.Name && p.Span.Start < s.Span.End && s.Span.Start < p.Span.End
		}) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// outletMatch is a directory name found in the text: tokens [t0, t1).
type outletMatch struct {
	t0, t1 int
	outlet int
}

// outletMatches finds directory names and variants in the text, longest first at each token.
func (d *doc) outletMatches() []outletMatch {
	dr := dir()
	out := d.bufs.matches[:0]
	for i := 0; i < len(d.toks); i++ {
		if !d.isWord(i) || !d.toks[i].upper && !d.has(i, fOutletLower) && !isDigitStart(d.word(i)) {
			continue
		}
		for _, p := range dr.phrasesAt(d, i) {
			if d.matchPhrase(i, p.words) {
				m := outletMatch{t0: i, t1: i + len(p.words), outlet: p.outlet}
				// the span is the name without a lower-case article: "AFP" in "l'AFP"
				for m.t1-m.t0 > 1 && !d.toks[m.t0].upper && (d.has(m.t0, fDeterminer) || d.word(m.t0) == "au" || isElision(strings.TrimRight(d.lw(m.t0), "'’"))) {
					m.t0++
				}
				out = append(out, m)
				i += len(p.words) - 1
				break
			}
		}
	}
	return out
}

func (d *doc) matchPhrase(i int, words []string) bool {
	for k, w := range words {
		if !d.isWord(i+k) || d.word(i+k) != w {
			return false
		}
	}
	// "AP" must not be the start of a longer capitalised name ("AP Stylebook" is fine to miss)
	return true
}

// outletSource makes the source of an outlet match; its Outlet is a copy of the directory
// entry, one copy for all the sources of an outlet that share copies (outlet index → copy).
func (d *doc) outletSource(m outletMatch, rel Relation, copies map[int]*Outlet) Source {
	o := copies[m.outlet]
	if o == nil {
		c := dir().outlets[m.outlet]
		o = &c
		copies[m.outlet] = o
	}
	return Source{Kind: SourceOutlet, Relation: rel, Span: d.span(m.t0, m.t1), Name: o.Name, Outlet: o}
}

var (
	citeBefore = set{"rapporte": true, "rapportent": true, "rapporté": true, "selon": true, "d'après": true, "reported": true,
		"reports": true, "according": true, "to": false, "révèle": true, "révélé": true, "cité": true, "citée": true,
		"par": true, "by": true, "via": true, "citing": true, "citant": true, "écrit": true, "writes": true, "wrote": true,
		"affirme": true, "indique": true, "annonce": true, "précise": true, "relaie": true, "relayé": true, "publié": true}
	hearBefore = set{"told": true, "tells": true, "telling": true, "micro": true, "entretien": true, "interview": true,
		"interviewed": true, "sur": true, "on": true, "antenne": true, "plateau": true}
	creditWords = set{"source": true, "sources": true, "avec": true, "with": true, "par": true, "by": true, "et": true, "and": true,
		"reporting": true, "additional": true, "the": true, "contributed": true, "contributing": true,
		"via": true, "citing": true, "citant": true} // a chain in a credit line: "Source: PressTV via Sputnik"
	chainWords = []string{"qui se réfère à", "qui se réfère au", "qui cite", "citant", "citing", "quoting", "reprenant",
		"d'après", "selon", "via", "who cited", "which cited", "se référant à"}
)

// outletRelation decides whether an outlet mention is a source, and how the article uses it.
func (d *doc) outletRelation(m outletMatch) (Relation, bool) {
	if d.isCreditLine(m) {
		return RelationCredit, true
	}
	// "(AFP)", "(ats/nxp)", "MOSCOW (Reuters) -"
	if d.isPunct(m.t0-1, "(") || d.isPunct(m.t0-1, "/") && d.isPunct(m.t0-3, "(") {
		return RelationCredit, true
	}
	// "— Reuters" closing a paragraph
	if isDash(d, m.t0-1) && (m.t1 >= len(d.toks) || d.toks[m.t1].kind == tokPara) {
		return RelationCredit, true
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-6; k-- {
		if !d.isWord(k) {
			break
		}
		w := d.lw(k)
		if hearBefore[w] || (w == "à" || w == "au" || w == "to") && d.hearerVerbBefore(k) ||
			(w == "par" || w == "by") && k > 0 && interviewedBy(d.lw(k-1)) {
			return RelationHeard, true
		}
		if citeBefore[w] || w == "après" && (d.lw(k-1) == "d'" || d.lw(k-1) == "d’") { // "d'après" is split at its elision
			return RelationCited, true
		}
	}
	// "Reuters reported", "BFMTV révèle"
	if d.isWord(m.t1) && (citeBefore[d.lw(m.t1)] || lex().verbs[d.lw(m.t1)] != "") {
		return RelationCited, true
	}
	if d.isPunct(m.t1, ",") && d.isWord(m.t1+1) && citeBefore[d.lw(m.t1+1)] {
		return RelationCited, true
	}
	return 0, false
}

// interviewedBy reports whether w is a participle before "par" or "by" that makes the outlet
// after it the hearer: "interrogée par Le Monde", "interviewed by the BBC", "joint par l'AFP".
func interviewedBy(w string) bool {
	switch strings.TrimRight(w, "es") {
	case "interrogé", "contacté", "sollicité", "joint", "interviewed", "questioned", "contacted", "reached":
		return true
	}
	return false
}

// hearerVerbBefore reports whether a speech verb ends just before the preposition at k,
// maybe over an object ("a déclaré à", "a indiqué mardi à", "said to").
func (d *doc) hearerVerbBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.isWord(j); j-- {
		if lex().told[d.lw(j)] || lex().told[beforeHyphen(d.lw(j))] { // "raconte-t-il à"
			return true
		}
	}
	return false
}

// isCreditLine reports whether the outlet sits in a short paragraph made only of credit words,
// outlet names and separators: "Source: Avec PressTV", "Sputnik, Tasnim", "With AFP", "Source:
// PressTV via Sputnik".
func (d *doc) isCreditLine(m outletMatch) bool {
	p := d.para[m.t0]
	s, e := d.paraStart[p], len(d.toks)
	if p+1 < len(d.paraStart) {
		e = d.paraStart[p+1]
	}
	if d.toks[s].kind == tokPara {
		s++
	}
	if e-s > 13 {
		return false
	}
	matches := d.outletMatchesIn(s, e)
	k := s
	if w := d.lw(s); (w == "par" || w == "by") && d.isWord(s+1) && d.toks[s+1].upper {
		// a byline before the credit: "Par Claire Martin, avec AFP", "By John Smith, with Reuters"
		for k = s + 1; k < e && (d.isWord(k) && (d.toks[k].upper || d.lw(k) == "et" || d.lw(k) == "and") || d.isPunct(k, ".")); k++ {
		}
		if !d.isPunct(k, ",") || k+1 >= e || !d.isWord(k+1) || (d.lw(k+1) != "avec" && d.lw(k+1) != "with") {
			return false
		}
	}
	for ; k < e; k++ {
		if d.isWord(k) && !creditWords[d.lw(k)] && matches&(1<<(k-s)) == 0 {
			return false
		}
	}
	return true
}

// outletMatchesIn returns the tokens of [s, e) that belong to an outlet name, as bits: bit
// k-s for token k; e-s is at most 64.
func (d *doc) outletMatchesIn(s, e int) uint64 {
	var out uint64
	for i := s; i < e; i++ {
		if !d.isWord(i) {
			continue
		}
		for _, p := range dir().phrases(d.word(i)) {
			if d.matchPhrase(i, p.words) {
				for k := i; k < i+len(p.words) && k-s < 64; k++ {
					out |= 1 << (k - s)
				}
				break
			}
		}
	}
	return out
}

// chain finds the outlet that the one ending at token t cites in turn, within a few words:
// "Tasnim qui se réfère à Sputnik", "Reuters reported, citing Interfax".
func (d *doc) chain(t int) (outletMatch, bool) {
	end := min(len(d.toks), t+10)
	var buf [128]byte
	for k := t; k < end; k++ {
		if d.toks[k].kind == tokPara || d.isPunct(k, ".") {
			end = k
			break
		}
	}
	for k := t; k < end; k++ {
		rest := buf[:0] // the words from k, in the stack unless long
		for j := k; j < end && j < k+4; j++ {
			if d.isWord(j) {
				if len(rest) > 0 && rest[len(rest)-1] != '\'' {
					rest = append(rest, ' ')
				}
				rest = append(rest, d.lw(j)...)
				for _, c := range chainWords {
					if string(rest) == c {
						if m, ok := d.outletAt(j+1, end); ok {
							return m, true
						}
					}
				}
			}
		}
	}
	return outletMatch{}, false
}

// outletAt finds an outlet name starting within a few words after token t (over "l'agence").
func (d *doc) outletAt(t, end int) (outletMatch, bool) {
	for k := t; k < end && k < t+5; k++ {
		if !d.isWord(k) {
			continue
		}
		for _, p := range dir().phrases(d.word(k)) {
			if d.matchPhrase(k, p.words) {
				return outletMatch{t0: k, t1: k + len(p.words), outlet: p.outlet}, true
			}
		}
	}
	return outletMatch{}, false
}

var documentNouns = set{"report": true, "statement": true, "study": true, "survey": true, "poll": true, "polls": true,
	"memo": true, "letter": true, "document": true, "documents": true, "filing": true, "complaint": true, "lawsuit": true,
	"communiqué": true, "communique": true, "rapport": true, "étude": true, "sondage": true, "arrêté": true, "courrier": true,
	"lettre": true, "note": true, "décret": true, "chiffres": true, "interview": true, "entretien": true, "release": true,
	"transcript": true, "research": true, "data": true, "figures": true, "données": true, "bilan": true, "enquête": true, "analysis": true,
	"tweet": true, "email": true, "e-mail": true, "video": true, "message": true, "post": true, "ad": true}

var documentCues = set{"according": true, "selon": true, "d'après": true, "in": true, "dans": true, "by": true, "par": true,
	"from": true, "released": true, "published": true, "publié": true, "cited": true}

// documents finds reports, statements and interviews credited as sources: "according to a
// report by", "in a statement", "dans un communiqué", "dans une interview à", "précise le rapport".
func (d *doc) documents() []Source {
	var out []Source
	seen := map[string]bool{}
	for i := 1; i < len(d.toks); i++ {
		if !d.has(i, fDocNoun) || d.quoted[i] {
			continue
		}
		det := i - 1
		for det > 0 && i-det < 3 && d.isWord(det) && !d.has(det, fDeterminer) {
			det--
		}
		if !d.isWord(det) || !d.has(det, fDeterminer) {
			continue
		}
		before := ""
		if d.isWord(det - 1) {
			before = d.lw(det - 1)
		}
		if d.isWord(det-1) && before == "to" && d.isWord(det-2) {
			before = d.lw(det - 2)
		}
		after := ""
		if d.isWord(i + 1) {
			after = d.lw(i + 1)
		}
		inverted := d.isWord(det-1) && lex().verbs[before] != "" // "précise le rapport"
		attributive := attributiveCues[before] || inverted || lex().verbs[after] != ""
		if !documentCues[before] && !attributive {
			continue
		}
		end := i + 1
		// "a report by Human Rights Watch", "une interview au Figaro"
		if d.isWord(end) && (after == "by" || after == "par" || after == "à" || after == "au" || after == "with" || after == "de" || after == "du") && d.isWord(end+1) {
			if k := d.capitalisedRun(end + 1); k > end+1 {
				end = k
			}
		}
		if end == i+1 && !attributive {
			continue // "in a letter", "dans un communiqué": a generic document credited by no one
		}
		s := Source{Kind: SourceDocument, Relation: RelationCited, Span: d.span(det, end), Name: d.text[d.toks[det].s:d.toks[end-1].e]}
		if m, ok := d.outletAt(i+1, end); ok {
			o := dir().outlets[m.outlet]
			s.Outlet = &o
			if w := d.lw(i); w == "interview" || w == "entretien" || w == "interviews" || w == "entretiens" {
				s.Relation = RelationHeard // "in an interview with Bloomberg": the outlet heard the words
			}
		}
		key := d.lower(s.Name)
		if seen[key] {
			i = end
			continue // the same words again: one source
		}
		seen[key] = true
		out = append(out, s)
		i = end
	}
	return out
}

// attributiveCues credit a document as the origin of what follows: "according to the
// letter", "selon ce courrier", "d'après le rapport".
var attributiveCues = set{"according": true, "selon": true, "d'après": true, "d’après": true}

// maxParaLinks is how many links of a quote's paragraph outside the quote's sentences and the
// sentence before SourcesFor gives the quote on each side (the nearest ones), and
// maxParaScan how many sources it passes to find them: a paragraph of thousands of links
// costs each quote a bounded look.
const (
	maxParaLinks = 3
	maxParaScan  = 64
)

// maxNearSources is how many sources of a quote's sentences, its cue's and the sentence
// before SourcesFor gives the quote on each side of its start (the nearest ones), and
// maxNearScan how many sources it passes on each side to find them: a sentence of thousands
// of credited outlets or links costs each quote a bounded list.
const (
	maxNearSources = 8
	maxNearScan    = 256
)

// paraLinks appends to list the links of near (indexes into srcs, by start) found from
// position k in direction dir (-1 or 1) inside para: at most maxParaLinks of them, looking at
// most maxParaScan sources.
func paraLinks(list []int, srcs []Source, near []int, k, dir int, para article.Span) []int {
	n := 0
	for scan := 0; k >= 0 && k < len(near) && scan < maxParaScan && n < maxParaLinks; k, scan = k+dir, scan+1 {
		s := srcs[near[k]]
		if dir < 0 && s.Span.End <= para.Start || dir > 0 && s.Span.Start >= para.End {
			break
		}
		if s.Kind == SourceLink && s.Span.Len() > 0 && para.Overlaps(s.Span) && !slices.Contains(list, near[k]) {
			list = append(list, near[k])
			n++
		}
	}
	return list
}

// reportedBy finds the outlets the directory does not list that an English article credits
// with "reported by the X" ("as first reported by the Kansas City Star"): "the" and a run of
// at least two capitalised words, a cited source with no Outlet entry. Outlets the directory
// lists are matched as such.
func (d *doc) reportedBy() []Source {
	var out []Source
	for i := 1; i+3 < len(d.toks); i++ {
		if d.lw(i) != "by" || d.lw(i-1) != "reported" || d.lw(i+1) != "the" || d.quoted[i] {
			continue
		}
		k := d.capitalisedRun(i + 2)
		if k-(i+2) < 2 {
			continue
		}
		name := d.text[d.toks[i+2].s:d.toks[k-1].e]
		if _, ok := LookupOutlet(name); ok {
			continue
		}
		out = append(out, Source{Kind: SourceOutlet, Relation: RelationCited, Span: d.span(i+2, k), Name: name})
	}
	return out
}

// linkSources turns the article's links and quote-element cites into sources; a host listed in
// the directory resolves to its outlet.
func linkSources(a *article.Article) []Source {
	var out []Source
	for _, l := range a.Links {
		if l.URL == nil || l.URL.Host == "" {
			continue
		}
		s := Source{Kind: SourceLink, Relation: RelationLinked, Span: l.Span, Name: l.URL.String(), URL: l.URL.String()}
		if o, ok := LookupHost(l.URL.Host); ok {
			s.Outlet = &o
		}
		out = append(out, s)
	}
	for _, q := range a.Quotes {
		if q.Cite == nil {
			continue
		}
		s := Source{Kind: SourceLink, Relation: RelationLinked, Span: q.Span, Name: q.Cite.String(), URL: q.Cite.String()}
		if o, ok := LookupHost(q.Cite.Host); ok {
			s.Outlet = &o
		}
		out = append(out, s)
	}
	return out
}

// SourcesFor picks, for each quote of qs, the sources of srcs (as returned by Sources for the
// same article) that support it: credit lines support every quote (the first credit of each
// outlet, so that a credit repeated on every paragraph is listed once); outlets, documents and
// hearers in the quote's sentences or its cue's sentence; links in those sentences, in the
// sentence before (the nearest maxNearSources on each side of the quote's start), and the
// nearest maxParaLinks on each side elsewhere in the quote's paragraph; the cite of a quote
// element that holds the quote. It returns one slice of indexes into srcs per quote, in the
// order of srcs. Its cost grows with the number of quotes times the credits and a bounded
// number of sources near each quote, not times all sources or all the sources of a sentence
// or paragraph.
func SourcesFor(a *article.Article, qs []quotes.Quote, srcs []Source) [][]int {
	out := make([][]int, len(qs))
	if a == nil {
		return out
	}
	sents := sentenceSpans(a.Text)
	paras := paragraphSpans(a.Text)
	// credits, one per outlet and chain; the other sources by start, with the longest span
	var credits, near []int
	seen := map[string]bool{}
	longest := 0
	for j, s := range srcs {
		if s.Relation == RelationCredit {
			k := s.Name
			if s.Via != nil {
				k += "\x00" + s.Via.Name
			}
			if !seen[k] {
				seen[k] = true
				credits = append(credits, j)
			}
			continue
		}
		near = append(near, j)
		longest = max(longest, s.Span.Len())
	}
	slices.SortStableFunc(near, func(x, y int) int { return cmp.Compare(srcs[x].Span.Start, srcs[y].Span.Start) })
	for i, q := range qs {
		if !valid(a, q.Span) {
			continue
		}
		reach := spanUnion(sentenceAround(sents, q.Span), q.Cue, sents)
		para := around(paras, q.Span)
		prev := previousSentence(sents, q.Span.Start)
		lo := min(reach.Start, q.Span.Start)
		if prev.Len() > 0 {
			lo = min(lo, prev.Start)
		}
		hi := max(reach.End, q.Span.End)
		list := slices.Clone(credits)
		// the sources of the quote's sentences, the cue's and the sentence before: the
		// nearest maxNearSources on each side of the quote's start, looking at most
		// maxNearScan sources on each side
		at := sort.Search(len(near), func(k int) bool { return srcs[near[k]].Span.Start >= q.Span.Start })
		from, n := at, 0
		for scan := 0; from > 0 && scan < maxNearScan && n < maxNearSources; scan++ {
			if srcs[near[from-1]].Span.Start < lo-longest {
				break
			}
			from--
			if supports(srcs[near[from]], q.Span, reach, para, prev) {
				list = append(list, near[from])
				n++
			}
		}
		k, n := at, 0
		for scan := 0; k < len(near) && scan < maxNearScan && n < maxNearSources; k, scan = k+1, scan+1 {
			if srcs[near[k]].Span.Start >= hi {
				break
			}
			if supports(srcs[near[k]], q.Span, reach, para, prev) {
				list = append(list, near[k])
				n++
			}
		}
		// links elsewhere in the paragraph: the nearest few on each side
		list = paraLinks(list, srcs, near, from-1, -1, para)
		list = paraLinks(list, srcs, near, k, 1, para)
		slices.Sort(list)
		out[i] = list
	}
	return out
}

// supports reports whether the source s near a quote of span qs supports it: a link with an
// anchor in the quote's paragraph para or the sentence before prev, the cite of the quote
// element (its span is the quote's), any other source in reach (the quote's and its cue's
// sentences).
func supports(s Source, qs, reach, para, prev article.Span) bool {
	switch {
	case s.Kind == SourceLink && s.Span == qs:
		return true
	case s.Kind == SourceLink && s.Span.Len() > 0:
		return para.Overlaps(s.Span) || prev.Overlaps(s.Span)
	case s.Kind == SourceLink:
		return false
	}
	return reach.Overlaps(s.Span)
}

// sentenceSpans splits text into sentences with the tokenizer's rules.
func sentenceSpans(text string) []article.Span {
	toks := tokenize(text)
	var out []article.Span
	start := -1
	for i, t := range toks {
		if t.sentStart || t.kind == tokPara {
			if start >= 0 && i > 0 {
				out = append(out, article.Span{Start: start, End: toks[i-1].e})
			}
			start = -1
		}
		if t.kind != tokPara && start < 0 {
			start = t.s
		}
	}
	if start >= 0 {
		out = append(out, article.Span{Start: start, End: toks[len(toks)-1].e})
	}
	return out
}

func paragraphSpans(text string) []article.Span {
	var out []article.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, article.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// around returns the union of the spans of ss that overlap sp, or sp itself.
func around(ss []article.Span, sp article.Span) article.Span {
	out := sp
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > sp.Start })
	for ; i < len(ss) && (ss[i].Start < sp.End || ss[i].Contains(sp.Start)); i++ {
		out.Start, out.End = min(out.Start, ss[i].Start), max(out.End, ss[i].End)
	}
	return out
}

func sentenceAround(ss []article.Span, sp article.Span) article.Span {
	if sp.Len() == 0 {
		sp.End = sp.Start + 1
	}
	return around(ss, sp)
}

func spanUnion(sp article.Span, c *quotes.Cue, ss []article.Span) article.Span {
	if c == nil {
		return sp
	}
	cs := sentenceAround(ss, c.Span)
	return article.Span{Start: min(sp.Start, cs.Start), End: max(sp.End, cs.End)}
}

func previousSentence(ss []article.Span, off int) article.Span {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == 0 {
		return article.Span{}
	}
	return ss[i-1]
}

// capitalisedRun returns the end of the run of capitalised words (with particles) starting at
// token t, or t when the word there is not capitalised: "Human Rights Watch", "Le Figaro".
func (d *doc) capitalisedRun(t int) int {
	k := t
	for k < len(d.toks) && d.isWord(k) {
		if d.toks[k].upper {
			k++
			// "E! News", "Yahoo! News": an exclamation mark glued inside an outlet's name
			if d.isPunct(k, "!") && d.toks[k].s == d.toks[k-1].e && (d.isWord(k+1) && d.toks[k+1].upper || k-t == 1) {
				k++
			}
			continue
		}
		if k > t && d.has(k, fParticle) && d.isWord(k+1) && d.toks[k+1].upper {
			k += 2
			continue
		}
		break
	}
	return k
}

func isDigitStart(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
