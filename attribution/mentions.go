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
	// rel is the antecedent of a relative pronoun mention ("Barkley, who said"), or nil.
	rel *mention
	// subject is true when the mention is read in the subject position of its cue or as the
	// complement of "according to": any noun phrase there is a source ("polls show").
	subject bool
}

// asSubject returns m marked as read in the subject position of its cue.
func (m mention) asSubject() mention {
	m.subject = true
	return m
}

func (m mention) ok() bool { return m.t1 > m.t0 || m.sub.End > m.sub.Start }

var noMention = mention{name: -1}

func (d *doc) nameMentionAt(t int) mention {
	n := d.nameAt[t]
	return mention{t0: d.names[n].t0, t1: d.names[n].t1, name: n}
}

// clauseWords end a noun phrase read forwards: "said the official in Paris", "le responsable
// russe lors de", "a développé l'ancien Premier ministre alors que".
var clauseWords = set{"who": true, "qui": true, "that": true, "que": true, "qu'": true, "in": true, "on": true,
	"at": true, "to": true, "after": true, "before": true, "when": true, "while": true, "as": true,
	"à": true, "dans": true, "lors": true, "en": true, "après": true, "avant": true, "sur": true, "devant": true,
	"mardi": true, "lundi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"and": true, "et": true, "but": true, "mais": true, "ce": true, "cette": true, "this": true, "last": true,
	"yesterday": true, "today": true, "hier": true, "aujourd'hui": true, "with": true, "avec": true, "during": true,
	"pendant": true, "about": true, "of": false,
	"alors": true, "tandis": true, "lorsque": true, "quand": true, "puisque": true}

// npAfter reads the speaker mention that starts at token t: a pronoun, a name, or a noun
// phrase up to the next punctuation or clause word ("said the official in Paris").
func (d *doc) npAfter(t int) mention { return d.npAfterMode(t, false) }

// npAfterMode is npAfter; loose also accepts a phrase without an article ("according to early
// results of the exit poll").
func (d *doc) npAfterMode(t int, loose bool) mention {
	l := lex()
	for d.isWord(t) && (d.lw(t) == "to" || d.lw(t) == "by") {
		t++ // "according to", "as reported by"
	}
	t = d.skipAdjuncts(t)
	if !d.isWord(t) || d.quoted[t] {
		return noMention
	}
	w := d.lw(t)
	// "said on a call": a preposition; "said one Conservative backbencher": a determiner
	if l.isPronoun(w) && w != "on" && !(w == "one" && d.isWord(t+1) && !d.quoted[t+1]) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	if n := d.nameAt[t]; n >= 0 {
		if e := d.names[n].t1; e-d.names[n].t0 == 1 && d.names[n].kind == KindUnknown && !isPossessive(d.word(t)) && d.isWord(e) && !d.toks[e].upper && !d.quoted[e] && d.canSpeak(e) && !d.has(e, fVerb|fPrep|fDocNoun) {
			return mention{t0: t, t1: e + 1, name: -1} // "according to Belgian authorities": an adjective of the noun that speaks
		}
		if e := d.names[n].t1; isPossessive(d.word(e-1)) && !contraction(d.word(e-1)) {
			m := d.possessivePhrase(t, e) // "said Clinton’s top foreign policy aide Jake Sullivan"
			if loose && m.name >= 0 && m.t1 == e && d.isWord(e) && !d.quoted[e] {
				// "according to POLITICO's analysis", "according to Axelrod's memoir": the
				// possessive with the noun it owns is the source
				k := e
				for k < len(d.toks) && k-e < 4 && d.isWord(k) && !d.quoted[k] && !d.has(k, fClause|fVerb|fPrep) && d.nameAt[k] < 0 {
					k++
				}
				if k > e {
					return mention{t0: t, t1: k, name: -1}
				}
			}
			return m
		}
		if m := d.personAfterModifiers(t); m.ok() {
			return m // "said Obama adviser David Axelrod"
		}
		return d.nameMentionAt(t)
	}
	if n := d.nameAt[min(t+1, len(d.toks)-1)]; n >= 0 && d.names[n].t0 == t+1 && d.names[n].kind != KindPerson && isElision(strings.TrimRight(w, "'’")) {
		return d.nameMentionAt(t + 1) // "selon l'ONU": the organisation, without its article
	}
	// "said former Gov. Bill Richardson", "said retired Rep. John Boehner"
	for k := t + 1; k < t+3 && d.isWord(k) && !d.toks[t].upper; k++ {
		if n := d.nameAt[k]; n >= 0 && d.names[n].kind == KindPerson {
			return d.nameMentionAt(k)
		}
		if !d.isWord(k) || d.has(k, fDeterminer) {
			break
		}
	}
	if !d.toks[t].upper {
		if m := d.personAfterModifiers(t); m.ok() {
			return m // "said former Obama adviser David Axelrod"
		}
	}
	if !l.determiners[w] && !l.roles[w] && !isElision(strings.TrimRight(w, "'")) && !(loose && !clauseWords[w]) &&
		!(d.toks[t].kind == tokWord && !d.toks[t].upper && strings.HasSuffix(w, "s") && d.canSpeak(t) && !l.told[d.lw(t-1)]) { // "said analysts", not "told reporters"
		return noMention
	}
	e := t + 1
	for e < len(d.toks) && e-t < 10 && d.isWord(e) && !d.quoted[e] { // "la directrice de ce lieu" goes on over "ce"
		x := d.lw(e)
		if d.has(e, fClause) && !(frOf[d.lw(e-1)] && (x == "ce" || x == "cette")) || d.has(e, fVerb) && !l.roles[x] && !d.has(e, fSpeaker) || d.frAdjunctAt(e) ||
			d.frAdverbAt(t, e) {
			break // "said the official in Paris"; "according to a congressional report" goes on
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
	// "la porte-parole du gouvernement Sibeth Ndiaye": the name in the phrase; "l'entourage de
	// Marlène Schiappa" is someone else, the name after "de" its complement
	for k := e - 1; k > t; k-- {
		if n := d.nameAt[k]; n >= 0 && d.names[n].kind == KindPerson && d.names[n].t1 == e && !(frOf[d.lw(d.names[n].t0-1)] && !d.toks[d.names[n].t0-1].upper) {
			return d.nameMentionAt(k)
		}
	}
	return mention{t0: t, t1: e, name: -1}
}

// frAdverbAt reports whether token e, in a French phrase that opens with an article at token
// t, is an adverb in -ment that follows a word of the phrase, not a determiner or a
// preposition: "rétorque le maire de Bordeaux visiblement agacé" ends before it, "le président
// du département" does not.
func (d *doc) frAdverbAt(t, e int) bool {
	if w := d.lw(t); !detsM[w] && !detsF[w] && w != "l'" && w != "l’" {
		return false
	}
	x, p := d.lw(e), d.lw(e-1)
	return len(x) > 6 && strings.HasSuffix(x, "ment") && !d.toks[e].upper && !d.has(e, fRole|fSpeaker) &&
		!frOf[p] && !frArticles[p] && !d.has(e-1, fDeterminer|fPrep)
}

// frLocutions open a French prepositional locution with "à": "face à", "grâce à", "suite à",
// "quant à", "jusqu'à" end the noun phrase before them.
var frLocutions = set{"face": true, "grâce": true, "suite": true, "quant": true, "jusqu'": true, "jusqu’": true}

// frAdjunctAt reports whether a French adjunct opens at token k, ending the phrase of a
// speaker before it: "au" or "aux" before an outlet ("assure l'entourage du ministre au
// Parisien") or before the nouns of a time or a place of speech ("au cours d'une conférence
// de presse", "au micro de RTL"). "au" before any other word may belong to a role ("ministre
// délégué aux Transports").
func (d *doc) frAdjunctAt(k int) bool {
	if w := d.lw(k); frLocutions[w] && d.isWord(k+1) && (d.lw(k+1) == "à" || d.lw(k+1) == "au" || d.lw(k+1) == "aux") {
		return true // "face à la journaliste", "grâce au soutien": a prepositional locution
	}
	if w := d.lw(k); w != "au" && w != "aux" || !d.isWord(k+1) {
		return false
	}
	if n := d.nameAt[k+1]; n >= 0 && d.names[n].t0 == k+1 && d.names[n].kind == KindOutlet {
		return true
	}
	return frAdjunctNouns[d.lw(k+1)]
}

// frAdjunctNouns are the nouns after "au" that open an adjunct of time or place of speech.
var frAdjunctNouns = set{"cours": true, "micro": true, "terme": true, "moment": true, "lendemain": true, "sortir": true,
	"début": true, "fil": true, "journal": true, "site": true, "quotidien": true, "magazine": true, "sujet": true}

// skipAdjuncts skips adverbs and short adjuncts between an inverted cue and its subject:
// "s'alarme de son côté le député", "a précisé sur RMC-BFMTV Adrien Taquet", "said Tuesday".
func (d *doc) skipAdjuncts(t int) int {
	l := lex()
	for n := 0; n < 6 && d.isWord(t); n++ {
		w := d.lw(t)
		switch {
		case w == "de" && d.isWord(t+2) && (d.lw(t+1) == "son" || d.lw(t+1) == "leur") && d.lw(t+2) == "côté",
			w == "pour" && d.isWord(t+2) && (d.lw(t+1) == "sa" || d.lw(t+1) == "leur") && d.lw(t+2) == "part":
			t += 3 // "a déclaré de son côté le préfet", "a pour sa part souligné"
		case l.aux[w] && !l.determiners[w] && !l.isPronoun(w) || clauseWords[w] && isDay(w):
			t++
		case dayParts[w] && d.isWord(t-1) && (isDay(d.lw(t-1)) || dayParts[d.lw(t-1)]):
			t++ // "regrettait vendredi soir le Premier ministre"
		case (w == "ce" || w == "cet") && d.isWord(t+1) && dayParts[d.lw(t+1)] && !d.quoted[t+1]:
			t += 2 // "a déclaré ce matin le ministre"
		case (w == "sur" || w == "on" || w == "à" || w == "au") && d.isWord(t+1) && d.nameAt[t+1] >= 0:
			t = d.names[d.nameAt[t+1]].t1
		case (w == "sur" || w == "à") && d.isWord(t+2) && d.has(t+1, fDeterminer) && d.nameAt[t+2] >= 0:
			t = d.names[d.nameAt[t+2]].t1 // "a indiqué à l'AFP le ministre"
		default:
			return t
		}
	}
	return t
}

func isDay(w string) bool { return days[w] }

// dayParts are the French words of a time of day that follow a day ("vendredi soir", "hier
// matin", "lundi dernier") or "ce" ("ce matin"), lower case.
var dayParts = set{"matin": true, "midi": true, "après-midi": true, "soir": true, "soirée": true,
	"dernier": true, "prochain": true}

// days are the day names and the days relative to today, lower case.
var days = set{"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true,
	"dimanche": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "hier": true}

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
	w := d.lower(d.word(c))
	return (strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ing")) &&
		(d.isPunct(c-1, ",") || d.toks[c].sentStart || d.isWord(c-1) && d.lw(c-1) == "en" ||
			strings.HasSuffix(w, "ant") && d.isWord(c-1) && !d.quoted[c-1] && d.has(c-1, fVerb) || // "a-t-il précisé ajoutant que"
			d.isPunct(c-2, ",") && c > 0 && d.toks[c-1].kind == tokPunct && isQuoteRune(rune0(d.word(c-1)))) // `a “bad earpiece,” claiming`
}

// isInfinitive reports whether the cue at token c is an infinitive governed by another verb
// ("a tenu à souligner", "wants to say"): it shares the subject of that verb.
func (d *doc) isInfinitive(c int) bool {
	w := d.lower(d.word(c))
	if !(strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")) || !d.isWord(c-1) {
		return false
	}
	switch d.lw(c - 1) {
	case "de", "d'", "à", "pour", "sans", "to", "veut", "voulu", "tenu", "souhaite":
		return true
	}
	return false
}

var prepositions = set{"à": true, "a": false, "en": true, "au": true, "aux": true, "dans": true, "de": true, "du": true,
	"des": true, "d'": true, "in": true, "at": true, "from": true, "of": true, "on": true, "to": true, "for": true,
	"with": true, "by": true, "sur": true, "pour": true, "par": true, "avec": true, "chez": true, "vers": true,
	"into": true, "near": true, "près": true, "depuis": true, "about": true, "within": true, "inside": true, "among": true,
	"entre": true, "contre": true, "parmi": true, "sous": true, "sans": true, "envers": true, "malgré": true}

// afterPreposition reports whether the mention starting at token t is the complement of a
// preposition ("en Floride", "in Michigan"), so not a subject.
func (d *doc) afterPreposition(t int) bool {
	if d.isWord(t-1) && d.toks[t-1].upper && d.nameAt[t] >= 0 && lex().particles[d.lw(t-1)] {
		return false // "De Blasio said": a capitalised particle of the name
	}
	return d.has(t-1, fPrep) // a word whose folded form is in prepositions
}

// pronounInside returns a personal pronoun token inside [c0, c1) ("leurs" in "à leurs yeux").
func (d *doc) pronounInside(c0, c1 int) (int, bool) {
	for k := c0; k < c1; k++ {
		if d.has(k, fPronoun) && pronounGender(d.lw(k)) != GenderUnknown { // every pronoun has the flag
			return k, true
		}
	}
	return 0, false
}

// sentenceSubject finds the subject of the sentence holding token c: after a sentence-initial
// participial or prepositional phrase ("Annonçant …, il a …"), the first name, pronoun or
// determiner phrase that no preposition governs.
func (d *doc) sentenceSubject(c int) mention {
	l := lex()
	s := c
	for s > 0 && c-s < maxBackTokens && d.sent[s-1] == d.sent[c] && d.toks[s-1].kind != tokPara {
		s--
	}
	end := len(d.toks)
	if c > s {
		end = c
	}
	s = d.afterDateline(s, end)
	if s >= len(d.toks) { // the text ends with the dateline: no subject follows
		return noMention
	}
	if coordinators[d.lw(s)] && s+1 < end && d.isWord(s+1) {
		s++ // "But Trump later blamed …": the conjunction opens no phrase
	}
	first := d.lower(d.word(s))
	skipFirst := d.isWord(s) && (strings.HasSuffix(first, "ant") || strings.HasSuffix(first, "ing") || prepositions[d.lw(s)] || adjunctOpeners[first] ||
		l.stopCaps[d.lw(s)] && !d.has(s, fDeterminer) || subordinators[d.lw(s)] && !d.has(s, fPronoun) ||
		(strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "é") || strings.HasSuffix(first, "ée") || strings.HasSuffix(first, "és") || strings.HasSuffix(first, "ées")) && d.nameAt[s] < 0 && !d.canSpeak(s) && !d.has(s, fDeterminer)) // "Asked on Monday whether …, Mrs. Clinton said", "Invité sur BFMTV, Édouard Philippe a"
	for k := s; k < end && d.sent[k] == d.sent[c]; k++ {
		if skipFirst {
			if d.isPunct(k, ",") {
				skipFirst = false
			}
			continue
		}
		if d.quoted[k] || !d.isWord(k) || d.afterPreposition(k) {
			continue
		}
		w := d.lw(k)
		if n := d.nameAt[k]; n >= 0 && d.names[n].t0 == k && d.names[n].kind != KindOutlet {
			if d.attributive(n) {
				return d.attributivePhrase(n) // "The Sanders campaign responded"
			}
			e := d.names[n].t1
			if d.isPunct(e, ".") && d.isPunct(e+1, ",") {
				e++ // "Beaumont, Tex., Mr. Trump": the dot of an abbreviated state
			}
			if d.isPunct(k-1, ",") && d.isPunct(e, ",") && k-1 > s && d.nameAt[k-2] >= 0 {
				continue // "In Coralville, Iowa, Mr. Bush rejected": a place set off after a place
			}
			return d.nameMentionAt(k)
		}
		if d.has(k, fPronoun) && pronounGender(w) != GenderUnknown && (l.pronM[w] || l.pronF[w] || l.pronP[w]) && w != "lui" && w != "leur" && w != "his" && w != "her" && w != "their" {
			return mention{t0: k, t1: k + 1, name: -1}
		}
		if l.determiners[w] && k+1 < end && d.isRoleHead(k+1, min(end, k+4)) {
			e := k + 1
			for e < end && d.isWord(e) && !clauseWords[d.lw(e)] && !l.isVerbForm(d.lw(e)) && !l.aux[d.lw(e)] && !frVerbClitics[d.lw(e)] {
				if e > k+1 && strings.HasSuffix(d.lw(e), "ed") && !d.has(e-1, fDeterminer|fPrep) {
					break // "The company raised prices, citing …": a past tense ends the subject
				}
				if e > k+1 && !d.toks[e].upper && !d.has(e, fPrep|fDeterminer|fRole) && d.isWord(e+1) && d.has(e+1, fDeterminer) && !d.has(e+1, fPrep) && d.lw(e+1) != "a" {
					break // "Le ministre appelle la population …": a word before an article is the verb (French "a" is "has")
				}
				e++
			}
			if m := d.frRoleHolder(e, end); m.ok() {
				return m
			}
			return mention{t0: k, t1: e, name: -1}
		}
		if frArticles[w] && k+1 < end && d.isWord(k+1) && !d.toks[k+1].upper && d.has(k+1, fSpeaker) && (k == s || !d.isWord(k-1) || coordinators[d.lw(k-1)]) {
			return mention{t0: k, t1: d.frComplements(k+2, end), name: -1} // "Le ministère du Travail dément"
		}
		if l.verbs[w] != "" || verbAux[w] {
			break
		}
	}
	return noMention
}

// frVerbClitics are the French reflexive and negative clitics that stand only before a verb:
// a subject phrase ends before them ("Le sénateur se sentait", "l'élu ne reste pas").
var frVerbClitics = set{"se": true, "s'": true, "s’": true, "ne": true, "n'": true, "n’": true}

// frArticles are the French articles that open a subject noun phrase.
var frArticles = set{"le": true, "la": true, "l'": true, "l’": true, "les": true}

// frComplements returns the end of the complements that start at token e, before end, of a
// French noun: "de", "du", "des" or "d'" with an optional article and a name or a word
// ("du Travail", "de la Santé", "de Paris"). A lower-case word after the head is no part of
// it, as it may be the verb.
func (d *doc) frComplements(e, end int) int {
	for e < end && d.isWord(e) && frOf[d.lw(e)] {
		k := e + 1
		if d.isWord(k) && frArticles[d.lw(k)] {
			k++
		}
		if !d.isWord(k) || d.quoted[k] || k >= end {
			break
		}
		if n := d.nameAt[k]; n >= 0 && d.names[n].t0 == k {
			e = d.names[n].t1
			continue
		}
		if d.has(k, fVerb) || lex().dataVerbs[d.lw(k)] != "" || lex().aux[d.lw(k)] || frVerbClitics[d.lw(k)] {
			break
		}
		e = k + 1
	}
	return e
}

// frRoleHolder returns the person named at the end of the complement of a French role noun
// that opens at token e with "de" ("La maire de Paris Anne Hidalgo n'a pas tardé"): up to
// six words and names before the verb, the name last. A person named right after "de" is the
// complement, and the holder only a name set off by commas after it ("L'avocate de M.
// Castelain, Florence Rault,"). It returns noMention otherwise.
func (d *doc) frRoleHolder(e, end int) mention {
	if !d.isWord(e) || !frOf[d.lw(e)] {
		return noMention
	}
	for k := e + 1; k < end && k <= e+6 && d.isWord(k) && !d.quoted[k]; k++ {
		n := d.nameAt[k]
		if n < 0 {
			if d.has(k, fVerb) || clauseWords[d.lw(k)] {
				return noMention
			}
			continue
		}
		t1 := d.names[n].t1
		if d.names[n].t0 == k && d.names[n].kind == KindPerson && frOf[d.lw(k-1)] {
			// "L'avocate de M. Castelain, Florence Rault": the name after "de" is the
			// complement; the holder is the name set off after it
			if d.isPunct(t1, ",") && d.isWord(t1+1) {
				if a := d.nameAt[t1+1]; a >= 0 && d.names[a].t0 == t1+1 && d.names[a].kind == KindPerson && d.isPunct(d.names[a].t1, ",") {
					return d.nameMentionAt(t1 + 1)
				}
			}
			return noMention
		}
		if d.names[n].t0 == k && d.names[n].kind == KindPerson && t1 < len(d.toks) && (d.isPunct(t1, ",") || !d.isWord(t1) ||
			d.has(t1, fVerb) || lex().aux[d.lw(t1)] || verbAux[d.lw(t1)] || strings.HasPrefix(d.lw(t1), "n'") || d.lw(t1) == "ne") {
			return d.nameMentionAt(k)
		}
		k = t1 - 1
	}
	return noMention
}

// onlyQuotes reports whether tokens [a, b) hold only punctuation, quoted words and the
// conjunctions that join two quotes: `« … » et « … », a indiqué`, `"…" and "…," he said`.
func (d *doc) onlyQuotes(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind == tokPunct || d.quoted[k] {
			continue
		}
		switch d.lw(k) {
		case "et", "and", "ou", "or":
			continue
		}
		return false
	}
	return true
}

// objectClitics are the French object pronouns of a hearer that stand before an inverted cue:
// « … », lui a lancé X; « … », leur a répondu X.
var objectClitics = set{"lui": true, "leur": true, "me": true, "te": true}

// skipObjectClitics returns the first token of the object pronouns right before the cue at
// token c0, or c0 when there are none: they leave the subject after the verb.
func (d *doc) skipObjectClitics(c0 int) int {
	for c0 > 0 && d.isWord(c0-1) && !d.quoted[c0-1] && objectClitics[d.lw(c0-1)] {
		c0--
	}
	return c0
}

// hasVerb reports whether tokens [a, b] hold a reporting verb.
func (d *doc) hasVerb(a, b int) bool {
	for k := a; k <= b && k < len(d.toks); k++ {
		if d.has(k, fVerb) { // a word whose folded form is a verb of the lexicon
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
	w := d.lw(k)
	return w == "that" || w == "que" || w == "qu'" || w == "and" || w == "et" || w == "but" || w == "mais" ||
		w == "which" || w == "who" || w == "whom" || w == "whose" || w == "where" || w == "qui" || w == "dont" || w == "où" ||
		w == "when" || w == "because" || w == "although" || w == "though" || w == "unless" || w == "whether" ||
		w == "lorsque" || w == "lorsqu'" || w == "quand" || w == "parce"
}

// relativeBefore reports whether the cue at token c follows a relative pronoun ("who said"),
// whose antecedent may be the complement of a preposition ("went to Charles Barkley, who said").
func (d *doc) relativeBefore(c int) bool {
	l := lex()
	t := c - 1
	for t >= 0 && d.isWord(t) && l.aux[d.lw(t)] {
		t--
	}
	if !d.isWord(t) {
		return false
	}
	return isRelativeSubject(d.lw(t))
}

// subjectBefore finds the subject of the cue that starts at token c: the name, pronoun or
// noun phrase just before it, over auxiliaries and adverbs and over an apposition
// ("Hugh Hill, a doctor, said"; "le président du Parlement iranien avait affirmé").
func (d *doc) subjectBefore(c int) mention {
	l := lex()
	t := d.skipAuxBefore(c - 1)
	if q := d.frFloatingQuantifier(t); q >= 0 {
		return d.subjectBefore(q) // "Cédric Villani et Rachida Dati ont tous les deux déclaré"
	}
	if w := d.lw(t); (w == "both" || w == "all" || w == "each") && (d.isWord(t-1) && !d.has(t-1, fPrep) || d.isPunct(t-1, ")")) && !d.quoted[t-1] {
		return d.subjectBefore(t) // "He and Chairman Bob Goodlatte both criticized", "they all said": a floating quantifier
	}
	if d.isWord(c) && d.isWord(t) && t == c-1 && !d.toks[t].upper && !d.has(t, fVerb) && strings.HasSuffix(d.lw(t), "ed") &&
		d.isWord(t-1) && !d.has(t-1, fDeterminer|fPrep) && !d.quoted[t] {
		return d.subjectBefore(t) // a noun cue after a verb: "The bloodshed raised fears that"
	}
	if d.isPunct(t, ",") && d.isPunct(t-1, ")") && (d.isWord(t-2) || d.isPunct(t-2, ".")) { // "Sen. Jack Reed (D-R.I.), said"
		t--
	}
	if d.isPunct(t, ".") && t > 0 && d.nameAt[t-1] >= 0 && d.toks[t].s == d.toks[t-1].e {
		t-- // "Joseph R. Biden Jr. said": the period of an abbreviation ends the name
	}
	if d.isPunct(t, ")") { // "Gov. John Kasich (R-OH) said"
		k := t
		for k > 0 && t-k < 8 && !d.isPunct(k, "(") {
			k--
		}
		if d.isPunct(k, "(") {
			t = k - 1
		}
	}
	if t < 0 || d.quoted[t] {
		return noMention
	}
	if d.isPunct(t, "%") && d.isWord(t-1) && isQuantity(d.lw(t-1)) && d.clauseOpensAt(t-1) {
		return mention{t0: t - 1, t1: t + 1, name: -1, subject: true} // "42% say"
	}
	if d.isPunct(t, ",") || isDash(d, t) {
		// "her campaign's leadership, who, on a press call Friday, criticized"
		for k := t - 1; k > 0 && t-k < 12 && !d.quoted[k]; k-- {
			if d.isPunct(k, ",") || isDash(d, k) {
				if d.isWord(k-1) && isRelativeSubject(d.lw(k-1)) {
					return d.subjectBefore(k)
				}
				break
			}
		}
	}
	if d.isPunct(t, ",") {
		if m := d.interruptedSubject(t); m.ok() {
			return m
		}
		return d.apposition(t)
	}
	if !d.isWord(t) {
		return noMention
	}
	w := d.lw(t)
	if isRelativeSubject(w) || w == "that" && d.relativeThat(t) {
		k := t - 1
		if d.isPunct(k, ",") {
			k--
		}
		if d.isWord(k) {
			if m := d.phraseEndingAt(k); m.ok() {
				m = d.appositionHead(m)
				return mention{t0: t, t1: t + 1, name: -1, rel: &m}
			}
		}
		return mention{t0: t, t1: t + 1, name: -1}
	}
	if reflexives[w] && d.isWord(t-1) && (d.nameAt[t-1] >= 0 || d.has(t-1, fRole|fSpeaker)) {
		return d.subjectBefore(t) // "Trump himself was delighted": the name the pronoun stresses
	}
	if l.isPronoun(w) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	if k := d.relativeOverAdjunct(t); k >= 0 {
		return d.subjectBefore(k + 1) // "Sanders, who on Tuesday endorsed", "who last year threatened"
	}
	if k := d.timeAdjunctStart(t); k > 0 && d.isWord(k-1) && !d.quoted[k-1] && !d.verbForm(k-1) {
		// "The World Health Organization on Friday warned": a name, or a phrase opening the sentence
		if m := d.subjectBefore(k); m.ok() && (m.name >= 0 || d.toks[m.t0].sentStart && m.t1-m.t0 <= 4) {
			return m
		}
	}
	if m := d.coordinatedNames(t); m.ok() {
		return m // "Both Smith and Jones said", "Cédric Villani et Rachida Dati ont déclaré"
	}
	return d.phraseEndingAt(t)
}

// coordinatedNames returns the phrase of two persons' names joined by "and" or "et" that ends
// at token t, with "both" or "tous les deux" before it when there is one: a group speaks, not
// the last of them. noMention when the words before t are no such pair.
func (d *doc) coordinatedNames(t int) mention {
	n := d.nameAt[t]
	if n < 0 || d.names[n].t1 != t+1 || d.names[n].kind != KindPerson {
		return noMention
	}
	a := d.names[n].t0 - 1
	if w := d.lw(a); !d.isWord(a) || w != "and" && w != "et" || d.quoted[a] {
		return noMention
	}
	p := d.nameAt[max(a-1, 0)]
	if a < 1 || p < 0 || d.names[p].t1 != a || d.names[p].kind != KindPerson {
		return noMention
	}
	t0 := d.names[p].t0
	if d.isWord(t0-1) && d.lw(t0-1) == "both" {
		t0-- // "Both Smith and Jones"
	}
	if !d.clauseOpensAt(t0) && !d.isPunct(t0-1, ",") {
		return noMention // "met Smith and Jones": an object, not a subject
	}
	return mention{t0: t0, t1: t + 1, name: -1, subject: true}
}

// frFloatingQuantifier returns the first token of a French quantifier that floats between an
// auxiliary and its participle and ends at token t ("ont tous les deux déclaré", "ont toutes
// deux affirmé", "ont tous dénoncé"), or -1: the subject comes before it.
func (d *doc) frFloatingQuantifier(t int) int {
	k := t
	if d.isWord(k) && frQuantNumbers[d.lw(k)] {
		k--
		if d.isWord(k) && d.lw(k) == "les" {
			k--
		}
	}
	if !d.isWord(k) || d.quoted[k] || (d.lw(k) != "tous" && d.lw(k) != "toutes") || !d.isWord(k-1) || !lex().aux[d.lw(k-1)] && !verbAux[d.lw(k-1)] {
		return -1
	}
	return k
}

// frQuantNumbers are the numbers after "tous les" in a floating quantifier.
var frQuantNumbers = set{"deux": true, "trois": true, "quatre": true}

// verbForm reports whether token k is a participle or an -ing form that a time adjunct after
// it complements ("a report published Wednesday", "voters voting Tuesday").
func (d *doc) verbForm(k int) bool {
	w := d.lw(k)
	return isParticipleForm(w) || irregularParticiples[w] || strings.HasSuffix(w, "ing")
}

// timeAdjunctStart returns the first token of a time adjunct ending at token t ("on Friday",
// "Tuesday", "last week", "mardi"), or -1.
func (d *doc) timeAdjunctStart(t int) int {
	w := d.lw(t)
	switch {
	case isDay(w):
		if d.isWord(t-1) && (d.lw(t-1) == "on" || d.lw(t-1) == "late" || d.lw(t-1) == "early") {
			return t - 1
		}
		return t
	case w == "week" || w == "month" || w == "year" || w == "night" || w == "semaine":
		if p := d.lw(t - 1); d.isWord(t-1) && (p == "last" || p == "this" || p == "cette") {
			return t - 1
		}
	}
	return -1
}

// appositionHead returns the person whose apposition is the phrase m ("Dan Ives, an analyst at
// Wedbush Securities, who estimated": Dan Ives), or m itself. The apposition opens after a
// comma with a role noun ("an analyst", "le porte-parole"), at most 10 tokens before m ends,
// and the words before the comma end a person name.
func (d *doc) appositionHead(m mention) mention {
	for c := m.t1 - 1; c > 0 && m.t1-c <= 10 && !d.quoted[c]; c-- {
		if !d.isPunct(c, ",") {
			continue
		}
		i := c + 1
		if d.has(i, fDeterminer) {
			i++
		}
		n := d.nameAt[c-1]
		if !d.isWord(c-1) || n < 0 || n >= len(d.entOf) || d.names[n].t1 != c || d.ents[d.entOf[n]].Kind != KindPerson || !d.isRoleHead(i, m.t1) {
			return m
		}
		return mention{t0: d.names[n].t0, t1: c, name: n}
	}
	return m
}

// relativeOverAdjunct returns the relative pronoun ("who", "which", "qui") that a short
// adjunct of time separates from the verb whose last word before it is t ("who on Tuesday
// endorsed", "who last year threatened", "qui mardi a annoncé"), or -1.
func (d *doc) relativeOverAdjunct(t int) int {
	for k := t; k >= 0 && t-k < 4 && d.isWord(k) && !d.quoted[k]; k-- {
		w := d.lw(k)
		switch {
		case isRelativeSubject(w):
			if k == t {
				return -1
			}
			return k
		case isDay(w), months[w], notSubject(w), prepositions[w], lex().aux[w], w == "last" || w == "this" || w == "next" || w == "dernier",
			w != "" && w[0] >= '0' && w[0] <= '9':
		default:
			return d.relativeOverPhrase(t)
		}
	}
	return d.relativeOverPhrase(t)
}

// relativeOverPhrase is relativeOverAdjunct for a longer adjunct between the relative
// pronoun and token t, at most 7 tokens: auxiliaries and adverbs, and prepositional phrases of
// at most four words ("Beck, who has in the past described", "who in two earlier opinions had
// made clear", "who has both endorsed"). Any other word (a noun subject, a verb) ends it.
func (d *doc) relativeOverPhrase(t int) int {
	k := t
	for k >= 0 && t-k < 8 && d.isWord(k) && !d.quoted[k] && !isRelativeSubject(d.lw(k)) {
		k--
	}
	if k < 0 || k == t || !d.isWord(k) || !isRelativeSubject(d.lw(k)) {
		return -1
	}
	l := lex()
	adjunct := false
	for i := k + 1; i <= t; {
		w := d.lw(i)
		switch {
		case w == "both":
			adjunct = true
			i++
		case l.aux[w] || notSubject(w):
			i++
		case prepositions[w]:
			adjunct = true
			i++
			for n := 0; n < 4 && i <= t && !verbAux[d.lw(i)] && !d.has(i, fVerb|fPronoun) && !d.toks[i].upper; n++ {
				i++
			}
		default:
			return -1
		}
	}
	if !adjunct {
		return -1
	}
	return k
}

// asSayingSpeaker returns the speaker of a cue at tokens [c0, c1) that is or ends in "as
// saying" (or "as telling"): the subject of a passive "quoted as saying" ("the Arsenal boss is
// quoted as saying", "Louis Michel was quoted as saying that", "Mr Kruger was quoted in the
// Guardian newspaper saying"), or the object of a verb
// before "as saying" ("Reuters reported BaFin as saying", "The paper quoted a spokesman as
// saying"); noMention when the cue is no such phrase.
func (d *doc) asSayingSpeaker(c0, c1 int) mention {
	as := -1
	for k := c0 - 1; k <= c1+8 && k < len(d.toks) && (k < c1 || d.isWord(k) && !d.quoted[k]); k++ {
		if d.isWord(k) && d.lw(k) == "as" && d.isWord(k+1) && (d.lw(k+1) == "saying" || d.lw(k+1) == "telling") {
			as = k
			break
		}
	}
	v := as - 1
	if d.lw(c0) == "saying" && as < 0 {
		// "Mr Kruger was quoted in the Guardian newspaper saying": the passive's subject
		for k := c0 - 1; k > 0 && c0-k <= 8 && d.isWord(k) && !d.quoted[k]; k-- {
			if d.lw(k) == "quoted" && (verbAux[d.lw(k-1)] || d.lw(k-1) == "been") && d.has(k+1, fPrep) {
				return d.subjectBefore(k)
			}
		}
	}
	if as < 1 || !d.isWord(as-1) {
		return noMention
	}
	if w := d.lw(v); w == "quoted" || w == "cited" || w == "reported" {
		if p := d.lw(v - 1); d.isWord(v-1) && (verbAux[p] || p == "been" || p == "being") {
			return d.subjectBefore(v) // a passive: its subject is quoted
		}
	}
	// the object between the verb of reporting and "as saying"
	for k := as - 1; k > 0 && as-k <= 8 && d.isWord(k) && !d.quoted[k]; k-- {
		w := d.lw(k)
		if w == "quoted" || w == "cited" || w == "reported" || w == "quotes" || w == "cites" || w == "reports" || w == "quoting" || w == "citing" {
			if k+1 >= as {
				return noMention
			}
			if n := d.nameAt[k+1]; n >= 0 && d.names[n].t0 == k+1 && d.names[n].t1 == as {
				return d.nameMentionAt(k + 1)
			}
			return mention{t0: k + 1, t1: as, name: -1}.asSubject()
		}
	}
	return noMention
}

// isRelativeSubject reports whether w is a relative pronoun that can be a subject: "who",
// "which", "qui".
func isRelativeSubject(w string) bool { return w == "who" || w == "which" || w == "qui" }

// skipAuxBefore steps back from token t over the auxiliaries and adverbs before a verb
// ("has since", "also openly", "repeatedly") and returns the first token that is none.
func (d *doc) skipAuxBefore(t int) int {
	l := lex()
	for t >= 0 && d.isWord(t) && !d.quoted[t] && d.nameAt[t] < 0 {
		w := d.lw(t)
		if !l.aux[w] && !(strings.HasSuffix(w, "ly") && len(w) > 4 && !d.canSpeak(t) && !d.has(t, fDeterminer)) && !frVerbClitics[w] {
			break
		}
		t--
	}
	return t
}

// tailSubject reads the subject of a cue that ends a sentence after its quote: the few words
// between a comma and the cue (`…, law enforcement officials say.`, `…, the admiral said.`).
// The words must hold no verb and no punctuation; at most 6.
func (d *doc) tailSubject(c int) mention {
	t := d.skipAuxBefore(c - 1)
	if t < 0 || !d.isWord(t) || d.quoted[t] {
		return noMention
	}
	s := t
	for s > 0 && t-s < 6 && d.isWord(s-1) && !d.quoted[s-1] {
		s--
	}
	if !d.isPunct(s-1, ",") || d.hasVerbOrAux(s, t+1) || d.has(s, fPronoun) && !d.has(s, fDeterminer) {
		return noMention
	}
	name := -1
	if n := d.nameAt[s]; n >= 0 && d.names[n].t0 == s && d.names[n].t1 == t+1 {
		name = n // "…, Biden said": the name itself, so the mention joins its entity
	}
	return mention{t0: s, t1: t + 1, name: name, subject: true}
}

// reflexives stress the noun before them when they follow it ("Trump himself", "le ministre
// lui-même").
var reflexives = set{"himself": true, "herself": true, "themselves": true, "itself": true, "lui-même": true,
	"elle-même": true, "eux-mêmes": true, "elles-mêmes": true}

// interrupterWords open a clause or aside set between a subject and its verb: "The senator,
// who has served since 2010, argued", "Cement makers, for instance, argue", "Powell's office,
// when contacted by Reuters, said".
var interrupterWords = set{"who": true, "whose": true, "whom": true, "which": true, "qui": true, "dont": true,
	"however": true, "meanwhile": true, "though": true, "too": true, "also": true, "moreover": true,
	"for": true, "in": true, "on": true, "at": true, "after": true, "before": true, "during": true,
	"when": true, "while": true, "like": true, "unlike": true, "once": true, "asked": true, "clad": true,
	"obtained": true, "now": true, "toutefois": true, "cependant": true, "pourtant": true, "quant": true,
	"lors": true, "both": true, "all": true, "each": true, "selon": false}

// appositionDeterminers open an apposition that gives a role to the name before it ("Massimo
// Franco, a columnist for …, wrote").
var appositionDeterminers = set{"a": true, "an": true, "the": true, "le": true, "la": true, "l'": true, "l’": true, "un": true, "une": true}

// interruptedSubject reads the subject of a verb that follows a comma as the phrase that opens
// the sentence, when an aside set off by commas separates them: a relative clause, an
// adverb, a prepositional or participial phrase, an age ("Cory James, 22, of Flint, Mich.,
// said"), or an apposition after a name. The phrase must open the sentence (after "But" or
// "And" at most), so that nothing else can be the subject.
func (d *doc) interruptedSubject(comma int) mention {
	s := comma
	for s > 0 && comma-s < maxBackTokens && d.sent[s-1] == d.sent[comma] && d.toks[s-1].kind != tokPara {
		s--
	}
	for s < comma && (d.quoted[s] || d.toks[s].kind == tokPunct) {
		s++ // `''…,'' Mr. Daniloff, now 81, said`: the subject opens after the quote
	}
	if d.isWord(s) && d.has(s, fPrep) {
		// "Of Carson, Levine, who …, said", "In a statement, the company, which …, said": the
		// phrase that opens the sentence is an adjunct; the subject opens after its comma
		for k := s + 1; k < comma && k-s < 12 && !d.quoted[k]; k++ {
			if d.isPunct(k, ",") {
				s = k + 1
				break
			}
		}
	}
	c1 := -1
	for k := s; k < comma; k++ {
		if d.quoted[k] {
			return noMention
		}
		if d.isPunct(k, ",") {
			c1 = k
			break
		}
	}
	end := c1 // "Sen. Claire McCaskill (D-Mo.), who …, said": the name before its parenthesis
	if d.isPunct(end-1, ")") {
		for k := end - 2; k > s && end-k < 8; k-- {
			if d.isPunct(k, "(") {
				end = k
				break
			}
		}
	}
	if end <= s || !d.isWord(end-1) || !d.isWord(c1+1) {
		return noMention
	}
	lw := d.lower(d.word(c1 + 1))
	w := lw
	aside := interrupterWords[w] || strings.HasSuffix(lw, "ing") && len(lw) > 5 || strings.HasSuffix(lw, "ly") && len(lw) > 4 ||
		(isParticipleForm(lw) || irregularParticiples[lw] || asideParticiples[lw]) && !d.has(c1+1, fVerb) &&
			(d.has(c1+2, fPrep) || !d.isWord(c1+2) || d.nameAt[c1+2] >= 0) || // "The message, sent to Cheryl Mills, called"
		lw == "long" && d.isWord(c1+2) && d.has(c1+2, fDeterminer) || // "The newspaper, long a vocal advocate of reform, writes"

		lw != "" && lw[0] >= '0' && lw[0] <= '9' && c1+2 < len(d.toks) && (d.isPunct(c1+2, ",") || d.isWord(c1+2) && d.lw(c1+2) == "who" ||
			d.isWord(c1+2) && d.lw(c1+2) == "ans" && d.isPunct(c1+3, ",")) // "Marie Dupont, 45 ans, a déclaré"
	det := appositionDeterminers[w]
	if !aside && !det {
		return noMention
	}
	m := d.phraseEndingAt(end - 1)
	if !m.ok() || m.t1 != end {
		return noMention
	}
	if m.name >= 0 && m.t0 >= 2 && d.lw(m.t0-1) == "of" && d.nameAt[m.t0-2] >= 0 && d.names[d.nameAt[m.t0-2]].kind == KindPerson {
		m = d.nameMentionAt(m.t0 - 2) // "Gov. John Kasich of Ohio, a Republican who …, said": the person, not the place
	}
	if m.name < 0 && m.t0 > s && m.t0-s <= 3 && d.onlyWords(s, m.t0) && !d.hasVerbOrAux(s, m.t0) {
		m.t0 = s // "Cement makers", "Powell's office": the words before the head belong to it
	}
	if m.name >= 0 && d.names[m.name].kind == KindPerson && m.t0 > s && m.t0-s <= 5 && d.onlyWords(s, m.t0) && !d.hasVerbOrAux(s, m.t0) && !d.commaBetween(s, m.t0) && !d.has(m.t0-1, fPrep) {
		s = m.t0 // "Former Democratic candidate Bernie Sanders, who …, said": the modifiers of the name
	}
	open := m.t0 == s
	if m.t0 == s+1 {
		switch d.lower(d.word(s)) {
		case "but", "and", "yet", "mais", "et":
			open = true
		}
	}
	if !open || d.afterPreposition(m.t0) {
		return noMention
	}
	if det && (m.name < 0 || d.names[m.name].kind != KindPerson) && d.personIn(c1+1, comma) {
		return noMention // "Le ministre, Jean Dupont, a dit": the apposition names the speaker
	}
	return m
}

// personIn reports whether a person's name lies in tokens [a, b).
func (d *doc) personIn(a, b int) bool {
	for k := max(a, 0); k < b && k < len(d.toks); k++ {
		if n := d.nameAt[k]; n >= 0 && d.names[n].kind == KindPerson {
			return true
		}
	}
	return false
}

// asideParticiples are irregular past participles that open an aside after a subject ("The
// video, shot by a worker, captured", "The message, sent to Cheryl Mills, called").
var asideParticiples = set{"sent": true, "shot": true, "built": true, "led": true, "set": true, "put": true,
	"paid": true, "signed": true, "envoyé": true, "envoyée": true, "signé": true, "signée": true}

// hasVerbOrAux reports whether tokens [a, b) hold a reporting verb or an auxiliary.
func (d *doc) hasVerbOrAux(a, b int) bool {
	l := lex()
	for k := a; k < b; k++ {
		if w := d.lw(k); l.verbs[w] != "" || l.aux[w] || verbAux[w] {
			return true
		}
	}
	return false
}

// apposition handles a comma just before the cue: "X, a doctor, said", "Le ministre, Y, a dit".
func (d *doc) apposition(comma int) mention {
	k := comma - 1
	if !d.isWord(k) || d.quoted[k] {
		return noMention
	}
	m := d.phraseEndingAt(k)
	if !m.ok() {
		m = mention{t0: k, t1: k + 1, name: -1}
	}
	if m.name < 0 {
		for j := m.t0 + 2; j < m.t1; j++ {
			if w := d.lw(j); strings.HasSuffix(w, "ed") && !d.has(j-1, fDeterminer|fPrep) {
				return noMention // "The company raised prices, citing …": a clause, not an apposition
			}
		}
	}
	if a := d.relativeAntecedent(m, comma); a.ok() {
		return a // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": not Clinton
	}
	// "Khalid Mahmood, a Labour MP, said": a capitalised role after an article is no name
	roleName := m.name >= 0 && d.isWord(m.t0-1) && d.has(m.t0-1, fDeterminer)
	if m.name >= 0 && !roleName && (!d.isPunct(m.t0-1, ",") || d.names[m.name].kind == KindPerson) {
		return m
	}
	// "Hugh Hill, a doctor, said", "Sanders, a senator from the state of Vermont, said": a name
	// before the apposition
	p := comma - 1
	for p > 0 && comma-p < 16 && d.isWord(p) && !d.quoted[p] {
		p--
	}
	if d.isPunct(p, ",") && d.isWord(p-1) && d.nameAt[p-1] >= 0 && !d.quoted[p-1] {
		// "Nick Davies, spokesman for the IAAF, which handed out the bans, said": the person
		// whose apposition holds the name
		return d.appositionHead(d.nameMentionAt(p - 1))
	}
	return m
}

// relativeAntecedent returns the antecedent of a relative clause set off by commas that ends
// with the phrase m, the object of its verb, right before the comma at token comma: "Sen.
// Claire McCaskill (D-Mo.), who has endorsed Clinton, said" gives McCaskill. noMention when
// m follows no verb or no such clause holds it.
func (d *doc) relativeAntecedent(m mention, comma int) mention {
	p := m.t0 - 1
	if d.has(p, fDeterminer) {
		p--
	}
	if !d.isWord(p) || !(d.has(p, fVerb) || d.conjunctVerb(p) || d.finiteForm(p)) {
		return noMention
	}
	for k := p; k > 1 && comma-k < 16 && d.isWord(k) && !d.quoted[k]; k-- {
		if !isRelativeSubject(d.lw(k)) {
			continue
		}
		if !d.isPunct(k-1, ",") {
			return noMention
		}
		e := k - 2
		if d.isPunct(e, ")") { // "Sen. Claire McCaskill (D-Mo.), who"
			for j := e - 1; j > 0 && e-j < 8; j-- {
				if d.isPunct(j, "(") {
					e = j - 1
					break
				}
			}
		}
		if !d.isWord(e) || d.quoted[e] {
			return noMention
		}
		if a := d.phraseEndingAt(e); a.ok() && a.name >= 0 {
			return a
		}
		return noMention
	}
	return noMention
}

// timeWords follow a participle as its time adjunct with the days (isDay): "publié mardi",
// "released yesterday", "published this week".
var timeWords = set{"tonight": true, "earlier": true, "last": true, "this": true, "aujourd'hui": true,
	"aujourd’hui": true, "ce": true, "cette": true}

// definiteArticle reports whether w is a definite article that opens a noun phrase of its own
// ("the firms", "les députés"), not a demonstrative ("this week").
func definiteArticle(w string) bool { return w == "the" || frArticles[w] }

// prepIn reports whether a preposition lies in tokens [a, b).
func (d *doc) prepIn(a, b int) bool {
	for k := max(a, 0); k < b && k < len(d.toks); k++ {
		if d.has(k, fPrep) {
			return true
		}
	}
	return false
}

// verbIn reports whether a reporting verb or a past form ("issued", "put") lies in tokens [a, b).
func (d *doc) verbIn(a, b int) bool {
	for k := max(a, 0); k < b && k < len(d.toks); k++ {
		if w := d.lw(k); d.has(k, fVerb) || strings.HasSuffix(w, "ed") || irregularPasts[w] || irregularParticiples[w] {
			return true
		}
	}
	return false
}

// phraseEndingAt returns the mention whose last token is t: a name, a pronoun, or a noun
// phrase from its determiner ("the union", "le président du Parlement iranien").
func (d *doc) phraseEndingAt(t int) mention {
	l := lex()
	if d.nameAt[t] >= 0 && d.names[d.nameAt[t]].t1 == t+1 {
		if k := d.roleOfName(d.names[d.nameAt[t]].t0); k >= 0 {
			return mention{t0: k, t1: t + 1, name: -1} // "a spokesperson for the Treasury Department"
		}
		m := d.nameMentionAt(t)
		// "le président russe Vladimir Poutine" keeps the name only
		return m
	}
	if d.has(t, fPronoun) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	s := t
	det := -1
	for s >= 0 && t-s < 12 && !d.boundary(s) && !(s < t && verbAux[d.lw(s)]) { // "la réforme a déçu ceux", "the law has hurt those"
		if d.has(s, fDeterminer) || isQuantity(d.lw(s)) {
			if det >= 0 && det-s <= 4 && d.has(s, fDeterminer) && definiteArticle(d.lw(det)) && !d.prepIn(s+1, det) && !d.verbIn(s+1, det) {
				break // "In a joint statement the firms said": a determiner a few words on opens the phrase of the last
			}
			det = s
		}
		if d.toks[s].sentStart {
			break
		}
		s--
	}
	if det < 0 && t > 0 && d.isWord(t-1) && !d.quoted[t-1] && (d.nameAt[t-1] >= 0 || d.toks[t-1].upper) &&
		isPossessive(d.word(t-1)) && !contraction(d.word(t-1)) && (d.has(t, fRole) || l.personNouns[d.lw(t)]) {
		t0 := t - 1
		if n := d.nameAt[t-1]; n >= 0 {
			t0 = d.names[n].t0
		}
		return mention{t0: t0, t1: t + 1, name: -1} // "Morrison's lawyer", not "lawyer"
	}
	if det < 0 {
		// a bare plural or role without article: "officials said", "Democrats say"
		if t-s <= 2 && d.isWord(t) && (!l.stopCaps[d.lw(t)] || d.canSpeak(t)) && l.verbs[d.lw(t)] == "" && !notSubject(d.lower(d.word(t))) {
			if d.isWord(t-1) && d.toks[t-1].upper && d.has(t-1, fRole) && !d.quoted[t-1] && !d.toks[t].upper {
				return mention{t0: t - 1, t1: t + 1, name: -1} // "Russian officials", "Republican senators"
			}
			return mention{t0: t, t1: t + 1, name: -1}
		}
		if m := d.groupPhrase(s, t); m.ok() {
			return m
		}
		return noMention
	}
	// the leftmost determiner of the phrase, so "le président du Parlement" keeps "le"
	return mention{t0: det, t1: t + 1, name: -1}
}

// complementPreps link a role noun to the body or person it serves: "a spokesperson for the
// Treasury Department", "un avocat de". "for" and "pour" serve after any role noun; the others
// only after the nouns of servantRoles: "the head of the SEIU" may name its head's post.
var complementPreps = set{"for": true, "pour": true, "of": true, "de": true, "du": true, "des": true, "d'": true, "d’": true}

// frOf are the French forms of "of" that join a role noun to the body it serves.
var frOf = set{"de": true, "du": true, "des": true, "d'": true, "d’": true}

// servantRoles are the role nouns of someone who speaks for another: "the spokesman of", "le
// porte-parole du", "l'avocat de".
var servantRoles = set{"spokesman": true, "spokeswoman": true, "spokesperson": true, "lawyer": true, "attorney": true,
	"porte-parole": true, "avocat": true, "avocate": true}

// roleOfName returns the determiner that opens a role phrase whose complement is the name
// starting at token k ("a spokesperson for the Treasury Department", "un porte-parole du
// Quai d'Orsay"): the name is not the speaker, the role holder is. At most a determiner lies
// between preposition and name, and a determiner with at most one word before the role noun;
// the preposition is one of complementPreps. In French a role noun with "de" before a name
// that is no person names a post ("le ministre de la Santé", "le patron de la SNCF", "le chef
// de l'Etat").
// It returns -1 when no such phrase holds the name.
func (d *doc) roleOfName(k int) int {
	l := lex()
	j := k - 1
	if d.isWord(j) && d.has(j, fDeterminer) && !possessiveDeterminers[d.lw(j)] {
		j--
	}
	if !d.isWord(j) || d.quoted[j] || !complementPreps[d.lw(j)] {
		return -1
	}
	prep := d.lw(j)
	j--
	if !d.isWord(j) || d.quoted[j] || !(d.has(j, fRole) || l.personNouns[d.lw(j)]) || d.nameAt[j] >= 0 ||
		prep != "for" && prep != "pour" && !servantRoles[d.lw(j)] && !(frOf[prep] && d.has(j, fRole) && d.names[d.nameAt[k]].kind != KindPerson) {
		return -1
	}
	for x := j - 1; x >= j-2 && d.isWord(x) && !d.quoted[x]; x-- {
		if d.has(x, fDeterminer) {
			return x
		}
	}
	return -1
}

// groupPhrase returns the bare plural phrase that ends at token t and starts after the
// boundary at s, with at most three modifiers, names included: "Obama administration
// officials", "White House officials", "American officials". Its head is a plural noun that
// can speak.
func (d *doc) groupPhrase(s, t int) mention {
	start := s
	if s < 0 || d.boundary(s) {
		start = s + 1
	}
	if t-start > 3 || t <= start || !d.canSpeak(t) || !strings.HasSuffix(d.lw(t), "s") {
		return noMention
	}
	for k := start; k < t; k++ {
		if !d.isWord(k) || d.quoted[k] || d.has(k, fVerb|fPronoun|fPrep) || d.verbForm(k) {
			return noMention
		}
	}
	return mention{t0: start, t1: t + 1, name: -1}
}

// speechOwner reports whether the name at token k completes a French noun of speech with
// "de" ("La réponse d'Alain Juppé fuse : « … »", "le message de X"): its owner speaks.
func (d *doc) speechOwner(k int) bool {
	return d.isWord(k-2) && frOf[d.lw(k-1)] && frSpeechNouns[d.lw(k-2)]
}

// frSpeechNouns are French nouns of something said, whose owner after "de" is its speaker.
var frSpeechNouns = set{"réponse": true, "réaction": true, "message": true, "mot": true, "mots": true, "propos": true,
	"explication": true, "commentaire": true, "verdict": true, "avertissement": true, "réplique": true, "conclusion": true}

// clauseSubject finds the subject of the clause that ends at token t (a colon): the first
// name or pronoun of the sentence, else the noun phrase before the verb.
func (d *doc) clauseSubject(t int) mention {
	s := t
	for s > 0 && t-s < maxBackTokens && d.sent[s-1] == d.sent[t] && d.toks[s-1].kind != tokPara {
		s--
	}
	for k := s; k < t; k++ {
		if d.quoted[k] || !d.isWord(k) {
			continue
		}
		if n := d.nameAt[k]; n >= 0 && d.names[n].kind != KindOutlet && d.names[n].t0 == k && (!d.afterPreposition(k) && !d.isComplementStart(k) || d.speechOwner(k)) {
			return d.nameMentionAt(k)
		}
		if d.has(k, fPronoun) && k-s <= 2 {
			return mention{t0: k, t1: k + 1, name: -1}
		}
	}
	if t-s >= 1 && t-s <= 4 && d.onlyWords(s, t) { // a headline speaker: "Clinton camp: …"
		return mention{t0: s, t1: t, name: -1}
	}
	return noMention
}

func (d *doc) onlyWords(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.isWord(k) || d.quoted[k] {
			return false
		}
	}
	return true
}

// isQuantity reports whether w can open a noun phrase that counts people: "52 percent of
// voters", "About 4 in 10", "most Republicans", "la plupart des élus".
func isQuantity(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	switch w {
	case "most", "many", "half", "about", "nearly", "almost", "all", "some", "few", "majority", "majorities", "several",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
		"two-thirds", "three-quarters", "one-third", "plupart", "majorité", "moitié", "tous", "nombre":
		return true
	}
	return strings.Contains(w, "percent") || strings.HasSuffix(w, "-four") || strings.HasSuffix(w, "ty") ||
		strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-fourths") || strings.HasSuffix(w, "-quarters") || strings.HasSuffix(w, "-fifths")
}

// isPassive reports whether the cue in tokens [c0, c1) is a passive or a raising verb ("was
// revealed", "were shown", "is expected", "appears", "a été annoncé"): its subject is not the
// one who speaks. A raising verb before a quote that starts at token q0, past the cue, with
// "to" and a verb other than "be" or "have" after it is no passive ("Rubio seemed to offer a
// caveat"), unless its subject is impersonal ("it appeared to undercut"): its subject acts.
func (d *doc) isPassive(c0, c1, q0 int) bool {
	if d.askedQuestion(c0) {
		return true
	}
	if w := d.lw(c0); (w == "expected" || w == "projected" || w == "scheduled" || w == "slated") && d.isWord(c0+1) && d.lw(c0+1) == "to" {
		return true // "with Murphy expected to win": raised, nobody expects in the text
	}
	for k := c0 - 1; k >= 0 && c0-k <= 3 && d.isWord(k) && (isParticipleForm(d.lw(c0)) || irregularParticiples[d.lw(c0)]) && !stateParticiples[d.lw(c0)]; k-- {
		w := d.lw(k)
		if beForms[w] {
			return true // the cue's "be" left outside its span: "is not expected", "was widely"
		}
		if w != "not" && w != "also" && w != "pas" && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t") {
			break
		}
	}
	k0 := c0
	for k0 < c1-1 && (namingAdverbs[d.lw(k0)] || strings.HasSuffix(d.lw(k0), "ly") && d.lw(k0) != "reportedly" && d.lw(k0) != "allegedly") {
		k0++ // "also known as", "derisively known as", "often referred to as"
	}
	if w := d.lw(k0); k0 > c0 && (w == "known" || w == "titled" || w == "entitled" || w == "nicknamed") ||
		w == "referred" && d.lw(k0+1) == "to" && d.lw(k0+2) == "as" {
		return true // a name given to something, which no one in the text says
	}
	switch d.lw(c0) {
	case "reportedly", "allegedly", "supposedly", "reputedly", "known", "titled", "entitled", "dubbed", "nicknamed":
		// "X reportedly said", "a group known as": the one who says it is not in the text
		return c1-c0 == 1 || d.lw(c0) != "reportedly" && d.lw(c0) != "allegedly"
	}
	for k := c0; k < c1; k++ {
		switch d.lw(k) {
		case "appear", "appears", "appeared", "seem", "seems", "seemed":
			if d.isWord(k+2) && d.lw(k+1) == "to" && d.lw(k+2) != "be" && d.lw(k+2) != "have" && q0 >= c1 && !d.impersonalBefore(c0) {
				continue // "Rubio seemed to offer a caveat": the subject acts
			}
			return true
		case "was", "were", "is", "are", "been", "being", "be", "été", "isn't", "isn’t", "wasn't", "wasn’t",
			"aren't", "aren’t", "weren't", "weren’t":
			n := k + 1
			if n < c1 && d.isWord(n) && (d.lw(n) == "not" || d.lw(n) == "also" || d.lw(n) == "pas" || strings.HasSuffix(d.lw(n), "ly") || strings.HasSuffix(d.lw(n), "ment") && len(d.lw(n)) > 6) {
				n++ // "was not expected", "is also expected", "is widely expected"
			}
			if n < c1 && d.isWord(n) && !stateParticiples[d.lw(n)] {
				w := d.lower(d.word(n))
				if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || irregularParticiples[w] ||
					strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") {
					return true
				}
			}
		}
	}
	return false
}

// namingAdverbs come before the participle of a name given to something: "also known as",
// "now known as", "best known for", "once known for", "better known as".
var namingAdverbs = set{"also": true, "now": true, "once": true, "best": true, "better": true, "perhaps": true,
	"often": true, "still": true, "is": true, "was": true, "are": true, "were": true, "became": true, "become": true}

// irregularParticiples are English past participles of reporting verbs without -ed or -en:
// "it is said", "I was told".
var irregularParticiples = set{"said": true, "told": true, "thought": true, "found": true, "heard": true,
	"felt": true, "meant": true, "held": true, "made": true, "brought": true, "sought": true, "taught": true}

// beForms are the forms of "be" ("être") that make a passive with a participle.
var beForms = set{"is": true, "was": true, "were": true, "are": true, "been": true, "being": true, "be": true,
	"isn't": true, "isn’t": true, "wasn't": true, "wasn’t": true, "aren't": true, "aren’t": true, "weren't": true,
	"weren’t": true, "été": true}

// stateParticiples are participles after "be" that say the state of mind of the subject,
// who holds the view ("some Democrats are concerned that", "il est convaincu que"): no passive.
var stateParticiples = set{"worried": true, "concerned": true, "convinced": true, "shocked": true, "assured": true,
	"devoted": true, "pleased": true, "disappointed": true, "frustrated": true, "divided": true, "determined": true,
	"committed": true, "prepared": true, "inclined": true, "interested": true, "surprised": true, "alarmed": true,
	"encouraged": true, "satisfied": true, "opposed": true, "dismayed": true, "outraged": true, "troubled": true,
	"unconvinced": true, "undecided": true, "excited": true, "thrilled": true, "disgusted": true, "horrified": true,
	"embarrassed": true, "puzzled": true, "delighted": true, "relieved": true, "split": true, "dedicated": true,
	"focused": true, "terrified": true, "scared": true, "frightened": true, "enamored": true, "embittered": true,
	"obsessed": true, "fixated": true, "resigned": true, "tired": true, "emboldened": true, "energized": true,
	"persuadé": true, "persuadée": true, "persuadés": true, "persuadées": true, "déterminé": true, "déterminée": true,
	"préoccupé": true, "préoccupée": true, "préoccupés": true, "opposé": true, "opposée": true, "opposés": true,
	"divisé": true, "divisés": true, "inquiété": false, "convaincu": true, "convaincue": true, "convaincus": true}

// notSubject lists words that end a phrase before a verb without being its subject: time
// words and adverbs ("this month announced", "even suggesting").
func notSubject(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if isDay(w) || strings.HasSuffix(w, "ly") {
		return true
	}
	switch w {
	case "month", "week", "year", "day", "night", "morning", "evening", "afternoon", "weekend", "tonight",
		"even", "all", "just", "only", "still", "personal", "also", "then", "now", "later", "again",
		"mois", "semaine", "année", "an", "jour", "soir", "matin", "week-end", "aussi", "encore", "même":
		return true
	}
	return false
}

// subjectPhrase reads the subject of the cue at token c as the whole phrase that opens its
// sentence and runs up to the cue, over auxiliaries and adverbs: "Exit polls taken in South
// Carolina found", "A news report published Wednesday said", "Aides to Clinton say", "Half of
// Vermont Democrats said", "Surveys of caucus-goers taken as they entered showed". The phrase
// must hold no punctuation but hyphens, no reporting verb but a participle after its noun and
// no verb with an object ("A group issued a resolution"), and it may not open with a
// subordinating word, a preposition or a pronoun ("If Republicans choose"). A slash or an
// ampersand may join names ("A Wall Street Journal/NBC News poll"); a dash ends a dateline
// (a closing parenthesis and a dash) before the phrase.
// It is at most 16 words; a sentence-initial "But" or "And" is left out.
func (d *doc) subjectPhrase(c int) mention {
	l := lex()
	t := d.skipAuxBefore(c - 1)
	if t < 0 || !d.isWord(t) || d.quoted[t] {
		return noMention
	}
	s := t
	for !(d.toks[s].sentStart || s == 0 || d.toks[s-1].kind == tokPara) {
		if d.isPunct(s-1, ",") || d.isPunct(s-1, ";") || clauseConjunctions[d.lw(s-1)] && s < t {
			break // a clause that opens after a comma or a conjunction: "…, and a third said"
		}
		if isDash(d, s-1) && d.isPunct(s-2, ")") {
			break // a dateline "WASHINGTON (AP) — A news report published Wednesday said"
		}
		if t-s >= 16 || d.quoted[s-1] || !d.isWord(s-1) && !d.isPunct(s-1, "-") && !d.isPunct(s-1, "/") && !d.isPunct(s-1, "&") {
			return noMention
		}
		s--
	}
	if coordinators[d.lw(s)] {
		s++
	}
	if clauseConjunctions[d.lw(t)] || d.lw(t) == "or" || d.lw(t) == "ou" {
		return noMention // "Mrs. Clinton shook her head and said": a clause, not a phrase
	}
	if s > t || !d.isWord(s) || subordinators[d.lw(s)] || prepositions[d.lw(s)] && !isQuantity(d.lw(s)) || d.has(s, fPronoun) && !d.has(s, fDeterminer) {
		return noMention
	}
	for k := s; k <= t; k++ {
		w := d.lw(k)
		if !d.isWord(k) {
			continue
		}
		if l.verbs[w] != "" && !isParticipleForm(w) && !d.has(k, fDocNoun|fSpeaker) {
			return noMention
		}
		if isParticipleForm(w) && k > s && k < t && (d.has(k+1, fDeterminer) || d.nameAt[k-1] >= 0 && !isDay(d.lw(k-1)) && !months[d.lw(k-1)] && !d.toks[k+1].upper && !d.has(k+1, fPrep) && !isDay(d.lw(k+1)) && !timeWords[d.lw(k+1)]) {
			return noMention // "A group issued a resolution Tuesday calling", "Goldman Sachs produced research showing": a verb and its object
		}
	}
	if t > s && strings.HasSuffix(d.lw(t), "ed") && !d.has(t, fVerb) {
		t-- // "The bloodshed raised fears that": the verb before a noun cue is no part of its subject
	}
	return mention{t0: s, t1: t + 1, name: -1, subject: true}
}

// coordinators are the conjunctions that may open a sentence or a clause before its subject
// ("But Trump later blamed…", "et le ministre a ajouté").
var coordinators = set{"but": true, "and": true, "yet": true, "so": true, "or": true, "mais": true, "et": true, "donc": true}

// clauseConjunctions join two clauses: the words after them may open a subject.
var clauseConjunctions = set{"and": true, "but": true, "while": true, "whereas": true, "et": true, "mais": true, "tandis": false}

// subordinators open a clause that is no subject: "If Republicans choose", "As the report
// said", "Lorsque les élus".
var subordinators = set{"if": true, "when": true, "as": true, "because": true, "although": true, "though": true,
	"while": true, "since": true, "unless": true, "until": true, "whether": true, "once": true, "where": true,
	"after": true, "before": true, "si": true, "quand": true, "lorsque": true, "comme": true, "puisque": true,
	"parce": true, "bien": true, "alors": true, "tandis": true, "dès": true, "that": true, "que": true,
	"qu'": true, "qu’": true, "what": true, "how": true, "why": true, "who": true, "which": true, "there": true,
	"here": true, "it": true, "this": false}

// hearerCue reports whether the cue in tokens [c0, c1) is an English verb whose object is the
// hearer ("told CNN", "tells reporters"): the phrase after it is no inverted subject. French
// "a déclaré à l'AFP" names its hearer after a preposition, which npAfter skips.
func (d *doc) hearerCue(c0, c1 int) bool {
	for k := c0; k < c1; k++ {
		switch d.lw(k) {
		case "told", "tells", "tell", "telling", "asked", "asks", "urged", "warned", "informed", "assured", "reminded":
			return true
		}
	}
	return false
}

// afterDateline returns the first token after a wire dateline that opens the sentence at s
// ("WASHINGTON, June 24 (UPI) —", "New York (AFP) –", "Dec 29 (Reuters) -"): a closing
// parenthesis and a dash within its first 12 tokens, or an all-caps place of one or two words
// and capitalised words before a dash ("MYRTLE BEACH, S.C. -"); s itself when there is none.
func (d *doc) afterDateline(s, end int) int {
	for k := s; k < end-1 && k < s+12; k++ {
		if d.isPunct(k, ")") && isDash(d, k+1) {
			return k + 2
		}
	}
	if s < end && d.isWord(s) && isAcronym(d.word(s)) && !(d.isWord(s+2) && isAcronym(d.word(s+1)) && isAcronym(d.word(s+2))) {
		// "MYRTLE BEACH, S.C. - Sen. Ted Cruz": an all-caps place of at most two words,
		// capitalised words and a dash (three all-caps words make a heading)
		for k := s + 1; k < end-1 && k < s+8; k++ {
			if isDash(d, k) {
				return k + 1
			}
			if d.isWord(k) && !d.toks[k].upper {
				break
			}
		}
	}
	return s
}

// coordinatedSubject finds the subject of a cue joined by "and" to a verb before it ("She
// declared “What a Super Tuesday!” and said", "The AP has surveyed them and noted"): the
// subject of the sentence that holds the first verb, read across a sentence end inside the
// quoted words between them. t is the conjunction before the cue.
func (d *doc) coordinatedSubject(t int) mention {
	k := t - 1
	for k > 0 && t-k < maxBackTokens && (d.quoted[k] || d.toks[k].kind == tokPunct && !d.isPunct(k, ";")) {
		k--
	}
	if k < 0 || !d.isWord(k) || k == t-1 && d.isPunct(k, ",") {
		return noMention
	}
	return d.sentenceSubject(k)
}

// askedQuestion reports whether the cue at token c is "asked" ("interrogé") as a passive
// participle that opens a question put by someone unnamed: "Asked if he was bullied, X said
// no", "when asked about concerns", "after being asked whether", "…, McCain said, asked about
// the vagueness", "Interrogé sur ce point, le ministre". The question has no speaker in the
// text.
func (d *doc) askedQuestion(c int) bool {
	switch d.lw(c) {
	case "asked", "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée":
	default:
		return false
	}
	if c > 0 && !d.toks[c].upper && (d.quoted[c-1] || d.toks[c-1].kind == tokPunct && isQuoteRune(rune0(d.word(c-1)))) {
		return false // `“…?” asked Sen. Barbara Mikulski`: the verb after a quote reports it
	}
	if d.toks[c].sentStart || c == 0 || d.toks[c-1].kind == tokPara {
		return true
	}
	switch d.lw(c - 1) {
	case "when", "if", "once", "after", "before", "being", "been", "while":
		return true
	}
	if d.isPunct(c-1, ",") && d.isWord(c+1) {
		switch d.lw(c + 1) {
		case "about", "whether", "if", "why", "how", "what", "who", "sur", "si":
			return true // "McCain said, asked about the vagueness": a participle, he was asked
		}
	}
	return false
}

// openingParticipleSubject reads the subject of a participle cue governed by a preposition
// at the start of its sentence ("Besides attacking the former president, Mr. Trump asserted",
// "One month after announcing his support, Marco Rubio", "Après avoir annoncé …, le
// ministre"): the name, pronoun or determiner phrase right after the comma that closes the
// opening phrase, at most 40 tokens on.
func (d *doc) openingParticipleSubject(c int) mention {
	if d.isWord(c) && participleOpeners[d.lower(d.word(c))] && d.isWord(c+1) && strings.HasSuffix(d.lw(c+1), "ing") {
		c++ // the cue holds its preposition: "In opposing the request, her lawyer wrote"
	}
	w := d.lw(c)
	if !d.isWord(c - 1) {
		return noMention
	}
	if prev := d.lower(d.word(c - 1)); isParticipleForm(w) && (prev == "avoir" || prev == "être" || prev == "having") {
		c-- // "Après avoir annoncé", "After having said", "Having announced"
	} else if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ant") {
		return noMention
	}
	s := c // "Having announced that …, Judge Berman proceeded": the participle opens the sentence
	if !(d.toks[c].sentStart || c == 0 || d.toks[c-1].kind == tokPara) {
		switch d.lower(d.word(c - 1)) { // a capitalised opener may be read as a name
		case "after", "before", "besides", "since", "while", "by", "without", "upon", "when", "despite", "in", "en", "après", "avant":
		default:
			return noMention
		}
		s = c - 1
	}
	for s > 0 && c-s < 6 && !d.toks[s].sentStart && d.toks[s-1].kind != tokPara && d.isWord(s-1) {
		s--
	}
	if !(d.toks[s].sentStart || s == 0 || d.toks[s-1].kind == tokPara) {
		return noMention
	}
	for k := c + 1; k < len(d.toks) && k-c < 40 && d.sent[k] == d.sent[c]; k++ {
		if d.quoted[k] {
			return noMention
		}
		if d.isPunct(k, ",") {
			m := d.npAfter(k + 1)
			if !m.ok() || d.quoted[m.t0] {
				return noMention
			}
			for e := m.t0 + 1; e < m.t1 && m.name < 0; e++ {
				if w := d.lw(e); verbAux[w] || w == "a" && !prepositions[d.lw(e-1)] {
					m.t1 = e // "le ministre a surpris la salle": the subject ends at its verb
				}
			}
			return m
		}
	}
	return noMention
}

// lastComplement cuts a noun phrase to its last prepositional complement: "the wake of a new
// poll" → "a new poll".
func (d *doc) lastComplement(m mention) mention {
	for k := m.t1 - 2; k > m.t0; k-- {
		if prepositions[d.lw(k)] {
			m.t0 = k + 1
			break
		}
	}
	return m
}

// colonVerbSubject finds the subject of the last reporting verb of the clause that ends at the
// colon t ("In a press release, the committee said about its platform: …"): the phrase before
// the verb that no preposition governs, else the phrase that opens the sentence.
func (d *doc) colonVerbSubject(t int) mention {
	for k := t - 1; k >= 0 && t-k < 40 && d.sent[k] == d.sent[t] && !d.quoted[k]; k-- {
		if !d.has(k, fVerb) {
			continue
		}
		if m := d.subjectBefore(k); m.ok() && !d.afterPreposition(m.t0) {
			return m
		}
		return d.subjectPhrase(k)
	}
	return noMention
}

// catenativeSubject finds the subject of a cue that is the complement of another verb: an
// infinitive or a gerund ("he continued to complain", "he began dismissing", "they couldn't
// bring themselves to back", "il a tenu à souligner"). The governing verb's subject must be a
// name or a pronoun right before it, over auxiliaries and adverbs; at most 3 words lie between
// it and the cue.
func (d *doc) catenativeSubject(c int) mention {
	t := c - 1
	if d.isWord(t) && d.isWord(t-1) && strings.HasSuffix(d.lw(t), "ly") && d.lw(t-1) == "to" {
		t-- // "volunteered to publicly advocate": an adverb splits the infinitive
	}
	if d.isWord(t) && (d.lw(t) == "to" || d.lw(t) == "à" || d.lw(t) == "de" || d.lw(t) == "d'" || d.lw(t) == "d’") {
		t--
	} else if !strings.HasSuffix(d.lw(c), "ing") {
		return noMention
	} else if d.isWord(t) && d.lw(t) == "by" {
		t-- // "began by talking about"
	}
	for v := t; v >= 0 && t-v < 3 && d.isWord(v) && !d.quoted[v] && d.nameAt[v] < 0; v-- {
		if d.lw(v) == "on" && (v < t || catenatives[d.lw(v-1)]) {
			continue // "The email goes on to say"
		}
		if d.has(v, fPronoun|fDeterminer) || prepositions[d.lw(v)] {
			return noMention
		}
		k := d.skipAuxBefore(v - 1)
		if !d.isWord(k) || d.quoted[k] {
			continue
		}
		if isRelativeSubject(d.lw(k)) {
			return d.subjectBefore(k + 1) // "the former president, who spent much of his speech defending"
		}
		if d.has(k, fPronoun) && personalPronoun(d.lw(k)) {
			return mention{t0: k, t1: k + 1, name: -1}
		}
		if n := d.nameAt[k]; n >= 0 && d.names[n].t1 == k+1 && !d.afterPreposition(d.names[n].t0) {
			if d.attributive(n) {
				return d.attributivePhrase(n) // "a dozen Democratic senators to vote for"
			}
			return d.nameMentionAt(k)
		}
		if catenatives[d.lw(v)] {
			if m := d.verbSubject(v); m.ok() && m.rel == nil && m.name < 0 && !d.has(m.t0, fPronoun) && !contraction(d.word(m.t0)) {
				return m.asSubject() // "Technology companies are quick to point out", "Progressives tend to favor"
			}
		}
	}
	return noMention
}

// catenatives take an infinitive whose subject is theirs: "tend to favor", "are quick to point
// out", "goes on to say".
var catenatives = set{"quick": true, "eager": true, "ready": true, "willing": true, "likely": true, "unlikely": true,
	"able": true, "unable": true, "tend": true, "tends": true, "tended": true, "goes": true, "go": true, "went": true,
	"continue": true, "continues": true, "continued": true, "plan": true, "plans": true, "planned": true,
	"want": true, "wants": true, "wanted": true, "hope": true, "hopes": true, "hoped": true, "seek": true,
	"seeks": true, "sought": true, "try": true, "tries": true, "tried": true, "declined": true, "refused": true,
	"hesitate": true, "intend": true, "intends": true, "intended": true, "vowed": true, "promised": true,
	"right": true, "wrong": true, "careful": true, "reluctant": true, "happy": true, "keen": true, "free": true,
	"like": true, "volunteered": true, "began": true, "begin": true, "begins": true, "started": true, "start": true,
	"starts": true, "decided": true, "chose": true, "agreed": true}

// personalPronoun reports whether w is a pronoun that stands for people: one with a gender or
// number ("he", "elles"), or a first or second person one ("I", "we", "je", "nous", "on").
func personalPronoun(w string) bool {
	switch w {
	case "i", "we", "you", "je", "nous", "vous", "on":
		return true
	}
	return pronounGender(w) != GenderUnknown && w != "it" && w != "its" && w != "his" && w != "her" && w != "their" && w != "them" && w != "him"
}

// possessivePhrase reads the noun phrase that a possessive name in tokens [t, e) opens
// ("Clinton’s top foreign policy aide Jake Sullivan", "Trump’s campaign manager"): up to
// the next punctuation, clause word or verb, at most 8 words. A person named at its end is the
// mention; else the whole phrase when a role or person noun heads it; else the possessive
// name alone, which plausible refuses.
func (d *doc) possessivePhrase(t, e int) mention {
	l := lex()
	end := e
	for end < len(d.toks) && end-e < 8 && d.isWord(end) && !d.quoted[end] {
		x := d.lw(end)
		if d.has(end, fClause) || d.has(end, fVerb) && !l.roles[x] && !d.has(end, fSpeaker) {
			break
		}
		if n := d.nameAt[end]; n >= 0 {
			end = d.names[n].t1
			if d.names[n].kind == KindPerson {
				return d.nameMentionAt(d.names[n].t0)
			}
			continue
		}
		end++
	}
	for k := e; k < end; k++ {
		if d.has(k, fRole) || l.personNouns[d.lw(k)] || personSuffix(d.lw(k)) {
			return mention{t0: t, t1: end, name: -1} // "Trump’s campaign manager", not "Carter's letter"
		}
	}
	return d.nameMentionAt(t) // the possessive alone, which no cue has for subject
}

// attributive reports whether name n modifies the noun after it rather than heads a phrase:
// a name of unknown kind after a determiner (or "a dozen"), followed by a lower-case word that
// is no verb, auxiliary, adverb in -ly, preposition, clause word or pronoun ("The Louisville crowd cheered", "The
// Democratic race has taken", "a dozen Democratic senators"). Such a name is no subject:
// the phrase it modifies is (attributivePhrase).
func (d *doc) attributive(n int) bool {
	nm := d.names[n]
	if nm.kind != KindUnknown || !d.isWord(nm.t0-1) || !d.isWord(nm.t1) || d.toks[nm.t1].upper {
		return false
	}
	if !d.has(nm.t0-1, fDeterminer) && d.lw(nm.t0-1) != "dozen" {
		return false
	}
	// the word after is a noun: no verb ("The Post intervened"), adverb ("Some Democrats
	// probably would"), preposition or clause word
	w := d.lw(nm.t1)
	return !d.has(nm.t1, fVerb|fPronoun|fClause|fPrep) && !lex().aux[w] && !verbAux[w] && !isPossessive(d.word(nm.t1)) &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// attributivePhrase is the noun phrase around attributive name n: from its determiner (and a
// determiner before a quantity: "a dozen") over the name to the one to three lower-case words
// after it that end on a noun that can speak ("The Sanders campaign", "a dozen Democratic
// senators", "The Republican presidential nominee"); no mention when the phrase's head cannot
// speak ("The Democratic race", "the Orlando attack"), since the name alone is no subject.
func (d *doc) attributivePhrase(n int) mention {
	nm := d.names[n]
	t0 := nm.t0 - 1
	if !d.has(t0, fDeterminer) && d.has(t0-1, fDeterminer) {
		t0--
	}
	if w := d.lw(t0); w == "that" || w == "que" {
		t0 = nm.t0 // "that Sanders supporters should": a conjunction, not a determiner
	}
	for t1 := nm.t1; t1 < nm.t1+3 && d.isWord(t1) && !d.toks[t1].upper && !d.quoted[t1]; t1++ {
		if d.canSpeak(t1) {
			return mention{t0: t0, t1: t1 + 1, name: -1}
		}
	}
	return noMention
}

// irregularPasts are English simple pasts without -ed that may head the first of two
// coordinated verbs ("he cut into Bush and accused him").
var irregularPasts = set{"took": true, "made": true, "came": true, "went": true, "gave": true, "got": true,
	"cut": true, "ran": true, "fought": true, "won": true, "lost": true, "held": true, "met": true, "saw": true,
	"left": true, "spent": true, "brought": true, "kept": true, "put": true, "sent": true, "stood": true,
	"thought": true, "felt": true, "found": true, "told": true, "said": true, "wrote": true, "spoke": true,
	"began": true, "became": true, "drew": true, "sought": true, "struck": true, "threw": true, "hit": true,
	"led": true, "let": true, "knew": true, "heard": true, "paid": true, "sat": true, "shook": true}

// conjunctVerb reports whether token k may be the finite verb of the first of two clauses
// joined by "and" ("Reid blasted Rubio and defended Cruz"): a reporting verb, a past in -ed
// or an irregular past, or a present in -s, written in lower case.
func (d *doc) conjunctVerb(k int) bool {
	if !d.isWord(k) || d.toks[k].upper || d.quoted[k] {
		return false
	}
	w := d.lw(k)
	if d.has(k, fVerb) || irregularPasts[w] || beForms[w] || w == "has" || w == "had" || w == "have" {
		return true
	}
	if len(w) < 4 || d.has(k, fDeterminer|fPrep|fPronoun|fClause) {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// conjunctSubject finds the subject of a cue at token c that follows "and" or "but" (over
// auxiliaries and adverbs): the subject of the nearest verb before the conjunction, in the
// same sentence, that opens its clause ("Harry Reid blasted Rubio and defended Cruz", "the
// former president showed restraint Monday and described", "he looked into the camera,
// furrowed his brow and said", "Reid, who endorsed Clinton, reiterated it and stressed").
// A clause that is the complement of a verb ("He says he respects Clinton and calls") or a
// relative clause closed by a comma ("Schultz supported Democrats, which let him go, and
// said") gives way to the clause before it. Quoted words between them are skipped ("called
// Trump a “blowhard,” and said"). At most 30 tokens lie between the verb and the conjunction.
func (d *doc) conjunctSubject(c int) mention {
	t := d.skipAuxBefore(c - 1)
	if !d.isWord(t) || d.quoted[t] || d.lw(t) != "and" && d.lw(t) != "but" {
		return noMention
	}
	return d.governingSubject(t)
}

// governingSubject finds the subject of the clause that a conjunction or a comma at token t
// continues: the subject of the nearest verb before t that opens its clause (see
// conjunctSubject).
func (d *doc) governingSubject(t int) mention {
	first := noMention
	for k := t - 1; k > 0 && t-k <= 30 && d.sent[k] == d.sent[t] && d.toks[k].kind != tokPara && !d.isPunct(k, ";"); k-- {
		if !d.conjunctVerb(k) {
			continue
		}
		m := d.verbSubject(k)
		if !m.ok() {
			continue
		}
		if isRelative(d.lw(m.t0)) && m.t1 == m.t0+1 && d.commaBetween(m.t1, t) || d.subordinateAt(m.t0-1) {
			if !first.ok() {
				first = m
			}
			k = m.t0
			continue
		}
		return m
	}
	if first.rel != nil && first.rel.ok() && first.rel.name >= 0 && d.commaBetween(first.t1, t) {
		// "Reid, who endorsed Clinton in February, reiterated those feelings and stressed": the
		// relative clause closed by a comma, the main clause's subject is its antecedent
		return first.rel.asSubject()
	}
	return first
}

// verbSubject reads the subject of the verb at token k when it opens a clause: a phrase right
// before it that follows the start of the sentence, a punctuation mark, a conjunction or a
// verb ("said he"), or the phrase that opens the sentence when an aside set off by commas
// separates them ("Reid, who endorsed Clinton, reiterated").
func (d *doc) verbSubject(k int) mention {
	p := d.skipAuxBefore(k - 1)
	if d.isPunct(p, ",") {
		if m := d.interruptedSubject(p); m.ok() {
			return m
		}
		if m := d.subjectBefore(k); m.name >= 0 && d.clauseOpensAt(m.t0) {
			return m // "Rendell, a Clinton surrogate, said"
		}
		return noMention
	}
	if d.isPunct(p, ")") { // "Mitch McConnell (R-Ky.) issued"
		if m := d.subjectBefore(k); m.ok() && m.t1 < p && m.name >= 0 && d.clauseOpensAt(m.t0) {
			return m
		}
		return noMention
	}
	if !d.isWord(p) || d.quoted[p] || d.has(p, fDeterminer|fPrep) || d.lw(p) == "and" || d.lw(p) == "to" ||
		d.nameAt[p] < 0 && !d.toks[p].upper && (strings.HasSuffix(d.lw(p), "ed") || irregularPasts[d.lw(p)]) {
		return noMention // "The company raised prices": k is the object of a verb
	}
	m := d.subjectBefore(k)
	if m.ok() && m.t1 == p+1 && d.afterPreposition(m.t0) {
		if s := d.subjectPhrase(k); s.ok() && s.t0 < m.t0 && s.t1 == m.t1 {
			return s // "Opponents of the plan welcomed": the phrase the preposition's complement ends
		}
	}
	if !m.ok() || m.t1 != p+1 || d.afterPreposition(m.t0) || m.rel == nil && !d.clauseOpensAt(m.t0) && !d.roleLead(m) &&
		!(d.has(m.t0-1, fDeterminer) && d.clauseOpensAt(m.t0-1)) { // "The AP has surveyed … and noted"
		return noMention
	}
	return m
}

// roleLead reports whether the name mention m follows a role noun whose phrase opens the clause
// within six words ("White House press secretary Josh Earnest condemned", "Manchester United
// manager Sir Alex Ferguson sympathised"): the person is the subject, the words before modify
// the role.
func (d *doc) roleLead(m mention) bool {
	if m.name < 0 || !d.has(m.t0-1, fRole) {
		return false
	}
	for k := m.t0 - 1; k >= 0 && m.t0-k <= 6; k-- {
		if !d.isWord(k) || d.quoted[k] {
			return false
		}
		if d.clauseOpensAt(k) {
			return true
		}
	}
	return false
}

// clauseOpensAt reports whether a clause may open at token t: at the start of a sentence or
// paragraph, after punctuation, a conjunction, a subordinating word or a verb ("said he").
func (d *doc) clauseOpensAt(t int) bool {
	if t == 0 || d.toks[t].sentStart || !d.isWord(t-1) || d.quoted[t-1] {
		return true
	}
	switch d.lw(t - 1) {
	case "and", "but", "or", "so", "then", "yet":
		return true
	}
	return d.subordinateAt(t-1) || strings.HasSuffix(d.lw(t-1), "ly")
}

func isRelative(w string) bool { return isRelativeSubject(w) || w == "that" }

// commaBetween reports whether tokens [a, b) hold a comma.
func (d *doc) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// subordinateAt reports whether token k opens a clause subordinate to another: a verb whose
// complement it is ("says he", "said that he") or a subordinating word ("after he", "as they").
func (d *doc) subordinateAt(k int) bool {
	if !d.isWord(k) || d.quoted[k] {
		return false
	}
	switch d.lw(k) {
	case "that", "after", "as", "when", "while", "because", "since", "if", "though", "although", "before",
		"until", "once", "where", "whether":
		return true
	}
	return d.has(k, fVerb) && !d.toks[k].upper
}

// coordinatedParticiple reports whether the cue at token c is a present participle joined by
// "and" or "but" to a participle after a comma before it ("…, describing the son as a hero but
// insisting", "…, calling X a liar and threatening"): it shares that participle's subject.
func (d *doc) coordinatedParticiple(c int) bool {
	if w := d.lw(c); !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ant") {
		return false
	}
	t := d.skipAuxBefore(c - 1)
	if !d.isWord(t) || d.lw(t) != "and" && d.lw(t) != "but" && d.lw(t) != "et" && d.lw(t) != "mais" {
		return false
	}
	for k := t - 1; k > 0 && t-k <= 30 && d.sent[k] == d.sent[t] && !d.isPunct(k, ";"); k-- {
		if d.isWord(k) && !d.quoted[k] && k != c && d.isParticiple(k) {
			return true
		}
	}
	return false
}

// personAfterModifiers finds the person named at the end of a title phrase that starts at
// token t without an article: modifiers, names used as modifiers and role nouns, then the name
// ("former Obama adviser David Axelrod", "former Utah governor Michael Leavitt", "master of
// ceremonies Asab Al-Tabchi"). The name must end the phrase (punctuation, a clause word or a
// verb after it), a role or a noun of speakers must come before it, and no preposition but
// "of"; at most 8 tokens.
func (d *doc) personAfterModifiers(t int) mention {
	roleSeen := false
	for k := t; k < len(d.toks) && k < t+8 && d.isWord(k) && !d.quoted[k]; k++ {
		if n := d.nameAt[k]; n >= 0 && d.names[n].t0 == k {
			e := d.names[n].t1
			if d.names[n].kind == KindPerson && k > t && roleSeen && (!d.isWord(e) || d.has(e, fClause|fVerb) || d.toks[e].upper && d.nameAt[e] < 0) {
				return d.nameMentionAt(k)
			}
			k = e - 1
			continue
		}
		if roleSeen && d.lw(k) == "and" {
			continue // "said lobbyist and GOP strategist Charlie Black"
		}
		if d.toks[k].upper || d.has(k, fDeterminer|fPronoun|fClause) || d.has(k, fVerb) && !d.has(k, fRole) ||
			d.has(k, fPrep) && d.lw(k) != "of" {
			return noMention
		}
		roleSeen = roleSeen || d.has(k, fRole|fSpeaker) || d.canSpeak(k)
	}
	return noMention
}

// impersonal subjects of a raising verb name no one who acts: "it seems to", "this appears to".
var impersonal = set{"it": true, "this": true, "that": true, "there": true, "which": true}

// adjacentSubject reports whether the phrase m read before the cue at token c is its subject
// by position: a description that ends right before the cue (over auxiliaries and adverbs) and
// opens a clause, not after a comma, before a cue that is a verb ("when a member of the family
// suggested", "the order released Friday said"). A bare word is a subject only when it is
// plural or can speak ("polls show"), never a verb form.
func (d *doc) adjacentSubject(m mention, c int) bool {
	if !m.ok() || m.name >= 0 || m.rel != nil || m.t1 != d.skipAuxBefore(c-1)+1 || !d.clauseOpensAt(m.t0) || d.isPunct(m.t0-1, ",") {
		return false
	}
	if !d.conjunctVerb(c) && !verbAux[d.lw(c)] && !d.has(c-1, fVerb) {
		return false
	}
	last := d.lw(m.t1 - 1)
	if strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || irregularPasts[last] {
		return false
	}
	if m.t1-m.t0 == 1 && !d.has(m.t0, fDeterminer) {
		return strings.HasSuffix(last, "s") || d.canSpeak(m.t0)
	}
	return true
}

// tailClauseSubject returns the subject of a reporting clause that ends right before the
// comma of a participle cue at token c: "…, Mr. Manafort said, adding that", "…, said Mr.
// Manafort, adding that", "…, Lewandowski added Tuesday, saying", "…, a déclaré M. Dupont,
// ajoutant que". The participle shares it,
// whatever the words before the clause (which may be a quote of another's words).
func (d *doc) tailClauseSubject(c int) mention {
	if !d.isPunct(c-1, ",") {
		return noMention
	}
	v := c - 2
	for v > 0 && c-v < 5 && d.isWord(v) && (isDay(d.lw(v)) || tailAdverbs[d.lw(v)]) {
		v--
	}
	if d.isWord(v) && tailVerbs[d.lw(v)] && !d.quoted[v] {
		if m := d.subjectBefore(v); m.ok() && m.t1 == d.skipAuxBefore(v-1)+1 && m.t0 > 0 && (d.isPunct(m.t0-1, ",") || d.quoted[m.t0-1] || isQuoteRune(rune0(d.word(m.t0-1)))) {
			return m
		}
	}
	for k := c - 2; k > 0 && c-k < 8 && d.isWord(k) && !d.quoted[k]; k-- {
		if tailVerbs[d.lw(k)] && d.isPunct(d.skipAuxBefore(k-1), ",") {
			if m := d.npAfter(k + 1); m.ok() && m.t1 == c-1 {
				return m.asSubject()
			}
			break
		}
	}
	return noMention
}

// listedVerbSubject returns the subject of a finite verb cue at token c that follows a comma
// in a list of verbs sharing one subject ("Trump vowed to ban Muslims from entering the United
// States, declined at first to criticize David Duke, and defended …"), when the phrase sb read
// before the comma is the object or complement of a verb or preposition: the subject, a name
// or a pronoun, of the nearest clause before the comma, with no other comma between them.
// Otherwise noMention.
func (d *doc) listedVerbSubject(sb mention, c int) mention {
	comma := d.skipAuxBefore(c - 1)
	if !d.isPunct(comma, ",") || !d.conjunctVerb(c) || strings.HasSuffix(d.lw(c), "ing") || !sb.ok() || sb.t1 != comma || sb.t0 < 1 {
		return noMention
	}
	p := sb.t0 - 1
	if d.has(p, fDeterminer) {
		p-- // "entering the United States"
	}
	if !d.isWord(p) || d.quoted[p] || !(d.has(p, fVerb|fPrep) || d.conjunctVerb(p) || strings.HasSuffix(d.lw(p), "ing")) {
		return noMention
	}
	m := d.governingSubject(comma)
	if !m.ok() || m.rel != nil || m.t1 > p || d.commaBetween(m.t1, comma) || m.name < 0 && !d.has(m.t0, fPronoun) || isRelative(d.lw(m.t0)) ||
		d.isPunct(m.t0-1, ",") && m.t0 >= 2 && d.nameAt[m.t0-2] >= 0 {
		return noMention // "Brendan Buck, a spokesman for Ryan, told", "Eric Reeves, one of the academic voices on Sudan, said": an apposition, not a list
	}
	return m
}

// determinerSubject reports whether the phrase m read before the cue at token c is a noun
// phrase with its determiner that ends right before the cue, over auxiliaries and adverbs, when
// the cue is a finite reporting verb: "than the oil industry says", "The former first lady
// calls". Any such phrase is the verb's subject.
func (d *doc) determinerSubject(m mention, c int) bool {
	if !m.ok() || m.name >= 0 || m.rel != nil || m.t1-m.t0 < 2 || !d.has(m.t0, fDeterminer) || m.t1 != d.skipAuxBefore(c-1)+1 {
		return false
	}
	if p := m.t0 - 1; d.isWord(p) && !d.toks[m.t0].sentStart && d.lw(p) != "than" && (!d.clauseOpensAt(m.t0) || d.has(p, fVerb) || strings.HasSuffix(d.lw(p), "ed")) {
		return false // "Republicans who have praised his candidacy warned": an object
	}
	return d.finiteCue(c)
}

// finiteCue reports whether the cue at token c is a finite reporting verb: "says", "said",
// "concludes", "wrote", "affirme", "estiment", "a déclaré".
func (d *doc) finiteCue(c int) bool {
	w := d.lw(c)
	if (w == "a" || w == "ont") && d.has(c+1, fVerb) {
		return true // "a déclaré"
	}
	return d.has(c, fVerb) && !d.toks[c].upper && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || irregularPasts[w] ||
		strings.HasSuffix(w, "e") || strings.HasSuffix(w, "ent"))
}

// finiteForm reports whether the cue word at token c looks like a finite verb, reporting or
// not: lower case, with the ending of a present or past tense ("believe", "argue", "said",
// "estiment"), no participle in -ing.
func (d *doc) finiteForm(c int) bool {
	w := d.lw(c)
	if !d.isWord(c) || d.toks[c].upper || strings.HasSuffix(w, "ing") || d.has(c, fDeterminer|fPrep|fPronoun) {
		return false
	}
	return d.finiteCue(c) || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ent") ||
		irregularPasts[w] || irregularParticiples[w]
}

// asideSubject reports whether the phrase m, read over an aside set off by commas before the
// cue at token c, is its subject by position: a phrase with its determiner that opens the
// sentence, before a finite reporting verb ("The message, sent to Cheryl Mills, called", "The
// ad, titled \"Unifier?\", concludes").
func (d *doc) asideSubject(m mention, c int) bool {
	comma := d.skipAuxBefore(c - 1)
	return m.ok() && m.name < 0 && m.rel == nil && m.t1-m.t0 >= 2 && d.has(m.t0, fDeterminer) && m.t1 < comma &&
		d.isPunct(comma, ",") && (m.t0 == 0 || d.toks[m.t0].sentStart || !d.isWord(m.t0-1)) && d.finiteCue(c)
}

// controlVerbs take an object that is the subject of the infinitive after it: "led some to
// speculate", "prompted Parliament to call", "allow him to call for" (lemmas; -s, -ed, -ing
// and doubled-consonant forms are recognised).
var controlVerbs = set{"lead": true, "led": true, "prompt": true, "urge": true, "ask": true, "force": true,
	"push": true, "encourage": true, "allow": true, "cause": true, "drive": true, "drove": true, "driven": true,
	"require": true, "invite": true, "persuade": true, "convince": true, "inspire": true, "pressure": true,
	"press": true, "spur": true, "enable": true, "help": true, "get": true, "got": true, "leave": true,
	"left": true, "bring": true, "brought": true, "rely": true, "relied": true, "expect": true, "call": true,
	"challenge": true, "dare": true, "tell": true, "told": true}

// isControlVerb reports whether w is a form of a control verb.
func isControlVerb(w string) bool {
	if controlVerbs[w] {
		return true
	}
	for _, suf := range [...]string{"s", "es", "ed", "d", "ing", "ies", "ied"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 {
			if controlVerbs[b] || suf[0] == 'i' && controlVerbs[b+"y"] || suf == "ing" && controlVerbs[b+"e"] ||
				(suf == "ed" || suf == "ing") && len(b) > 3 && b[len(b)-1] == b[len(b)-2] && controlVerbs[b[:len(b)-1]] {
				return true
			}
		}
	}
	return false
}

// infinitiveSubject finds the subject of an infinitive cue at token c ("to speculate") when
// it is the object of a control verb or of "for" before it: "led some to speculate",
// "prompted Britain's Parliament to call", "allow him to call for", "rely on users to report",
// "hard for progressives to accept". The object is a name, a pronoun or a noun phrase of at
// most 6 words right before "to".
func (d *doc) infinitiveSubject(c int) mention {
	t := c - 1
	if d.lw(c) == "to" {
		t = c // the cue holds its "to": "to worry"
	}
	if !d.isWord(t) || d.lw(t) != "to" || !d.isWord(t-1) || d.quoted[t-1] {
		return noMention
	}
	m := d.objectEndingAt(t - 1)
	if !m.ok() {
		return noMention
	}
	p := m.t0 - 1
	if d.isWord(p) && (d.lw(p) == "on" || d.lw(p) == "upon") {
		p-- // "rely on users to", "pressure on her to"
	}
	if !d.isWord(p) || d.quoted[p] || !(isControlVerb(d.lw(p)) || d.lw(p) == "for" || d.lw(p) == "pressure") {
		return noMention
	}
	return m.asSubject()
}

// objectEndingAt reads the object of a verb that ends at token t: a name, a pronoun, or the
// words back to the verb, preposition or clause boundary before them, at most 6 ("led some
// allies", "prompted Britain's Parliament").
func (d *doc) objectEndingAt(t int) mention {
	if !d.isWord(t) || d.quoted[t] {
		return noMention
	}
	if n := d.nameAt[t]; n >= 0 && d.names[n].t1 == t+1 {
		return d.nameMentionAt(t)
	}
	if d.has(t, fPronoun) {
		return mention{t0: t, t1: t + 1, name: -1}
	}
	s := t
	for s > 0 && t-s < 6 && d.isWord(s-1) && !d.quoted[s-1] && !d.boundary(s-1) && !d.conjunctVerb(s-1) &&
		!verbAux[d.lw(s-1)] && !(d.has(s-1, fPrep) && d.lw(s-1) != "of") {
		s--
	}
	if d.isWord(s-1) && !d.conjunctVerb(s-1) && !d.has(s-1, fPrep) || s == t && verbParticles[d.lw(t)] {
		return noMention // no verb or preposition governs the words; "brought up to believe"
	}
	return mention{t0: s, t1: t + 1, name: -1}
}

// verbParticles complete a verb and are no object: "brought up to", "set out to".
var verbParticles = set{"up": true, "out": true, "down": true, "off": true, "back": true, "away": true,
	"over": true, "in": true, "around": true, "ahead": true, "forward": true}

// possessiveDeterminers own the noun after them: "his suggestion", "their criticism".
var possessiveDeterminers = set{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true,
	"your": true}

// possessiveOf reports whether mention m is a possessive right before the noun cue at token c
// ("from his suggestion that", "with her promise to", "over Trump's remarks"): it owns the
// statement even after a preposition.
func (d *doc) possessiveOf(m mention, c int) bool {
	if m.t1 != c {
		return false
	}
	if m.t1-m.t0 == 1 && possessiveDeterminers[d.lw(m.t0)] {
		return true
	}
	last := d.word(m.t1 - 1)
	return m.name >= 0 && isPossessive(last) && !contraction(last)
}

// holderAfter reads the holder of a view named after a cue in tokens [c0, c1), past "from" or
// "among": "has drawn harsh criticism from fellow GOP hopefuls", "concerns among intelligence
// experts", "boos from the audience". A cue that ends on a verb in -ed, a reporting verb or a
// verb of knowing keeps its subject: "said from the stage", "shouted from the street", "we
// know from history".
func (d *doc) holderAfter(c0, c1 int) mention {
	if c1 <= c0 || d.has(c1-1, fVerb) || perceptionVerbs[d.lw(c1-1)] || irregularPasts[d.lw(c1-1)] || strings.HasSuffix(d.lw(c1-1), "ed") {
		return noMention
	}
	t := c1
	if !d.isWord(t) || d.quoted[t] || d.lw(t) != "from" && d.lw(t) != "among" && !(d.lw(t) == "by" && d.has(c0, fDeterminer)) {
		return noMention // "by" after a noun phrase only: "a quip by a right-wing politician"
	}
	m := d.npAfterMode(t+1, true)
	if !m.ok() || d.quoted[m.t0] {
		return noMention
	}
	return m.asSubject()
}

// perceptionVerbs learn or know from a source, which is no holder of a view: "we know from
// history", "as we learned from the filings".
var perceptionVerbs = set{"know": true, "knew": true, "known": true, "learn": true, "learnt": true, "hear": true,
	"see": true, "saw": true, "seen": true, "expect": true, "expecting": true}

// relativeThat reports whether "that" at token t is a relative pronoun, the subject of the verb
// after it: it follows a noun, not a verb, an adverb or a function word ("the polls that show",
// "any group that understands"; not "said that", "so that").
func (d *doc) relativeThat(t int) bool {
	p := t - 1
	if !d.isWord(p) || d.quoted[p] || d.has(p, fVerb|fDeterminer|fPrep|fPronoun|fClause) {
		return false
	}
	w := d.lw(p)
	if verbAux[w] || lex().aux[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || irregularPasts[w] {
		return false
	}
	switch w {
	case "so", "now", "such", "given", "except", "provided", "fact", "idea", "notion", "news", "belief", "hope",
		"claim", "view", "argument", "sign", "evidence", "assurance", "assurances", "word", "way":
		return false
	}
	return true
}

// afterQuoteMark reports whether token c follows a closing quote mark, over a comma:
// `”…,” said X`, `"…", said X`.
func (d *doc) afterQuoteMark(c int) bool {
	k := c - 1
	if d.isPunct(k, ",") {
		k--
	}
	return k >= 0 && d.toks[k].kind == tokPunct && isQuoteRune(rune0(d.word(k))) && (k == c-1 || d.isPunct(c-1, ","))
}

// participleOpeners open a participial phrase that a cue may hold: "In opposing", "After
// announcing", "En affirmant".
var participleOpeners = set{"in": true, "after": true, "before": true, "besides": true, "while": true, "by": true,
	"upon": true, "when": true, "despite": true, "en": true}

// ownerlessNounCue reports whether the cue in tokens [c0, c1) is a noun phrase opened by "the"
// or "an" ("the passage of", "an attempt to", "the assumption") that no verb
// before it governs: nobody in the text holds the statement it names (a possessive or a
// holder after "from" is read before). After a verb the phrase belongs to the verb's subject:
// "she issued a statement saying", "he made the case that".
func (d *doc) ownerlessNounCue(c0, c1 int) bool {
	if w := d.lw(c0); w != "the" && w != "an" { // not "a": the French auxiliary ("a déclaré") shares it
		return false
	}
	if c1-c0 < 2 || !d.isWord(c0+1) {
		return false
	}
	b := c0 - 1
	if d.isWord(b) && !d.quoted[b] && (d.conjunctVerb(b) || verbAux[d.lw(b)] || lex().aux[d.lw(b)] || irregularPasts[d.lw(b)] ||
		ownedNounOpeners[d.lw(b)]) {
		return false
	}
	return true
}

// reactionNouns name words said about or to someone: whoever faces or answers them is not
// their speaker.
var reactionNouns = set{"criticism": true, "criticisms": true, "question": true, "questions": true,
	"request": true, "requests": true, "allegation": true, "allegations": true, "complaint": true,
	"complaints": true, "accusation": true, "accusations": true, "speculation": true,
	"critique": true, "critiques": true, "scrutiny": true, "sollicitations": true}

// receiveVerbs take a reaction noun as what their subject undergoes: "faced criticism", "came
// under criticism", "did not respond to requests for", "fielded questions".
var receiveVerbs = set{"face": true, "faces": true, "faced": true, "facing": true, "receive": true,
	"receives": true, "received": true, "receiving": true, "under": true, "endure": true,
	"endures": true, "endured": true, "enduring": true, "field": true, "fields": true, "fielded": true,
	"fielding": true, "respond": true, "responds": true, "responded": true, "dodge": true, "dodged": true,
	"dodging": true, "deflect": true, "deflected": true, "ignore": true, "ignored": true,
	"deny": true, "denied": true, "denies": true, "weather": true, "weathered": true, "entertains": true,
	"essuyé": true, "essuie": true, "essuient": true, "essuyer": true, "subi": true, "subit": true}

// receivedNounCue reports whether the noun cue in tokens [c0, c1) is a reaction noun whose
// verb says that its subject undergoes or answers it ("Clinton faced sharp criticism for",
// "Manafort did not respond to requests for", "came under heavy criticism"): the words have no
// speaker unless the text names who said them ("criticism from X", found before this test).
// The verb comes right before the noun or its adjectives (at most three words), or opens the
// cue itself.
func (d *doc) receivedNounCue(c0, c1 int) bool {
	n := -1
	for k := c0; k < c1; k++ {
		if reactionNouns[d.lw(k)] {
			n = k
			break
		}
	}
	if n < 0 {
		return false
	}
	for k := n + 1; k < c1; k++ {
		if d.has(k, fVerb) {
			return false // "responded to a question about it by asserting": the later verb speaks
		}
	}
	for k, steps := n-1, 0; k >= 0 && steps < 4 && d.isWord(k) && !d.quoted[k]; k, steps = k-1, steps+1 {
		w := d.lw(k)
		if receiveVerbs[w] {
			return w != "under" || d.isWord(k-1) && (d.lw(k-1) == "came" || d.lw(k-1) == "come" || d.lw(k-1) == "comes" || d.lw(k-1) == "coming")
		}
		if w == "to" && d.isWord(k-1) && receiveVerbs[d.lw(k-1)] {
			// "did not respond to requests for comment"; "Trump responded to a question" answers it
			for j := k - 2; j >= 0 && j > k-6 && d.isWord(j); j-- {
				if w := d.lw(j); w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "declined" || w == "refused" {
					return true
				}
			}
			return false
		}
		if d.has(k, fVerb|fPrep|fPronoun) && w != "of" || d.nameAt[k] >= 0 {
			return false
		}
	}
	return false
}

// ownedNounOpeners introduce a noun cue that belongs to the subject of the clause: "stirred
// controversy with an assertion that", "including a call for", "in an effort to", "and the
// firmly held belief that".
var ownedNounOpeners = set{"with": true, "including": true, "in": true, "and": true}

// issueVerbs put out a document that then speaks for its author: "issued a statement saying",
// "sent an email calling", "released a video showing".
var issueVerbs = set{"issued": true, "issues": true, "issue": true, "released": true, "releases": true,
	"sent": true, "sends": true, "posted": true, "posts": true, "published": true, "publishes": true,
	"put": true, "puts": true, "fired": true, "unveiled": true, "unveils": true, "ran": true, "runs": true,
	"aired": true, "airs": true, "launched": true, "launches": true, "tweeted": true, "wrote": true, "writes": true,
	"produced": true, "produces": true, "filed": true, "files": true}

// issuerOf returns the subject of the verb that issues the document phrase m ("McConnell issued
// a statement saying", "The campaign sent a fundraising email that"): the document speaks for
// its author, as news reports it. The phrase holds a document noun and follows the verb.
//
// A phrase read across the verb ("The company issued a statement", as "the order released
// Friday" is read) holds verb and subject both: the words before the verb are the subject.
func (d *doc) issuerOf(m mention) mention {
	if !m.ok() || m.name >= 0 {
		return noMention
	}
	v := m.t0 - 1
	for k := m.t0 + 1; k < m.t1-1; k++ {
		if issueVerbs[d.lw(k)] && !d.toks[k].upper {
			v = k
			break
		}
	}
	if !d.isWord(v) || !issueVerbs[d.lw(v)] {
		return noMention
	}
	doc := false
	for k := v + 1; k < m.t1; k++ {
		doc = doc || d.has(k, fDocNoun)
	}
	if !doc {
		return noMention
	}
	if v > m.t0 {
		if s := d.phraseEndingAt(v - 1); s.ok() {
			return s.asSubject()
		}
		return noMention
	}
	return d.verbSubject(v)
}

// quantifiedSubject extends a phrase m read after "of" to the quantifier before it when the
// quantifier opens a clause: "most of them said", "many of the delegates say", "both of whom
// opposed". The whole phrase is the subject; "of" alone would make m a complement.
func (d *doc) quantifiedSubject(m mention) mention {
	if !m.ok() || m.rel != nil || !d.isWord(m.t0-1) || d.lw(m.t0-1) != "of" || m.t0 < 3 {
		return noMention
	}
	q := m.t0 - 2
	if d.isPunct(q, "%") && d.isWord(q-1) && isQuantity(d.lw(q-1)) {
		q-- // "85% of Democrats said"
	} else if w := d.lw(q); !isQuantity(w) && !loneQuantifiers[w] {
		return noMention
	}
	a := q
	for a > 0 && m.t0-a < 8 && d.isWord(a-1) && approximators[d.lw(a-1)] {
		a-- // "As many as three-fourths of them tell pollsters": the mention starts at the quantity
	}
	if !d.clauseOpensAt(a) {
		return noMention
	}
	return mention{t0: q, t1: m.t1, name: -1, subject: true}
}

// approximators open a quantity: "as many as", "more than", "nearly", "at least".
var approximators = set{"as": true, "many": true, "about": true, "nearly": true, "almost": true, "more": true,
	"than": true, "fewer": true, "less": true, "roughly": true, "over": true, "at": true, "least": true, "some": true}

// experiencerOf finds who holds the view that a raising verb cue in tokens [c0, c1) reports
// ("appears", "seemed"), named by "To" or "Among" at the start of its sentence before a comma:
// "To professor Brigid Harrison, Christie's stare seemed to reflect sadness", "Among the
// American people, then, the relationship appears to be alive and well".
func (d *doc) experiencerOf(c0, c1 int) mention {
	raising := false
	for k := c0; k < c1; k++ {
		switch d.lw(k) {
		case "appear", "appears", "appeared", "seem", "seems", "seemed":
			raising = true
		}
	}
	if !raising {
		return noMention
	}
	s := c0
	for s > 0 && c0-s < 60 && d.sent[s-1] == d.sent[c0] && d.toks[s-1].kind != tokPara {
		s--
	}
	if !d.isWord(s) {
		return noMention
	}
	if w := d.lower(d.word(s)); w != "to" && w != "among" { // d.lw folds only the lexicon's words
		return noMention
	}
	m := d.npAfterMode(s+1, true)
	if !m.ok() || !d.isPunct(m.t1, ",") {
		return noMention
	}
	return m.asSubject()
}

// impersonalBefore reports whether the subject word before the cue at token c (over
// auxiliaries and adverbs) is impersonal ("it seemed to").
func (d *doc) impersonalBefore(c int) bool {
	t := d.skipAuxBefore(c - 1)
	return d.isWord(t) && impersonal[d.lw(t)]
}

// verbBeforeNounCue returns the reporting verb that governs a noun cue at token c through "in",
// a determiner and at most two modifiers ("wrote in a note that", "said in its annual report
// that", "a indiqué dans un communiqué que"), -1 when there is none.
func (d *doc) verbBeforeNounCue(c int) int {
	det := c - 1
	for det > c-3 && d.isWord(det) && !d.has(det, fDeterminer|fVerb|fPrep) && !d.toks[det].upper && !d.quoted[det] {
		det-- // "its annual report", "a written statement"
	}
	if det < 2 || !d.has(det, fDeterminer) {
		return -1
	}
	switch d.lw(det - 1) {
	case "in", "into", "dans", "en":
	default:
		return -1
	}
	if !d.has(det-2, fVerb) || d.toks[det-2].upper {
		return -1 // "joins the United States in their refusal": no verb
	}
	return det - 2
}
