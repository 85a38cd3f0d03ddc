package attribution

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/quotecheck/quotecheck/internal/bloom"
	"github.com/quotecheck/quotecheck/lang"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/lexicon.txt
var lexiconTxt string

//go:embed data/verbs.txt
var verbsTxt string

// lexicon holds the word lists of data/lexicon.txt and data/verbs.txt, folded to lower case.
type lexicon struct {
	titles, femaleTitles, maleTitles set
	particles                        set
	pronM, pronF, pronP, pronN       set
	pronAll                          set // the four pronoun sets together
	determiners, aux                 set
	according                        set
	orgWords, genericRoles           set
	rankWords                        set // "deputy", "former": words that make another office of a role
	placeWords                       set // "East", "Lake": words that make a name a place
	roles, stopCaps                  set
	firstM, firstF                   set
	personNouns                      set               // heads of descriptions that can speak: "crowd", "riverains"
	bodyNouns                        set               // nouns that refer back to a named body: "the company", "la société"
	rolesM, rolesF                   set               // gendered role nouns: "député", "spokeswoman"
	verbs                            map[string]string // inflected form → lemma
	// dataVerbs are the third-person forms of the French reporting verbs of lang/data that
	// verbs.txt lacks ("peste", "fustige"): kept apart from the word flags, read where a verb
	// ends a subject phrase (isVerbForm)
	dataVerbs   map[string]string
	told        set // verbs whose object is the hearer ("told", "a déclaré à")
	titleDotLen int // the byte length of the longest title with a final dot ("prof.")
}

type set map[string]bool

var lex = sync.OnceValue(loadLexicon)

func loadLexicon() *lexicon {
	sec := parseSections(lexiconTxt)
	l := &lexicon{
		titles: sec["titles"], femaleTitles: sec["female_titles"], maleTitles: sec["male_titles"],
		particles: sec["particles"], pronM: sec["pronouns_m"], pronF: sec["pronouns_f"],
		pronP: sec["pronouns_p"], pronN: sec["pronouns_n"], determiners: sec["determiners"],
		aux: sec["aux"], according: sec["according"], orgWords: sec["orgwords"],
		genericRoles: sec["generic_roles"], rankWords: sec["rank_words"], placeWords: sec["placewords"], roles: sec["roles"], stopCaps: sec["stopcaps"], firstM: sec["first_m"], firstF: sec["first_f"],
		personNouns: sec["person_nouns"], bodyNouns: sec["body_nouns"], rolesM: sec["roles_m"], rolesF: sec["roles_f"],
		verbs: map[string]string{}, dataVerbs: map[string]string{}, told: set{},
	}
	l.pronAll = set{}
	for _, s := range []set{l.pronM, l.pronF, l.pronP, l.pronN} {
		for w := range s {
			l.pronAll[w] = true
		}
	}
	vs := parseSectionLines(verbsTxt)
	for _, line := range vs["verbs"] {
		f := strings.Fields(line)
		for _, form := range f[1:] {
			l.verbs[form] = f[0]
		}
		l.verbs[f[0]] = f[0]
	}
	// the French reporting verbs of the language data (lang/data), in the forms of
	// thirdPersonForm ("peste", "embraye", "fustige"), after those of verbs.txt
	for _, code := range [...]string{"fr"} {
		lg, ok := lang.Get(code)
		if !ok {
			continue
		}
		for _, lemma := range lg.Lemmas() {
			for _, form := range append(lang.Inflect(code, lemma), lemma) {
				if _, dup := l.verbs[form]; dup || form == lemma || !thirdPersonForm(form) || prepositions[form] || l.stopCaps[form] {
					continue // "relations" is a noun, not "nous relations"; "commenter", "analyses" are English words; "entre", "contre" prepositions
				}
				if lm, ok := lg.Verb(form); ok && lm == lemma {
					l.dataVerbs[form] = lemma
				}
			}
		}
	}
	for _, line := range vs["hearer"] {
		l.told[line] = true
	}
	for t := range l.titles {
		if strings.HasSuffix(t, ".") {
			l.titleDotLen = max(l.titleDotLen, len(t))
		}
	}
	return l
}

func parseSections(txt string) map[string]set {
	out := map[string]set{}
	for name, lines := range parseSectionLines(txt) {
		s := set{}
		for _, l := range lines {
			s[l] = true
		}
		out[name] = s
	}
	return out
}

func parseSectionLines(txt string) map[string][]string {
	out := map[string][]string{}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(txt))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[' && strings.HasSuffix(line, "]"):
			cur = line[1 : len(line)-1]
		default:
			out[cur] = append(out[cur], strings.ToLower(strings.ReplaceAll(line, "’", "'")))
		}
	}
	return out
}

// lower folds a word for the lexicon: lower case, curly apostrophe to straight.
func lower(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// isPronoun reports whether the lower-cased word w is a pronoun of the lexicon.
func (l *lexicon) isPronoun(w string) bool { return l.pronAll[w] }

// interned holds every word the rules compare lower-cased tokens with, so foldWord can return
// a shared string instead of allocating one per capitalised token.
var interned = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(w string) {
		for _, f := range strings.Fields(w) {
			m[f] = f
			if strings.Contains(f, "'") {
				m[strings.ReplaceAll(f, "'", "’")] = f
			}
		}
	}
	l := lex()
	for _, s := range []set{l.titles, l.femaleTitles, l.maleTitles, l.particles, l.pronM, l.pronF, l.pronP, l.pronN,
		l.determiners, l.aux, l.according, l.orgWords, l.genericRoles, l.roles, l.stopCaps, l.firstM, l.firstF, l.told, l.personNouns, l.rolesM, l.rolesF, l.placeWords,
		clauseWords, prepositions, citeBefore, hearBefore, creditWords, documentNouns, documentCues,
		// the sets whose words open a sentence, so lw must know them capitalised ("Half believe",
		// "Beaucoup estiment", "Among voters", "Thousands of"); a set left out here never
		// matches a capitalised token
		subjectQuantifiers, loneQuantifiers, approximators, participleOpeners, catenatives, days, coordinators} {
		for w := range s {
			add(w)
		}
	}
	for w := range l.verbs {
		add(w)
	}
	for _, w := range chainWords {
		add(w)
	}
	return m
})

// isVerbForm reports whether the folded word w is a form of a reporting verb, of verbs.txt or
// of the language data.
func (l *lexicon) isVerbForm(w string) bool { return l.verbs[w] != "" || l.dataVerbs[w] != "" }

// thirdPersonForm reports whether the French verb form f is one that news writes of someone:
// a participle ("martelé", "affirmant") or a third person of the present ("peste",
// "embraye", "fustigent", "dit"), not an infinitive, a second person, a first or second
// plural, whose forms also spell English words ("commenter", "analyses", "relations"), nor
// another tense.
func thirdPersonForm(f string) bool {
	for _, suf := range [...]string{"er", "ir", "re", "es", "ons", "ez", "era", "ira", "rait", "raient", "rent", "ât", "ît", "ût"} {
		if strings.HasSuffix(f, suf) {
			return false // and no future, conditional or past historic: news reports in the present and perfect
		}
	}
	for _, suf := range [...]string{"e", "ent", "é", "ée", "ant", "it", "t", "d"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// noWord is the folded form of a capitalised word that no rule compares with.
const noWord = "\x00"

// foldEntry is what foldWordFlags gives for a key: the folded word and its word flags.
type foldEntry struct {
	fold     string
	flags    uint16
	interned bool // the key is a word of interned(), not only of wordFlags()
}

// foldTab maps every word of interned() and wordFlags() to its folded form and flags, so a
// token is folded and flagged with one map look-up; a Bloom filter answers most words of no
// list without hashing them in full.
type foldTab struct {
	m     map[string]foldEntry
	bloom bloom.Filter
}

func (t *foldTab) get(k string) (foldEntry, bool) {
	if !t.bloom.MayHold(k) {
		return foldEntry{}, false
	}
	e, ok := t.m[k]
	return e, ok
}

var foldTable = sync.OnceValue(func() *foldTab {
	wf := wordFlags()
	t := &foldTab{m: make(map[string]foldEntry, len(interned())+len(wf))}
	for k, v := range interned() {
		t.m[k] = foldEntry{fold: v, flags: wf[v], interned: true}
	}
	for k, f := range wf {
		if _, ok := t.m[k]; !ok {
			t.m[k] = foldEntry{fold: k, flags: f}
		}
	}
	for k := range t.m {
		t.bloom.Add(k)
	}
	return t
})

// foldWordFlags lower-cases a token for the lexicon without allocating and returns its word
// flags: a word already in lower case is returned as is, another one as the interned lexicon
// word, or noWord.
// A folded word that is no lexicon word and differs from w is written into *arena.
func foldWordFlags(w string, arena *[]byte) (string, uint16) {
	return foldWordFlagsIn(foldTable(), w, arena)
}

// foldWordFlagsIn is foldWordFlags with the fold table given, for a loop over many words.
func foldWordFlagsIn(t *foldTab, w string, arena *[]byte) (string, uint16) {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		if e, ok := t.get(w); ok {
			return e.fold, e.flags
		}
		return w, 0
	}
	if e, ok := t.get(w); ok { // "l’", "D’après", "Il": a lexicon word as printed
		return e.fold, e.flags
	}
	if combining(w) {
		w = norm.NFC.String(w) // "pre\u0301sident" is "président" (Unicode Standard Annex #15)
	}
	var buf [48]byte
	if len(w) > len(buf) {
		return foldLookup(t, lower(w))
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if !hasUpperOrCurly(w) {
				return foldLookup(t, w)
			}
			return foldLower(t, w, arena)
		}
		b = append(b, c)
	}
	if e, ok := t.get(unsafe.String(unsafe.SliceData(b), len(b))); ok && e.interned { // the key is not kept
		return e.fold, e.flags
	}
	return noWord, 0
}

// foldLower is foldLookup(t, lower(w)) with lower(w) made in a stack buffer and kept in
// *arena only when it is returned.
func foldLower(t *foldTab, w string, arena *[]byte) (string, uint16) {
	var buf [160]byte
	b := appendLower(buf[:0], w)
	if e, ok := t.get(unsafe.String(unsafe.SliceData(b), len(b))); ok { // the key is not kept
		return e.fold, e.flags
	}
	if cap(*arena)-len(*arena) < len(b) {
		*arena = make([]byte, 0, max(2048, len(b))) // the old chunk stays with its strings
	}
	s := len(*arena)
	*arena = append(*arena, b...)
	return unsafe.String(&(*arena)[s], len(b)), 0
}

// foldLookup returns the interned form of the folded word f, or f, and its flags.
func foldLookup(t *foldTab, f string) (string, uint16) {
	if e, ok := t.get(f); ok {
		return e.fold, e.flags
	}
	return f, 0
}

func lowerIntern(f string) string {
	if g, ok := interned()[f]; ok {
		return g
	}
	return f
}

// combining reports whether w holds a combining diacritical mark (U+0300–U+036F), which
// text in decomposed form (NFD) writes after its letter.
func combining(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if c := w[i]; (c == 0xcc || c == 0xcd && w[i+1] < 0xb0) && w[i+1] >= 0x80 && w[i+1] < 0xc0 {
			return true
		}
	}
	return false
}

// hasUpperOrCurly reports whether w has an upper-case letter or a curly apostrophe, the only
// things lower changes.
func hasUpperOrCurly(w string) bool {
	for _, r := range w {
		if r == '’' || unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Word flags, computed once per token from its folded word, so the hot rules test a bit
// instead of looking a word up in several maps.
const (
	fRole uint16 = 1 << iota
	fParticle
	fPronoun
	fDeterminer
	fDocNoun
	fOutletLower // the first word of an outlet name that starts in lower case ("ats", "nxp")
	fSpeaker     // a noun that can head a speaker description: person, organisation, document
	fTitle       // lexicon titles
	fStopCap     // lexicon stopcaps: capitalised words that are no name
	fFirstM      // lexicon first_m
	fFirstF      // lexicon first_f
	fOrgWord     // lexicon orgwords
	fPrep        // prepositions
	fClause      // clauseWords
	fVerb        // a form of the reporting verbs (lexicon verbs)
	fPlace       // lexicon placewords
)

var wordFlags = sync.OnceValue(func() map[string]uint16 {
	m := map[string]uint16{}
	l := lex()
	mark := func(s set, f uint16) {
		for w := range s {
			m[w] |= f
			if strings.Contains(w, "'") {
				m[strings.ReplaceAll(w, "'", "’")] |= f
			}
		}
	}
	mark(l.roles, fRole)
	mark(l.particles, fParticle)
	mark(l.pronM, fPronoun)
	mark(l.pronF, fPronoun)
	mark(l.pronP, fPronoun)
	mark(l.pronN, fPronoun)
	mark(l.determiners, fDeterminer)
	mark(documentNouns, fDocNoun)
	mark(l.personNouns, fSpeaker)
	mark(l.orgWords, fSpeaker)
	mark(l.genericRoles, fSpeaker)
	mark(documentNouns, fSpeaker)
	// the token's flag is then the set's look-up of its folded word: every word of these sets is
	// in interned(), so a token folds to it
	mark(l.titles, fTitle)
	mark(l.stopCaps, fStopCap)
	mark(l.firstM, fFirstM)
	mark(l.firstF, fFirstF)
	mark(l.orgWords, fOrgWord)
	mark(l.placeWords, fPlace)
	for w := range l.verbs {
		m[w] |= fVerb
		if strings.Contains(w, "'") {
			m[strings.ReplaceAll(w, "'", "’")] |= fVerb
		}
	}
	for _, s := range []struct {
		s set
		f uint16
	}{{prepositions, fPrep}, {clauseWords, fClause}} { // sets with false entries: the true ones
		for w, ok := range s.s {
			if ok {
				mark(set{w: true}, s.f)
			}
		}
	}
	for w := range dir().byFirst {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			m[lower(w)] |= fOutletLower
		}
	}
	return m
})

// lower is the package lower for the doc's words, written into a byte arena of the doc
// instead of a string of its own.
func (d *doc) lower(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return w
	}
	if cap(d.arena)-len(d.arena) < len(w)+8 {
		// the old chunk stays with its strings; the first is small for a short text
		d.arena = make([]byte, 0, max(min(4096, len(d.text)/8, 2*cap(d.arena)+256), 3*len(w)+8))
	}
	s := len(d.arena)
	d.arena = appendLower(d.arena, w)
	if string(d.arena[s:]) == w {
		d.arena = d.arena[:s]
		return w
	}
	return unsafe.String(&d.arena[s], len(d.arena)-s)
}

// appendLower appends lower(w) to b.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			for _, r := range w[i:] { // as strings.ToLower(strings.ReplaceAll(w, "’", "'"))
				if r == '’' {
					r = '\''
				}
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
