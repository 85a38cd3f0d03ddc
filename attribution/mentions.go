package attribution

import (
	"strings"

	"github.com/quotecheck/quotecheck/article"
)

// mention is a candidate speaker mention: tokens [t0, t1).
type mention struct {
	t0, t1 int
	name   int // index into doc.names when the mention is a proper name, else -1
	// sub is a byte span inside one token, for a pronoun glued to its verb ("a-t-il").
	sub article.Span
}

func (m mention) ok() bool { return m.t1 > m.t0 || m.sub.End > m.sub.Start }

var noMention = mention{name: -1}

func (d *doc) nameMentionAt(t int) mention {
	n := d.nameAt[t]
	return mention{t0: d.names[n].t0, t1: d.names[n].t1, name: n}
}

// clauseWords end a noun phrase read forwards: "said the official in Paris", "le responsable
// russe lors de".
var clauseWords = set{"who": true, "qui": true, "that": true, "que": true, "qu'": true, "in": true, "on": true,
	"at": true, "to": true, "after": true, "before": true, "when": true, "while": true, "as": true,
	"à": true, "dans": true, "lors": true, "en": true, "après": true, "avant": true, "sur": true, "devant": true,
	"mardi": true, "lundi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"and": true, "et": true, "but": true, "mais": true, "ce": true, "cette": true, "this": true, "last": true,
	"yesterday": true, "today": true, "hier": true, "aujourd'hui": true, "with": true, "avec": true, "during": true,
	"pendant": true, "about": true, "of": false}

// npAfter reads the speaker mention that starts at token t: a pronoun, a name, or a noun
// phrase up to the next punctuation or clause word ("said the official in Paris").
func (d *doc) npAfter(t int) mention {
	l := lex()
	for d.isWord(t) && (lower(d.word(t)) == "to" || lower(d.word(t)) == "by") {
		t++ // "according to", "as reported by"
	}
	if !d.isWord(t) || d.quoted[t] {
		return noMention
	}
	w := lower(d.word(t))
	if l.isPronoun(w) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	if d.nameAt[t] >= 0 {
		return d.nameMentionAt(t)
	}
	if !l.determiners[w] && !l.roles[w] && !isElision(strings.TrimRight(w, "'")) {
		return noMention
	}
	e := t + 1
	for e < len(d.toks) && e-t < 10 && d.isWord(e) && !d.quoted[e] {
		x := lower(d.word(e))
		if clauseWords[x] || l.verbs[x] != "" && !l.roles[x] {
			break
		}
		if n := d.nameAt[e]; n >= 0 {
			e = d.names[n].t1
			continue
		}
		e++
	}
	// "said the spokesman, John Smith."
	if d.isPunct(e, ",") && d.isWord(e+1) && d.nameAt[e+1] >= 0 {
		n := d.nameMentionAt(e + 1)
		if d.isPunct(n.t1, ",") || d.isPunct(n.t1, ".") || n.t1 >= len(d.toks) {
			return n
		}
	}
	if e == t+1 && l.determiners[w] {
		return noMention
	}
	return mention{t0: t, t1: e, name: -1}
}

// invertedPronoun finds the pronoun of an inverted cue inside tokens [c0, c1): "a-t-il
// ajouté", "dit-elle", "poursuit-il", "ajoute-t-on".
func (d *doc) invertedPronoun(c0, c1 int) (mention, bool) {
	for k := c0; k < c1; k++ {
		w := d.word(k)
		i := strings.LastIndexByte(w, '-')
		if i <= 0 {
			continue
		}
		p := strings.ToLower(w[i+1:])
		switch p {
		case "il", "elle", "ils", "elles", "on":
			sp := article.Span{Start: d.toks[k].s + i + 1, End: d.toks[k].e}
			return mention{t0: k, t1: k + 1, name: -1, sub: sp}, true
		}
	}
	return noMention, false
}

// isParticiple reports whether the cue at token c is a present participle after a comma
// ("…, ajoutant que", "…, adding that"): it shares the subject of the clause before.
func (d *doc) isParticiple(c int) bool {
	w := lower(d.word(c))
	return (strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ing")) && lex().verbs[w] != "" &&
		(d.isPunct(c-1, ",") || d.isWord(c-1) && lower(d.word(c-1)) == "en")
}

// onlyPunct reports whether tokens [a, b) are all punctuation.
func (d *doc) onlyPunct(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind != tokPunct {
			return false
		}
	}
	return true
}

// hasVerb reports whether tokens [a, b] hold a reporting verb.
func (d *doc) hasVerb(a, b int) bool {
	for k := a; k <= b && k < len(d.toks); k++ {
		if d.isWord(k) && lex().verbs[lower(d.word(k))] != "" {
			return true
		}
	}
	return false
}

// boundary reports whether token k ends a noun phrase read backwards.
func (d *doc) boundary(k int) bool {
	t := d.toks[k]
	if t.kind == tokPara || d.quoted[k] {
		return true
	}
	if t.kind == tokPunct {
		return true
	}
	w := lower(d.word(k))
	return w == "that" || w == "que" || w == "qu'" || w == "and" || w == "et" || w == "but" || w == "mais"
}

// subjectBefore finds the subject of the cue that starts at token c: the name, pronoun or
// noun phrase just before it, over auxiliaries and adverbs and over an apposition
// ("Hugh Hill, a doctor, said"; "le président du Parlement iranien avait affirmé").
func (d *doc) subjectBefore(c int) mention {
	l := lex()
	t := c - 1
	for t >= 0 && d.isWord(t) && !d.quoted[t] && l.aux[lower(d.word(t))] && d.nameAt[t] < 0 {
		t--
	}
	if t < 0 || d.quoted[t] {
		return noMention
	}
	if d.isPunct(t, ",") {
		return d.apposition(t)
	}
	if !d.isWord(t) {
		return noMention
	}
	w := lower(d.word(t))
	if w == "who" || w == "qui" || w == "which" {
		k := t - 1
		if d.isPunct(k, ",") {
			k--
		}
		if d.isWord(k) {
			if m := d.phraseEndingAt(k); m.ok() {
				return m
			}
		}
		return mention{t0: t, t1: t + 1, name: -1}
	}
	if l.isPronoun(w) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	return d.phraseEndingAt(t)
}

// apposition handles a comma just before the cue: "X, a doctor, said", "Le ministre, Y, a dit".
func (d *doc) apposition(comma int) mention {
	k := comma - 1
	if !d.isWord(k) || d.quoted[k] {
		return noMention
	}
	m := d.phraseEndingAt(k)
	if !m.ok() {
		return noMention
	}
	if m.name >= 0 {
		return m
	}
	// "Hugh Hill, a doctor, said": a name before the role
	if d.isPunct(m.t0-1, ",") && d.isWord(m.t0-2) && d.nameAt[m.t0-2] >= 0 {
		return d.nameMentionAt(m.t0 - 2)
	}
	return m
}

// phraseEndingAt returns the mention whose last token is t: a name, a pronoun, or a noun
// phrase from its determiner ("the union", "le président du Parlement iranien").
func (d *doc) phraseEndingAt(t int) mention {
	l := lex()
	if d.nameAt[t] >= 0 && d.names[d.nameAt[t]].t1 == t+1 {
		m := d.nameMentionAt(t)
		// "le président russe Vladimir Poutine" keeps the name only
		return m
	}
	if l.isPronoun(d.word(t)) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	s := t
	det := -1
	for s >= 0 && t-s < 12 && !d.boundary(s) {
		if l.determiners[lower(d.word(s))] {
			det = s
		}
		if d.toks[s].sentStart {
			break
		}
		s--
	}
	if det < 0 {
		// a bare plural or role without article: "officials said", "Democrats say"
		if t-s <= 2 && d.isWord(t) && !l.stopCaps[lower(d.word(t))] && l.verbs[lower(d.word(t))] == "" {
			return mention{t0: t, t1: t + 1, name: -1}
		}
		return noMention
	}
	// the leftmost determiner of the phrase, so "le président du Parlement" keeps "le"
	return mention{t0: det, t1: t + 1, name: -1}
}

// clauseSubject finds the subject of the clause that ends at token t (a colon): the first
// name or pronoun of the sentence, else the noun phrase before the verb.
func (d *doc) clauseSubject(t int) mention {
	s := t
	for s > 0 && d.sent[s-1] == d.sent[t] && d.toks[s-1].kind != tokPara {
		s--
	}
	for k := s; k < t; k++ {
		if d.quoted[k] || !d.isWord(k) {
			continue
		}
		if n := d.nameAt[k]; n >= 0 && d.names[n].kind != KindOutlet {
			return d.nameMentionAt(k)
		}
		if lex().isPronoun(d.word(k)) && k-s <= 2 {
			return mention{t0: k, t1: k + 1, name: -1}
		}
	}
	return noMention
}
