// Package lang holds the per-language conventions that quote extraction and attribution need:
// quote-mark pairs, reporting verbs with all their inflected forms, complementizers, source
// markers ("according to", "selon", "d'après"), pronouns with gender and number, titles and
// honorifics, and stop words for language detection.
//
// The verbs are [Get] and [Detect]. Each language is one embedded, line-based data file under
// data/ (see data/README.md for the format); adding a language means adding a file. Verb forms
// are generated from lemmas by the inflection rules of forms.go plus the forms a file lists.
//
// All lookups take a single word as it appears in the text; they fold case, and the typographic
// apostrophe ’ is treated as '. Data is read once, at first use, and shared read-only: a *Lang
// is safe for concurrent use.
package lang

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/internal/bloom"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.txt
var dataFS embed.FS

// Gender of a pronoun or title.
type Gender uint8

// Genders. Stable: new values only at the end.
const (
	AnyGender Gender = iota // unmarked or unknown ("they", "on", "Dr")
	Masculine
	Feminine
	Neuter // English "it"
)

// Number of a pronoun.
type Number uint8

// Numbers. Stable: new values only at the end.
const (
	AnyNumber Number = iota
	Singular
	Plural
)

// Pronoun describes a personal (or relative) pronoun that can stand for a speaker.
type Pronoun struct {
	Gender Gender
	Number Number
	Person int // 1, 2 or 3; 0 for relative pronouns ("who", "qui")
}

// Title is an honorific or role word that precedes a name ("Mr", "Mme", "Sen.", "ministre").
type Title struct {
	Gender Gender
	Role   bool // a role noun ("minister", "président") rather than an honorific
}

// Pair is an allowed opener→closer pair of quote marks. Open and Close are strings because some
// marks are two characters (PA style ““” … “””).
type Pair struct {
	Open, Close string
}

// Lang is the data of one language. The zero value is empty; get one with [Get].
type Lang struct {
	Code string // ISO 639-1 code, lower case ("en", "fr")
	Name string // English name of the language

	// Pairs lists the allowed opener→closer pairs, in file order.
	Pairs []Pair

	verbs    map[string]string // folded form → lemma
	phrasal  map[string][]Phrasal
	exclude  []string          // forms to drop once all verbs are read
	afterAux map[string]string // the excluded forms, verbs again after an auxiliary ("a accusé")
	classes  map[string]Class
	lemmas   []string        // sorted lemmas
	comps    map[string]bool // complementizers
	aux      map[string]bool // auxiliaries of compound tenses
	inserts  map[string]bool // words allowed inside a verb group (adverbs, "lui aussi")
	markers  []string        // source markers, folded, multi-word allowed
	initial  map[string]bool // sentence-initial markers followed by a person ("pour")
	pronouns map[string]Pronoun
	titles   map[string]Title
	stop     map[string]bool
	credits  []string
	words    map[string]map[string]bool // word-set section name → folded words

	// known holds the keys of classes and afterAux: most words of a text are in no class and
	// no verb, and are answered without a map look-up.
	known bloom.Filter
}

var (
	loadOnce sync.Once
	langs    map[string]*Lang
	loadErr  error
)

// Codes returns the codes of the embedded languages, sorted.
func Codes() []string {
	load()
	out := make([]string, 0, len(langs))
	for c := range langs {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Get returns the data of the language with BCP 47 tag code ("fr", "fr-CA", "EN"); only the
// primary subtag counts. ok is false when no data file exists for it.
func Get(code string) (l *Lang, ok bool) {
	load()
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	l, ok = langs[code]
	return l, ok
}

// MustGet is like [Get] but panics when the language is missing; for package-level variables
// of embedded languages only.
func MustGet(code string) *Lang {
	l, ok := Get(code)
	if !ok {
		panic("lang: no data for " + code)
	}
	return l
}

// LoadError reports a problem found while reading the embedded data files, nil when none.
// A malformed line is skipped, so the data stays usable.
func LoadError() error { load(); return loadErr }

func load() {
	loadOnce.Do(func() {
		langs = map[string]*Lang{}
		ents, err := dataFS.ReadDir("data")
		if err != nil {
			loadErr = err
			return
		}
		var errs []string
		for _, e := range ents {
			b, err := dataFS.ReadFile("data/" + e.Name())
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			l, perr := parse(string(b))
			if perr != nil {
				errs = append(errs, e.Name()+": "+perr.Error())
			}
			if l.Code != "" {
				langs[l.Code] = l
			}
		}
		if len(errs) > 0 {
			loadErr = fmt.Errorf("lang: %s", strings.Join(errs, "; "))
		}
	})
}

// Fold lower-cases w, maps the typographic apostrophes ’ and ‘ to ' and composes a letter
// and its combining accents into one rune (NFC, Unicode Standard Annex #15: "de\u0301clare\u0301"
// is "déclaré", as text from macOS file names or some feeds writes it). Lookups fold their
// argument with it.
func Fold(w string) string {
	if !needsFold(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	marks := false
	for _, r := range w {
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		default:
			r = unicode.ToLower(r)
			marks = marks || unicode.Is(unicode.Mn, r)
		}
		b.WriteRune(r)
	}
	if marks {
		return norm.NFC.String(b.String())
	}
	return b.String()
}

// needsFold reports whether Fold would change w; it does not allocate.
func needsFold(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == '’' || r == '‘' || r == 'ʼ' || unicode.IsUpper(r) || unicode.Is(unicode.Mn, r) {
			return true
		}
		i += n
	}
	return false
}

// Verb returns the lemma of a reporting-verb form ("said" → "say", "affirmé" → "affirmer",
// "a-t-il" is not a form: split inverted pronouns first with [SplitInverted]).
func (l *Lang) Verb(form string) (lemma string, ok bool) {
	if l == nil {
		return "", false
	}
	return l.foldedVerb(Fold(form))
}

// foldedVerb is Verb for a folded form.
func (l *Lang) foldedVerb(f string) (lemma string, ok bool) {
	if !l.known.MayHold(f) {
		return "", false
	}
	lemma, ok = l.verbs[f]
	return lemma, ok
}

// VerbAfterAux is [Lang.Verb] for a word right after an auxiliary: the forms that the data
// excludes because they are mostly nouns ("accusé", "critique") are verbs there ("a accusé",
// "l'avait accusée").
func (l *Lang) VerbAfterAux(form string) (lemma string, ok bool) {
	if l == nil {
		return "", false
	}
	f := Fold(form)
	if lemma, ok = l.foldedVerb(f); ok || !l.known.MayHold(f) {
		return lemma, ok
	}
	lemma, ok = l.afterAux[f]
	return lemma, ok
}

// Class is a set of word classes of the language data, for a quick first look at a word.
type Class uint16

// Classes. Stable: new values only at the end.
const (
	ClassVerb           Class = 1 << iota // a reporting-verb form (see Lang.Verb)
	ClassAux                              // an auxiliary (Lang.Aux)
	ClassPhrasal                          // the verb of a phrasal reporting verb (Lang.Phrasal)
	ClassInsert                           // a word allowed inside a verb group (Lang.Insert)
	ClassComplementizer                   // Lang.Complementizer
	ClassMarker                           // the first word of a source marker (Lang.Markers)
	ClassInitial                          // a sentence-initial marker (Lang.InitialMarker)
	ClassPronoun                          // Lang.Pronoun
	ClassTitle                            // Lang.Title
	ClassStopword                         // Lang.Stopword
)

// Class returns the classes of word w (folded first), 0 when the data knows nothing of it.
// One map lookup answers what several of the other lookups would.
func (l *Lang) Class(w string) Class {
	if l == nil {
		return 0
	}
	return l.FoldedClass(Fold(w))
}

// FoldedClass is Class for a word already folded with Fold; it skips the folding.
func (l *Lang) FoldedClass(folded string) Class {
	if l == nil || !l.known.MayHold(folded) {
		return 0
	}
	return l.classes[folded]
}

// Phrasal is a reporting verb made of a verb and particle words ("point out", "faire part").
type Phrasal struct {
	Lemma    string   // "faire part"
	Particle []string // folded words that must follow the verb form: ["part"]
}

// Phrasal returns the phrasal reporting verbs whose verb has the form w ("fait" → faire part,
// faire savoir…), nil when none. The caller checks that the particle words follow.
func (l *Lang) Phrasal(w string) []Phrasal {
	if l == nil {
		return nil
	}
	return l.phrasal[Fold(w)]
}

// Lemmas returns the reporting-verb lemmas, sorted.
func (l *Lang) Lemmas() []string { return l.lemmas }

// Aux reports whether w is an auxiliary that builds compound tenses with a participle
// ("a", "avait", "has", "had", "was").
func (l *Lang) Aux(w string) bool { return l != nil && l.aux[Fold(w)] }

// Insert reports whether w may stand inside a verb group between an auxiliary and its
// participle ("also", "ainsi", "aussi", "lui").
func (l *Lang) Insert(w string) bool { return l != nil && l.inserts[Fold(w)] }

// Complementizer reports whether w introduces a reported clause ("that", "que", "qu'").
func (l *Lang) Complementizer(w string) bool { return l != nil && l.comps[Fold(w)] }

// Markers returns the source markers that precede the speaker or source, folded and with
// words separated by one space ("according to", "selon", "d'après"), longest first.
func (l *Lang) Markers() []string { return l.markers }

// InitialMarker reports whether w is a marker that attributes a statement only at the start
// of a sentence and before a person ("Pour le ministre, …").
func (l *Lang) InitialMarker(w string) bool { return l != nil && l.initial[Fold(w)] }

// Credits returns the folded prefixes of credit lines ("source:", "avec"), longest first.
func (l *Lang) Credits() []string { return l.credits }

// Pronoun returns the description of a personal or relative pronoun.
func (l *Lang) Pronoun(w string) (p Pronoun, ok bool) {
	if l == nil {
		return Pronoun{}, false
	}
	p, ok = l.pronouns[Fold(w)]
	return p, ok
}

// Title returns the description of an honorific or role word; a final full stop is ignored
// ("Mr." and "Mr" are the same title).
func (l *Lang) Title(w string) (t Title, ok bool) {
	if l == nil {
		return Title{}, false
	}
	t, ok = l.titles[strings.TrimSuffix(Fold(w), ".")]
	return t, ok
}

// Words returns the folded words of the named word-set section of the data file ("hearsay"
// for [hearsay]; the sections are listed in data/README.md), nil when the language has none.
// The map is shared: callers must not modify it. Callers in hot paths keep the map and look
// folded words up in it directly.
func (l *Lang) Words(name string) map[string]bool {
	if l == nil {
		return nil
	}
	return l.words[name]
}

// Stopword reports whether w is one of the language's most frequent function words.
func (l *Lang) Stopword(w string) bool { return l != nil && l.stop[Fold(w)] }

// Closers returns the closers allowed after opener open, nil when open is not an opener.
func (l *Lang) Closers(open string) []string {
	var out []string
	for _, p := range l.Pairs {
		if p.Open == open {
			out = append(out, p.Close)
		}
	}
	return out
}

// SplitInverted splits the inverted subject pronoun off a French verb form:
// "a-t-il" → ("a", "il"), "affirme-t-elle" → ("affirme", "elle"), "dit-il" → ("dit", "il"),
// "ajoute-t-on" → ("ajoute", "on"). ok is false when w has no such suffix. Byte lengths are
// kept: verb is a prefix of w and pron a suffix of w.
func SplitInverted(w string) (verb, pron string, ok bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return "", "", false
	}
	p := w[i+1:]
	switch Fold(p) {
	case "il", "elle", "on", "ils", "elles", "je", "nous", "vous", "tu":
	default:
		return "", "", false
	}
	v := w[:i]
	v = strings.TrimSuffix(v, "-t")
	if v == "" || strings.HasSuffix(v, "-") {
		return "", "", false
	}
	return v, p, true
}

// Detect guesses the language of text among the languages with data ([Codes]: de, en, es,
// fr, it, pt) by counting their stop words in the first 4096 bytes. It returns the code with
// the most hits, en then fr first on a tie (another language must beat both by two hits), and
// "" when none has at least 3 hits. The rule is
// a simple stop-word vote (as in Grefenstette 1995, "Comparing two language identification
// schemes"); it is deterministic and needs no model.
func Detect(text string) string {
	d := detector()
	return d.pick(d.hits(text))
}

// pick is the language of Detect for the stop-word hits of a text, "" when none.
func (d stopDetector) pick(hits [8]int) string {
	best := -1
	for i := range d.codes {
		if hits[i] >= 3 && (best < 0 || hits[i] > hits[best]) {
			best = i
		}
	}
	// en and fr (codes 0 and 1), the languages the rules were written for, give way to
	// another only by two hits or more: a short English lede shares "a" and "as" with
	// Portuguese.
	if best > 1 && hits[best] < max(hits[0], hits[1])+2 {
		best = -1
		if b := max(hits[0], hits[1]); b >= 3 {
			best = 0
			if hits[1] > hits[0] {
				best = 1
			}
		}
	}
	if best < 0 {
		return ""
	}
	return d.codes[best]
}

// Choose returns the language whose conventions apply to text and its tag: forced when it has
// data ("fr-CA" gives the French data); else declared (the page's metadata, "fr_FR" written
// "fr-FR") when it has data, unless the text plainly is in another language with data (Detect
// finds it with at least 8 stop-word hits, twice those of the declared language: pages declare
// their template's language); else the language detected; else, for a text too short to
// detect, the one language with the most stop words, or French when it has guillemets; else
// English with tag "".
func Choose(forced, declared, text string) (*Lang, string) {
	if l, ok := Get(forced); ok && forced != "" {
		return l, forced
	}
	declared = strings.ReplaceAll(declared, "_", "-")
	d := detector()
	hits := d.hits(text)
	detected := d.pick(hits)
	if l, ok := Get(declared); ok && declared != "" {
		if detected == "" || detected == l.Code {
			return l, declared
		}
		var hd, hl int
		for i, c := range d.codes {
			switch c {
			case detected:
				hd = hits[i]
			case l.Code:
				hl = hits[i]
			}
		}
		if hd < 8 || hd < 2*hl {
			return l, declared
		}
	}
	if detected != "" {
		return MustGet(detected), detected
	}
	if c := d.weak(hits, text); c != "" {
		return MustGet(c), c
	}
	return MustGet("en"), ""
}

// weak guesses the language of a text too short for Detect (no language with 3 stop-word
// hits): the one language with the most hits, if any; else French when the text has
// guillemets « », French typography (« Nous gagnerons », a déclaré Hélène Dupont.); else "".
func (d stopDetector) weak(hits [8]int, text string) string {
	best, tie := -1, false
	for i := range d.codes {
		switch {
		case hits[i] == 0:
		case best < 0 || hits[i] > hits[best]:
			best, tie = i, false
		case hits[i] == hits[best]:
			tie = true
		}
	}
	if best >= 0 && !tie {
		return d.codes[best]
	}
	if strings.Contains(text[:min(len(text), detectBytes)], "«") {
		return "fr"
	}
	return ""
}

// detectBytes is how much of a text language detection reads (Detect, Choose).
const detectBytes = 4096

// hits counts the stop words of each language of d.codes in the first detectBytes of text.
func (d stopDetector) hits(text string) [8]int {
	if len(text) > detectBytes {
		text = text[:detectBytes]
	}
	var hits [8]int
	var buf [64]byte
	count := func(w string, plain bool) {
		var s uint8
		if plain { // lower-case ASCII: folded already
			if len(w) > d.longest {
				return
			}
			s = d.stops.get(w)
		} else if n, ok := foldShort(&buf, w); ok {
			if n > d.longest {
				return // longer than any stop word: no look-up
			}
			s = d.stops.get(string(buf[:n]))
		} else {
			s = d.stops.get(Fold(w))
		}
		for i := 0; s != 0; i, s = i+1, s>>1 {
			if s&1 != 0 {
				hits[i]++
			}
		}
	}
	start, plain := -1, true
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		var word bool
		if r < utf8.RuneSelf { // ASCII: the letters of unicode.IsLetter are a-z and A-Z
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '\''
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			word = unicode.IsLetter(r) || r == '’'
		}
		if word && start < 0 {
			start, plain = i, true
		}
		if word && (r >= utf8.RuneSelf || 'A' <= r && r <= 'Z') {
			plain = false
		}
		if !word && start >= 0 {
			count(text[start:i], plain)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		count(text[start:], plain)
	}
	return hits
}

// stopDetector maps each stop word to the bit set of the languages (bit i: codes[i]) whose
// stop list has it, for Detect: one look-up a word. At most 8 languages; en and fr first.
type stopDetector struct {
	codes   []string
	stops   stopTable
	longest int // the byte length of the longest stop word
}

var detector = sync.OnceValue(func() stopDetector {
	var d stopDetector
	stops := map[string]uint8{}
	codes := []string{"en", "fr"}
	for _, c := range Codes() {
		if c != "en" && c != "fr" {
			codes = append(codes, c)
		}
	}
	for _, code := range codes {
		l, ok := Get(code)
		if !ok || len(d.codes) == 8 {
			continue
		}
		for w := range l.stop {
			stops[w] |= 1 << len(d.codes)
			d.longest = max(d.longest, len(w))
		}
		d.codes = append(d.codes, code)
	}
	d.stops = newStopTable(stops)
	return d
})

// stopTable is an open-addressing hash table of the stop words, placed by bloom.Hash: a
// look-up costs that cheap hash and a string comparison or two, where a map hashes the whole
// word. Its slots are at least twice as many as the words, so a probe meets an empty slot soon.
type stopTable struct {
	slots []stopSlot
	mask  uint32
}

// stopSlot is a stop word and the bit set of the languages that have it; "" is an empty slot.
type stopSlot struct {
	word  string
	langs uint8
}

func newStopTable(stops map[string]uint8) stopTable {
	n := 16
	for n < 2*len(stops) {
		n *= 2
	}
	t := stopTable{slots: make([]stopSlot, n), mask: uint32(n - 1)}
	for w, langs := range stops {
		i := bloom.Hash(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = stopSlot{w, langs}
	}
	return t
}

// get returns the languages whose stop list has w, 0 when none.
func (t stopTable) get(w string) uint8 {
	for i := bloom.Hash(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].word {
		case w:
			return t.slots[i].langs
		case "":
			return 0
		}
	}
}

// foldShort writes Fold(w) to buf, without allocating, and returns its length; ok is false
// when it does not fit (fold such words with Fold).
func foldShort(buf *[64]byte, w string) (n int, ok bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if n >= len(buf) {
				return 0, false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if n+utf8.RuneLen(r) > len(buf) || r == utf8.RuneError || r >= 0x300 && unicode.Is(unicode.Mn, r) {
			return 0, false // too long, invalid, or a combining accent that Fold composes
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n, true
}
