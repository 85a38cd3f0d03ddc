package attribution

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A speaker mention must be a plausible noun phrase: a name, a pronoun, or a description headed
// by a noun that can speak (a person, a group, an organisation, a document). The rules below
// refuse what the looser readers of the sieves sometimes return: a clause ("that the measure is
// narrowly tailored", "qu'une communication"), a determiner and an abstract noun ("the
// concerns"), a lone quantifier ("all"), a capitalised word that opens a sentence and names no
// one ("More", "Tuesday"), a possessive fragment ("Carter's"), a phrase cut after a preposition
// ("the former secretary of"). A refused mention gives no speaker: nil is better than a guess.

// loneQuantifiers are quantifiers that never speak on their own ("are all thought to").
var loneQuantifiers = set{"all": true, "both": true, "each": true, "most": true, "half": true, "every": true,
	"neither": true, "either": true, "none": true, "tous": true, "toutes": true, "chacun": true, "chacune": true,
	"aucun": true, "aucune": true, "plupart": true}

// adjunctPrepositions open a phrase of place or time, never a speaker ("On June 4, 2008, Sanders
// …, decided", "In Iowa").
var adjunctPrepositions = set{"on": true, "in": true, "at": true, "during": true, "since": true, "into": true,
	"near": true, "dans": true, "pendant": true, "depuis": true}

// subjectQuantifiers stand for a group of people on their own when they open a clause right
// before a finite reporting verb ("Most believe", "Some argue", "Both have promised", "Neither
// wanted", "la plupart estiment", "Tous ont dénoncé").
var subjectQuantifiers = set{"most": true, "many": true, "some": true, "half": true, "several": true, "few": true,
	"others": true, "both": true, "neither": true, "each": true, "none": true, "all": true,
	"plupart": true, "certains": true, "beaucoup": true, "tous": true, "toutes": true}

// months are never speakers, capitalised or not.
var months = set{"january": true, "february": true, "march": false, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "janvier": true,
	"février": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true, "août": true,
	"septembre": true, "octobre": true, "novembre": true, "décembre": true}

// plausible reports whether mention m can name a speaker.
//
// cue is the first token of the quote's cue, or -1: a possessive is the speaker of the noun
// it modifies when that noun is the cue ("Trump's controversial proposal").
func (d *doc) plausible(m mention, cue int) bool {
	if !m.ok() {
		return false
	}
	if m.sub.End > m.sub.Start || m.rel != nil {
		return true // a pronoun glued to its verb, a relative pronoun with its antecedent
	}
	if m.t0 < 0 || m.t1 > len(d.toks) {
		return false
	}
	if last := d.word(m.t1 - 1); isPossessive(last) && !contraction(last) {
		// "Trump's proposal to": the possessive speaks through the noun cue it modifies;
		// "Carter's" before another verb modifies a noun that follows and is no subject
		return cue >= m.t1 && cue-m.t1 <= 2
	}
	if m.name >= 0 {
		return d.plausibleName(m)
	}
	w := d.lw(m.t0)
	if m.t1-m.t0 == 1 && subjectQuantifiers[w] && cue > m.t0 && d.skipAuxBefore(cue-1) == m.t0 && d.finiteForm(cue) && d.clauseOpensAt(m.t0) &&
		!strings.HasSuffix(d.lw(m.t1), "ly") { // not "and most recently defended"
		return true // "Most believe that", "most said they were", "Some argue that"
	}
	if m.t1-m.t0 == 1 && subjectQuantifiers[w] && cue == m.t1 && d.isWord(m.t0-1) && !d.toks[m.t0-1].upper && d.finiteForm(m.t0-1) && !d.has(m.t0-1, fPronoun|fDeterminer) {
		return false // "took several swipes at": the determiner of a noun cue after its verb
	}
	if m.t1-m.t0 == 1 && (lex().isPronoun(w) || contraction(d.word(m.t0))) {
		return !loneQuantifiers[w]
	}
	if m.t1-m.t0 == 2 && d.isPunct(m.t1-1, "%") && d.countsPeople(m.t0, m.t1) {
		return true // "42% say"
	}
	if d.verbPhrase(m.t0, m.t1) || m.t1-m.t0 > 1 && adjunctPrepositions[w] {
		return false // "On June 4": a phrase that opens with a preposition of place or time is an adjunct
	}
	if d.plausiblePhrase(m.t0, m.t1) || m.subject && d.nounPhrase(m.t0, m.t1) {
		return true
	}
	// "people who have battled other online threats say": a subject with its relative clause
	// is plausible when the phrase before the relative word is
	for k := m.t0 + 1; m.subject && k < m.t1; k++ {
		if w := d.lw(k); w == "who" || w == "whose" {
			return d.plausiblePhrase(m.t0, k) || d.nounPhrase(m.t0, k) && d.canSpeak(k-1)
		}
	}
	return false
}

// verbPhrase reports whether tokens [t0, t1) open with a verb in -ed or -ing that governs the
// rest, so they are no noun phrase: a lone form ("including", "tightened") or one followed by
// a determiner, a preposition or "to" ("incurred a wave of boos upon", "using the term",
// "hesitated to repeat his previous"). A participle before a noun that can speak ("elected
// officials from both parties") and "streaming services" pass.
func (d *doc) verbPhrase(t0, t1 int) bool {
	w := d.lw(t0)
	if d.toks[t0].upper || d.nameAt[t0] >= 0 || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || d.canSpeak(t0) {
		return false
	}
	if t1-t0 == 1 {
		return true
	}
	for k := t0 + 1; k < t1; k++ {
		if d.has(k, fDeterminer|fPrep) || d.lw(k) == "to" {
			return true
		}
		if d.canSpeak(k) {
			return false // "elected officials from both parties": a participle before its noun
		}
	}
	return false
}

// nounPhrase reports whether tokens [t0, t1) read as a noun phrase that can be the subject of
// a cue even without a head that speaks: "history says", "polls show", "the report found",
// "FEC records from the 2008 cycle show", "Six in 10 say". It refuses what is no subject: a
// clause, a phrase with a finite verb, one that ends on a function word, an adverb or a verb,
// and a time expression ("this week", "the day", "Tuesday").
func (d *doc) nounPhrase(t0, t1 int) bool {
	l := lex()
	switch d.lw(t0) {
	case "that", "que", "qu'", "qu’", "whether", "si", "if", "how", "why", "what", "when", "where", "there", "here":
		return false
	}
	if !d.isWord(t1 - 1) {
		return false
	}
	head := t1 - 1
	for k := t0; k < t1; k++ {
		if !d.isWord(k) {
			if d.isPunct(k, "-") || d.isPunct(k, "/") || d.isPunct(k, "%") || d.isPunct(k, "$") || d.isPunct(k, ".") && k > t0 {
				continue
			}
			return false
		}
		w := d.lw(k)
		if verbAux[w] || l.aux[w] && !l.determiners[w] && !(ordinals[w] && k > t0 && k < t1-1) || relativeWords[w] {
			return false
		}
		if k > t0 && (prepositions[w] || isParticipleForm(w)) && head == t1-1 {
			head = k - 1 // "polls taken in Ohio", "a report published Wednesday": the head comes first
		}
	}
	lastW := d.lw(t1 - 1)
	if prepositions[lastW] || l.determiners[lastW] || l.particles[lastW] || l.verbs[lastW] != "" && !d.has(t1-1, fDocNoun|fSpeaker) && !strings.HasSuffix(lastW, "s") {
		return false
	}
	if t1-t0 == 1 && (loneQuantifiers[lastW] || l.isPronoun(lastW) || l.stopCaps[lastW] && !d.canSpeak(t0)) {
		return false
	}
	h := d.lw(head)
	return !notSubject(h) && !isDay(h) && !months[h] && !strings.HasSuffix(lastW, "ly") && !l.aux[lastW]
}

// contraction reports whether w is a pronoun with a glued verb ("he's", "it’s", "who’d",
// "they’re").
func contraction(w string) bool {
	lw := lower(w)
	i := strings.LastIndexByte(lw, '\'')
	if i <= 0 {
		return false
	}
	switch lw[i:] {
	case "'s", "'d", "'ll", "'re", "'ve", "'m":
		b := lw[:i]
		return lex().isPronoun(b) || b == "that" || b == "there" || b == "here"
	}
	return false
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// headlineVerbs are the English reporting-verb lemmas that title-case headlines use in the
// present ("Biden Says", "Trump Tells Reporters"); a name holds none of their forms in -s.
var headlineVerbs = set{"say": true, "tell": true, "warn": true, "vow": true, "urge": true,
	"insist": true, "deny": true, "admit": true, "slam": true, "blast": true, "claim": true}

// plausibleName refuses a capitalised run of a title-case headline ("Biden Tells Reporters")
// and a single capitalised word that names no one: a day or month, a word of the stop list, a
// lone quantifier. The sentence-initial single words that give no reason to be names never
// become names (addInitialNames).
func (d *doc) plausibleName(m mention) bool {
	n := d.names[m.name]
	if n.t1-n.t0 != 1 {
		// a title-case headline runs its verb into the capitalised words: "Says Nothing About
		// Polls", "Biden Tells Reporters" name no one (a present form in -s of a headline verb)
		for k := n.t0; k < n.t1; k++ {
			if w := d.lw(k); strings.HasSuffix(w, "s") && headlineVerbs[lex().verbs[w]] && n.kind != KindOutlet && n.kind != KindOrganisation {
				return false
			}
		}
		return true
	}
	w := d.lw(n.t0)
	if isDay(w) || months[w] || lex().stopCaps[w] && !d.surnameBeforeCue(n.t0) || loneQuantifiers[w] {
		return false
	}
	// a single word opening its sentence is a name here only when it is a first name, an
	// outlet or a word that addInitialNames took as a name (addName holds every other back):
	// the text names it elsewhere ("Clinton" mid-sentence), or a verb, an aside or "seemed
	// to" follows it ("Graham said", "Levine, who gave money to Rubio, said")
	return true
}

// plausiblePhrase checks a description in tokens [t0, t1): no clause opener, no verb, no
// trailing function word, and a head that can speak.
func (d *doc) plausiblePhrase(t0, t1 int) bool {
	first := d.lw(t0)
	switch first {
	case "that", "que", "qu'", "qu’", "whether", "si", "if", "how", "why", "what", "when":
		return false
	}
	if !d.isWord(t1 - 1) {
		return false
	}
	// the last word is a preposition, determiner, clause word or particle
	if d.has(t1-1, fPrep|fDeterminer|fClause|fParticle) && !d.canSpeak(t1-1) {
		return false // "the former secretary of", "a number of"
	}
	if t1-t0 == 1 && (loneQuantifiers[first] || isDay(first) || months[first] || lex().stopCaps[first] && !d.canSpeak(t0)) {
		return false
	}
	if d.headline(t0, t1) || d.countsPeople(t0, t1) {
		return true
	}
	head := false
	for k := t0; k < t1; k++ {
		if !d.isWord(k) {
			if d.isPunct(k, "-") || d.isPunct(k, "/") || d.isPunct(k, ".") && k > t0 {
				continue
			}
			return false
		}
		w := d.lw(k)
		if k > t0 && (w == "of" || w == "de" || w == "du" || w == "des" || w == "d'" || w == "d’") {
			break // the head comes before its complement: "a group of senators"
		}
		if (d.has(k, fVerb) || verbAux[w]) && !d.canSpeak(k) {
			return false // "the measure is narrowly tailored", "The former Alaska governor said"
		}
		if d.canSpeak(k) || d.nameAt[k] >= 0 {
			head = true
		}
	}
	if !head && (d.hasCollective(t0, t1) || d.hasInfoHead(t0, t1)) {
		// "a group of senators", "les informations du Nouvel Obs": the complement speaks
		for k := t0; k < t1; k++ {
			if d.canSpeak(k) || d.nameAt[k] >= 0 {
				head = true
			}
		}
	}
	return head
}

// ordinals are adverbs before a verb ("first said") but adjectives inside a noun phrase
// ("the former first lady").
var ordinals = set{"first": true, "last": true, "next": true, "only": true, "second": true, "third": true}

// relativeWords open a clause inside a phrase, which then is no noun phrase.
var relativeWords = set{"who": true, "whom": true, "which": true, "that": true, "qui": true, "que": true,
	"qu'": true, "qu’": true, "dont": true, "when": true, "while": true, "as": true, "but": true, "mais": true}

// isParticipleForm reports whether w looks like a past participle that follows its noun: "a
// report published Wednesday", "polls taken in Ohio", "les sondages publiés dimanche".
func isParticipleForm(w string) bool {
	for _, suf := range [...]string{"ed", "en", "wn", "é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// verbAux are the auxiliaries and copulas that no noun phrase holds ("the measure is",
// "les parlementaires vont").
var verbAux = set{"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"ont": true, "est": true, "était": true, "sont": true, "avait": true, "avaient": true, "aura": true,
	"aurait": true, "auraient": true, "va": true, "vont": true, "pourra": true, "pourrait": true, "doit": true,
	"devrait": true, "peut": true, "s'était": true, "s’était": true, "s'est": true, "s’est": true}

// infoHeads are nouns for what someone says or knows, whose complement is the speaker: "les
// informations du Nouvel Obs", "the words of the minister", "la communication du parc".
var infoHeads = set{"informations": true, "information": true, "propos": true, "words": true, "comments": true,
	"remarks": true, "déclarations": true, "déclaration": true, "chiffres": true, "estimations": true,
	"estimates": true, "figures": true, "communication": true, "services": true, "avis": true, "view": true,
	"views": true, "calculs": true, "sources": true, "source": true, "account": true, "version": true}

func (d *doc) hasInfoHead(t0, t1 int) bool {
	for k := t0; k < t1 && k < t0+3; k++ {
		if infoHeads[d.lw(k)] || infoHeads[d.lower(d.word(k))] {
			return true
		}
	}
	return false
}

// headline reports whether [t0, t1) is a short capitalised speaker before a colon that opens
// its sentence: "Graham: …", "Clinton camp: …".
func (d *doc) headline(t0, t1 int) bool {
	if !d.isPunct(t1, ":") || t1-t0 > 4 || !d.toks[t0].upper || !(t0 == 0 || d.toks[t0].sentStart || d.toks[t0-1].kind == tokPara) {
		return false
	}
	for k := t0; k < t1; k++ {
		if !d.isWord(k) || lex().stopCaps[d.lw(k)] {
			return false
		}
	}
	return true
}

// countsPeople reports whether the phrase is a share of people: "64 percent", "Seventy-four
// percent of Democratic registered voters", "6 in 10".
func (d *doc) countsPeople(t0, t1 int) bool {
	for k := t0; k < t1 && k < t0+3; k++ {
		w := d.lower(d.word(k))
		if strings.Contains(w, "percent") || w == "%" || w == "pour" && d.isWord(k+1) && d.lw(k+1) == "cent" {
			return k > t0 && isQuantity(d.lower(d.word(k-1))) || k == t0
		}
	}
	return false
}

// hasCollective reports whether a counting or collective word opens the phrase ("a number of
// voters", "la plupart des élus", "6 in 10 voters").
func (d *doc) hasCollective(t0, t1 int) bool {
	for k := t0; k < t1 && k < t0+3; k++ {
		w := d.lw(k)
		if isQuantity(w) || w == "number" || w == "group" || w == "majority" || w == "coalition" || w == "share" {
			return true
		}
	}
	return false
}

// canSpeak reports whether the word at token k can head a speaker description: a role,
// organisation, document or person noun, their plural, or a noun with a person suffix.
func (d *doc) canSpeak(k int) bool {
	if d.has(k, fRole|fSpeaker) {
		return true
	}
	w := d.lw(k)
	if w == noWord {
		w = d.lower(d.word(k))
	}
	if isAcronym(d.word(k)) {
		return true // "La CNCTR", "the FBI"
	}
	if speakerWord(w) {
		return true
	}
	for _, pre := range [...]string{"ex-", "ancien-", "vice-", "co-"} {
		if r, ok := strings.CutPrefix(w, pre); ok && (speakerWord(r) || lex().roles[r]) {
			return true // "l'ex-ministre", "co-founder"
		}
	}
	if s, ok := singular(w); ok && speakerWord(s) {
		return true
	}
	return personSuffix(w)
}

func speakerWord(w string) bool { return speakerWords()[w] }

// speakerWords is the union of the role, person, organisation, document and generic role
// nouns, for one look-up.
var speakerWords = sync.OnceValue(func() set {
	l := lex()
	u := set{}
	for _, s := range []set{l.roles, l.personNouns, l.orgWords, documentNouns, l.genericRoles} {
		for w, ok := range s {
			if ok {
				u[w] = true
			}
		}
	}
	return u
})

// singular strips a plural ending: "députés" → "député", "syndicats" → "syndicat",
// "families" → "family".
func singular(w string) (string, bool) {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y", true
	case strings.HasSuffix(w, "aux") && len(w) > 4:
		return w[:len(w)-3] + "al", true
	case strings.HasSuffix(w, "s") && len(w) > 3, strings.HasSuffix(w, "x") && len(w) > 3:
		return w[:len(w)-1], true
	}
	return w, false
}

// personSuffix reports whether w has a suffix that names people: "organizers", "scientists",
// "historians", "participants", "conservatives", "employees", "critics", "chercheurs",
// "écologistes", "mandataires".
func personSuffix(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, s := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees", "ics", "ites",
		"ist", "ian", "eurs", "euses", "iens", "iennes", "istes", "aires", "iste", "eur", "euse", "ienne", "aire"} {
		if strings.HasSuffix(w, s) {
			return !nonPersonSuffix[w]
		}
	}
	return false
}

// nonPersonSuffix lists common nouns with a person suffix that name no one.
var nonPersonSuffix = set{"numbers": true, "papers": true, "matters": true, "letters": true, "orders": true,
	"powers": true, "waters": true, "centers": true, "borders": true, "errors": true, "factors": true,
	"sectors": true, "comments": true, "statements": true, "arguments": true, "agreements": true,
	"payments": true, "documents": true, "moments": true, "elements": true, "events": true, "cents": true,
	"percents": true, "incidents": true, "accidents": true, "contents": true, "assets": true,
	"fees": true, "committees": false, "topics": true, "politics": true, "ethics": true, "economics": true,
	"statistics": true, "tactics": true, "basics": true, "graphics": true, "sites": true, "writes": true,
	"moteur": true, "secteur": true, "valeur": true, "erreur": true, "hauteur": true, "couleur": true,
	"chaleur": true, "douleur": true, "faveur": true, "honneur": true, "malheur": true, "bonheur": true,
	"peur": true, "coeur": true, "cœur": true, "heures": true, "valeurs": true, "erreurs": true,
	"affaires": true, "commentaires": true, "salaires": true, "territoires": true, "dossiers": true,
	"papiers": true, "chantiers": true, "quartiers": true, "dispositions": true, "données": true,
	"salaire": true, "commentaire": true, "anniversaire": true, "inventaire": true, "horaire": true,
	"questionnaire": true, "vocabulaire": true, "formulaire": true, "dictionnaire": true, "itinéraire": true,
	"ancient": true, "recent": true, "patients": false, "different": true, "important": true,
	"others": false, "concerns": true, "terms": true}
