package attribution

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
)

// EntityKind says what a speaker is. Stable: new values are added only at the end.
type EntityKind int

const (
	KindUnknown      EntityKind = iota // a name of unknown kind
	KindPerson                         // a person ("Alexandre Fomine")
	KindOrganisation                   // a body or group ("the union", "le Kremlin", "NATO")
	KindOutlet                         // a news outlet or agency of the directory
	KindDescription                    // an unresolved description ("a source close to the family")
)

var entityKindNames = [...]string{"unknown", "person", "organisation", "outlet", "description"}

// String returns the stable name of k.
func (k EntityKind) String() string {
	if k >= 0 && int(k) < len(entityKindNames) {
		return entityKindNames[k]
	}
	return "unknown"
}

// MarshalText renders k as its name.
func (k EntityKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Gender is the grammatical gender known for an entity, from titles (M., Mrs), first names or
// pronouns. Stable: new values only at the end.
type Gender int

const (
	GenderUnknown Gender = iota
	Male
	Female
	Plural // a group or several people ("they", "ils")
)

var genderNames = [...]string{"unknown", "male", "female", "plural"}

// String returns the stable name of g ("unknown", "male", "female", "plural").
func (g Gender) String() string {
	if g >= 0 && int(g) < len(genderNames) {
		return genderNames[g]
	}
	return "unknown"
}

// MarshalText renders g as its name.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// Entity is one speaker of the article: every mention of one person or body.
type Entity struct {
	// Name is the canonical name: the longest proper name the article gives, honorifics
	// dropped ("Alexandre Fomine", "Ali Khamenei"), or the description as printed when the
	// article names no one ("le responsable russe").
	Name string
	Kind EntityKind
	// Gender is GenderUnknown unless a title, first name or pronoun says it.
	Gender Gender
	// Roles are the appositions and descriptions attached to the entity, lower-cased, without
	// the article ("vice-ministre russe de la défense", "a doctor" → "doctor"); the first 16
	// distinct ones in text order.
	Roles []string
	// Mentions are the spans of the names, descriptions and pronouns linked to the entity,
	// in text order.
	Mentions []article.Span
	// Outlet is the directory entry when the entity is a news outlet, nil otherwise.
	Outlet *Outlet

	key      string // folded surname or full name, for matching later mentions
	nameLen  int    // words in Name
	isSource bool   // has spoken at least once
}

// nameMention is a capitalised name found in the text: tokens [t0, t1).
type nameMention struct {
	t0, t1 int
	title  int // number of leading title tokens (and an elided article before them)
	words  []string
	kind   EntityKind
	gender Gender
	outlet int // directory index, -1 when none
}

// doc is an article prepared for attribution.
type doc struct {
	a         *article.Article
	text      string
	toks      []token
	sent      []int // sentence number of each token
	para      []int // paragraph number of each token
	names     []nameMention
	nameAt    []int // token index → names index of the mention covering it, -1 when none
	ents      []*Entity
	byKey     map[string]int
	entChunk  []Entity // where newEntity puts the entities
	entOf     []int    // names index → entity index
	quoted    []bool
	roles     map[string]*Entity // role → entity, built on first use
	paraStart []int              // first token of each paragraph
	low       []string           // lower-cased word of each token (lexicon folding), "" for punctuation
	flags     []uint16           // word flags of each token (fRole, fPronoun, …)
	wordBuf   []string           // backing array of the words of names
	ts        *tokenSet          // the shared analysis of the text
	bufs      *docBufs           // arrays to give back to docPool
	arena     []byte             // lower-cased words of d.lower; never reused
	// initial lists sentence-initial single capitalised words held back by findNames.
	initial []int
}

func newDoc(a *article.Article) *doc { return newDocWith(a, true) }

// newDocWith prepares a; entities false skips names and entities (Sources needs neither).
func newDocWith(a *article.Article, entities bool) *doc {
	d := &doc{a: a, text: a.Text}
	ts := tokens(a.Text)
	d.ts = ts
	d.toks, d.low, d.flags = ts.toks, ts.low, ts.flags
	d.sent, d.para, d.paraStart = ts.sent, ts.para, ts.paraStart
	d.nameAt = ts.noNames
	d.bufs, _ = docPool.Get().(*docBufs)
	if d.bufs == nil {
		d.bufs = &docBufs{}
	}
	if entities {
		n := len(d.toks)
		b := d.bufs
		if cap(b.nameAt) < n {
			b.nameAt = make([]int, n)
		}
		d.nameAt = b.nameAt[:n]
		copy(d.nameAt, ts.noNames)
		if c := n/10 + 4; cap(b.names) < c {
			b.names = make([]nameMention, 0, c)
		}
		if c := n/5 + 8; cap(b.wordBuf) < c {
			b.wordBuf = make([]string, 0, c)
		}
		d.names, d.wordBuf = b.names[:0], b.wordBuf[:0]
	}
	if entities {
		d.findNames()
		d.addInitialNames()
		d.buildEntities()
	}
	return d
}

// docBufs are the per-doc arrays kept in docPool for the next doc.
type docBufs struct {
	nameAt  []int
	names   []nameMention
	wordBuf []string
	quoted  []bool
	byKey   map[string]int  // doc.byKey, kept empty
	known   map[string]bool // the words of names for addInitialNames, kept empty
	entOf   []int           // doc.entOf
	qt      []int           // resolver.qt0 and qt1
	matches []outletMatch   // doc.outletMatches
}

// intsBuf returns *buf resliced to n ints, all zero, made when too short.
func intsBuf(buf *[]int, n int) []int {
	if cap(*buf) < n {
		*buf = make([]int, n)
	}
	s := (*buf)[:n]
	clear(s)
	return s
}

var docPool sync.Pool // of *docBufs

// quotedBuf returns a cleared d.quoted array for the tokens.
func (d *doc) quotedBuf() []bool {
	n := len(d.toks)
	if cap(d.bufs.quoted) < n {
		d.bufs.quoted = make([]bool, n)
	}
	q := d.bufs.quoted[:n]
	clear(q)
	return q
}

// release gives the doc's arrays back for reuse; d must not be used afterwards, and nothing
// returned to the caller may refer to them.
func (d *doc) release() {
	b := d.bufs
	if cap(d.names) > cap(b.names) {
		b.names = d.names
	}
	if cap(d.wordBuf) > cap(b.wordBuf) {
		b.wordBuf = d.wordBuf
	}
	clear(b.names[:cap(b.names)])
	if d.byKey != nil {
		clear(d.byKey)
		b.byKey = d.byKey
	}
	d.bufs = nil
	docPool.Put(b)
	d.ts.release()
	d.ts = nil
}

func (d *doc) word(i int) string { return d.text[d.toks[i].s:d.toks[i].e] }

// lw is the lower-cased word of token i, "" for punctuation and outside the text (so rules
// that look at a neighbour need no bounds check).
func (d *doc) lw(i int) string {
	if uint(i) >= uint(len(d.low)) {
		return ""
	}
	return d.low[i]
}

// has reports whether token i has word flag f.
func (d *doc) has(i int, f uint16) bool { return i >= 0 && i < len(d.flags) && d.flags[i]&f != 0 }

func (d *doc) isWord(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == tokWord }

func (d *doc) isPunct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tokPunct && d.word(i) == p
}

// span returns the byte span of tokens [t0, t1).
func (d *doc) span(t0, t1 int) article.Span {
	return article.Span{Start: d.toks[t0].s, End: d.toks[t1-1].e}
}

// isNameWord reports whether token i can be part of a name: a capitalised word, or a prefix
// such as "al-Assad".
func (d *doc) isNameWord(i int) bool {
	if !d.isWord(i) {
		return false
	}
	if d.toks[i].upper {
		return true
	}
	w := d.word(i)
	if c := w[0]; c != 'a' && c != 'e' && c != 'b' {
		return false // no prefix below
	}
	for _, p := range [...]string{"al-", "el-", "ben-", "bin-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// trimPossessive drops the 's or ’s that ends w ("Blair's" → "Blair"); w itself when none.
func trimPossessive(w string) string {
	if n := len(w); n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return w
	}
	for _, p := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(p) && strings.HasSuffix(w, p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// dateWord reports whether lower-case w names a day (isDay) or a month (months, "march"
// included) that is no first name too ("Clinton's Tuesday speech", "Trump’s July call"; not
// "May", "June", "August").
func dateWord(w string) bool {
	return isDay(w) || months[w] && w != "june" && w != "august" || w == "march"
}

// dateAt reports whether token j is a day or month name ("Tuesday", "July"), "May", "June" and
// "August" only before a number ("Trump’s May 3 remarks").
func (d *doc) dateAt(j int) bool {
	w := d.lower(d.word(j))
	if dateWord(w) {
		return true
	}
	if w == "may" || w == "june" || w == "august" {
		n := j + 1
		return d.toks[j].e < len(d.text) && n < len(d.toks) && d.toks[n].s > 0 && d.toks[n].s < len(d.text) && d.text[d.toks[n].s] >= '0' && d.text[d.toks[n].s] <= '9'
	}
	return false
}

// dateBeforeName reports whether token i is a capitalised day or month right before another
// capitalised word ("In October Google released", "On Tuesday Ted Cruz said"): no part of a name.
func (d *doc) dateBeforeName(i int) bool {
	if !d.toks[i].upper || !d.isNameWord(i+1) || d.toks[i+1].sentStart {
		return false
	}
	n := d.toks[i].e - d.toks[i].s
	return n >= 3 && n <= 10 && titleDates[d.word(i)]
}

// titleDates holds the capitalised and upper-case forms of the words of dateWord, for a
// look-up without lower-casing.
var titleDates = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range []set{days, months} { // months lists "march" too, as a non-month
		for w := range words {
			if !dateWord(w) {
				continue
			}
			r, n := utf8.DecodeRuneInString(w)
			m[string(unicode.ToUpper(r))+w[n:]] = true
			m[strings.ToUpper(w)] = true
		}
	}
	return m
}()

// orgAfterAnd returns the end of "and"/"&" at token j and the capitalised words after it when
// they end in an organisation word ("World Travel and Tourism Council", "Health and Human
// Services Department"), else j: "Clinton and Trump" stay two names.
func (d *doc) orgAfterAnd(j int) int {
	if j >= len(d.toks) || d.word(j) != "and" && d.word(j) != "&" {
		return j
	}
	e := j + 1
	for e < len(d.toks) && e-j <= 4 && d.isNameWord(e) && !d.toks[e].sentStart {
		e++
	}
	if e == j+1 || !d.has(e-1, fOrgWord) {
		return j
	}
	return e
}

// orgComplement returns the end of the complement that a body's name takes after "for", "of"
// or "on" at token j when the name before ends in a capitalised organisation word: capitalised
// words, "and" between them ("the Institute for Fiscal Studies", "the Center for Strategic and
// International Studies", "the Council on Foreign Relations"); else j.
func (d *doc) orgComplement(j int) int {
	if j < 1 || j+1 >= len(d.toks) || !d.has(j-1, fOrgWord) || !d.toks[j-1].upper {
		return j
	}
	if w := d.word(j); w != "for" && w != "of" && w != "on" || d.dateAt(j+1) {
		return j // "The European Commission on Friday warned"
	}
	e := j + 1
	for e < len(d.toks) && e-j <= 6 && (d.isNameWord(e) && !d.toks[e].sentStart && d.flags[e]&(fPronoun|fFirstM|fFirstF|fTitle) == 0 || d.word(e) == "and" && d.isNameWord(e+1)) {
		e++
	}
	if e == j+1 || d.word(e-1) == "and" {
		return j
	}
	return e
}

// findNames collects the capitalised sequences of the text.
func (d *doc) findNames() {
	for i := 0; i < len(d.toks); {
		if j := d.particleName(i); j > i {
			d.addName(i, j) // "After the attacks, de Blasio said"
			i = j
			continue
		}
		if !d.isNameWord(i) || d.dateBeforeName(i) {
			i++ // "In October Google released": a date opens no name
			continue
		}
		j := i + 1
		for j < len(d.toks) {
			if d.isNameWord(j) && !d.toks[j].sentStart && d.flags[j]&fPronoun == 0 && !(trimPossessive(d.word(j-1)) != d.word(j-1) && d.dateAt(j)) && !d.dateBeforeName(j) { // "in Washington D.C. He recalled", "Trump’s July 25 call"
				j++
				continue
			}
			// particles inside a name: "Charles de Gaulle", "Ursula von der Leyen"
			k := j
			for k < len(d.toks) && k-j < 3 && d.isWord(k) && d.has(k, fParticle) {
				k++
			}
			if k > j && d.isNameWord(k) && !d.toks[k].sentStart {
				j = k + 1
				continue
			}
			if e := d.orgAfterAnd(j); e > j {
				j = e // "the World Travel and Tourism Council"
				continue
			}
			if e := d.orgComplement(j); e > j {
				j = e // "the Institute for Fiscal Studies", "the Council on Foreign Relations"
				continue
			}
			if e := d.officeComplement(j, 2); e > j {
				j = e // "Secretary of State Mike Pompeo": the office and the name after it
				continue
			}
			if e := d.bodyBeforeOffice(j); e > j {
				j = e // "Bank of America Chief Executive Brian Moynihan": the body's name goes on past "of"
				continue
			}
			break
		}
		// a run of capitalised words longer than a name (a headline in title case, hostile
		// input) is cut into names of maxNameWords words
		for ; j-i > maxNameWords; i += maxNameWords {
			d.addName(i, i+maxNameWords)
		}
		d.addName(i, j)
		i = j
	}
}

// particleName returns the end of a name that opens with lower-case particles at token i,
// where no word before them makes them a preposition: after punctuation, at the start of the
// text or after "and", up to two particles and one or two capitalised words, then a verb or an
// auxiliary ("de Blasio said", "and van der Berg has said"); else i.
func (d *doc) particleName(i int) int {
	if !d.isWord(i) || d.toks[i].upper || !d.has(i, fParticle) || d.isWord(i-1) && d.lw(i-1) != "and" && d.lw(i-1) != "et" {
		return i
	}
	k := i
	for k < len(d.toks) && k-i < 2 && d.isWord(k) && !d.toks[k].upper && d.has(k, fParticle) {
		k++
	}
	e := k
	for e < len(d.toks) && e-k < 2 && d.isNameWord(e) && !d.toks[e].sentStart && d.flags[e]&fPronoun == 0 {
		e++
	}
	if e == k || !d.isWord(e) || !d.has(e, fVerb) && !lex().aux[d.lw(e)] {
		return i
	}
	return e
}

// maxNameWords is the most tokens a name mention has, particles and titles included: a
// person's name has at most about 8 ("U.S. District Court Judge Daniel Porter Jordan III"),
// the runs of capitalised words of headlines in title case up to 17 on the dev sets.
const maxNameWords = 16

// bodyBeforeOffice returns j+2 when the name before token j ends in an organisation word and
// "of" at j and a capitalised word after it lead, within three more capitalised words, to a
// capitalised role noun ("Bank of America Chief Executive Brian Moynihan", "University of
// Michigan President Mark Schlissel"), else j: the body, its office and the person are one
// name, which titleLen splits. Bodies with "of" alone ("the United Federation of Teachers")
// stay apart.
func (d *doc) bodyBeforeOffice(j int) int {
	if !d.has(j-1, fOrgWord) || !d.toks[j-1].upper || d.lw(j) != "of" || !d.isNameWord(j+1) || d.toks[j+1].sentStart || d.flags[j+1]&fPronoun != 0 {
		return j
	}
	for k := j + 2; k < len(d.toks) && k <= j+4 && d.isNameWord(k) && !d.toks[k].sentStart; k++ {
		if d.has(k, fRole) && d.isNameWord(k+1) {
			return j + 2
		}
	}
	return j
}

// officePreps open the complement of an office: "Secretary of State", "Ambassador to the United
// Nations", "Secretary of State for Health".
var officePreps = set{"of": true, "to": true, "for": true}

// officeComplement returns the end of "of", "to" or "for" [the] and the capitalised words after
// it when the name that ends at token j ends in a capitalised role noun or title and those words hold a
// person's name after the office's complement ("Secretary of State Mike Pompeo", "Minister of
// Foreign Affairs Sergei Lavrov", "Speaker of the House Rep. Paul Ryan", "Ambassador to the
// United Nations Nikki Haley", "Secretary of State for Health Jane Doe"), else j. It reads at
// most depth complements in a row; the first call passes 2. A person's name is a first name or
// a title after the complement's first word, or two words after a complement of at least
// one; "Secretary of State", "Governor of Arkansas" and "Secretary of State Kerry" stay apart.
func (d *doc) officeComplement(j, depth int) int {
	if !officePreps[d.lw(j)] || !d.isWord(j) || depth <= 0 {
		return j
	}
	// the office ends right before the complement; a second complement follows the first
	if first := depth == 2; first && (!d.has(j-1, fRole|fTitle) || !d.toks[j-1].upper) {
		return j
	}
	k := j + 1
	if d.lw(k) == "the" {
		k++
	}
	e := k
	for e < len(d.toks) && e-k < 8 && d.isNameWord(e) && !d.toks[e].sentStart && d.flags[e]&fPronoun == 0 {
		e++
	}
	for p := k + 1; p < e; p++ {
		if d.has(p, fFirstM|fFirstF|fTitle) {
			return e
		}
	}
	if e-k >= 3 {
		return e
	}
	if e > k && e-j <= 4 && officePreps[d.lw(e)] {
		if f := d.officeComplement(e, depth-1); f > e {
			return f // "Secretary of State for Health Jane Doe": a second complement, then the name
		}
	}
	return j
}

// officeName returns the first token of the person's name in a name [i, j) that holds an
// office with its complement ("U.S. Secretary of State Mike Pompeo": Mike), -1 when the name
// holds none: the first name or title after "of" and its first word, else the last two words.
func (d *doc) officeName(i, j int) int {
	for o := i + 1; o+1 < j; o++ {
		if !officePreps[d.lw(o)] || !d.has(o-1, fRole|fTitle) {
			continue
		}
		for q := o + 2; q+1 < j && d.toks[q].upper; q++ {
			if officePreps[d.lw(q+1)] {
				o = q + 1 // "Secretary of State for Health Jane Doe": the last complement
			}
		}
		k := o + 1
		if d.lw(k) == "the" {
			k++
		}
		for p := k + 1; p < j; p++ {
			if d.has(p, fFirstM|fFirstF|fTitle) {
				for p+1 < j && d.has(p, fTitle) {
					p++ // "Rep. Paul Ryan": the honorific belongs to the title
				}
				return p
			}
		}
		if j-k >= 3 {
			return j - 2
		}
		return -1
	}
	return -1
}

// addName records tokens [i, j) as a name after trimming function words and datelines.
func (d *doc) addName(i, j int) {
	for i < j && d.flags[i]&(fPronoun|fDeterminer|fStopCap) != 0 && !isAcronym(d.word(i)) && !(d.has(i, fParticle) && d.particleName(i) == j) { // "SA", "UN": acronyms, not "sa", "un"; "de Blasio said" keeps its particle
		if j-i == 1 && d.flags[i]&(fPronoun|fDeterminer) == 0 && d.surnameBeforeCue(i) {
			break // "“…,” Read said"
		}
		i++
	}
	if i >= j || d.isDateline(i, j) {
		return
	}
	if j-i == 1 && d.toks[i].sentStart && !isAcronym(d.word(i)) && d.isWord(j) && !d.toks[j].upper && d.has(j, fRole) && d.isNameWord(j+1) {
		return // "Republican leader Mitch McConnell", "French president Emmanuel Macron": a modifier of the role
	}
	if j-i >= 3 && d.isComplementStart(i) && !d.has(j-1, fOrgWord) && !d.outletName(i, j) && !d.englishProperNoun(i) &&
		(!isAcronym(d.word(i)) || len(d.word(i)) > 2 || d.personWordIn(i+1, j) && !d.officeAt(i+1)) { // "the World Health Organization", "The San Francisco Chronicle", "UK Power Networks", "US President Donald Trump" stay one
		// "ministre du Travail Muriel Pénicaud", "la CGT Philippe Martinez": the first word
		// names an institution, the rest the person
		d.addName(i, i+1)
		i++
		for i < j && !d.toks[i].upper {
			i++ // "Université de Tasmanie": no name starts with its particle
		}
		if i >= j {
			return
		}
	}
	if d.onlyRoleWords(i, j) {
		return // "said the Prime Minister", "the Deputy Prime Minister": a role, read as a description
	}
	if k := d.firstNameAfter(i, j); k > i {
		// "envoy to Ukraine Kurt Volker", "des Républicains Eric Ciotti": a place or body
		// before a person's first name is a name of its own
		d.addName(i, k)
		i = k
	}
	m := nameMention{t0: i, t1: j, outlet: -1, title: d.titleLen(i, j)}
	if i+m.title < j {
		w0 := len(d.wordBuf)
		for k := i + m.title; k < j; k++ {
			w := d.word(k)
			if k == j-1 {
				w = trimPossessive(w) // "Mr Blair's decision": the name is Blair
			}
			d.wordBuf = append(d.wordBuf, w)
		}
		m.words = d.wordBuf[w0:len(d.wordBuf):len(d.wordBuf)]
	}
	if len(m.words) == 0 {
		return
	}
	if len(m.words) == 1 && d.toks[i].sentStart && m.title == 0 && d.flags[i]&(fFirstM|fFirstF) == 0 {
		// the first word of a sentence is not a name by itself; it may still be a known outlet
		if !d.isOutletPhrase(m.words[0]) {
			d.initial = append(d.initial, i)
			return
		}
	}
	// an elided article glued before a title ("l’Ayatollah") belongs to the mention span
	if m.title > 0 && i > 0 && d.isWord(i-1) && isElision(strings.TrimRight(d.word(i-1), "'’")) && d.toks[i-1].e == d.toks[i].s {
		m.t0--
		m.title++
	}
	d.classify(&m)
	n := len(d.names)
	d.names = append(d.names, m)
	for k := m.t0; k < m.t1; k++ {
		d.nameAt[k] = n
	}
}

// firstNameAfter returns the token of a first name inside the capitalised run [i, j) that
// opens a person's name of at least two words, after words that are neither first names nor
// titles and that name a place or a body: two words or more ("Media Research Center's Dan
// Gainor"), a possessive ("ABC's George Stephanopoulos"), a hyphenated word
// ("Bouches-du-Rhône Michel Amiel"), a place or organisation word, a word of the stop list, or
// a word after a preposition ("envoy to Ukraine Kurt Volker"); else i. A run that opens with a
// first name or a title stays whole ("Martin Luther King", "Senator John Smith"), and so does
// one word before a first name otherwise ("Billie Jean King").
func (d *doc) firstNameAfter(i, j int) int {
	if d.has(i, fFirstM|fFirstF|fTitle|fRole) || isAcronym(d.word(i)) {
		return i
	}
	for k := i + 1; k < j-1; k++ {
		if d.has(k, fTitle|fRole) {
			return i // "Bank of America Chief Executive Brian Moynihan": titleLen splits it
		}
		if !d.has(k, fFirstM|fFirstF) && !d.hyphenatedFirst(k) || !d.toks[k].upper {
			continue
		}
		w := d.word(k - 1)
		if k-i >= 2 || isPossessive(w) || strings.Contains(w, "-") || d.has(i, fPlace|fOrgWord|fStopCap) || d.has(i-1, fPrep) && !d.toks[i].sentStart {
			return k
		}
		return i
	}
	return i
}

// hyphenatedFirst reports whether token k is a compound first name whose first part is a
// first name of the lexicon ("Pierre-Antoine", "Jean-Luc", "Marie-Hélène").
func (d *doc) hyphenatedFirst(k int) bool {
	w := d.lower(d.word(k))
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return false
	}
	l := lex()
	return l.firstM[w[:i]] || l.firstF[w[:i]]
}

// officeAt reports whether token k is a title or role that is no honorific: "President" in
// "US President Donald Trump" (one name), not "M." in "RTL M. Larcher" (two).
func (d *doc) officeAt(k int) bool {
	l := lex()
	w := d.lw(k)
	return d.has(k, fTitle|fRole) && !l.maleTitles[w] && !l.femaleTitles[w]
}

// personWordIn reports whether a first name or a title lies in tokens [i, j).
func (d *doc) personWordIn(i, j int) bool {
	for k := i; k < j; k++ {
		if d.has(k, fFirstM|fFirstF|fTitle) {
			return true
		}
	}
	return false
}

// onlyRoleWords reports whether tokens [i, j) are all role nouns, titles or rank words, the
// last a role noun ("Prime Minister", "Deputy Prime Minister", "Secretary of State"): a
// capitalised office names no one by itself.
func (d *doc) onlyRoleWords(i, j int) bool {
	if !d.has(j-1, fRole) {
		return false
	}
	l := lex()
	for k := i; k < j; k++ {
		if w := d.lower(d.word(k)); !d.has(k, fRole|fTitle) && !l.rankWords[w] && w != "of" && w != "prime" && w != "general" {
			return false
		}
	}
	return true
}

// titleLen gives the number of tokens of the name [i, j) that are a title rather than the
// name: a run of honorifics ("Mr", "President"), or, in English capitalisation, a capitalised
// role phrase ending in a role noun and followed by a person name ("Senate Majority Leader
// Chuck Schumer", "Former Treasury Secretary Lawrence Summers", "Fed Chair Jerome Powell").
// The person name after a role phrase must start with a first name or have two words, with no
// first name inside the phrase ("Martin Luther King Jr." keeps its "King") and no organisation
// word after it.
func (d *doc) titleLen(i, j int) int {
	if p := d.officeName(i, j); p > i {
		return p - i
	}
	n := 0
	for k := i; k+1 < j && d.flags[k]&fTitle != 0; k++ {
		n++
	}
	k := j - 2
	for k >= i+n && !d.has(k, fTitle|fRole) {
		k--
	}
	if k < i+n {
		return n
	}
	for t := i + n; t < k; t++ {
		if d.has(t, fFirstM|fFirstF) {
			return n
		}
	}
	for t := k + 1; t < j; t++ {
		if d.has(t, fOrgWord) {
			return n
		}
	}
	if j-k-1 < 2 && !d.has(k+1, fFirstM|fFirstF) {
		return n
	}
	return k + 1 - i
}

// englishProperNoun reports whether the capitalised sequence at token i follows English "the"
// or "of" and starts with neither an acronym nor a person (a title or a first name after
// the first word): "the Oklahoma City Thunder" is one name, "the FBI Director James Comey" two.
func (d *doc) englishProperNoun(i int) bool {
	if !d.isWord(i - 1) {
		return false
	}
	if w := d.lw(i - 1); w != "the" && w != "of" {
		return false
	}
	return !isAcronym(d.word(i)) && !d.has(i+1, fTitle|fFirstM|fFirstF)
}

// outletName reports whether tokens [i, j) name an outlet of the directory.
func (d *doc) outletName(i, j int) bool {
	if len(dir().phrases(d.word(i))) == 0 {
		return false
	}
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, d.word(k))
	}
	return dir().byWords(words) >= 0
}

// isComplementStart reports whether the capitalised word at i complements a noun before it
// ("du Travail", "de la Santé", "of Defense") or is an acronym, and is no first name.
func (d *doc) isComplementStart(i int) bool {
	if d.has(i, fFirstM|fFirstF|fTitle) {
		return false
	}
	if isAcronym(d.word(i)) {
		return true
	}
	if !d.isWord(i - 1) {
		return false
	}
	switch d.lw(i - 1) {
	case "du", "de", "des", "la", "l'", "d'", "au", "aux", "of", "the", "à":
		return true
	}
	return false
}

func (d *doc) isOutletPhrase(w string) bool {
	for _, p := range dir().phrases(w) {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// isDateline reports whether [i, j) is an all-caps place or byline at a paragraph start:
// "MOSCOW (Reuters) -", "By GILLIAN MOHNEY".
func (d *doc) isDateline(i, j int) bool {
	for k := i; k < j; k++ {
		w := d.word(k)
		if !allCaps(w) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	if j-i >= 3 {
		return true // an all-caps heading: "RÉFÉRENDUM SUR LA RÉDUCTION DU NOMBRE DE PARLEMENTAIRES"
	}
	paraStart := i == 0 || d.toks[i-1].kind == tokPara || d.isWord(i-1) && d.lw(i-1) == "by"
	return paraStart && (j-i >= 2 || d.isPunct(j, "(") || d.isPunct(j, "-") || d.isPunct(j, "—") || d.isPunct(j, ","))
}

// classify sets the kind, gender and outlet of a name.
func (d *doc) classify(m *nameMention) {
	l := lex()
	if len(dir().phrases(m.words[0])) > 0 {
		if i := dir().byWords(m.words); i >= 0 {
			m.kind, m.outlet = KindOutlet, i
			return
		}
	}
	for k := m.t0; k < m.t0+m.title; k++ {
		w := d.lw(k)
		if l.femaleTitles[w] {
			m.gender = Female
		} else if l.maleTitles[w] {
			m.gender = Male
		}
	}
	for k := m.t0 + m.title; k < m.t1; k++ {
		if d.flags[k]&fOrgWord != 0 {
			m.kind = KindOrganisation
			return
		}
	}
	if len(m.words) == 1 && isAcronym(m.words[0]) || m.title == 0 && onlyInitials(m.words) {
		m.kind = KindOrganisation // "NATO", and "U.S.", "U.N." read as the initials "U." "S."
		return
	}
	first := m.t0 + m.title
	if m.title == 0 && len(m.words) >= 2 && (d.flags[m.t1-1]|d.flags[first])&fPlace != 0 || m.title == 1 && d.flags[m.t0]&fPlace != 0 {
		return // a place: "Middle East", "West Bank", "Lake Geneva", "St. Louis"
	}
	switch {
	case d.flags[first]&fFirstM != 0:
		m.gender, m.kind = Male, KindPerson
	case d.flags[first]&fFirstF != 0:
		m.gender, m.kind = Female, KindPerson
	case m.title > 0 || len(m.words) >= 2:
		m.kind = KindPerson
	}
}

// onlyInitials reports whether every word is one capital letter and a period ("U." "S."): an
// abbreviation such as "U.S." or "U.N.", no person's name.
func onlyInitials(words []string) bool {
	for _, w := range words {
		if len(w) != 2 || w[1] != '.' || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return len(words) > 0
}

// isAcronym reports whether w has at least two letters and no lower-case one ("NATO", "U.S.";
// not "C'" of "C'était").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && allCaps(w)
}

// allCaps reports whether w has a letter and no lower-case letter.
func allCaps(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// buildEntities groups name mentions into entities: people by surname (the last word), other
// names by their whole folded text. The canonical name is the longest one.
func (d *doc) buildEntities() {
	d.byKey = d.bufs.byKey
	if d.byKey == nil {
		d.byKey = make(map[string]int, len(d.names)/4) // a name is mentioned several times
	}
	d.entOf = intsBuf(&d.bufs.entOf, len(d.names))
	var buf [64]byte
	for n := range d.names {
		m := &d.names[n]
		var key string
		var kb []byte // the key when it is made in buf: a string only when an entity keeps it
		switch {
		case m.outlet >= 0:
			key = dir().keys[m.outlet]
		case m.kind != KindPerson && m.kind != KindUnknown:
			b := append(append(buf[:0], m.kind.String()...), ':')
			if b, ascii := appendFoldWords(b, m.words); ascii {
				kb = b
			} else {
				key = m.kind.String() + ":" + foldName(strings.Join(m.words, " "))
			}
		default:
			key = d.lower(trimPossessive(d.word(m.t1 - 1))) // "Mr Blair's" is Blair
		}
		var e int
		var ok bool
		if kb != nil {
			e, ok = d.byKey[string(kb)]
		} else {
			e, ok = d.byKey[key]
		}
		if kb != nil && (!ok || !compatibleFirst(d.ents[e], m)) {
			key = string(kb)
		}
		if ok && !compatibleFirst(d.ents[e], m) {
			ok = false
			key += "#" + strings.Join(m.words, " ")
			e, ok = d.byKey[key]
		}
		if !ok {
			e = len(d.ents)
			d.ents = append(d.ents, d.newEntity(Entity{key: key, Kind: m.kind}))
			d.byKey[key] = e
		}
		d.entOf[n] = e
		d.joinName(d.ents[e], m)
	}
	d.addNameMentions()
	d.mergeFirstNames()
	d.collectRoles()
}

// mergeFirstNames joins a person named by a single word that is the first name of a longer
// person name ("Ursula" after "Ursula von der Leyen") to that person, when the single word is
// no surname of its own.
func (d *doc) mergeFirstNames() {
	first := map[string]int{}
	for e, ent := range d.ents {
		if ent.Kind == KindPerson && ent.nameLen >= 2 {
			f, _, _ := strings.Cut(ent.Name, " ")
			if _, dup := first[f]; !dup {
				first[f] = e
			}
		}
	}
	for n, m := range d.names {
		if len(m.words) != 1 {
			continue
		}
		if e, ok := first[m.words[0]]; ok && d.entOf[n] != e && d.ents[d.entOf[n]].nameLen == 1 {
			old := d.ents[d.entOf[n]]
			d.ents[e].Mentions = append(d.ents[e].Mentions, d.span(m.t0, m.t1))
			old.Kind = KindUnknown
			d.entOf[n] = e
		}
	}
}

func compatibleFirst(e *Entity, m *nameMention) bool {
	if len(m.words) < 2 || e.nameLen < 2 {
		return true
	}
	return prefixNoAccent(e.Name, m.words[0]) || strings.Contains(e.Name, " "+m.words[0]+" ")
}

// prefixNoAccent reports whether s begins with p, a capital with or without its accent
// matching the other ("Edouard Philippe" and "Édouard Philippe" are one person: French
// capitals often lose their accents).
func prefixNoAccent(s, p string) bool {
	if strings.HasPrefix(s, p) {
		return true
	}
	for _, pr := range p {
		sr, n := utf8.DecodeRuneInString(s)
		if n == 0 || sr != pr && unaccented(sr) != unaccented(pr) {
			return false
		}
		s = s[n:]
	}
	return true
}

// unaccented maps an accented Latin capital to its base letter ("É" → "E").
func unaccented(r rune) rune {
	switch r {
	case 'À', 'Â', 'Ä':
		return 'A'
	case 'É', 'È', 'Ê', 'Ë':
		return 'E'
	case 'Î', 'Ï':
		return 'I'
	case 'Ô', 'Ö':
		return 'O'
	case 'Ù', 'Û', 'Ü':
		return 'U'
	case 'Ç':
		return 'C'
	}
	return r
}

// newEntity returns a copy of e that lives in a chunk of the doc's entities, sparing an
// allocation per entity.
func (d *doc) newEntity(e Entity) *Entity {
	if len(d.entChunk) == cap(d.entChunk) {
		d.entChunk = make([]Entity, 0, 8) // small chunks: little is left unused in a short text
	}
	d.entChunk = append(d.entChunk, e)
	return &d.entChunk[len(d.entChunk)-1]
}

// addNameMentions gives each entity the spans of its name mentions, in text order, in one
// array cut to the size of each.
func (d *doc) addNameMentions() {
	count := make([]int, len(d.ents))
	for _, e := range d.entOf {
		count[e]++
	}
	all := make([]article.Span, len(d.entOf))
	off := 0
	for e, ent := range d.ents {
		ent.Mentions = all[off : off : off+count[e]]
		off += count[e]
	}
	for n, e := range d.entOf {
		m := &d.names[n]
		d.ents[e].Mentions = append(d.ents[e].Mentions, d.span(m.t0, m.t1))
	}
}

// joinName adds the name mention m to entity e (its span is added by addNameMentions).
func (d *doc) joinName(e *Entity, m *nameMention) {
	if len(m.words) >= e.nameLen {
		name := trimPossessive(d.text[d.toks[m.t0+m.title].s:d.toks[m.t1-1].e])
		if len(m.words) > e.nameLen || nonASCII(name) > nonASCII(e.Name) {
			e.Name, e.nameLen = joinFields(name), len(m.words)
		}
	}
	if e.Kind == KindUnknown || m.kind == KindPerson && e.Kind != KindOutlet {
		if m.kind != KindUnknown {
			e.Kind = m.kind
		}
	}
	if e.Gender == GenderUnknown {
		e.Gender = m.gender
	}
	if m.outlet >= 0 && e.Outlet == nil {
		o := dir().outlets[m.outlet]
		e.Outlet = &o
		e.Name = o.Name
	}
}

// joinFields is strings.Join(strings.Fields(s), " "); s itself when it is so already, as a
// name printed with single spaces is.
func joinFields(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += n
			continue
		}
		if c != ' ' && asciiSpace(c) || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		i++
	}
	return s
}

func asciiSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' }

// collectRoles attaches appositions to names: "ROLE, NAME," and "NAME, ROLE,".
func (d *doc) collectRoles() {
	for n, m := range d.names {
		if m.kind != KindPerson && (d.isComplementStart(m.t0) || d.has(m.t0-1, fPrep)) {
			continue // "de la Défense", "du Travail": a complement, not a person
		}
		e := d.ents[d.entOf[n]]
		if r, ok := d.roleBefore(m.t0); ok {
			addRole(e, r)
		}
		if r, ok := d.roleAfter(m.t1); ok {
			addRole(e, r)
		}
		if e.Gender == GenderUnknown && e.Kind == KindPerson {
			e.Gender = roleWordGender(e.Roles)
		}
		// a role written as a title inside the name: "Senate Majority Leader Chuck Schumer"
		if r, ok := d.titleRole(&m); ok {
			addRole(e, r)
		}
	}
}

// maxRoles is the most roles an entity keeps: an article gives a person a few (6 at most on
// the dev sets), and thousands of appositions to one name would make every role phrase look
// through them all.
const maxRoles = 16

func addRole(e *Entity, r string) {
	if len(e.Roles) >= maxRoles {
		return
	}
	for _, x := range e.Roles {
		if x == r {
			return
		}
	}
	e.Roles = append(e.Roles, r)
	if e.Kind == KindUnknown {
		e.Kind = KindPerson
	}
}

// titleRole gives the title of a name mention as a role when a role noun heads it ("Senate
// Majority Leader", "Secretary of State"); honorifics alone ("Mr", "Dr") are none.
func (d *doc) titleRole(m *nameMention) (string, bool) {
	t0, t1 := m.t0, m.t0+m.title
	if t0 < t1 && !d.toks[t0].upper && d.toks[t0].e == d.toks[t0+1].s {
		t0++ // the elided article of "l’Ayatollah"
	}
	if t0 >= t1 {
		return "", false
	}
	if !d.has(t1-1, fRole) && d.officeName(m.t0, m.t1) < 0 {
		return "", false // an office with its complement ends in no role noun: "secretary of state"
	}
	return d.roleText(t0, t1), true
}

// roleBefore finds "le vice-ministre russe de la Défense, " ending just before token t.
func (d *doc) roleBefore(t int) (string, bool) {
	end := t - 1
	if !d.isPunct(t-1, ",") {
		if !d.isWord(t-1) || d.toks[t-1].upper && !d.isComplementStart(t-1) {
			return "", false
		}
		end = t
		if d.nameAt[t-1] >= 0 { // "du Travail Muriel Pénicaud": keep the complement
			end = t
		}
	}
	start := end
	for start > 0 && end-start < 14 && d.toks[start-1].kind == tokWord && !d.toks[start].sentStart {
		if end == t && d.roleStop(start-1) && !(frOf[d.lw(start-1)] && d.complementBefore(start, t)) {
			break // "the prime minister should sack Mr Brown", "the prime minister and Mr Brown"
		}
		start--
	}
	if d.toks[start].kind != tokWord {
		start++
	}
	return d.roleIn(start, end)
}

// complementBefore reports whether tokens [start, t) before a name hold a word that is no
// determiner: after "de" they are the complement of a role before the name ("le ministre de
// l'Éducation Jean-Michel Blanquer"), not the article of the name ("conseiller de l'ayatollah
// Ali Khamenei").
func (d *doc) complementBefore(start, t int) bool {
	for k := start; k < t; k++ {
		if d.isWord(k) && !d.has(k, fDeterminer) {
			return true
		}
	}
	return false
}

// roleStop reports whether token k ends a role written before a name without a comma: an
// auxiliary or modal, a reporting verb, a pronoun or a conjunction cannot sit inside it.
func (d *doc) roleStop(k int) bool {
	if d.has(k, fVerb|fPronoun) {
		return true
	}
	switch w := d.lw(k); w {
	case "and", "or", "nor", "but", "et", "ou", "mais", "ni":
		return true
	default:
		return lex().aux[w]
	}
}

// roleAfter finds ", a doctor," or ", président du Parlement," starting at token t.
func (d *doc) roleAfter(t int) (string, bool) {
	if !d.isPunct(t, ",") {
		return "", false
	}
	start := t + 1
	end := start
	for end < len(d.toks) && end-start < 14 && d.toks[end].kind == tokWord {
		end++
	}
	if end == start || !(d.isPunct(end, ",") || d.isPunct(end, ".") || d.isWord(end)) {
		return "", false
	}
	if d.isWord(end) {
		return "", false // "Smith, who said" or a list of names: not an apposition
	}
	i := start
	if d.has(i, fDeterminer) {
		i++
	}
	if i < end && d.isRoleHead(i, end) {
		return d.roleText(i, end), true
	}
	return "", false
}

// roleIn picks, in tokens [start, end), the rightmost determiner whose noun phrase is headed
// by a role noun, and returns that phrase without the determiner.
func (d *doc) roleIn(start, end int) (string, bool) {
	for k := end - 1; k >= start; k-- {
		if d.finiteLooking(k) {
			return "", false // "si son mari redevenait ministre, Séverine …": a clause, no role
		}
		w := d.lw(k)
		if !(d.has(k, fDeterminer) || w == "du" || w == "au" || w == "of") { // fDeterminer: lexicon determiners
			if k == start && d.isRoleHead(k, end) {
				return d.roleText(k, end), true
			}
			continue
		}
		if k+1 < end && d.isRoleHead(k+1, end) {
			return d.roleText(k+1, end), true
		}
	}
	return "", false
}

// finiteLooking reports whether the lower-case word at token k has the ending of a French
// imperfect or conditional verb ("redevenait", "seraient"), which no role phrase holds.
func (d *doc) finiteLooking(k int) bool {
	if d.toks[k].upper {
		return false
	}
	w := d.lw(k)
	return len(w) > 4 && (strings.HasSuffix(w, "ait") || strings.HasSuffix(w, "aient"))
}

// isRoleHead reports whether the phrase at token i starts with a role noun, possibly after one
// or two adjectives or a capitalised party or country ("Labour MP", "haut responsable").
func (d *doc) isRoleHead(i, end int) bool {
	for k := i; k < end && k < i+3; k++ {
		if d.has(k, fRole) {
			return true
		}
		if d.has(k, fParticle) || d.lw(k) == "of" {
			return false
		}
	}
	return false
}

func (d *doc) roleText(i, end int) string {
	return d.lower(strings.TrimSpace(d.text[d.toks[i].s:d.toks[end-1].e]))
}

// addInitialNames accepts a held-back sentence-initial word as a name when the text also
// names it elsewhere ("Clinton" mid-sentence) or when a verb or auxiliary follows it
// ("Graham said", "Hayek confirmed").
func (d *doc) addInitialNames() {
	if len(d.initial) == 0 {
		return
	}
	known := d.bufs.known
	if known == nil {
		known = make(map[string]bool, len(d.wordBuf))
		d.bufs.known = known
	}
	defer clear(known)
	for _, m := range d.names {
		for _, w := range m.words {
			known[w] = true
		}
	}
	l := lex()
	for _, i := range d.initial {
		w := d.word(i)
		next := ""
		if d.isWord(i + 1) {
			next = d.lw(i + 1)
		}
		if known[w] || l.verbs[next] != "" || (l.aux[next] && next != "a" && next != "de") || d.pastAfterSurname(i) || d.asideAfterSurname(i) ||
			raisingVerbs[next] && d.lw(i) == noWord && d.isWord(i+2) && d.lw(i+2) == "to" && d.has(i+3, fVerb) { // "Rubio seemed to urge"
			d.addHeld(i)
		}
	}
	sortNames(d)
}

// raisingVerbs are the forms of "seem" and "appear" before "to" and a verb of saying.
var raisingVerbs = set{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true}

// pastAfterSurname reports whether the capitalised word at token i, which opens its sentence,
// is a singular word of no lexicon list followed by an English past tense and "and" and a
// reporting verb: "Smith smiled and said that…". The past tense alone proves nothing ("Police
// arrested"), the coordinated verb of saying does.
func (d *doc) pastAfterSurname(i int) bool {
	w := d.lw(i)
	if w != noWord || strings.HasSuffix(d.word(i), "s") || !d.isWord(i+2) || !d.isWord(i+3) {
		return false
	}
	next := d.lower(d.word(i + 1))
	return strings.HasSuffix(next, "ed") && d.lw(i+2) == "and" && d.has(i+3, fVerb)
}

// asideAfterSurname reports whether the capitalised word at token i, which opens its sentence
// and is a word of no lexicon list, is followed by an aside set off by commas that describes a
// person: a relative clause ("Levine, who gave money to Rubio, said"), a participle phrase
// ("Johnson, speaking to reporters, said"), an adverb of contrast ("Jones, however, was"), an
// age ("Levine, 63, said") or an apposition with an article that a verb follows ("Levine, a
// longtime donor, said"; "Obama, the president, said"; "Dupont, un élu local, a dit"). Such a
// word is a surname.
func (d *doc) asideAfterSurname(i int) bool {
	if d.lw(i) != noWord || !d.isPunct(i+1, ",") || !d.isWord(i+2) {
		return false
	}
	switch w := d.lw(i + 2); w {
	case "who", "whose", "qui", "dont", "however", "though", "meanwhile", "too", "also", "cependant", "toutefois", "pourtant":
		return true // "Jones, however, was not convinced"
	case "a", "an", "un", "une", "the", "le", "la":
		for k := i + 3; k < len(d.toks) && k < i+16 && d.sent[k] == d.sent[i]; k++ {
			if d.isPunct(k, ",") {
				return d.isWord(k+1) && (d.has(k+1, fVerb) || lex().aux[d.lw(k+1)])
			}
		}
	default:
		if strings.HasSuffix(w, "ing") && !d.toks[i+2].upper && len(w) > 5 {
			return true // "Johnson, speaking to reporters, said"
		}
		return w != "" && w[0] >= '1' && w[0] <= '9' && len(w) <= 3 && d.isPunct(i+3, ",")
	}
	return false
}

// surnameBeforeCue reports whether the capitalised word at token i, not at a sentence start,
// stands right before a verb of saying: a surname even when it is a word of the stop list
// ("“…,” Read said", beside "Read more").
func (d *doc) surnameBeforeCue(i int) bool {
	return !d.toks[i].sentStart && d.has(i+1, fVerb)
}

// addHeld records the single word at token i as a name.
func (d *doc) addHeld(i int) {
	m := nameMention{t0: i, t1: i + 1, outlet: -1, words: []string{d.word(i)}}
	d.classify(&m)
	d.names = append(d.names, m)
}

// sortNames restores text order after addInitialNames and rebuilds nameAt.
func sortNames(d *doc) {
	slices.SortFunc(d.names, func(a, b nameMention) int { return cmp.Compare(a.t0, b.t0) })
	for k := range d.nameAt {
		d.nameAt[k] = -1
	}
	for n, m := range d.names {
		for k := m.t0; k < m.t1; k++ {
			d.nameAt[k] = n
		}
	}
}

func nonASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	return n
}

// roleWordGender is the gender given by the first gendered role noun of roles ("député
// socialiste" → Male), before any complement.
func roleWordGender(roles []string) Gender {
	for _, r := range roles {
		for _, w := range strings.Fields(r) {
			g, end := roleWordGenderOf(w)
			if g != GenderUnknown {
				return g
			}
			if end {
				break
			}
		}
	}
	return GenderUnknown
}

// roleWordGenderOf is the gender that the lower-case role word w gives; end reports a
// preposition that opens the role's complement, after which no word counts ("député de …").
func roleWordGenderOf(w string) (g Gender, end bool) {
	l := lex()
	switch {
	case w == "of" || w == "de" || w == "du" || w == "des":
		return GenderUnknown, true
	case l.rolesM[w]:
		return Male, false
	case l.rolesF[w]:
		return Female, false
	}
	return GenderUnknown, false
}
