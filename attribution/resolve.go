package attribution

import (
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// mentionAt turns a speaker mention into an attribution: a name gives its entity, a pronoun
// the most recent compatible speaker (sieve 5), a role noun phrase the entity introduced with
// that role; anything else is a description entity of its own.
func (r *resolver) mentionAt(m mention, method Method, i int) Attribution {
	d := r.d
	if m.name < 0 && m.t1-m.t0 > 1 && adjunctOpeners[d.lw(m.t0)] {
		m.t0++ // "despite new figures showing": the noun after the preposition is the subject
	}
	if !d.plausible(m, r.cue0) {
		return Attribution{}
	}
	sp := m.sub
	if sp.End <= sp.Start {
		sp = d.span(m.t0, m.t1)
	}
	if m.rel != nil { // "who said": the antecedent speaks, the pronoun is the mention
		ante := m.rel.asSubject() // any noun phrase: "a page on health care, which recounts"
		if !d.plausible(ante, -1) && ante.name < 0 {
			// "the ire of lawmakers who": the nearest noun phrase is the antecedent
			for k := ante.t1 - 2; k > ante.t0; k-- {
				if w := d.lw(k); prepositions[w] {
					ante.t0 = k + 1
					if n := d.nameAt[ante.t0]; n >= 0 && d.names[n].t1 == ante.t1 {
						ante.name = n
					}
					break
				}
			}
		}
		at := r.mentionAt(ante, method, -1)
		if at.Speaker == nil && ante.ok() && ante.t1 > ante.t0 && !d.quoted[ante.t0] {
			// "those who had felt ignored", "Americans who aren't enamored of": the relative
			// pronoun stands for its antecedent, which speaks even when no rule names it
			a0 := ante.t0
			for k := ante.t0; k < ante.t1-1; k++ {
				if w := d.lw(k); d.has(k, fVerb) || lex().aux[w] || verbAux[w] {
					a0 = ante.t1 - 1 // "La réforme a déçu ceux qui": the phrase runs over a verb, its head names it
				}
			}
			at = Attribution{Speaker: r.description(d.text[d.toks[a0].s:d.toks[ante.t1-1].e], KindDescription), Method: method}
		}
		if at.Speaker != nil {
			at.Mention = sp
		}
		return at
	}
	at := Attribution{Mention: sp, Method: method}
	switch {
	case m.name >= 0:
		at.Speaker = d.ents[d.entOf[m.name]]
		return at
	case m.t1-m.t0 == 1 && lex().isPronoun(d.lower(d.text[sp.Start:sp.End])):
		w := d.text[sp.Start:sp.End]
		at.Speaker = r.pronoun(w, m.t0, i, frSubjectPronouns[lower(w)] || frPluralPronouns[lower(w)])
		if method == MethodCue {
			at.Method = MethodCuePronoun
		}
	default:
		e, role := r.phrase(m)
		at.Speaker = e
		if role && method == MethodCue {
			at.Method = MethodCueRole
		}
	}
	if at.Speaker != nil && at.Speaker.Kind != KindDescription {
		at.Speaker.Mentions = append(at.Speaker.Mentions, sp)
	}
	return at
}

// adjunctOpeners are prepositions that open an adjunct, never a subject: a phrase they open
// speaks by its noun ("despite new figures showing", "malgré les chiffres montrant").
var adjunctOpeners = set{"despite": true, "malgré": true, "amid": true, "without": true, "sans": true,
	"after": true, "après": true, "before": true, "avant": true, "unlike": true}

func pronounGender(w string) Gender {
	l := lex()
	switch w = lower(w); {
	case l.pronM[w]:
		return Male
	case l.pronF[w]:
		return Female
	case l.pronP[w]:
		return Plural
	}
	return GenderUnknown
}

func compatible(e *Entity, g Gender) bool {
	switch g {
	case Male, Female:
		// a description only with the gender of its role noun ("un élu", "la députée")
		// a name of unknown kind that spoke may be a person's surname ("Obama said")
		return (e.Kind == KindPerson || e.Kind == KindUnknown && e.isSource) && (e.Gender == g || e.Gender == GenderUnknown) ||
			e.Kind == KindDescription && e.Gender == g
	case Plural:
		return e.Kind == KindOrganisation || e.Gender == Plural || e.Kind == KindDescription || e.Kind == KindUnknown && pluralName(e.Name) // "the Tories insisted … They said"
	}
	return false
}

// pronoun resolves a pronoun at token t, for quote i, to the most recent named speaker of
// compatible gender and number, or to the first person named in the nearest sentence before
// it when that is more recent. An unresolved pronoun is a description entity of its own.
// chain reads the sentences before by their subjects, for a French subject pronoun (see
// nearestName); "ce dernier" takes the last person named instead.
func (r *resolver) pronoun(w string, t, i int, chain bool) *Entity {
	d := r.d
	g := pronounGender(w)
	var best *Entity
	bestPos := -1
	// the last speaker of that gender or of unknown gender: "Obama said … Jones said … he
	// said" is Jones
	for j := i - 1; j >= 0 && i-j <= maxBackQuotes && g != GenderUnknown; j-- {
		e := r.out[j].Speaker
		if e == nil || !compatible(e, g) || e.Kind == KindDescription && (j < i-1 || e.Gender != g) {
			continue
		}
		best, bestPos = e, r.out[j].Mention.Start
		break
	}
	if e, pos, prep := r.nearestName(t, g, chain); e != nil && pos > bestPos && (best == nil || !prep && d.para[t]-d.paraAt(pos) <= 1) && !r.namedAgain(best, pos, t) {
		best, bestPos = e, pos
	}
	if g == GenderUnknown && (lower(w) == "it" || lower(w) == "its") {
		best, bestPos = r.nearestBody(t)
	}
	if best != nil && d.nounAntecedent(bestPos, t, lower(w)) {
		return nil // "cette commission … si elle estime": the pronoun may be the noun, not the person
	}
	if best == nil {
		return r.description(w, KindDescription)
	}
	if best.Gender == GenderUnknown && (g == Male || g == Female) {
		best.Gender = g
	}
	return best
}

// namedAgain reports whether the entity e is named, outside quotes and not as the complement
// of a preposition ("La proposition de Nicolas Sarkozy"), between the start of the
// sentence holding byte off and token t: the last speaker named again beside a nearer name
// stays the antecedent ("“…,” Mr Milburn said. Mr Brown led it before but Mr Milburn leads it
// now. It will be different, he said": Milburn).
func (r *resolver) namedAgain(e *Entity, off, t int) bool {
	d := r.d
	if e == nil {
		return false
	}
	k := d.tokenNear(off, t)
	for k > 0 && t-k < maxBackTokens && d.sent[k-1] == d.sent[k] {
		k--
	}
	for ; k < t; k++ {
		if n := d.nameAt[k]; n >= 0 && d.names[n].t0 == k && !d.quoted[k] && d.ents[d.entOf[n]] == e && !d.afterPreposition(k) {
			return true
		}
	}
	return false
}

// nearestBody returns the organisation or outlet that "it" at token t stands for: the nearest
// name before t in its sentence, else the subject of the sentence before (in the same paragraph
// or the one before), a name among the first four words of that sentence; names in quotes and
// prepositional phrases do not count ("The Foreign Office said the plan was sound. It says the
// cuts…"). A person, a plural group ("Republicans") or a sentence whose subject is no name
// ("The report was clear. It said…") ends the search: "it" is then a thing, not a body.
func (r *resolver) nearestBody(t int) (*Entity, int) {
	d := r.d
	for s, seen := t-1, 0; s >= 0 && seen < 2 && t-s < maxBackTokens && d.para[t]-d.para[s] <= 1; {
		sid, first := d.sent[s], s
		for first > 0 && t-first < maxBackTokens && d.sent[first-1] == sid {
			first--
		}
		for first <= s && (d.quoted[first] || !d.isWord(first)) {
			first++ // the words of the sentence start after its quotes and marks
		}
		if first <= s {
			seen++
		}
		lo := first
		if d.has(first, fPrep) { // "At the Court of Appeal on Wednesday, the Alliance failed": the subject after the fronted phrase
			for k := first + 1; k < s && k-first < 12 && !d.quoted[k]; k++ {
				if d.isPunct(k, ",") {
					lo = k + 1
					break
				}
			}
		}
		hi := min(s, lo+3)
		if seen == 1 && d.sent[t] == sid {
			hi = s // in the sentence of "it", the nearest name before it: "the State Department gave … when it told"
		} else if e := r.bodyPhraseAt(first, s); e != nil {
			return e, d.toks[first].s // "The company said the plan was sound. It says…"
		}
		back := seen == 1 && d.sent[t] == sid // the nearest name before "it" in its sentence; else the first of the sentence
		for j := 0; j <= hi-lo; j++ {
			k := lo + j
			if back {
				k = hi - j
			}
			n := d.nameAt[k]
			if n < 0 || d.quoted[k] || d.afterPreposition(d.names[n].t0) || d.has(d.names[n].t0-1, fDeterminer) && d.afterPreposition(d.names[n].t0-1) {
				continue // "At the Court of Appeal on Wednesday, the Alliance failed": no subject
			}
			k = d.names[n].t0
			if e := d.ents[d.entOf[n]]; e.Kind == KindOutlet || e.Kind == KindOrganisation && e.Gender != Plural && !pluralName(e.Name) ||
				e.Kind == KindUnknown && e.isSource && e.Gender == GenderUnknown && !back && !pluralName(e.Name) {
				return e, d.toks[k].s // a one-word name that spoke: "Acme said …. “…,” it said"
			}
			return nil, -1
		}
		for s >= 0 && d.sent[s] == sid {
			s--
		}
	}
	return nil, -1
}

// bodyPhraseAt returns the organisation that a phrase opening the sentence at token first
// names: a determiner, at most two modifiers and a singular organisation noun ("The company",
// "the Italian government"), before token end; nil when there is none.
func (r *resolver) bodyPhraseAt(first, end int) *Entity {
	d := r.d
	if !d.has(first, fDeterminer) {
		// "In a statement from Lycos Europe, the company denied…": the subject after a
		// fronted phrase
		for k := first + 1; k <= end && k <= first+12 && d.isWord(k) || d.isPunct(k, ","); k++ {
			if d.isPunct(k, ",") {
				if k+1 <= end && d.has(k+1, fDeterminer) {
					first = k + 1
				}
				break
			}
		}
	}
	if !d.has(first, fDeterminer) || possessiveDeterminers[d.lw(first)] {
		return nil
	}
	for k := first + 1; k <= end && k <= first+3 && d.isWord(k) && !d.quoted[k]; k++ {
		if w := d.lw(k); lex().orgWords[w] && !strings.HasSuffix(w, "s") {
			if d.nameAt[k] >= 0 {
				return nil // "The Foreign Office": the name's entity, found by its name
			}
			if e, _ := r.phrase(mention{t0: first, t1: k + 1, name: -1}); e != nil && e.Kind == KindOrganisation {
				return e
			}
			return nil
		}
	}
	return nil
}

// pluralName reports whether the last word of name ends in "s" or the name joins two with "and":
// "Republicans", "the Democrats", "State Department and White House" name groups that "it"
// does not stand for.
func pluralName(name string) bool {
	return strings.HasSuffix(name, "s") || strings.Contains(name, " and ")
}

// articleName reports whether name mention n, without an honorific, follows "the": "the
// European Union", "the Marshall Plan", "the Republican National Convention" (a role word read
// as its title). English puts no article before a person's name, so a pronoun does not stand
// for it, whatever kind the name was given.
func (d *doc) articleName(n int) bool {
	m := d.names[n]
	return (m.title == 0 || !d.has(m.t0, fTitle)) && d.isWord(m.t0-1) && d.lw(m.t0-1) == "the"
}

// roleSubject returns a description of gender g that opens a clause of a sentence without a
// name, in tokens [first, end): a determiner and a gendered role noun at the sentence start
// or after a comma ("Lundi, un élu républicain a dénoncé … « … », a-t-il affirmé"), up to 3
// lower-case words long.
func (r *resolver) roleSubject(first, end int, g Gender) (*Entity, int) {
	d := r.d
	for k := first; k+1 < end; k++ {
		if d.quoted[k] || !d.has(k, fDeterminer) || !d.has(k+1, fRole) || roleGender(d, k+1, k+2) != g ||
			k != first && !d.isPunct(k-1, ",") {
			continue
		}
		e := k + 2
		for e < end && e-k < 4 && d.isWord(e) && !d.toks[e].upper && !d.quoted[e] && !d.has(e, fVerb|fPrep|fClause|fDeterminer) && !lex().aux[d.lw(e)] && !verbAux[d.lw(e)] {
			e++
		}
		ent := r.description(d.text[d.toks[k].s:d.toks[e-1].e], KindDescription)
		ent.Gender = g
		return ent, d.toks[k].s
	}
	return nil, -1
}

func (d *doc) paraAt(off int) int {
	t, _ := d.tokenRange(article.Span{Start: off, End: off})
	return d.para[min(t, len(d.toks)-1)]
}

// nearestName returns the first compatible person named in the nearest sentence before token
// t (the sentence of t included, quoted words excluded), looking back at most one paragraph;
// prep says the name is the complement of a preposition (taken only when it is the only one).
// A name that follows a preposition ("la proposition de Nicolas Sarkozy", "a call with
// Trump") is taken only when the sentence names no other.
//
// For a French subject pronoun (fr), the subject of each sentence decides first, as the
// topic chain of news French runs through subjects: a sentence whose subject is "il" or
// "elle" of the same gender continues the chain and is passed over ("Il explique ce départ
// par l'annonce du Premier ministre Edouard Philippe. « … », estime-t-il" is not Philippe),
// a subject name of that gender is the antecedent, and so is a subject role phrase (when the
// sentence names no one outside a prepositional phrase) that names the holder of a role or
// opens with an indefinite article ("un élu"), while a definite one that names no one
// ("l'ancien élu") is passed over, as it usually takes up someone named before; the names of
// a phrase fronted before the pronoun itself are no antecedent ("Aux côtés du procureur Rémy
// Heitz, il a annoncé"), nor is the subject of a quoted predicate in the pronoun's sentence
// ("Le président « sait qui je suis », a-t-il prévenu"). When no earlier sentence gives a name, the first sentence passed
// over gives its name that no preposition governs, else its role phrase ("La secrétaire
// d'État a apporté son soutien à Caroline Durand": the secretary), else its other names.
func (r *resolver) nearestName(t int, g Gender, fr bool) (e *Entity, pos int, prep bool) {
	d := r.d
	if g == Plural && fr {
		e, pos := r.pluralSubject(t)
		return e, pos, false
	}
	if g == GenderUnknown || g == Plural {
		return nil, -1, false
	}
	var passed *Entity // the first name of a sentence passed over, for when no other is found
	ppos, pprep := -1, false
	for s := t - 1; s >= 0 && t-s < maxBackTokens && d.para[t]-d.para[s] <= 1; {
		first := s
		for first > 0 && t-first < maxBackTokens && d.sent[first-1] == d.sent[s] {
			first--
		}
		if d.sent[s] != d.sent[t] {
			if e, pos := r.speakerIn(first, s, g); e != nil {
				return e, pos, false // "« … », confie-t-il à L'Yonne Républicaine. « … », raconte-t-il": the speaker, not the hearer
			}
			if fr {
				if e, pos := r.demonstrativeSubject(first, s, g); e != nil {
					return e, pos, false // "… d'un certain Abou Omar. Très vite, ce combattant lui aurait parlé"
				}
			}
		}
		if fr {
			e, pos, skip := r.frenchSubject(t, first, s, g)
			if e != nil && !skip {
				return e, pos, false
			}
			if skip {
				if passed == nil {
					passed, ppos, pprep = r.namesIn(first, s, g)
					if e != nil && (passed == nil || pprep) {
						passed, ppos, pprep = e, pos, false
					}
				}
				s = first - 1
				continue
			}
		}
		if e, pos, prep := r.namesIn(first, s, g); e != nil {
			return e, pos, prep
		}
		if e, pos := r.roleSubject(first, s+1, g); e != nil {
			return e, pos, false
		}
		s = first - 1
	}
	if passed != nil {
		return passed, ppos, pprep
	}
	return nil, -1, false
}

// speakerIn returns the speaker of an earlier quote attributed by its cue whose mention lies
// in tokens [first, s], a person or a description compatible with gender g, and the start of
// the mention; nil when there is none. The sentence that reports a quote has its speaker for
// subject, whatever names its other phrases hold.
func (r *resolver) speakerIn(first, s int, g Gender) (*Entity, int) {
	lo, hi := r.d.toks[first].s, r.d.toks[s].e
	for j := r.current - 1; j >= 0 && r.current-j <= maxBackQuotes; j-- {
		if r.qs[j].Span.End < lo {
			break
		}
		at := r.out[j]
		if at.Speaker == nil || at.Mention.Start < lo || at.Mention.End > hi {
			continue
		}
		if !compatible(at.Speaker, g) && pronounGender(r.d.text[at.Mention.Start:at.Mention.End]) != g &&
			!(at.Speaker.Kind == KindDescription && at.Speaker.Gender == GenderUnknown && (g == Male || g == Female) && r.d.singularDescription(at.Mention) && !r.personSpokeBefore(j, g)) {
			continue // an unresolved "he" stays the same unknown person, and so does "the 21-year-old" when no one named spoke before
		}
		if at.Speaker.Kind != KindPerson && at.Speaker.Kind != KindDescription {
			continue
		}
		switch at.Method {
		case MethodCue, MethodCuePronoun, MethodCueRole:
			return at.Speaker, at.Mention.Start
		}
	}
	return nil, -1
}

// personSpokeBefore reports whether a named person of gender g (or of no known gender) is the
// speaker of one of the quotes before quote j: a description that follows may be that person.
func (r *resolver) personSpokeBefore(j int, g Gender) bool {
	for k := j - 1; k >= 0 && j-k <= maxBackQuotes; k-- {
		if e := r.out[k].Speaker; e != nil && e.Kind == KindPerson && (e.Gender == g || e.Gender == GenderUnknown) {
			return true
		}
	}
	return false
}

// singularDescription reports whether the text of span sp is a singular noun phrase with a
// definite or indefinite article ("the 21-year-old", "a spokesman"), not a group ("some
// allies").
func (d *doc) singularDescription(sp article.Span) bool {
	f := strings.Fields(d.text[sp.Start:sp.End])
	if len(f) < 2 {
		return false
	}
	switch d.lower(f[0]) {
	case "the", "a", "an":
	default:
		return false
	}
	last := d.lower(f[len(f)-1])
	return !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss")
}

// demonstrativeSubject returns the person that a French demonstrative subject refers back to
// ("ce combattant", "cet homme", "cette femme" opening the sentence [first, s], after a fronted
// phrase at most): the last person of gender g, or of the demonstrative's gender, named
// before the sentence in its paragraph or the one before, complements included ("Il fait la
// connaissance d'un certain Abou Omar. Très vite, ce combattant …").
func (r *resolver) demonstrativeSubject(first, s int, g Gender) (*Entity, int) {
	d := r.d
	for _, k := range [2]int{first, d.afterFronted(first, s)} {
		w := d.lw(k)
		if !d.isWord(k) || d.quoted[k] || w != "ce" && w != "cet" && w != "cette" || !d.isWord(k+1) || d.toks[k+1].upper || d.has(k+1, fVerb|fPronoun) || lex().aux[d.lw(k+1)] {
			continue
		}
		if (w == "cette") != (g == Female) {
			return nil, -1
		}
		for j := first - 1; j >= 0 && first-j < maxBackTokens && d.para[first]-d.para[j] <= 1; j-- {
			n := d.nameAt[j]
			if n < 0 || d.names[n].t1 != j+1 || d.quoted[j] {
				continue
			}
			if e := d.ents[d.entOf[n]]; e.Kind == KindPerson && compatible(e, g) {
				return e, d.toks[d.names[n].t0].s
			}
		}
		return nil, -1
	}
	return nil, -1
}

// frSubjectPronouns are the French personal pronouns that are subjects.
var frSubjectPronouns = set{"il": true, "elle": true}

// frPluralPronouns are the French plural personal pronouns that are subjects.
var frPluralPronouns = set{"ils": true, "elles": true}

// pluralSubject returns the antecedent of a French plural subject pronoun at token t ("Les
// pompiers vident leur sac. « … », déclarent-ils"): the plural subject of the nearest sentence
// before it that has one, passing over the sentences whose subject is "ils" or "elles", in
// the paragraph of t or the one before. The subject is a plural noun phrase at the start of
// the sentence or after a fronted phrase (see frPluralPhrase), or the name of an organisation.
func (r *resolver) pluralSubject(t int) (*Entity, int) {
	d := r.d
	for s := t - 1; s >= 0 && t-s < maxBackTokens && d.para[t]-d.para[s] <= 1; {
		first := s
		for first > 0 && t-first < maxBackTokens && d.sent[first-1] == d.sent[s] {
			first--
		}
		if d.sent[s] != d.sent[t] {
			m := d.sentenceSubject(s)
			if m.ok() && m.t0 >= first && m.t1 <= s+1 && m.sub.End <= m.sub.Start {
				if m.t1-m.t0 == 1 && frPluralPronouns[d.lw(m.t0)] {
					s = first - 1
					continue // "Ils ont …": the chain goes on
				}
				if m.name >= 0 {
					if e := d.ents[d.entOf[m.name]]; e.Kind == KindOrganisation {
						return e, d.toks[m.t0].s
					}
				}
			}
			for _, k := range [2]int{first, d.afterFronted(first, s)} {
				if e := d.frPluralPhrase(k, s+1); e > k {
					ent := r.description(d.text[d.toks[k].s:d.toks[e-1].e], KindDescription)
					ent.Gender = Plural
					return ent, d.toks[k].s
				}
			}
		}
		s = first - 1
	}
	return nil, -1
}

// afterFronted returns the token after the comma that closes a phrase fronted at the start
// of the sentence [first, s] ("Selon le rapport, les pompiers …"), or first when there is none.
func (d *doc) afterFronted(first, s int) int {
	for k := first; k < s && k < first+12; k++ {
		if d.quoted[k] {
			break
		}
		if d.isPunct(k, ",") {
			return k + 1
		}
	}
	return first
}

// frPluralPhrase returns the end of a French plural noun phrase that starts at token k and
// ends before end: "les", "des", "ces", "plusieurs" or "de nombreux" and up to four words in
// -s or -x, the plural agreement that the verb after them lacks ("Les pompiers vident",
// "Les députés socialistes estiment"). It returns k when there is none.
func (d *doc) frPluralPhrase(k, end int) int {
	if !d.isWord(k) || d.quoted[k] || !frPluralDets[d.lw(k)] {
		return k
	}
	e := k + 1
	for e < end && e-k <= 4 && d.isWord(e) && !d.quoted[e] && !d.toks[e].upper {
		w := d.lw(e)
		if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "x") || d.has(e, fVerb|fPrep|fClause|fPronoun) || lex().aux[w] {
			break
		}
		e++
	}
	if e == k+1 || !d.canSpeak(k+1) {
		return k
	}
	return e
}

// frPluralDets are the French determiners of a plural subject.
var frPluralDets = set{"les": true, "des": true, "ces": true, "plusieurs": true, "nombreux": true, "certains": true, "certaines": true}

// frSubordinators are the French conjunctions that open a subordinate clause before its
// subject pronoun ("s'il", "lorsqu'elle", "quand il").
var frSubordinators = set{"s'": true, "s’": true, "si": true, "qu'": true, "qu’": true, "que": true, "lorsqu'": true, "lorsqu’": true,
	"lorsque": true, "puisqu'": true, "puisqu’": true, "puisque": true, "quand": true, "comme": true, "parce": true}

// frenchSubject reads the subject of the sentence of tokens [first, s] for a French pronoun of
// gender g at token t (see nearestName): the antecedent it gives, or skip when the sentence
// is to be passed over, with the definite role phrase e that is its subject, if any.
func (r *resolver) frenchSubject(t, first, s int, g Gender) (e *Entity, pos int, skip bool) {
	d := r.d
	if d.sent[s] == d.sent[t] {
		// the pronoun is the subject after a fronted prepositional or participial phrase:
		// "Aux côtés du procureur Rémy Heitz, il a annoncé"; "Quand Jean Dupont est arrivé,
		// il a dit" keeps its name
		if t > first && t+1 < len(d.toks) && d.sent[t+1] == d.sent[t] && d.isPunct(t-1, ",") &&
			!subordinators[d.lw(first)] && d.sentenceSubject(t+1).t0 == t {
			return nil, -1, true
		}
		// the subject of a quoted predicate is not its speaker: "Le président « sait qui je
		// suis », a-t-il prévenu" reports someone else
		if m := d.sentenceSubject(t); m.ok() && m.t0 >= first && m.t1 < t && m.sub.End <= m.sub.Start && (d.quoted[m.t1] || isQuoteRune(rune0(d.word(m.t1)))) {
			if m.name < 0 {
				if e, _ := r.phrase(m); e != nil && compatible(e, g) {
					return e, d.toks[m.t0].s, true
				}
			}
			return nil, -1, true
		}
		return nil, -1, false
	}
	m := d.sentenceSubject(s)
	if !m.ok() || m.t0 < first || m.t1 > s+1 || m.sub.End > m.sub.Start {
		return nil, -1, false
	}
	switch {
	case m.name >= 0:
		e := d.ents[d.entOf[m.name]]
		if compatible(e, g) && e.Kind == KindPerson {
			return e, d.toks[m.t0].s, false
		}
		if n0 := d.names[m.name].t0; e.Kind == KindUnknown && d.isWord(n0-1) && !d.toks[n0-1].upper && d.has(n0-2, fDeterminer) && !d.has(n0-1, fVerb|fPrep|fDeterminer) &&
			(e.Gender == GenderUnknown || e.Gender == g) && (g == Male || g == Female) && roleGender(d, n0-1, n0) != 3-g && articleGender(d.lw(n0-2)) != 3-g {
			return e, d.toks[m.t0].s, false // "La chanteuse Montéa a publié …": a one-word name after its article and noun
		}
	case m.t1-m.t0 == 1 && d.has(m.t0, fPronoun):
		// "S'il ne promet pas …, Olivier Véran se veut rassurant": the pronoun of a
		// subordinate clause is not the subject of the sentence
		w := d.lw(m.t0)
		return nil, -1, frSubjectPronouns[w] && pronounGender(w) == g && !frSubordinators[d.lw(m.t0-1)]
	case d.has(m.t0, fDeterminer) && m.t1-m.t0 > 1:
		for k := m.t0 + 1; k < m.t1; k++ {
			if n := d.nameAt[k]; n >= 0 && d.names[n].t0 == k {
				// "Le sénateur Michel Amiel a quitté le parti": the name in apposition
				if e := d.ents[d.entOf[n]]; compatible(e, g) && e.Kind == KindPerson {
					return e, d.toks[k].s, false
				}
			}
		}
		if e, pos, prep := r.namesIn(first, s, g); e != nil && !prep {
			return e, pos, false // "Un élu a demandé son avis à l'économiste Alain Minc": the name is nearer
		}
		if e, held := r.phrase(m); e != nil && compatible(e, g) {
			return e, d.toks[m.t0].s, !held && !indefinites[d.lw(m.t0)]
		}
	}
	return nil, -1, false
}

// namesIn returns the first compatible person named in tokens [first, s], quoted words
// excluded: the subject of a reporting verb first, then a name no preposition governs, then
// a name after a preposition (prep).
func (r *resolver) namesIn(first, s int, g Gender) (e *Entity, pos int, prep bool) {
	d := r.d
	// a name that is no complement of a preposition first ("La déclaration de Jean-Paul
	// Delevoye qui a poussé Emmanuel Macron …. « … », aurait-il déclaré": Macron)
	var fallback *Entity
	fpos := -1
	// the subject of a reporting verb first ("… such as Northern Ireland, Mr Blair said:")
	for k := first; k <= s; k++ {
		if n := d.nameAt[k]; n >= 0 && !d.quoted[k] && d.names[n].t0 == k {
			if e := d.ents[d.entOf[n]]; compatible(e, g) && e.Kind == KindPerson && d.has(d.names[n].t1, fVerb) && !d.articleName(n) {
				return e, d.toks[k].s, false
			}
		}
	}
	for k := first; k <= s; k++ {
		if n := d.nameAt[k]; n >= 0 && !d.quoted[k] && d.names[n].t0 == k {
			if e := d.ents[d.entOf[n]]; compatible(e, g) && e.Kind == KindPerson && !d.articleName(n) {
				if !d.complementName(k, false) || d.agentAt(k) {
					return e, d.toks[k].s, false
				}
				if fallback == nil {
					fallback, fpos = e, d.toks[k].s
				}
			}
		}
	}
	if fallback != nil {
		return fallback, fpos, true
	}
	return nil, -1, false
}

// adjacentBody returns the organisation that a definite body noun at tokens [h0, h1) after
// the article at token t refers back to ("the company", "the Swiss bank", "la société"), or
// whose document a definite document noun is ("The IMF cut its forecast. … said the report"): the
// one organisation named in the 60 tokens before it (in its paragraph or the one before),
// or of several the one that opens a sentence; quoted words, the complements of prepositions
// and the names inside the quote being attributed do not count. nil when none or no single one fits.
func (r *resolver) adjacentBody(t, h0, h1 int) *Entity {
	d := r.d
	if w := d.lw(t); !definiteArticle(w) || w == "les" {
		return nil
	}
	if h1-h0 > 2 || !lex().bodyNouns[d.lw(h1-1)] && !documentNouns[d.lw(h1-1)] || d.isWord(h1) && (d.lw(h1) == "of" || d.has(h1, fPrep)) {
		return nil // "the group of lawmakers", "le groupe de travail": no body named before
	}
	s := d.recentStart(t)
	named := r.namedInQuote()
	var found *Entity
	var subjects []*Entity
	several := false
	for k := s; k < t; k++ {
		n := d.nameAt[k]
		if n < 0 || d.names[n].t0 != k || d.quoted[k] {
			continue
		}
		e := d.ents[d.entOf[n]]
		if e.Kind != KindOrganisation || slices.Contains(named, e) || d.afterPreposition(k) || d.has(k-1, fDeterminer) && d.afterPreposition(k-1) {
			continue // "au Palais du Luxembourg", "shares in Apple": a complement, not the body spoken of
		}
		start := d.toks[k].sentStart || d.has(k-1, fDeterminer) && d.toks[k-1].sentStart
		if start && !slices.Contains(subjects, e) {
			subjects = append(subjects, e)
		}
		if found != nil && found != e {
			several = true
		}
		found = e
	}
	if several {
		if len(subjects) != 1 {
			return nil
		}
		return subjects[0]
	}
	return found
}

// wordBefore reports whether the folded word w occurs in tokens [s, t) outside names.
func (d *doc) wordBefore(s, t int, w string) bool {
	for k := max(s, 0); k < t; k++ {
		if d.nameAt[k] < 0 && d.isWord(k) && d.lw(k) == w {
			return true
		}
	}
	return false
}

// sameMentionBefore returns the speaker of an earlier quote of the same sentence whose mention
// is the very phrase m (the same tokens), resolved to a name: a phrase that is the subject of
// two coordinated cues names one person.
func (r *resolver) sameMentionBefore(m mention) *Entity {
	d := r.d
	if r.current <= 0 || m.t1 <= m.t0 {
		return nil
	}
	sp := d.span(m.t0, m.t1)
	for j := r.current - 1; j >= 0 && r.current-j <= 4; j-- {
		at := r.out[j]
		if at.Speaker != nil && at.Mention == sp && at.Speaker.Kind != KindDescription {
			return at.Speaker
		}
	}
	return nil
}

// recentStart returns the first token of the words a reference at token t looks back over
// for the name it takes up: at most 60 tokens, in its paragraph or the one before.
func (d *doc) recentStart(t int) int {
	s := t
	for s > 0 && t-s < 60 && d.para[t]-d.para[s-1] <= 1 {
		s--
	}
	return s
}

// namedInQuote returns the persons named inside the quote being attributed: a speaker seldom
// names himself in the third person.
func (r *resolver) namedInQuote() []*Entity {
	d := r.d
	if r.current < 0 || r.current >= len(r.qs) {
		return nil
	}
	var out []*Entity
	mixed := r.qs[r.current].Kind == quotes.Mixed                                              // only its quoted words are the speaker's
	for k := r.qt0[r.current]; k < r.qt1[r.current] && k < len(d.toks) && len(out) < 32; k++ { // a real quote names a few
		if n := d.nameAt[k]; n >= 0 && d.names[n].t0 == k && (!mixed || d.quoted[k]) && !slices.Contains(out, d.ents[d.entOf[n]]) {
			out = append(out, d.ents[d.entOf[n]])
		}
	}
	return out
}

// genitivePreps govern a complement that is never the next speaker; "à" is left out: "Un élu a
// demandé son avis à l'économiste Alain Minc. … ce qu'il lui aurait répondu" is Minc.
var genitivePreps = set{"de": true, "d'": true, "d’": true, "du": true, "des": true, "of": true, "par": true, "by": true, "with": true, "avec": true}

// complementName reports whether the name at token k is the complement of a preposition,
// directly or after an article and up to three lower-case words of its apposition ("de la diva
// Mariah Carey", "par le juge Marc Trévidic", "for publisher Kimberly Quinn"); unless anyPrep,
// the preposition before those words must be one of genitivePreps.
func (d *doc) complementName(k int, anyPrep bool) bool {
	if d.afterPreposition(k) {
		return true
	}
	for j := k - 1; j >= 0 && k-j <= 4 && d.isWord(j) && !d.toks[j].upper && !d.quoted[j]; j-- {
		if d.has(j, fPrep) {
			return j < k-1 && (anyPrep || genitivePreps[d.lw(j)])
		}
		if d.has(j, fVerb) && !d.has(j-1, fDeterminer) || d.has(j, fPronoun) || lex().aux[d.lw(j)] || verbAux[d.lw(j)] {
			return false // a verb ("a rencontré Jean Dupont"), not a noun after its article ("le juge")
		}
	}
	return false
}

// agentAt reports whether the name at token k is the agent of a participle with no auxiliary,
// the doer of a verbless sentence or phrase: "Une proximité confirmée par Alexandre Benalla",
// "a claim denied by Smith".
func (d *doc) agentAt(k int) bool {
	if w := d.lw(k - 1); w != "par" && w != "by" || !d.isWord(k-2) || d.toks[k-2].upper {
		return false
	}
	if a := d.lw(k - 3); d.isWord(k-3) && (lex().aux[a] || verbAux[a] || a == "été" || a == "been") {
		return false // "n'ont pas été appréciées par Emmanuel Macron": a passive clause of its own
	}
	w := d.lw(k - 2)
	return isParticipleForm(w) || irregularParticiples[w]
}

// phrase resolves a noun phrase mention: a role given to a named entity by an apposition
// ("le président du Parlement iranien" → Ali Larijani), a generic role noun with modifiers
// compatible with the most recent speaker ("le responsable russe"), or a description.
func (r *resolver) phrase(m mention) (*Entity, bool) {
	d := r.d
	l := lex()
	t0 := m.t0
	if d.has(t0, fDeterminer) || isElision(strings.TrimRight(d.lw(t0), "'")) {
		t0++
	}
	if t0 >= m.t1 {
		return nil, false
	}
	role := d.roleText(t0, m.t1)
	switch role { // "ce dernier", "the latter": the most recent compatible person
	case "dernier", "latter", "former":
		return r.pronoun("il", m.t0, r.current, false), false
	case "dernière":
		return r.pronoun("elle", m.t0, r.current, false), false
	}
	// "American officials said": a plural role noun names a group, no one person
	w := d.lw(m.t1 - 1)
	plural := strings.HasSuffix(w, "s") && l.roles[strings.TrimSuffix(w, "s")]
	if e := d.roleIndex()[role]; e != nil && !plural {
		return e, true
	}
	for _, syn := range roleSynonyms[strings.ReplaceAll(role, "’", "'")] {
		if e := r.latestWithRole(d.toks[t0].s, strings.Fields(syn)); e != nil {
			return e, true
		}
	}
	// "un député" opens a new referent, unless it stands in apposition: "Mr. Trump, a candidate"
	fresh := indefinites[d.lw(m.t0)] && !(d.isPunct(m.t0-1, ",") && d.nameAt[max(m.t0-2, 0)] >= 0)
	// "Morrison's lawyer", "his spokesman", "son avocat": the role holder serves someone else
	owned := possessiveDeterminers[d.lw(m.t0)] || frPossessives[d.lw(m.t0)] || isPossessive(d.word(m.t0)) && !contraction(d.word(m.t0))
	if e := r.sameMentionBefore(m); e != nil {
		return e, true // "But the chancellor said Mr Fallon was wrong and said …": the same phrase, the same person
	}
	if !plural && !fresh && !owned && d.isRoleHead(t0, m.t1) {
		if e := r.genericRole(t0, m.t1); e != nil {
			return e, true
		}
		if e := r.adjacentPerson(m.t0, t0, m.t1); e != nil {
			return e, true
		}
		if e := r.frRoleHolder(m, t0, role); e != nil {
			return e, true
		}
	}
	if !plural && !fresh && !owned {
		if e := r.adjacentBody(m.t0, t0, m.t1); e != nil {
			return e, true // "The Countryside Alliance lost its case. But the group says"
		}
	}
	// an organisation when the head is one ("le gouvernement"), not when only a complement
	// names one ("plusieurs députés de la majorité", "le président de l'Assemblée nationale")
	kind := KindDescription
	for k := t0; k < m.t1 && !d.complementWord(k, t0); k++ {
		if l.orgWords[d.lw(k)] {
			kind = KindOrganisation
		}
	}
	if h := m.t1 - 1; kind == KindOrganisation && d.has(h, fRole) && !l.orgWords[d.lw(h)] {
		kind = KindDescription // "a Home Office spokesman": a person of the body speaks
	}
	e := r.description(d.text[d.toks[m.t0].s:d.toks[m.t1-1].e], kind)
	if c := d.coordinatedNames(m.t1 - 1); c.ok() && c.t0 == m.t0 {
		e.Gender = Plural // "John Smith and Mary Jones said …. They added"
	}
	if kind == KindDescription && e.Gender == GenderUnknown {
		// "un élu républicain … « … », a-t-il affirmé": a gendered role noun gives a pronoun
		// its antecedent
		e.Gender = roleGender(d, t0, m.t1)
		if e.Gender == GenderUnknown && t0 > m.t0 {
			e.Gender = articleGender(d.lw(m.t0)) // "la secrétaire d'État": the article tells
		}
	}
	return e, false
}

// frRoleHolder resolves a French definite role phrase with a complement that no one holds by
// name: to the person named in apposition right after it ("l'ambassadeur des Emirats à
// Washington, Youssef al-Otaïba"), else to the one person whose known role is the start of it
// ("le président du centre de la mémoire" for "président du centre"). It returns nil otherwise:
// an article may name an office ("le président de l'Assemblée nationale") without its holder.
func (r *resolver) frRoleHolder(m mention, t0 int, role string) *Entity {
	d := r.d
	if w := d.lw(m.t0); !detsM[w] && !detsF[w] && w != "l'" && w != "l’" || !d.hasComplement(t0, m.t1) {
		return nil
	}
	// "l'ambassadeur des Emirats à Washington, Youssef al-Otaïba": the name in apposition
	for k := m.t1; k < m.t1+6 && d.isWord(k) && !d.quoted[k] && (d.nameAt[k] < 0 || d.names[d.nameAt[k]].kind != KindPerson); k++ {
		if d.isPunct(k+1, ",") && d.isWord(k+2) {
			if n := d.nameAt[k+2]; n >= 0 && d.names[n].t0 == k+2 && d.ents[d.entOf[n]].Kind == KindPerson {
				return d.ents[d.entOf[n]]
			}
		}
	}
	if d.isPunct(m.t1, ",") && d.isWord(m.t1+1) {
		if n := d.nameAt[m.t1+1]; n >= 0 && d.names[n].t0 == m.t1+1 && d.ents[d.entOf[n]].Kind == KindPerson {
			return d.ents[d.entOf[n]]
		}
	}
	var found *Entity
	for _, e := range d.ents {
		if e.Kind != KindPerson {
			continue
		}
		for _, x := range e.Roles {
			if strings.Contains(x, " ") && strings.HasPrefix(role, x+" ") {
				if found != nil && found != e {
					return nil // two people hold a role the phrase begins with
				}
				found = e
			}
		}
	}
	return found
}

// indefinites are the articles of a phrase that introduces someone new: "un député", "a
// senator", "another diplomat" refers to no one named before.
var indefinites = set{"un": true, "une": true, "a": true, "an": true, "another": true, "other": true, "autre": true}

// frPossessives are the French possessive determiners: "son avocat" is someone's lawyer.
var frPossessives = set{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true}

// complementWord reports whether token k, after the first token t0 of a phrase, opens the
// complement of its head: "of", "de", "du", "des", "d'".
func (d *doc) complementWord(k, t0 int) bool {
	switch d.lw(k) {
	case "of", "de", "du", "des", "d'", "d’":
		return k > t0
	}
	return false
}

// genericRole resolves "le responsable russe", "the official" to the most recent speaker
// whose roles contain every modifier of the phrase.
func (r *resolver) genericRole(t0, t1 int) *Entity {
	d := r.d
	l := lex()
	var mods []string
	head := ""
	for k := t0; k < t1; k++ {
		w := d.lw(k)
		switch {
		case l.genericRoles[w] && head == "":
			head = w
		case l.particles[w] || l.determiners[w] || w == "of":
		default:
			mods = append(mods, w)
		}
	}
	if head == "" {
		return nil
	}
	phrase := append(mods[:len(mods):len(mods)], head)
	g := roleGender(d, t0, t1)
	if g == GenderUnknown {
		g = articleGender(d.lw(t0 - 1)) // "le ministre", "la porte-parole": the article tells
	}
	last := true
	var cont *Entity
	for j := r.current - 1; j >= 0 && r.current-j <= maxBackQuotes; j-- {
		e := r.out[j].Speaker
		if e != nil {
			r.work += len(e.Roles) // rolesContain and otherRank read them all
		}
		if e != nil && e.Kind == KindPerson && len(e.Roles) == 0 && last && cont == nil && r.continues(j, g) && !d.hasComplement(t0, t1) &&
			!d.headBefore(head, r.qt0[j], t0) {
			cont = e // "X s'est dit inquiet. « … », a déclaré le député": no role says otherwise
		}
		last = last && e == nil // the last speaker, over quoted terms that have none
		if e == nil || e.Kind != KindPerson || len(e.Roles) == 0 || !rolesContain(e.Roles, mods) ||
			otherRank(e.Roles, phrase) {
			continue
		}
		if otherOffice(e.Roles, head, g) || g != GenderUnknown && e.Gender != GenderUnknown && e.Gender != g {
			continue // "la ministre" is not the député who spoke last, "le ministre" not Mme Panot
		}
		return e
	}
	// no speaker yet: the person last named before the phrase whose roles fit
	need := mods
	if len(need) == 0 {
		need = []string{head}
	}
	if e := r.lastNamedWithRole(d.toks[t0].s, need, phrase); e != nil {
		return e
	}
	return cont
}

// headBefore reports whether the role noun head occurs in tokens [from, t), quotes included
// ("Paul Field said the prime minister should …. Later the prime minister …"): the role then
// refers to someone the text spoke of, not to the speaker. At most 200 tokens are read.
func (d *doc) headBefore(head string, from, t int) bool {
	for k := max(from, t-200, 0); k < t; k++ {
		if d.isWord(k) && d.lw(k) == head {
			return true
		}
	}
	return false
}

// hasComplement reports whether tokens [t0, t1) hold a complement after the head ("de
// l'Assemblée", "of Texas", "from Vermont"), "other", a verb ("the senator spoke", read past its head)
// or more than four words: the phrase names a post of its own rather than the speaker just
// quoted.
func (d *doc) hasComplement(t0, t1 int) bool {
	if t1-t0 > 4 {
		return true
	}
	for k := t0; k < t1; k++ {
		switch d.lw(k) {
		case "from", "à", "au", "aux", "other", "autre":
			return true // "the other candidate": someone else
		}
		if d.complementWord(k, t0) || d.has(k, fVerb) && !d.has(k, fRole) {
			return true
		}
	}
	return false
}

// articleGender is the gender that a French determiner gives the noun after it (detsM, detsF:
// "le", "un", "ce" male; "la", "une", "cette" female); GenderUnknown for any other word ("l'",
// "les", "the").
func articleGender(w string) Gender {
	switch {
	case detsM[w]:
		return Male
	case detsF[w]:
		return Female
	}
	return GenderUnknown
}

// replyCues name a turn of another speaker: "a répondu le ministre" after X is rarely X.
var replyCues = set{"répondu": true, "rétorqué": true, "répond": true, "rétorque": true, "replied": true,
	"responded": true, "retorted": true, "replies": true, "responds": true, "retorts": true}

// continues reports whether a role phrase that is the subject of the current quote's cue may
// be the speaker of quote j, the last quote before it with a speaker, who has no known role: the two lie in
// one paragraph or two adjacent ones, the speaker's gender is known and the gender g of the
// role noun does not contradict it, and the cue names no reply.
func (r *resolver) continues(j int, g Gender) bool {
	d := r.d
	e := r.out[j].Speaker
	if e.Gender == GenderUnknown || g != GenderUnknown && e.Gender != g || len(strings.Fields(e.Name)) > 4 {
		return false // a person whose gender is known, as a name's first name gives it; no headline
	}
	q, p := r.qs[r.current], r.qs[j]
	if q.Cue != nil && valid(d.a, q.Cue.Span) {
		for _, w := range strings.Fields(d.lower(d.text[q.Cue.Span.Start:q.Cue.Span.End])) {
			if replyCues[w] {
				return false
			}
		}
	}
	a, b := d.paraAt(p.Span.Start), d.paraAt(q.Span.Start)
	return b-a >= 0 && b-a <= 1
}

// vagueRoles are the generic role nouns that fit any office ("the official", "le responsable").
var vagueRoles = set{"official": true, "officials": true, "source": true, "leader": true, "chief": true,
	"officer": true, "responsable": true, "dirigeant": true, "dirigeante": true, "chef": true, "haut": true,
	"élu": true, "élue": true, "expert": true, "experte": true}

// otherOffice reports whether every one of roles opens with another office noun than head
// (rank words such as "former" skipped: "député socialiste" for "la ministre"), or with a role
// noun of another gender than g ("député" for "la ministre"). A vague head ("the official")
// and roles that open with no role noun conflict with nothing.
func otherOffice(roles []string, head string, g Gender) bool {
	if len(roles) == 0 || vagueRoles[head] {
		return false
	}
	l := lex()
	for _, r := range roles {
		w := ""
		for _, f := range strings.Fields(r) {
			if !l.rankWords[f] {
				w = f
				break
			}
		}
		if fs := strings.Fields(r); len(fs) > 1 && fs[0] == w && officeModifiers[w] {
			w = fs[1] // "premier ministre", "prime minister": the noun after its modifier
		}
		rg, _ := roleWordGenderOf(w)
		if !l.genericRoles[w] || vagueRoles[w] ||
			sameRoleNoun(w, head) && (g == GenderUnknown || rg == GenderUnknown || rg == g) {
			return false
		}
	}
	return true
}

// maxRoleHolders is how many persons given a role with one word ("minister") a role phrase
// looks back at, the last named first: an article names a few dozen at most, and a page of
// thousands keeps the work per phrase bounded.
const maxRoleHolders = 60

// lastNamedWithRole returns the person last named before byte pos whose roles contain every
// word of need and name no other office than the role phrase of words (otherRank); nil when
// none. It looks at the persons of roleHolders.
func (r *resolver) lastNamedWithRole(pos int, need, words []string) *Entity {
	var best *Entity
	bestAt := -1
	for _, e := range r.roleHolders(need) {
		r.work += 1 + len(e.Roles)
		if e.Kind != KindPerson || len(e.Roles) == 0 || !rolesContain(e.Roles, need) || otherRank(e.Roles, words) {
			continue
		}
		r.work += len(e.Mentions)
		for _, m := range e.Mentions {
			if m.Start < pos && m.Start > bestAt {
				best, bestAt = e, m.Start
			}
		}
	}
	return best
}

// roleHolders returns the persons who may hold a role with every word of need, in the order
// of d.ents: the last maxRoleHolders of those given a role with the word of need that fewest
// have. The index of persons by the words of their roles (split at spaces, as rolesContain
// reads them) is built on first use.
func (r *resolver) roleHolders(need []string) []*Entity {
	if r.holders == nil {
		r.holders = map[string][]*Entity{}
		for _, e := range r.d.ents {
			if e.Kind != KindPerson || len(e.Roles) == 0 {
				continue
			}
			r.work += len(e.Roles)
			for _, w := range strings.Split(strings.Join(e.Roles, " "), " ") {
				if l := r.holders[w]; len(l) == 0 || l[len(l)-1] != e {
					r.holders[w] = append(l, e)
				}
			}
		}
	}
	var list []*Entity
	for i, w := range need {
		if strings.Contains(w, " ") {
			return r.d.ents // not one word of a role: the index cannot say
		}
		if l := r.holders[w]; i == 0 || len(l) < len(list) {
			list = l
		}
	}
	if len(need) == 0 {
		return r.d.ents
	}
	return list[max(0, len(list)-maxRoleHolders):]
}

// roleSynonyms maps the periphrases of news style for an office to the role they stand for
// ("le chef de l'État" for the president, "le chef du gouvernement" for the prime minister).
var roleSynonyms = map[string][]string{
	"chef de l'état":         {"président", "présidente", "president"},
	"head of state":          {"president", "président"},
	"chef du gouvernement":   {"premier ministre", "première ministre", "prime minister"},
	"cheffe du gouvernement": {"première ministre", "premier ministre", "prime minister"},
	"cheffe de l'état":       {"présidente", "président", "president"},
	"head of government":     {"prime minister", "premier"},
	"locataire de l'élysée":  {"président"},
	"locataire de matignon":  {"premier ministre", "première ministre"},
}

// latestWithRole returns the person whose roles contain every word of role and who was the
// speaker most recently, or else was last named before byte pos; nil when none.
func (r *resolver) latestWithRole(pos int, role []string) *Entity {
	for j := r.current - 1; j >= 0 && r.current-j <= maxBackQuotes; j-- {
		e := r.out[j].Speaker
		if e != nil {
			r.work += len(e.Roles)
		}
		if e != nil && e.Kind == KindPerson && rolesContain(e.Roles, role) && !otherRank(e.Roles, role) {
			return e
		}
	}
	return r.lastNamedWithRole(pos, role, role)
}

// officeModifiers are the words before a role noun that name an office of its own: "premier
// ministre", "prime minister" are not "ministre", "minister".
var officeModifiers = set{"premier": true, "première": true, "prime": true}

// otherRank reports whether one of roles names another office than the role phrase of words
// (its last word the head noun): the role holds the head and a rank word ("deputy", "former",
// lexicon rank_words) or an office modifier that the phrase lacks, as "deputy prime minister"
// for "the prime minister", "premier ministre" for "le ministre".
func otherRank(roles, words []string) bool {
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	l := lex()
	for _, r := range roles {
		fs := strings.Fields(r)
		if !slices.Contains(fs, head) {
			continue
		}
		for _, w := range fs {
			if (l.rankWords[w] || officeModifiers[w]) && !slices.Contains(words, w) {
				return true // "le ministre" is not the Premier ministre
			}
		}
	}
	return false
}

func rolesContain(roles, words []string) bool {
	all := strings.Join(roles, " ")
	for _, w := range words {
		if !strings.Contains(" "+all+" ", " "+w+" ") {
			return false
		}
	}
	return true
}

// description returns the entity for an unresolved description, one per folded text.
func (r *resolver) description(text string, kind EntityKind) *Entity {
	key := r.d.lower(text)
	if e, ok := r.descr[key]; ok {
		return e
	}
	e := &Entity{Name: text, Kind: kind}
	if kind == KindOrganisation {
		e.Gender = Plural
	}
	r.descr[key] = e
	return e
}

// roleIndex maps each role of an apposition to the first entity given it.
func (d *doc) roleIndex() map[string]*Entity {
	if d.roles == nil {
		d.roles = map[string]*Entity{}
		for _, e := range d.ents {
			for _, x := range e.Roles {
				if _, ok := d.roles[x]; !ok {
					d.roles[x] = e
				}
			}
		}
	}
	return d.roles
}

// nounAntecedent reports whether a French pronoun at token t ("il", "elle", "ils", "elles") has
// a closer antecedent of its gender and number than the person mentioned at byte from: a
// determiner and a noun that is no role, opening a clause between the two ("mais cette
// commission pourra saisir le Conseil d'État si elle estime"). English pronouns are left
// alone: "he" and "she" name people, whatever noun comes between.
func (d *doc) nounAntecedent(from, t int, pron string) bool {
	var dets set
	switch pron {
	case "elle":
		dets = detsF
	case "il":
		dets = detsM
	case "ils", "elles":
		dets = detsP
	default:
		return false
	}
	for k := t - 1; k >= 0 && t-k < 60 && d.toks[k].s >= from && d.sent[k] == d.sent[t]; k-- {
		if !d.isWord(k) || d.quoted[k] || !dets[d.lw(k)] || !d.isWord(k+1) || k+1 >= t {
			continue
		}
		if d.has(k+1, fRole) || !d.clauseStart(k) {
			continue // "la ministre", "le président": a person, who may well be the antecedent
		}
		w := d.lw(k + 1)
		if s, ok := singular(w); ok {
			w = s
		}
		if lex().orgWords[w] || isAcronym(d.word(k+1)) || collectiveNouns[w] {
			return true
		}
	}
	return false
}

// French determiners by the gender and number they mark.
var (
	detsF = set{"la": true, "cette": true, "une": true}
	detsM = set{"le": true, "ce": true, "cet": true, "un": true}
	detsP = set{"les": true, "ces": true, "des": true}
)

// collectiveNouns are bodies that French "il", "elle", "ils", "elles" often stand for.
var collectiveNouns = set{"commission": true, "gouvernement": true, "ministère": true, "société": true,
	"entreprise": true, "agence": true, "autorité": true, "justice": true, "police": true, "mairie": true,
	"préfecture": true, "région": true, "ville": true, "état": true, "pays": true, "groupe": true,
	"association": true, "majorité": true, "opposition": true, "direction": true, "loi": true, "texte": true,
	"cour": true, "conseil": true, "parti": true, "syndicat": true, "équipe": true, "chaîne": true}

// clauseStart reports whether token k opens a clause: a sentence start, or after a comma, a
// semicolon, a colon or a conjunction.
func (d *doc) clauseStart(k int) bool {
	if k == 0 || d.toks[k].sentStart || d.toks[k-1].kind == tokPara {
		return true
	}
	if d.isPunct(k-1, ",") || d.isPunct(k-1, ";") || d.isPunct(k-1, ":") || d.isPunct(k-1, "(") {
		return true
	}
	switch d.lw(k - 1) {
	case "et", "mais", "que", "qu'", "si", "car", "donc", "lorsque", "quand", "puisque", "comme", "où":
		return true
	}
	return false
}

// adjacentPerson links a definite description headed by a role noun ("The former Alaska
// governor said", "le ministre a ajouté") to the one person named in the few dozen words
// before it (its paragraph and the one before), when that person is the only one named there
// and no gender says otherwise. Persons named inside the quote being attributed do not count
// ("But the chancellor said Mr Fallon was wrong"). Of several people named there, the one
// that opens a sentence is linked when it is the only such one, has no role of its own, the
// phrase is a bare role with no complement and the text used its role noun for no one before
// ("David Blunkett has spoken of his love for publisher Kimberly Quinn. The home secretary
// said") when every other one is named only after a preposition, not as an object that may
// hold the role ("Emmanuel Macron a rencontré Olaf Scholz"); and a person whose roles give the phrase's role noun in another post is ruled out
// ("le chef de file des Insoumis, Mathilde Panot" for "la cheffe du gouvernement") when the
// other opens a sentence ("Élisabeth Borne a défendu").
func (r *resolver) adjacentPerson(t, h0, h1 int) *Entity {
	d := r.d
	if w := d.lw(t); !definiteArticle(w) || w == "les" {
		return nil
	}
	g := roleGender(d, h0, h1)
	// the words before it, at most 60 tokens, in its paragraph or the one before
	s := d.recentStart(t)
	words := make([]string, 0, h1-h0)
	for k := h0; k < h1; k++ {
		words = append(words, d.lw(k))
	}
	var found *Entity
	var subjectsSeen, free []*Entity // persons opening a sentence; persons named elsewhere but after a preposition
	ruledOut, subject, several := false, false, false
	named := r.namedInQuote()
	for k := s; k < t; k++ {
		n := d.nameAt[k]
		if n < 0 || d.names[n].t0 != k || d.quoted[k] {
			continue
		}
		e := d.ents[d.entOf[n]]
		if e.Kind != KindPerson || slices.Contains(named, e) {
			continue // "But the chancellor said Mr Fallon was wrong": not Fallon
		}
		if otherPost(e.Roles, words) {
			ruledOut = true
			continue // "le chef de file des Insoumis, Mathilde Panot" is not "la cheffe du gouvernement"
		}
		if d.toks[k].sentStart && !slices.Contains(subjectsSeen, e) {
			subjectsSeen = append(subjectsSeen, e)
		} else if !d.toks[k].sentStart && !d.complementName(k, true) && !slices.Contains(free, e) {
			free = append(free, e) // "Emmanuel Macron a rencontré Olaf Scholz": an object may hold the role
		}
		if e == found {
			subject = subject || d.toks[k].sentStart
			continue
		}
		if found != nil {
			several = true
		}
		found, subject = e, subject || d.toks[k].sentStart
	}
	if several {
		// "David Blunkett has spoken of his love for publisher Kimberly Quinn. The home
		// secretary said": of several persons, the one subject of a sentence
		if len(subjectsSeen) != 1 || len(subjectsSeen[0].Roles) > 0 || d.hasComplement(h0, h1) || d.wordBefore(s, t, d.lw(h1-1)) ||
			len(free) > 1 || len(free) == 1 && free[0] != subjectsSeen[0] {
			// a person with a role of his own, an office with its complement ("le président de
			// l'Assemblée nationale") or a role the text used before for someone ("Paul Field
			// said the prime minister should …") may be someone else
			return nil
		}
		found, subject = subjectsSeen[0], true
	}
	if found == nil || g != GenderUnknown && found.Gender != GenderUnknown && found.Gender != g ||
		ruledOut && !subject {
		return nil
	}
	if otherRank(found.Roles, words) || !roleFits(found.Roles, words) {
		return nil // "the prime minister" after "Deputy Prime Minister Jane Doyle" or "Anna Keller, the finance minister"
	}
	if r.repliesTo(found) {
		return nil // "« … » assène Bourdin. « … », rétorque le maire de Bordeaux": the other side
	}
	return found
}

// repliesTo reports whether the cue of the current quote names a reply (replyCues) and e is
// the speaker of the last quote before it that has one: a reply is someone else's turn.
func (r *resolver) repliesTo(e *Entity) bool {
	q := r.qs[r.current]
	if q.Cue == nil || !valid(r.d.a, q.Cue.Span) {
		return false
	}
	reply := false
	for _, w := range strings.Fields(r.d.lower(r.d.text[q.Cue.Span.Start:q.Cue.Span.End])) {
		reply = reply || replyCues[w]
	}
	for j := r.current - 1; reply && j >= 0 && r.current-j <= maxBackQuotes; j-- {
		if s := r.out[j].Speaker; s != nil {
			return s == e
		}
	}
	return false
}

// otherPost reports whether roles give a person the head noun of the role phrase words (its
// first role noun, "chef" for "cheffe du gouvernement") in another post: a role holds that
// noun, masculine or feminine, yet no role fits the phrase ("chef de file des Insoumis").
func otherPost(roles, words []string) bool {
	if len(roles) == 0 || roleFits(roles, words) {
		return false
	}
	l := lex()
	head := ""
	for _, w := range words {
		if l.roles[w] || l.genericRoles[w] {
			head = w
			break
		}
	}
	if head == "" {
		return false
	}
	for _, r := range roles {
		for _, f := range strings.Fields(r) {
			if sameRoleNoun(f, head) {
				return true
			}
		}
	}
	return false
}

// sameRoleNoun reports whether two role nouns are one, masculine or feminine: "chef" and
// "cheffe", "député" and "députée", "président" and "présidente".
func sameRoleNoun(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || b == a+"e" || b == a+"fe"
}

// roleFits reports whether a role phrase of lower-case words (determiner dropped: "prime
// minister", "ministre de l'intérieur") may describe a person given roles: the person has no
// known role, or one of them holds every content word of the phrase, rank words aside ("the
// minister" fits "finance minister"; "the prime minister" does not, nor "le ministre de
// l'Intérieur" "ministre des finances").
func roleFits(roles, words []string) bool {
	if len(roles) == 0 {
		return true
	}
	l := lex()
	apostrophe := func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }
	for _, r := range roles {
		fs := strings.FieldsFunc(r, apostrophe)
		fits := true
		for _, w := range words {
			for _, w := range strings.FieldsFunc(w, apostrophe) {
				if !(l.determiners[w] || l.particles[w] || l.rankWords[w] || isElision(w) || w == "of" || slices.Contains(fs, w)) {
					fits = false
				}
			}
		}
		if fits {
			return true
		}
	}
	return false
}

// roleGender is the gender that a gendered role noun in tokens [t0, t1) gives ("député",
// "spokeswoman"), GenderUnknown when none.
func roleGender(d *doc, t0, t1 int) Gender {
	for k := t0; k < t1; k++ {
		if g, end := roleWordGenderOf(d.lw(k)); g != GenderUnknown || end {
			return g
		}
	}
	return GenderUnknown
}
