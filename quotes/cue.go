package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/lang"
)

// has reports whether word token i has one of the classes c of the language data.
func (d *doc) has(i int, c lang.Class) bool {
	return i >= 0 && i < len(d.cls) && d.cls[i]&c != 0
}

// word returns the text of token i.
func (d *doc) word(i int) string { t := d.toks[i]; return d.text[t.s:t.e] }

func (d *doc) isWord(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord }

func (d *doc) isPunct(i int, set string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tPunct {
		return false
	}
	return strings.Contains(set, d.word(i))
}

// verbGroup is a reporting verb found in the text: tokens [first, last] and its lemma.
type verbGroup struct {
	first, last int
	lemma       string
}

func (g verbGroup) span(d *doc) article.Span {
	return article.Span{Start: d.toks[g.first].s, End: d.toks[g.last].e}
}

// verbAt reads a reporting-verb group starting at token i: a verb form ("said", "affirme"),
// a phrasal verb ("point out", "fait part"), an auxiliary with inserted words and a participle
// ("avait lui aussi affirmé", "has also said"), or an inverted form ("a-t-il ajouté",
// "dit-il"). Tokens inside direct quotes never count.
func (d *doc) verbAt(i int) (verbGroup, bool) {
	if !d.isWord(i) || d.inq[i] >= 0 && !d.inMarks {
		return verbGroup{}, false
	}
	if d.inMarks {
		return d.readVerb(i)
	}
	if m := d.vmemo[i]; m != 0 {
		if m < 0 {
			return verbGroup{}, false
		}
		return d.vgroup[m-1], true
	}
	g, ok := d.readVerb(i)
	d.vmemo[i] = -1
	if ok {
		d.vgroup = append(d.vgroup, g)
		d.vmemo[i] = int32(len(d.vgroup))
	}
	return g, ok
}

func (d *doc) readVerb(i int) (verbGroup, bool) {
	g, ok := d.readVerb1(i)
	if ok && d.detachedPronoun(g.last+1) {
		g.last++ // "estime t-il": the inverted pronoun written apart
	}
	if ok && d.info.reflexiveOther[g.lemma] {
		// "s'assurer que", "s'est assuré que": the pronominal verb means another thing
		for k := max(g.first-1, 0); k <= g.last; k++ {
			if f := d.fold[k]; (f == "s'" || f == "se") && d.toks[k].para == d.toks[g.first].para {
				return verbGroup{}, false
			}
		}
	}
	return g, ok
}

// enDeterminers and enPrepositions: an English word after a preposition and a demonstrative is
// a noun ("for that reason", "in that report"); "that" alone may be a relative pronoun ("the
// officials that said"). (Nouns that report, "a claim that", stay cues: the gold data counts
// them.)
var (
	enDeterminers  = set("that", "this", "these", "those")
	enPrepositions = set("for", "of", "in", "on", "at", "by", "with", "from", "into", "about", "under", "after", "before", "without", "against", "over", "through", "to", "during", "despite", "upon", "among", "amid", "across", "toward", "towards", "within", "around", "between", "behind", "beyond", "via", "overall")
)

func (d *doc) readVerb1(i int) (verbGroup, bool) {
	if lemma, ok := d.frQueVerb(i); ok {
		return verbGroup{i, i, lemma}, true
	}
	if p := i - 1; d.lg.Code == "fr" && d.cls[i]&(lang.ClassVerb|lang.ClassPhrasal) == 0 && p >= 0 && d.isWord(p) && isUpperStart(d.word(p)) && !determiners[d.fold[p]] && !d.has(p, lang.ClassStopword|lang.ClassPronoun) && d.toks[p].para == d.toks[i].para {
		if lemma, ok := d.lg.VerbAfterAux(d.fold[i]); ok && !d.has(i, lang.ClassAux) && unicode.IsLower(firstRune(d.word(i))) {
			return verbGroup{i, i, lemma}, true // "Marc Lefort critique le…": after a name the form is its verb
		}
	}
	if d.cls[i]&(lang.ClassVerb|lang.ClassAux|lang.ClassPhrasal) == 0 && strings.IndexByte(d.fold[i], '-') < 0 {
		return verbGroup{}, false
	}
	if d.lg.Code == "en" && isUpperStart(d.word(i)) && (i == 0 || d.toks[i-1].para != d.toks[i].para || d.sentencePunct(i-1) || d.isPunct(i-1, ":")) {
		if d.fold[i] == "asked" && (d.isWord(i+1) && askedNext[d.fold[i+1]]) {
			return verbGroup{i, i, "ask"}, true // "Asked whether he would run, Smith said…"
		}
		if lemma, ok := d.lg.Verb(d.fold[i]); ok && strings.HasSuffix(d.fold[i], "ing") && d.isWord(i+1) && (d.info.bareVerbs[lemma] || d.has(i+1, lang.ClassComplementizer)) {
			return verbGroup{i, i, lemma}, true // "Noting he majored in philosophy, Allen said…"
		}
		return verbGroup{}, false // "Answer: a boy": English reports with a subject first
	}
	if d.lg.Code == "en" && i > 0 && d.cls[i]&lang.ClassAux != 0 && isUpperStart(d.word(i)) && d.toks[i-1].para == d.toks[i].para && !d.isWord(i-1) {
		return verbGroup{}, false // `“…,” May said`, `“…,” Will wrote`: a capitalised modal after a mark is a name
	}
	if d.lg.Code == "en" && i > 0 && d.fold[i] == "told" && d.fold[i-1] == "all" && d.isPunct(i+1, ",") {
		return verbGroup{}, false // "All told, the group raised": an idiom, no one tells
	}
	if d.lg.Code == "en" && i > 0 && (d.fold[i-1] == "than" || d.fold[i-1] == "as") && strings.HasSuffix(d.fold[i], "ed") && d.isWord(i-1) && !d.isWord(i+1) {
		return verbGroup{}, false // "sooner than expected,", "as predicted.": a comparison, no one expects
	}
	if i > 0 && d.toks[i-1].para == d.toks[i].para && d.isWord(i-1) {
		if isUpperStart(d.word(i)) && !d.titleCaseVerb(i) {
			return verbGroup{}, false // "sur son compte Twitter": a name in mid-sentence
		}
		if nounDeterminers[d.fold[i-1]] && !(d.lg.Code == "en" && (enNouns[d.fold[i-1]] || allCaps(d.word(i-1)))) || d.lg.Code == "en" && d.fold[i-1] == "a" && d.nounModifier(i) {
			return verbGroup{}, false // "la juge", "the report", "a welcome sight": a noun
		}
		if d.lg.Code == "en" && i > 1 && d.toks[i-2].para == d.toks[i].para && enDeterminers[d.fold[i-1]] && enPrepositions[d.fold[i-2]] {
			return verbGroup{}, false // "for that reason", "in a statement": a noun
		}
		if d.lg.Code == "fr" && (frNounPreps[d.fold[i-1]] || i > 1 && d.toks[i-2].para == d.toks[i].para && frArticles[d.fold[i-1]] && frPreps[d.fold[i-2]]) {
			return verbGroup{}, false // "par avance", "à l'avance", "dans la déclaration": a noun
		}
	}
	w := d.fold[i]
	if d.lg.Code == "en" && d.enNoun(i) {
		return verbGroup{}, false
	}
	if g, ok := d.phrasalAt(i); ok {
		return g, true
	}
	if d.has(i, lang.ClassVerb) && !d.has(i, lang.ClassAux) {
		lemma, _ := d.lg.Verb(w)
		return verbGroup{i, i, lemma}, true
	}
	base := w
	if v, _, ok := lang.SplitInverted(w); ok {
		if lemma, ok := d.lg.Verb(v); ok {
			return verbGroup{i, i, lemma}, true
		}
		base = v
	}
	if !d.lg.Aux(base) {
		return verbGroup{}, false
	}
	para := d.toks[i].para
	for k := i + 1; k < len(d.toks) && k <= i+5 && d.toks[k].para == para && d.isWord(k) && (d.inq[k] < 0 || d.inMarks); k++ {
		wk := d.fold[k]
		if g, ok := d.phrasalAt(k); ok {
			return verbGroup{i, g.last, g.lemma}, true
		}
		if lemma, ok := d.lg.VerbAfterAux(wk); ok && !d.has(k, lang.ClassAux) {
			return verbGroup{i, k, lemma}, true
		}
		if !d.has(k, lang.ClassInsert|lang.ClassAux) && !(d.lg.Code == "fr" && strings.HasSuffix(wk, "'")) && !d.detachedPronoun(k) {
			break
		}
	}
	return verbGroup{}, false
}

// detachedPronoun reports whether token k is a French inverted subject pronoun written apart
// from its verb, a common slip of French web sites: "estime t-il", "a t-elle écrit" for
// "estime-t-il", "a-t-elle écrit".
func (d *doc) detachedPronoun(k int) bool {
	if d.lg.Code != "fr" || !d.isWord(k) || d.inq[k] >= 0 && !d.inMarks || d.toks[k].para != d.toks[k-1].para {
		return false
	}
	switch d.fold[k] {
	case "t-il", "t-elle", "t-on", "t-ils", "t-elles":
		return true
	}
	return false
}

// nounModifier reports whether the English verb form at token i modifies the noun after it
// ("a welcome sight", "a support group"): a lower-case word follows that is no function word
// and no verb form ("a plan announced in May" is left to the cue rules).
func (d *doc) nounModifier(i int) bool {
	n := i + 1
	if !d.isWord(n) || d.inq[n] >= 0 || d.toks[n].para != d.toks[i].para || !unicode.IsLower(firstRune(d.word(n))) {
		return false
	}
	w := d.fold[n]
	if strings.HasSuffix(w, "ing") && d.has(n, lang.ClassVerb) {
		return true // "sent a tweet saying": the participle reports, the form before it is a noun
	}
	return !(enPrepositions[w] || determiners[w] || enSubjects[w] || enObjectPronouns[w] || w == "that" || w == "and" || w == "or" ||
		strings.HasSuffix(w, "ed") || d.has(n, lang.ClassComplementizer|lang.ClassAux|lang.ClassStopword|lang.ClassVerb))
}

// frNounPreps are French prepositions after which a form of a reporting verb is a noun, never
// a finite verb ("par avance", "sur demande"); frPreps and frArticles make one of
// "preposition, article, form" ("à l'avance", "dans la déclaration").
var (
	frNounPreps = set("par", "dans", "sur", "avec", "sous", "chez", "contre", "entre", "vers", "selon", "malgré", "parmi")
	frPreps     = set("à", "de", "d'", "par", "dans", "sur", "pour", "avec", "sous", "chez", "contre", "entre", "vers", "sans", "après", "avant", "depuis", "pendant")
	frArticles  = set("le", "la", "l'", "les")
)

// pluralQuantifiers are English determiners of a plural noun; a form in -s after them is
// that noun, not a verb of their subject.
var pluralQuantifiers = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "twenty", "hundred", "hundreds", "thousands", "dozens", "several", "many",
	"few", "both", "various", "numerous", "multiple", "other", "these", "those", "such", "all")

// askedNext may follow a sentence-initial "Asked" that opens a question put to the subject.
var askedNext = set("if", "whether", "about", "by", "what", "how", "why", "who", "when", "where", "to", "for",
	"on", "at", "in", "during", "later", "earlier", "again", "directly", "repeatedly", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "a", "last", "this")

// enNoun reports whether the English word i, a form of a reporting verb, is no verb: a noun
// after a possessive ("Trump's support", "Editor's note"), or "back" as a particle.
// compoundHead reports whether the English base form at i follows a lower-case singular noun
// that cannot be its subject and comes before a name or a quote mark: "radio show Joney's
// Jukebox", "battle plan 'hides Blair'". A plural ("polls show"), a plural without -s
// ("people", "police", "data"), a number or a quantifier ("19 support", "few support"), a
// pronoun, an auxiliary, "to", an adverb or a negation before it make it a verb.
func (d *doc) compoundHead(i int) bool {
	p := d.fold[i-1]
	if d.inq[i-1] >= 0 || enSubjects[p] || enObjectPronouns[p] || p == "to" || p == "not" || p == "who" || p == "that" || p == "which" ||
		enFinite[p] || unpluralNouns[p] || determiners[p] || enPrepositions[p] || strings.HasSuffix(p, "ly") || strings.HasSuffix(p, "n't") ||
		d.has(i-1, lang.ClassAux|lang.ClassInsert|lang.ClassStopword|lang.ClassVerb|lang.ClassPronoun|lang.ClassComplementizer) {
		return false
	}
	if digitAt(p) || pluralQuantifiers[p] || strings.Contains(p, "'") || strings.Contains(p, "’") || p == "percent" || p == "yet" || p == "never" || p == "few" {
		return false // "19 support Sanders", "very few support", "he'd support", "will not yet say"
	}
	// a name or a quote mark right after it: the compound names a programme or a plan ("radio
	// show Joney's Jukebox", "the reality show “Cake Boss”", "battle plan 'hides Blair'");
	// before anything else the form may be a verb or a noun cue ("his current plan is to")
	n := i + 1
	if n >= len(d.toks) || d.toks[n].para != d.toks[i].para || !(d.toks[n].kind == tMark || d.isWord(n) && isUpperStart(d.word(n)) && !d.has(n, lang.ClassPronoun)) {
		return false
	}
	return !isUpperStart(d.word(i-1)) && (!strings.HasSuffix(p, "s") || strings.HasSuffix(p, "ss")) && !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "ing")
}

// unpluralNouns are English plurals without -s that a base form agrees with ("people say",
// "police believe", "the data show").
var unpluralNouns = set("people", "police", "data", "media", "staff", "public", "children", "men", "women", "majority", "minority", "clergy", "youth", "crew", "team", "government", "committee", "party", "board", "jury", "panel", "family", "press", "military")

func (d *doc) enNoun(i int) bool {
	if i == 0 || !d.isWord(i-1) || d.toks[i-1].para != d.toks[i].para {
		return false
	}
	p := d.fold[i-1]
	if (strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "s'")) && !contractedSubject(p) {
		return true
	}
	if w := d.fold[i]; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (pluralQuantifiers[p] || p != "1" && digitAt(p)) {
		return true // "three reasons", "several reports": a verb in -s does not follow a plural subject
	}
	if lemma, ok := d.lg.Verb(d.fold[i]); ok && lemma == d.fold[i] && d.fold[i] != "back" && d.compoundHead(i) {
		return true // "radio show Joney's Jukebox", "Labour battle plan": a base form after a singular noun is a noun
	}
	if d.fold[i] != "back" {
		return false
	}
	// "back" is the verb after its subject, an auxiliary or "to" ("voters back Clinton", "to
	// back her"), else a particle or an adverb ("pay back debt", "came back").
	return !(enSubjects[p] || p == "to" || p == "who" || p == "that" || p == "which" || p == "not" ||
		enFinite[p] || d.has(i-1, lang.ClassAux|lang.ClassInsert) || strings.HasSuffix(p, "ly") ||
		strings.HasSuffix(p, "n't") || isUpperStart(d.word(i-1)) ||
		strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !d.has(i-1, lang.ClassStopword|lang.ClassVerb))
}

// titleCaseVerb reports whether the capitalised word i is a reporting verb of an English
// title-case headline: a form of a headline verb after a capitalised word that is not a stop
// word, and before a capitalised word or a colon ("Trump Says: “…”").
func (d *doc) titleCaseVerb(i int) bool {
	if d.lg.Code != "en" || d.cls[i]&lang.ClassVerb == 0 || i+1 >= len(d.toks) || d.toks[i+1].para != d.toks[i].para {
		return false
	}
	if !d.isPunct(i+1, ":") && (!d.isWord(i+1) || !isUpperStart(d.word(i+1))) {
		return false
	}
	if !isUpperStart(d.word(i-1)) || d.has(i-1, lang.ClassStopword) {
		return false
	}
	lemma, ok := d.lg.Verb(d.fold[i])
	return ok && d.info.headlineVerbs[lemma]
}

// phrasalAt returns the group of a phrasal reporting verb whose verb is the word at i and whose
// particle words follow it ("point out", "faire part").
func (d *doc) phrasalAt(i int) (verbGroup, bool) {
	if !d.has(i, lang.ClassPhrasal) {
		return verbGroup{}, false
	}
	for _, ph := range d.lg.Phrasal(d.fold[i]) {
		k := i
		ok := true
		for _, p := range ph.Particle {
			k++
			if !d.isWord(k) || d.fold[k] != p {
				ok = false
				break
			}
		}
		if ok {
			return verbGroup{i, k, ph.Lemma}, true
		}
	}
	return verbGroup{}, false
}

// widen extends a verb group found by scanning backwards to the auxiliary that starts it:
// "déclaré" → "a déclaré", "dit" → "a-t-il dit".
func (d *doc) widen(g verbGroup) verbGroup {
	for k := g.first - 1; k >= 0 && k >= g.first-5 && d.isWord(k); k-- {
		if h, ok := d.verbAt(k); ok && h.last == g.last {
			g = h
		}
	}
	return g
}

// markerAt matches a source marker ("according to", "selon", "d'après") at token i and
// returns its last token.
func (d *doc) markerAt(i int) (last int, lemma string, ok bool) {
	if !d.isWord(i) || d.inq[i] >= 0 || d.cls[i]&lang.ClassMarker == 0 {
		return 0, "", false
	}
	for _, ws := range d.info.markers[d.fold[i]] {
		if k, ok := d.wordsAt(i, ws); ok {
			return k, joinWords(ws), true
		}
	}
	return 0, "", false
}

// wordsAt matches folded words ws at token i, in one paragraph, and returns the index of the
// last token.
func (d *doc) wordsAt(i int, ws []string) (int, bool) {
	k := i
	for _, w := range ws {
		if k >= len(d.toks) || d.toks[k].kind != tWord || d.fold[k] != w || d.toks[k].para != d.toks[i].para {
			return 0, false
		}
		k++
	}
	return k - 1, true
}

// joinWords joins marker words back into the marker ("d'" + "après" → "d'après").
func joinWords(ws []string) string {
	out := ""
	for i, w := range ws {
		if i > 0 && !strings.HasSuffix(ws[i-1], "'") {
			out += " "
		}
		out += w
	}
	return out
}

// phraseWords splits a marker the way the tokenizer splits text.
func phraseWords(p string) []string {
	var out []string
	for _, f := range strings.Fields(p) {
		if j := strings.IndexByte(f, '\''); j >= 0 && j < len(f)-1 && elisions[f[:j+1]] {
			out = append(out, f[:j+1], f[j+1:])
			continue
		}
		out = append(out, f)
	}
	return out
}

// sentencePunct reports whether token i ends a sentence (., !, ?, …) or a clause (;), as
// pairMarks recorded it (punctEnds).
func (d *doc) sentencePunct(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].ends
}

// punctEnds is sentencePunct, worked out from the tokens once the marks are paired.
func (d *doc) punctEnds(i int) bool {
	if d.toks[i].kind != tPunct {
		return false
	}
	switch d.word(i) {
	case "!", "?", ";", "…":
		return true
	case ".":
		return d.fullStop(i)
	}
	return false
}

// fullStop reports whether the dot at token i ends a sentence: not after a title or an
// initial ("Mr.", "M.", "J."), and followed by the paragraph end, an upper-case word, a
// digit or a mark (not a comma or a semicolon).
func (d *doc) fullStop(i int) bool {
	t := d.toks[i]
	if n := i + 2; n < len(d.toks) && d.isPunct(i+1, ")") && d.toks[n].para == t.para && d.isWord(n) && unicode.IsLower(firstRune(d.word(n))) {
		return false // "Sen. Jack Reed (D-R.I.) said": an abbreviation closing a bracket inside the sentence
	}
	if i > 0 && d.toks[i-1].e == t.s && d.toks[i-1].kind == tWord {
		w := d.word(i - 1)
		if d.cls[i-1]&lang.ClassTitle != 0 && isUpperStart(w) { // lg.Title(w), from the folded word
			return false
		}
		if len([]rune(w)) == 1 && unicode.IsUpper(firstRune(w)) {
			return false
		}
		if f := d.fold[i-1]; (f == "a.m" || f == "p.m") && (weekdays[d.fold1(i+1)] || monthNames[d.fold1(i+1)]) {
			return false // "3 p.m. Monday", "10 a.m. Jan. 5"
		}
		if abbrev[d.fold[i-1]] && (d.fold[i-1] != "no" || digitAt(d.fold1(i+1))) {
			return false // "Jan.", "Inc.", "No. 1" (but "voted no." ends its sentence)
		}
		if n := i + 2; strings.IndexByte(w, '.') > 0 && n < len(d.toks) && d.toks[i+1].kind == tMark && d.toks[n].para == t.para &&
			d.inq[i+1] >= 0 && d.direct[d.inq[i+1]].openAt == d.toks[i+1].s && unicode.IsLower(firstRune(d.word(n))) && !d.endsWithPunct(&d.direct[d.inq[i+1]]) {
			return false // "the U.S. “clearly” needed": an initialism before a quote that goes on in lower case
		}
		if n := i + 1; strings.IndexByte(w, '.') > 0 && isUpperStart(w) && d.isWord(n) && d.toks[n].para == t.para && d.cls[n]&lang.ClassTitle != 0 {
			return false // "U.S. Ambassador Gordon Sondland": an initialism before a title
		}
	}
	if i+1 >= len(d.toks) || d.toks[i+1].para != t.para {
		return true
	}
	if d.isPunct(i+1, ",;") {
		return false // "Palm Beach Gardens, Fla., in 2012": no sentence opens with a comma
	}
	r := firstRune(d.word(i + 1))
	return !unicode.IsLower(r)
}

// monthNames are the English months and their abbreviations.
var monthNames = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec")

var abbrev = map[string]bool{
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "no": true, "vs": true, "st": true, "mt": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jr": true, "sr": true, "av": true, "bd": true, "cf": true,
}

// directCues finds the cue of every top-level direct quote, links the pieces of interrupted
// statements and sets the kinds term and direct.
func (d *doc) directCues() {
	var prev, before *item // the last top-level quote, and the one before it when its cue follows it
	for qi := range d.direct {
		q := &d.direct[qi]
		it := d.newItem(item{Quote: Quote{Span: q.span, Kind: Direct, Flags: q.flags, Open: q.open, Close: q.close, Depth: q.depth}, raw: q})
		d.items = append(d.items, it)
		if q.depth > 0 {
			continue
		}
		if it2, ok := d.incise(it); ok {
			d.items = append(d.items, it2)
			prev = it2
			continue
		}
		// `“A,” she said, “B.” Cory Doctorow expressed doubts`: B goes on with A after its cue
		// and a comma; a cue in the sentence after B is not B's
		goesOn := prev != nil && prev.Cue != nil && prev.cueAfter && prev.raw.close != "" && prev.Cue.Span.End <= q.openAt &&
			strings.TrimSpace(d.text[prev.Cue.Span.End:q.openAt]) == "," && d.endsSentence(q)
		if c, ok := d.cueAfter(q); ok && !goesOn {
			it.Cue, it.cueAfter = d.newCue(c), true
			if b, ok := d.colonLeadIn(q); ok {
				it.Cue, it.cueAfter = d.newCue(b), false
			}
		} else if c, ok := d.cueBefore(q); ok {
			it.Cue = d.newCue(c)
		}
		if prev != nil && prev.prev == nil && before != nil && before.Cue != nil && before.cueAfter && (prev.Cue == nil || prev.Cue.Span == before.Cue.Span) && prev.raw.openAt > before.Cue.Span.End {
			if w, _ := countFields(d.text[prev.Span.Start:prev.Span.End]); w <= 5 {
				prev = before // "“A,” he told NBC’s “Today” on Monday. “B”": a title among the cue's words
			}
		}
		if prev != nil && (d.interrupted(prev, it) || prev.prev != nil && !prev.cueAfter && prev.raw.close != "" && d.paragraphGoesOn(prev.raw.closeEnd, it)) {
			prev.next, it.prev = it, prev
			prev.Flags |= Interrupted
			it.Flags |= Interrupted
			it.Cue = d.newCue(*prev.Cue)
		}
		prev, before = it, prev
	}
	d.shareCues()
	d.dItems = append(d.sc.dItems[:0], d.items...)
	d.directCue, d.afterCue = d.sc.directCue, d.sc.afterCue
	if d.directCue == nil {
		d.directCue = make(map[article.Span]bool, len(d.dItems))
		d.afterCue = make(map[article.Span]bool, len(d.dItems))
	}
	for _, it := range d.dItems {
		if it.Cue != nil {
			d.directCue[it.Cue.Span] = true
			if it.cueAfter {
				d.afterCue[it.Cue.Span] = true
			}
		}
	}
	var mixed []*item
	for _, it := range d.items {
		if it.Depth == 0 && it.cueAfter && !it.Flags.Has(Interrupted) {
			if m := d.embedded(it); m != nil {
				mixed = append(mixed, m)
			}
		}
	}
	for _, it := range d.items {
		if it.Depth > 0 {
			if it.Cue == nil && d.nestedName(it) {
				it.Kind = Term // "“I caught 'Cozza's' eye,” Healey recalled": a name the speaker marks
			}
			continue
		}
		switch {
		case it.Flags.Has(Interrupted):
		case d.isTerm(it, it.Cue) || d.titleQuote(it.raw):
			it.Kind, it.Cue = Term, nil
		case it.Cue == nil:
			if _, words := d.lead(it.raw); words > 0 {
				it.Kind = Term // quoted words inside the journalist's own sentence
			} else {
				it.Flags |= Floating
			}
		}
	}
	for _, m := range mixed {
		d.addIndirect(m)
		d.claim(m.Span)
	}
}

// shareCues gives a quote the cue of the next one when only a bare conjunction joins them:
// « A » et « B », a-t-il dit (FR-README: two direct quotes, one cue).
func (d *doc) shareCues() {
	var prev *item
	for i := len(d.items) - 1; i >= 0; i-- {
		it := d.items[i]
		if it.Depth > 0 || it.raw == nil {
			continue
		}
		if prev != nil && it.Cue == nil && prev.Cue != nil && prev.cueAfter && it.raw.close != "" && it.raw.closeEnd <= prev.raw.openAt {
			if w, ok := onlyWord(d.text[it.raw.closeEnd:prev.raw.openAt]); ok && conjunctions[lang.Fold(w)] {
				c := *prev.Cue
				it.Cue, it.cueAfter = &c, true
			}
		}
		prev = it
	}
}

// onlyWord returns the one field of s when s holds exactly one, commas counted as spaces: the
// strings.Fields of s with its commas replaced by spaces, without making them.
func onlyWord(s string) (string, bool) {
	start, end := -1, -1
	for i, r := range s {
		if r == ',' || unicode.IsSpace(r) {
			if start >= 0 && end < 0 {
				end = i
			}
			continue
		}
		if end >= 0 {
			return "", false // a second field
		}
		if start < 0 {
			start = i
		}
	}
	if start < 0 {
		return "", false
	}
	if end < 0 {
		end = len(s)
	}
	return s[start:end], true
}

// allCaps reports a word written in capitals (a glued headline: "UN RÉFÉRENDUM").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// lead returns the first token of the sentence that holds quote q and the number of the
// journalist's words before its opener in that sentence (other quotes, conjunctions and
// words in capitals do not count); a colon ends the search.
func (d *doc) lead(q *rawQuote) (start, words int) {
	j := d.tokenAt(q.openAt, &q.tOpen) - 1
	start = -1
	if isWordRune(lastRuneBefore(d.text, q.openAt)) {
		return j + 1, 0 // glued to the word before: a new sentence run into the text
	}
	for k := j; k >= 0 && k > j-200 && d.toks[k].para == d.toks[j+1].para; k-- {
		d.work++
		if q := d.inq[k]; q >= 0 {
			if r := d.direct[q]; k == j && r.close != "" && strings.ContainsRune(".!?…", lastRuneBefore(d.text, r.span.End)) {
				break // the quote before ends its sentence inside its marks
			}
			start = k
			continue
		}
		if d.sentencePunct(k) || d.isPunct(k, ":") {
			break
		}
		if d.isWord(k) && !conjunctions[d.fold[k]] && !allCaps(d.word(k)) {
			words++
		}
		start = k
	}
	return start, words
}

// frQueForms are French verb forms that the language data leaves out because they are
// mostly nouns ("le juge", "une note"), with their lemma: before "que" and after no
// determiner they report ("Le maire juge que …", "Il note que …").
var frQueForms = map[string]string{"juge": "juger", "note": "noter", "demande": "demander",
	"critique": "critiquer"}

// frQueVerb returns the lemma of the word at i when, in French, it is one of frQueForms and
// a verb: "que"/"qu'" follows and no determiner or preposition stands before it.
func (d *doc) frQueVerb(i int) (lemma string, ok bool) {
	if d.lg.Code != "fr" {
		return "", false
	}
	if n := d.fold1(i + 1); n != "que" && n != "qu'" || d.toks[i+1].para != d.toks[i].para {
		return "", false
	}
	if lemma, ok = frQueForms[d.fold[i]]; !ok {
		return "", false
	}
	p := d.fold1(i - 1)
	return lemma, !determiners[p] && !nounDeterminers[p] && p != "de" && p != "d'" && p != "du" && p != "en" && p != "à" && p != "au"
}

// nounDeterminers make the next word a noun ("la juge" stays ambiguous: "la" is also a
// pronoun, as in "la dénonce").
var nounDeterminers = set("un", "une", "des", "du", "ce", "cette", "ces", "cet", "son", "sa",
	"ses", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "the", "an", "his", "their",
	"its", "this", "these", "those", "our", "my", "your")

// enNouns are the words of nounDeterminers that are English nouns or names, the subject of the
// verb after them ("His son said", "Ma said", "Des Moines").
var enNouns = set("son", "ma", "des", "mon", "sa", "une", "ces")

// conjunctions may join quotes without carrying content ("A" et "B", a-t-il dit).
var conjunctions = set("et", "mais", "ou", "puis", "and", "but", "or", "then")

// embedded returns the mixed clause of a quote that the journalist's sentence runs into
// before a postposed cue ("C'était un "trait d'humour", a expliqué X": the clause from the
// sentence start to the comma), nil when the quote opens its sentence (after a colon, or
// joined to other quotes by a bare conjunction).
func (d *doc) embedded(it *item) *item {
	q := it.raw
	if d.titleQuote(q) {
		return nil // "Dans l'investigation d'« Envoyé Spécial » …, il revient": a title, no statement
	}
	start, words := d.lead(q)
	if words == 0 || start < 0 {
		return nil
	}
	if o := d.tokenAt(q.openAt, &q.tOpen) - 1; d.lg.Code == "en" && d.isPunct(o, ",") && d.endsWithPunct(q) {
		return nil // "…, the utility switched covers, “so they cannot burn,” Mr. McHugh said": a statement of its own after the comma
	}
	if s := d.toks[start].s; d.cutsQuote(s) {
		// the paragraph starts inside a multi-paragraph quote: the clause starts after it
		i := sort.Search(len(d.top), func(i int) bool { return d.direct[d.top[i]].span.Start >= s })
		for ce := d.direct[d.top[i-1]].closeEnd; start < len(d.toks) && d.toks[start].s < ce; start++ {
		}
		if start >= len(d.toks) || d.toks[start].s >= q.openAt {
			return nil
		}
	}
	end := it.Cue.Span.Start
	if d.subjectOnly(q.closeEnd, end, strings.HasSuffix(d.text[q.span.Start:q.span.End], ",")) {
		end = q.closeEnd // "an assurance “that people are watching,” he said": the subject is not the clause's
	}
	for end > q.closeEnd {
		r, n := utf8.DecodeLastRuneInString(d.text[:end])
		if r != ' ' && r != ',' && r != '\u00a0' {
			break
		}
		end -= n
	}
	m := d.newIndirect(it.Cue.Span, it.Cue.Lemma, d.toks[start].s, end)
	if m != nil {
		m.Kind = Mixed
	}
	return m
}

// endsWithin reports whether the sentence or clause ends (. ! ? … ; or a comma) or the
// paragraph ends within n tokens from token i.
func (d *doc) endsWithin(i, n int) bool {
	for k := i; k <= i+n; k++ {
		if k >= len(d.toks) || d.toks[k].para != d.toks[i].para || d.sentencePunct(k) || d.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// subjectOnly reports whether the bytes [s, e) between a quote's closing mark and its cue hold
// a comma (or the quote ends with one, comma true) and then only a subject pronoun or
// capitalised words (", he", ", Mr. Smith").
func (d *doc) subjectOnly(s, e int, comma bool) bool {
	words := 0
	for k := d.tokenAfter(s); k < len(d.toks) && d.toks[k].s < e; k++ {
		switch {
		case d.isPunct(k, ",") && words == 0:
			comma = true
		case d.isPunct(k, "."):
		case d.isWord(k) && (isUpperStart(d.word(k)) || enSubjects[d.fold[k]]):
			words++
		default:
			return false
		}
	}
	return comma && words > 0 && words <= 4
}

// interrupted reports whether b continues the statement of a, split by a's cue:
// "A," she said. "B" / « A », a-t-il dit, « B ».
func (d *doc) interrupted(a, b *item) bool {
	if a.Cue == nil || !a.cueAfter || a.raw.close == "" || b.cueAfter {
		return false
	}
	if b.Cue != nil && b.Cue.Span != a.Cue.Span {
		return false
	}
	gap := d.text[a.raw.closeEnd:b.raw.openAt]
	maxGap, maxRest := 160, 100
	if d.lg.Code == "en" {
		maxGap, maxRest = 400, 350 // a long apposition after the speaker: "said X, director of Y, …"
	}
	if len(gap) > maxGap || a.Cue.Span.End > b.raw.openAt || strings.Contains(gap, "\n") && !d.paragraphGoesOn(a.Cue.Span.End, b) {
		return false
	}
	// Between the cue and the next quote: its subject at most, then punctuation
	// ("she said. “B”", "a-t-il dit, « B »", "said Smith, the mayor. “B”").
	rest := strings.TrimRightFunc(d.text[a.Cue.Span.End:b.raw.openAt], isSpace)
	if rest == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(rest)
	if len(rest) >= maxRest || strings.ContainsAny(rest, "?!") || !strings.ContainsRune(",.:;—–-", last) {
		return false
	}
	// no sentence of its own between: "“A,” Smith said. Jones conceded defeat. “B.”"
	ended := false
	for k := d.tokenAfter(a.Cue.Span.End); k < len(d.toks) && d.toks[k].s < b.raw.openAt; k++ {
		if ended && d.isWord(k) {
			return false
		}
		ended = ended || d.sentencePunct(k)
	}
	return true
}

// paragraphGoesOn reports whether the English quote b, alone in the paragraph after the one
// that ends at byte from (the cue of the quote before, or the piece before when that one
// went on already), goes on with that statement: the news convention of a statement that
// runs on in paragraphs of their own ("“A,” Smith said.¶“B.”¶“C.”"). b has no cue, opens
// its paragraph and closes it, and one paragraph break lies between.
func (d *doc) paragraphGoesOn(from int, b *item) bool {
	if d.lg.Code != "en" || b.Cue != nil || b.raw.close == "" || from > b.raw.openAt {
		return false
	}
	gap := d.text[from:b.raw.openAt]
	nl := strings.IndexByte(gap, '\n')
	if nl < 0 || strings.TrimLeftFunc(gap[nl:], isSpace) != "" {
		return false // a paragraph break, then b's opening mark
	}
	after := d.text[b.raw.closeEnd:]
	if n := strings.IndexByte(after, '\n'); n >= 0 {
		after = after[:n]
	}
	return strings.TrimFunc(after, isSpace) == ""
}

// tokenAt returns d.tokenAfter(off), memoized in *memo (the index plus one, 0 when not known
// yet): the token indexes of a quote's offsets are asked for by several rules.
func (d *doc) tokenAt(off int, memo *int32) int {
	if *memo == 0 {
		d.lastAt = d.tokenNear(off, d.lastAt) // the quotes are read in text order
		*memo = int32(d.lastAt) + 1
	}
	return int(*memo) - 1
}

// tokenNear is tokenAfter(off) searched from the token hint outwards by doubling steps, then
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

// tokenAfter returns the index of the first token starting at or after byte off.
func (d *doc) tokenAfter(off int) int { return d.tokenIn(off, 0, len(d.toks)) }

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

// cueAfter looks for the cue right after a quote: ", a-t-il ajouté", "said Smith", "he said",
// ", selon le ministre", "—Name".
func (d *doc) cueAfter(q *rawQuote) (Cue, bool) {
	if q.flags.Has(Unclosed) {
		return Cue{}, false
	}
	i := d.tokenAt(q.closeEnd, &q.tClose)
	if i >= len(d.toks) || i == 0 || d.toks[i].para != d.toks[i-1].para {
		return Cue{}, false // the cue must follow the closing mark in its paragraph (the last one of a multi-paragraph quote)
	}
	dash := false
	if d.isPunct(i, "—–") || d.isPunct(i, "-") && d.toks[i].s == q.closeEnd+1 {
		if g, ok := d.verbAt(i + 1); ok {
			return Cue{Span: g.span(d), Lemma: g.lemma}, true
		}
		// A dash byline names the speaker ("— Steve Jobs"); before a lower-case word the
		// dash opens an aside of the journalist's sentence ("« pêche au chalut » – un
		// brassage…") unless a cue follows ("— he said").
		if n := i + 1; n >= len(d.toks) || d.toks[n].para != d.toks[i].para || d.isWord(n) && isUpperStart(d.word(n)) {
			return Cue{Span: article.Span{Start: d.toks[i].s, End: d.toks[i].e}, Lemma: "—"}, true
		}
		dash = true
	}
	if d.lg.Code == "en" && d.isPunct(i, ",") && !d.endsWithPunct(q) && d.inClause(q) {
		return Cue{}, false // "said in a memo that the “…”, Yahoo Finance reported": the verb after credits the report
	}
	if d.isPunct(i, ",") || dash {
		i++
	} else if d.isWord(i) && d.toks[i].s == q.closeEnd && isUpperStart(d.word(i)) && !(d.lg.Code == "en" && d.nameThenVerb(i)) {
		return Cue{}, false // a new sentence glued to the quote: « … »Comme le rappelle X
	} else if d.lg.Code == "fr" && d.endsSentence(q) && d.isWord(i) && isUpperStart(d.word(i)) && !d.frInvertedAt(i) {
		return Cue{}, false // "… « tout le monde savait. » Bernard Pivot insiste": a new sentence
	} else if !d.endsWithPunct(q) && d.inClause(q) {
		return Cue{}, false // "said that “80 countries” had confirmed": the clause goes on
	} else if o := d.tokenAt(q.openAt, &q.tOpen) - 1; d.lg.Code == "en" && !d.endsWithPunct(q) && d.isWord(o) && determiners[d.fold[o]] && !d.endsWithin(i, 3) {
		return Cue{}, false // "might not be the “jobs machine” it thinks it is": a noun phrase of the sentence
	}
	para := d.toks[i-1].para
	words := 0
	goesOn := false // the words after the quote cannot open a subject
	// the quote ends its sentence and a capitalised word follows: a comma then belongs to a
	// new sentence ("….” It was, he said, …)
	newSent := d.lg.Code == "en" && d.endsSentence(q) && d.isWord(i) && isUpperStart(d.word(i))
	title := true // the words so far are capitalised, or "of", "for", "and" inside a title
	for k := i; k < len(d.toks) && d.toks[k].para == para && (words < 7 || title && words < 12); k++ {
		if d.isWord(k) && !isUpperStart(d.word(k)) && d.fold[k] != "of" && d.fold[k] != "for" && d.fold[k] != "and" {
			title = false // "“…,” U.S. Assistant Secretary of State George Kent said": a long title and name
		}
		if d.toks[k].kind != tWord {
			// a comma inside the subject, or the dot of an abbreviation ("Gov. Kasich replied")
			if words > 0 && (d.isPunct(k, ",") && !goesOn && !newSent || d.isPunct(k, ".") && (!d.sentencePunct(k) || d.initialismBefore(k))) {
				continue // "“careless” and mishandled information, he said": the sentence goes on
			}
			if c := d.parenEnd(k); words > 0 && c > 0 && d.lg.Code == "en" {
				k = c // "Sen. Chuck Schumer (D-N.Y.) said": a party and state label
				continue
			}
			break
		}
		g, ok := d.verbAt(k)
		if ok && d.lg.Code == "en" && g.first == g.last && isUpperStart(d.word(k)) {
			if _, ok2 := d.verbAt(g.last + 1); ok2 && d.toks[g.last+1].para == para {
				ok = false // "“…,” Read said": a capitalised verb form before the verb is a name
			}
		}
		if ok {
			if o := d.tokenAt(q.openAt, &q.tOpen) - 1; words == 0 && d.lg.Code == "en" && d.toks[k-1].kind == tMark && !d.endsWithPunct(q) &&
				(strings.HasSuffix(d.fold[k], "ing") || (d.isWord(o) || d.isPunct(o, ".") && !d.fullStop(o)) && d.toks[o].para == d.toks[k].para) {
				return Cue{}, false // `would “certainly look into” releasing them`, `the U.S. “clearly” wants`: the sentence goes on
			}
			if goesOn {
				return Cue{}, false // "“a political person” and accused him of…": the sentence goes on
			}
			if words == 0 && d.lg.Code == "en" && strings.HasSuffix(d.fold[k], "ing") && d.info.bareVerbs[g.lemma] &&
				(d.has(g.last+1, lang.ClassComplementizer) || (d.clauseStart(g.last+1) || d.bareSubject(g.last+1)) && d.wordRun(g.last+1, 4)) {
				return Cue{}, false // `disputed it as "unconvincing," saying the measure is narrow`: the participle reports its own clause
			}
			if words > 0 && d.lg.Code == "en" && d.info.bareVerbs[g.lemma] && g.lemma != "tell" && (d.clauseStart(g.last+1) || d.bareSubject(g.last+1)) && d.wordRun(g.last+1, 5) {
				return Cue{}, false // "“Sunday Morning Futures,” Rep. Issa said Clinton's judgment is…": the verb has its own clause
			}
			if words > 0 && d.lg.Code == "en" && d.info.objectVerbs[g.lemma] && !d.info.invertedVerbs[g.lemma] && !d.info.postposedVerbs[g.lemma] && d.enObject(g.last+1) {
				return Cue{}, false // "…,” he also accuses it of stealing jobs: the verb has its own object
			}
			next := d.fold1(g.last + 1)
			if d.has(g.last+1, lang.ClassComplementizer) || next == "par" || next == "by" || d.frParticiple(g) {
				return Cue{}, false
			}
			if o := d.tokenAt(q.openAt, &q.tOpen) - 1; d.lg.Code == "en" && d.newSentenceAfter(q) && (d.isWord(o) || d.isPunct(o, ",")) && d.toks[o].para == para &&
				d.isPunct(g.last+1, ",") && g.last+2 < len(d.toks) && d.toks[g.last+2].kind == tMark && d.toks[g.last+2].para == para {
				return Cue{}, false // "…because “men should not….” Cruz says, “That is…”", "was asked, “…?” He answered, “…”": the next sentence leads into its own quote
			}
			if d.lg.Code == "en" && d.newSentenceAfter(q) && (d.isPunct(g.last+1, ":") || d.thatAhead(g.last+1)) {
				return Cue{}, false // "….'' Mr. Zahed said: ''…''", "….'' He said, twice, that…": a verb of the next sentence
			}
			if words > 0 && d.lg.Code == "fr" && (determiners[next] || next == "ne" || next == "n'" || d.infinitive(g.last+1)) {
				return Cue{}, false // "…", elle déplore une « … »: the verb has its own complement
			}
			if words > 0 && d.lg.Code == "fr" && d.frParticipleBefore(i, k) {
				return Cue{}, false // "… ces « attaques », préférant mettre en avant": the participle's own verb
			}
			if words > 0 && d.lg.Code == "en" && d.endsSentence(q) && isUpperStart(d.word(i)) && g.last+1 < len(d.toks) && d.toks[g.last+1].para == para && (enSubjects[next] || contractedSubject(next) || d.finiteClause(g.last+1) || indefinitePronouns[next] && enFinite[d.fold1(g.last+2)]) {
				return Cue{}, false // "….” He said he had…": a new sentence whose verb has its own clause
			}
			return Cue{Span: g.span(d), Lemma: g.lemma}, true
		}
		if last, lemma, ok := d.markerAt(k); ok && k == i {
			return Cue{Span: article.Span{Start: d.toks[k].s, End: d.toks[last].e}, Lemma: lemma}, true
		}
		if k == i && d.lg.Code == "en" && !d.enSubjectStart(k) && !d.nameAhead(k) {
			goesOn = true
		}
		if d.has(k, lang.ClassComplementizer) {
			break
		}
		words++
	}
	if g, ok := d.frIncise(i); ok && (d.isPunct(i-1, ",") && d.toks[i-1].s >= q.closeEnd || d.toks[i].s >= q.closeEnd && d.toks[i-1].e <= q.closeEnd && d.opensSentence(q)) {
		// "« … », sourit-il", and without the comma after a quote that opens its sentence:
		// "« … » commence le journaliste"
		return Cue{Span: g.span(d), Lemma: g.lemma}, true
	}
	return d.appositionCue(i)
}

// frParticipleBefore reports whether a French present participle lies in tokens [i, k)
// ("préférant", "estimant"): a verb after it is its complement, no incise of the quote before.
func (d *doc) frParticipleBefore(i, k int) bool {
	for j := i; j < k; j++ {
		if w := d.fold[j]; d.isWord(j) && len(w) > 5 && strings.HasSuffix(w, "ant") && !frAntAdverbs[w] && unicode.IsLower(firstRune(d.word(j))) {
			return true
		}
	}
	return false
}

// frAntAdverbs are French adverbs and prepositions in -ant, no participles.
var frAntAdverbs = set("cependant", "maintenant", "pourtant", "pendant", "durant", "avant", "auparavant", "désormais", "néanmoins", "concernant", "suivant")

// frInvertedAt reports whether the capitalised word at token i is a verb with its subject
// pronoun inverted ("« Non ! » Répond-il"): an incise may then follow a quote that ends its
// sentence.
func (d *doc) frInvertedAt(i int) bool {
	_, _, ok := lang.SplitInverted(d.fold[i])
	return ok
}

// opensSentence reports whether quote q opens its paragraph or sentence: no word of its
// sentence before the opening mark.
func (d *doc) opensSentence(q *rawQuote) bool {
	o := d.tokenAt(q.openAt, &q.tOpen) - 1
	return o < 0 || d.toks[o].para != d.toks[o+1].para || d.sentencePunct(o) || d.isPunct(o, ":")
}

// frIncise reads a French incise that opens at token i, after a quote and its comma, with a
// verb the lexicon does not list: inversion of the subject after a quote marks reported speech
// whatever the verb ("« … », sourit-il", "s'amuse-t-elle", "se consolait Fabrice Escure",
// "tente d'apaiser un conseiller ministériel", "tranche le ministre"). The verb group is an
// optional reflexive clitic, a lower-case word (and "de" with an infinitive), then either an
// inverted pronoun glued to the word or a subject that ends the sentence or its clause: a
// name, or a determiner and at most five lower-case words.
func (d *doc) frIncise(i int) (verbGroup, bool) {
	if d.lg.Code != "fr" || !d.isWord(i) || d.inq[i] >= 0 {
		return verbGroup{}, false
	}
	para := d.toks[i].para
	first, k := i, i
	if f := d.fold[k]; f == "se" || f == "s'" || f == "s’" {
		k++
	}
	if !d.isWord(k) || d.toks[k].para != para || d.inq[k] >= 0 || !unicode.IsLower(firstRune(d.word(k))) ||
		d.has(k, lang.ClassStopword|lang.ClassComplementizer) || determiners[d.fold[k]] || frNoIncise[d.fold[k]] || frPreps[d.fold[k]] || frNounPreps[d.fold[k]] {
		return verbGroup{}, false
	}
	if v, _, ok := lang.SplitInverted(d.fold[k]); ok {
		if n := k + 1; d.lg.Aux(v) && d.isWord(n) && d.toks[n].para == para && d.inq[n] < 0 && unicode.IsLower(firstRune(d.word(n))) &&
			!d.has(n, lang.ClassStopword|lang.ClassComplementizer) && !determiners[d.fold[n]] {
			return verbGroup{first, n, d.fold[n]}, true // "a-t-il scandé"
		}
		return verbGroup{first, k, v}, true // "sourit-il", "s'amuse-t-elle"
	}
	lemma, last := d.fold[k], k
	if n := k + 1; d.isWord(n+1) && (d.fold[n] == "de" || d.fold[n] == "d'" || d.fold[n] == "d’") && d.infinitive(n+1) {
		lemma, last = d.fold[n+1], n+1 // "tente d'apaiser"
	}
	// the subject after the verb, then the end of the sentence or of the clause
	j := last + 1
	if !d.isWord(j) || d.toks[j].para != para || d.inq[j] >= 0 {
		return verbGroup{}, false
	}
	switch {
	case isUpperStart(d.word(j)):
		for j < len(d.toks) && j <= last+5 && d.isWord(j) && d.toks[j].para == para && (isUpperStart(d.word(j)) || d.has(j, lang.ClassStopword) && j > last+1) {
			j++
		}
	case determiners[d.fold[j]]:
		j++
		for n := 0; n < 5 && d.isWord(j) && d.toks[j].para == para && d.inq[j] < 0 && !d.has(j, lang.ClassComplementizer) && !frSubjectEnds[d.fold[j]]; n++ {
			j++
		}
	default:
		return verbGroup{}, false
	}
	if j < len(d.toks) && d.toks[j].para == para && !d.sentencePunct(j) && !d.isPunct(j, ",") && !(d.isWord(j) && frSubjectEnds[d.fold[j]]) {
		return verbGroup{}, false
	}
	return verbGroup{first, last, lemma}, true
}

// frNoIncise are French function words that never open an incise: "« … », à l'image de".
var frNoIncise = set("à", "au", "aux", "en", "et", "ou", "mais", "puis", "donc", "ni", "car", "comme", "selon", "dont", "où",
	"voire", "notamment", "surtout", "même", "aussi", "ainsi", "alors", "pourtant", "tandis", "lors", "dès", "parmi", "outre")

// frSubjectEnds are the French words that open an adjunct after the subject of an incise:
// "lance le ministre lors d'un point presse", "ironise le député sur Twitter".
var frSubjectEnds = set("lors", "dans", "sur", "devant", "à", "au", "aux", "en", "pendant", "après", "avant", "depuis", "auprès",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "ce", "cette")

// indefinitePronouns may be the subject of a clause after a verb of saying ("It said something
// could evolve").
var indefinitePronouns = set("something", "nothing", "anything", "everything", "someone", "nobody", "anyone", "everyone")

// parenEnd returns the token of the ")" that closes a short parenthesis opening at token k
// (at most six tokens inside, in its paragraph, no quote), else 0: "(D-N.Y.)", "(R-Texas)".
func (d *doc) parenEnd(k int) int {
	if !d.isPunct(k, "(") {
		return 0
	}
	for j := k + 1; j < len(d.toks) && j <= k+7 && d.toks[j].para == d.toks[k].para; j++ {
		if d.isPunct(j, ")") {
			return j
		}
		if d.inq[j] >= 0 || d.toks[j].kind == tMark || d.isPunct(j, "(") {
			return 0
		}
	}
	return 0
}

// newSentenceAfter reports whether the words of quote q end its sentence (. ! ? …) and a
// capitalised word follows its closing mark.
func (d *doc) newSentenceAfter(q *rawQuote) bool {
	i := d.tokenAt(q.closeEnd, &q.tClose)
	return d.endsSentence(q) && d.isWord(i) && isUpperStart(d.word(i))
}

// thatAhead reports whether "that" follows token k within four tokens of words and commas.
func (d *doc) thatAhead(k int) bool {
	for j := k; j < k+4 && j < len(d.toks) && d.toks[j].para == d.toks[k].para && d.inq[j] < 0; j++ {
		if d.fold[j] == "that" {
			return true
		}
		if !d.isWord(j) && !d.isPunct(j, ",") {
			return false
		}
	}
	return false
}

// nameThenVerb reports whether a capitalised word at token i, glued to the closing mark
// before it, is a name of one or two words followed by a verb group ("“…,”Clinton said"): a
// typing slip, not a new sentence.
func (d *doc) nameThenVerb(i int) bool {
	for k := i + 1; k <= i+2 && d.isWord(k) && d.toks[k].para == d.toks[i].para; k++ {
		if _, ok := d.verbAt(k); ok {
			return true
		}
		if !isUpperStart(d.word(k)) {
			return false
		}
	}
	return false
}

// nameAhead reports whether lower-case words from token k lead to a capitalised name within
// four words, before any verb ("councilmember Mark Levine said", "political scientist
// Christopher Wlezien told"): the subject of a cue, with its role words first.
func (d *doc) nameAhead(k int) bool {
	for j := k; j < k+4 && d.isWord(j) && d.toks[j].para == d.toks[k].para && d.inq[j] < 0; j++ {
		if isUpperStart(d.word(j)) {
			return !d.has(j, lang.ClassStopword)
		}
		if _, ok := d.verbAt(j); ok || d.has(j, lang.ClassStopword|lang.ClassComplementizer) || enPrepositions[d.fold[j]] {
			return false
		}
	}
	return false
}

// initialismBefore reports whether the dot at token k ends an initialism ("U.S.", "U.N.",
// "D.C."): inside the few words of a subject after a quote ("U.S. Sen. John McCain said") it
// ends no sentence.
func (d *doc) initialismBefore(k int) bool {
	if !d.isWord(k-1) || d.toks[k-1].e != d.toks[k].s {
		return false
	}
	w := d.word(k - 1)
	if len(w) > 5 || !strings.Contains(w, ".") {
		return false
	}
	for _, r := range w {
		if r != '.' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// inClause reports whether quote q opens inside a reported clause of its sentence: a
// complementizer ("that", "que") stands among the eight tokens before its opener, with no
// sentence end, colon or other quote between. A verb right after such a quote's closing
// mark, with no comma inside or after the marks, goes on with the clause ("a précisé que « plus de 80 pays » avaient
// confirmé") and is not its cue.
func (d *doc) inClause(q *rawQuote) bool {
	j := d.tokenAt(q.openAt, &q.tOpen) - 1
	for k := j; k >= 0 && k > j-8 && d.toks[k].para == d.toks[j+1].para; k-- {
		d.work++
		if d.inq[k] >= 0 || d.sentencePunct(k) || d.isPunct(k, ":") {
			return false
		}
		if d.has(k, lang.ClassComplementizer) {
			return true
		}
	}
	return false
}

// endsWithPunct reports whether the words of q end with a comma or a sentence end.
func (d *doc) endsWithPunct(q *rawQuote) bool {
	last, _ := utf8.DecodeLastRuneInString(d.text[q.span.Start:q.span.End])
	return strings.ContainsRune(",;:.!?…", last)
}

// endsSentence reports whether the words of quote q end with . ! ? or ….
func (d *doc) endsSentence(q *rawQuote) bool {
	last, _ := utf8.DecodeLastRuneInString(d.text[q.span.Start:q.span.End])
	return strings.ContainsRune(".!?…", last)
}

// enSubjectStart reports whether an English subject may start at word token k: a capitalised
// word, a pronoun, a determiner, a number or a title.
func (d *doc) enSubjectStart(k int) bool {
	w := d.word(k)
	if !unicode.IsLower(firstRune(w)) {
		return true
	}
	f := d.fold[k]
	if _, ok := d.lg.Title(w); ok {
		return true
	}
	return enSubjects[f] || determiners[f] || clauseStarts[f] || f == "one" || f == "another" || f == "two" || f == "both" || f == "few"
}

// appositionCue reads a cue after a name and its apposition between commas: "“…,” Steve
// Clarke, deputy associate administrator for exploration, said in a call". i is the first
// token after the quote (and its comma). The name is at most four capitalised words, the
// apposition at most 24 tokens without sentence punctuation, quotes or complementizers, and
// the verb group comes right after its comma.
func (d *doc) appositionCue(i int) (Cue, bool) {
	if !d.isWord(i) || !isUpperStart(d.word(i)) || d.inq[i] >= 0 {
		return Cue{}, false
	}
	para := d.toks[i].para
	c1 := -1
	for k := i + 1; k < len(d.toks) && k <= i+4 && d.toks[k].para == para; k++ {
		if d.isPunct(k, ",") {
			c1 = k
			break
		}
		if !d.isWord(k) || !isUpperStart(d.word(k)) && !d.has(k, lang.ClassStopword) {
			return Cue{}, false
		}
	}
	if c1 < 0 {
		return Cue{}, false
	}
	for k := c1 + 1; k < len(d.toks) && k <= c1+25 && d.toks[k].para == para; k++ {
		if d.inq[k] >= 0 || d.sentencePunct(k) || d.has(k, lang.ClassComplementizer) || d.isPunct(k, ":()[]") {
			return Cue{}, false
		}
		if !d.isPunct(k, ",") {
			continue
		}
		if k == c1+1 {
			return Cue{}, false
		}
		g, ok := d.verbAt(k + 1)
		if !ok {
			return Cue{}, false
		}
		next := d.fold1(g.last + 1)
		if d.has(g.last+1, lang.ClassComplementizer) || next == "par" || next == "by" || d.frParticiple(g) {
			return Cue{}, false
		}
		return Cue{Span: g.span(d), Lemma: g.lemma}, true
	}
	return Cue{}, false
}

// frParticiple reports a French bare past participle ("souhaité par X", "cité", "soutenue
// par X", "reconnus"): after a quote or a comma it qualifies the words, it does not report
// them. A form that is also a present tense of an -er verb ("continue", "nie", "cite") is
// not one.
func (d *doc) frParticiple(g verbGroup) bool {
	if d.lg.Code != "fr" || g.first != g.last {
		return false
	}
	w := d.fold[g.first]
	for _, suf := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	for _, suf := range []string{"ue", "ues", "us", "ie", "ies", "ise", "ises", "ite", "ites", "te", "tes"} {
		if strings.HasSuffix(w, suf) {
			return g.lemma != strings.TrimSuffix(w, "s")+"r"
		}
	}
	return false
}

// fold1 returns the folded word at token i, "" when i is not a word.
func (d *doc) fold1(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.fold[i]
}

// cueBefore looks for the cue before a quote: a colon lead-in ("X a déclaré :", "He said:",
// or a paragraph ending with a colon), or a verb or marker a few words before the opener
// ("he said, “…”", "selon lui, « … »").
func (d *doc) cueBefore(q *rawQuote) (Cue, bool) {
	j := d.tokenAt(q.openAt, &q.tOpen) - 1
	if j < 0 {
		return Cue{}, false
	}
	if d.isPunct(j, ":") {
		stop := max(j-14, 0)
		for k := j - 1; k >= stop && d.toks[k].para == d.toks[j].para && !d.sentencePunct(k) && d.toks[k].kind != tMark; k-- {
			if g, ok := d.verbAt(k); ok && g.last < j {
				g = d.widen(g)
				return Cue{Span: g.span(d), Lemma: g.lemma}, true
			}
		}
		return Cue{Span: article.Span{Start: d.toks[j].s, End: d.toks[j].e}, Lemma: ":"}, true
	}
	if d.toks[j].para != d.toks[j+1].para {
		return Cue{}, false
	}
	best, found := Cue{}, false
	for k := j; k >= 0 && k >= j-6 && d.toks[k].para == d.toks[j].para; k-- {
		if d.sentencePunct(k) || d.toks[k].kind == tMark {
			break
		}
		if g, ok := d.verbAt(k); ok && g.last <= j && j-g.last <= 4 {
			g = d.widen(g)
			best, found = Cue{Span: g.span(d), Lemma: g.lemma}, true
			break
		}
		if last, lemma, ok := d.markerAt(k); ok && last <= j {
			best, found = Cue{Span: article.Span{Start: d.toks[k].s, End: d.toks[last].e}, Lemma: lemma}, true
			break
		}
	}
	return best, found
}

// colonLeadIn returns the verb of a colon lead-in before quote q ("Mr Blair said: “…”") when
// the quote ends its sentence and a capitalised word follows it: the words after then open a
// new sentence ("….” He admitted to a sense of frustration"), whose verb is no cue of this quote.
func (d *doc) colonLeadIn(q *rawQuote) (Cue, bool) {
	if !d.endsSentence(q) {
		return Cue{}, false
	}
	i := d.tokenAt(q.closeEnd, &q.tClose)
	if !d.isWord(i) || !isUpperStart(d.word(i)) {
		return Cue{}, false
	}
	j := d.tokenAt(q.openAt, &q.tOpen) - 1
	if !d.isPunct(j, ":") {
		return Cue{}, false
	}
	c, ok := d.cueBefore(q)
	return c, ok && c.Lemma != ":"
}

// incise splits a quote interrupted inside its own marks by an inverted cue, the French
// incise: « A, dit-il, B » or "A, poursuit-elle. B" are two pieces of one statement
// (FR-README: interrupted quotes). it becomes the first piece; the second is returned.
func (d *doc) incise(it *item) (*item, bool) {
	q := it.raw
	if q.flags.Has(Unclosed) {
		return nil, false
	}
	first := d.tokenAt(q.span.Start, &q.tStart)
	para := d.toks[first].para
	for k := first + 1; k < len(d.toks) && d.toks[k].e <= q.span.End && d.toks[k].para == para; k++ {
		d.work++
		if !d.isPunct(k, ",") || !d.isWord(k+1) {
			continue
		}
		_, _, inverted := lang.SplitInverted(d.word(k + 1))
		if !inverted && d.lg.Code != "fr" {
			continue
		}
		g, ok := d.verbAtIn(k + 1)
		if !ok {
			continue
		}
		// French also puts a named subject after the verb: ", dit Martine Leroy, 67 ans."
		if !inverted && !(d.isWord(g.last+1) && (isUpperStart(d.word(g.last+1)) || determiners[d.fold[g.last+1]])) {
			continue
		}
		m := g.last + 1
		for m < len(d.toks) && m <= g.last+5 && d.isWord(m) {
			m++
		}
		if !inverted && d.isPunct(m, ",") {
			// an apposition to the subject that ends the sentence (", 67 ans.")
			for n := m + 1; n < len(d.toks) && n <= m+5 && d.toks[n].e <= q.span.End; n++ {
				if d.isPunct(n, ".") {
					m = n
					break
				}
				if !d.isWord(n) {
					break
				}
			}
		}
		if !d.isPunct(m, ",.") || m+1 >= len(d.toks) || d.toks[m+1].e > q.span.End {
			continue
		}
		cue := Cue{Span: g.span(d), Lemma: g.lemma}
		e1 := d.toks[k].s
		it2 := d.newItem(item{Quote: Quote{Span: article.Span{Start: d.toks[m+1].s, End: q.span.End}, Kind: Direct,
			Flags: q.flags | Interrupted, Close: q.close}, raw: q, prev: it})
		it2.Cue = d.newCue(cue)
		it.Span.End, it.Close, it.Cue, it.next = e1, "", d.newCue(cue), it2
		it.Flags = it.Flags&^MultiParagraph | Interrupted // the piece before the cue is in one paragraph
		return it2, true
	}
	return nil, false
}

// verbAtIn is verbAt for a token inside a quote's marks.
func (d *doc) verbAtIn(i int) (verbGroup, bool) {
	d.inMarks = true
	g, ok := d.verbAt(i)
	d.inMarks = false
	return g, ok
}

// countFields counts the fields of s (as strings.Fields splits it) and those that start with
// an upper-case letter or are at most three bytes long, without allocating.
func countFields(s string) (words, caps int) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		n, space := 1, false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words++
			if f := s[start:i]; isUpperStart(f) || len(f) <= 3 {
				caps++
			}
			start = -1
		}
		i += n
	}
	if start >= 0 {
		words++
		if f := s[start:]; isUpperStart(f) || len(f) <= 3 {
			caps++
		}
	}
	return words, caps
}

// leadIn reports whether the words between cue and the quote of it (which follows the cue)
// lead into it: they end with a colon ("told reporters: “…”"), or with a comma before a
// quote that opens with a capital and ends its sentence ("said, in part, “We are done.”").
func (d *doc) leadIn(cue *Cue, it *item, final bool) bool {
	lead := strings.TrimRight(d.text[cue.Span.End:it.raw.openAt], " \u00a0")
	return strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, ",") && final && isUpperStart(d.text[it.Span.Start:it.Span.End])
}

// nestedName reports whether the quote it, nested in another, is a name or a title the speaker
// marks rather than words someone said: at most four words, all capitalised, with no closing
// punctuation and no verb of saying right before its opening mark ("'Cozza's'"; not "she said
// 'never again'", "er rief ‚Hilfe‘").
func (d *doc) nestedName(it *item) bool {
	if it.raw == nil || d.lg.Code == "de" {
		return false // German capitalises every noun ("er rief ‚Hilfe‘")
	}
	s := d.text[it.Span.Start:it.Span.End]
	words, caps := countFields(s)
	if words == 0 || words > 4 || caps != words || strings.ContainsAny(s, ".!?…,;:") {
		return false
	}
	k := d.tokenAt(it.raw.openAt, &it.raw.tOpen) - 1
	if !d.isWord(k) {
		return true
	}
	_, verb := d.readVerb(k)
	return !verb
}

// isTerm reports whether a direct quote is a quoted term rather than a statement (a scare
// quote, a title, a label): at most four words without sentence punctuation at the end, and
// no cue, or a cue with words between it and the quote that do not lead into it, or text going on after it; or a title
// in title case that the sentence goes on after.
// titleQuote reports whether the quote q names a work, a programme or a product rather than
// reporting words: at most five words that open with a capital and end with no punctuation,
// right after an article, a preposition of complement or "comme"/"like" ("d'« Envoyé
// Spécial »", "des émissions comme « Nulle part ailleurs »", "le « Grand Journal »", "versions
// « R »"). Quoted speech after a verb or a colon, or that ends with punctuation, is no title.
func (d *doc) titleQuote(q *rawQuote) bool {
	if q == nil || q.depth > 0 || q.span.End <= q.span.Start {
		return false
	}
	s := d.text[q.span.Start:q.span.End]
	words, _ := countFields(s)
	if words > 5 || !isUpperStart(s) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".!?…,;:", r) {
		return false
	}
	o := d.tokenAt(q.openAt, &q.tOpen) - 1
	if o < 0 || !d.isWord(o) || d.toks[o].para != d.toks[o+1].para {
		return false
	}
	w := d.fold[o]
	if !(determiners[w] || titleLead[w] || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")) {
		return false
	}
	// "a lancé un « Vive la République »", "a répondu par un « Non merci »": the object of a
	// verb of saying is words said
	for k := o - 1; k >= 0 && k >= o-2 && d.isWord(k) && d.toks[k].para == d.toks[o].para; k-- {
		if lemma, ok := d.lg.Verb(d.fold[k]); ok && d.has(k, lang.ClassVerb) && !d.info.weakVerbs[lemma] {
			return false // not "comprend le « Travel Assist »": a verb of wish or thought reports no words by itself
		}
	}
	return true
}

// titleLead are the words before a quoted title that are no determiner: "comme « … »",
// "like “…”", "de « … »".
var titleLead = set("comme", "like", "de", "du", "des", "of")

func (d *doc) isTerm(it *item, cue *Cue) bool {
	s := d.text[it.Span.Start:it.Span.End]
	end := rune(0)
	for _, r := range s {
		end = r
	}
	final := strings.ContainsRune(".!?…,;:", end)
	words, caps := countFields(s)
	goesOn := false
	if it.raw != nil && it.raw.close != "" {
		k := d.tokenAt(it.raw.closeEnd, &it.raw.tClose)
		goesOn = d.isWord(k) && d.toks[k].para == d.toks[max(k-1, 0)].para && !isUpperStart(d.word(k))
	}
	after := it.cueAfter && cue != nil
	if words <= 4 {
		if !final && (cue == nil || goesOn && !after) {
			return true
		}
		// "called the statement “offensive.”": words between the cue and the quote.
		if cue != nil && !after && it.raw != nil && cue.Span.End < it.raw.openAt && end != '?' && end != '!' && !d.leadIn(cue, it, final) {
			for k := d.tokenAfter(cue.Span.End); k < len(d.toks) && d.toks[k].s < it.raw.openAt; k++ {
				if d.isWord(k) {
					return true
				}
			}
		}
		return false
	}
	title := words >= 2 && words <= 10 && caps == words && isUpperStart(s) && (!final || end == ',')
	return title && !after && (cue == nil || goesOn)
}
