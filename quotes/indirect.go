package quotes

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/lang"
)

// Word sets of the clause rules; the lemma sets that decide which complements count are in
// the language data files ([np-verbs], [bare-verbs], [to-verbs]…, lang/data/README.md).
var (
	determiners = set("le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur",
		"leurs", "ce", "cette", "ces", "cet", "notre", "nos", "votre", "vos", "the", "a", "an", "his",
		"her", "their", "its", "this", "these", "those", "our", "some", "many", "all", "no", "most",
		"every", "each", "several", "any", "sa")
	clauseStarts = set("he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an",
		"his", "her", "their", "its", "this", "these", "those", "our", "some", "many", "all", "no",
		"most", "both", "neither", "nobody", "everyone", "nothing", "one", "if", "when")
	weekdays = set(append([]string{"in", "on", "at", "yesterday", "today", "last", "earlier", "later",
		"recently", "previously", "also"}, dayNames...)...)
)

// claim records a span already taken by a quote so that the indirect pass skips it.
func (d *doc) claim(s article.Span) { d.claims = append(d.claims, s) }

// claimed returns the end of the claimed span holding byte off, 0 when none. Calls come
// with growing offsets and claims are sorted, so a cursor keeps it linear.
func (d *doc) claimed(off int) int {
	for d.claimAt < len(d.claims) && d.claims[d.claimAt].End <= off {
		d.claimAt++
	}
	if d.claimAt < len(d.claims) && d.claims[d.claimAt].Start <= off {
		return d.claims[d.claimAt].End
	}
	return 0
}

// holdsStatement is holdsQuote for the quotes that are no title (titleQuote): "a enchaîné les
// postes pour des émissions comme « Nulle part ailleurs »" quotes no words.
func (d *doc) holdsStatement(s article.Span) bool {
	i := sort.Search(len(d.top), func(i int) bool { return d.direct[d.top[i]].openAt >= s.Start })
	for ; i < len(d.top) && d.direct[d.top[i]].openAt < s.End; i++ {
		d.work++
		if q := &d.direct[d.top[i]]; q.closeEnd <= s.End && !d.titleQuote(q) {
			return true
		}
	}
	return false
}

// holdsQuote reports whether a top-level direct quote lies inside s. Top-level quotes do not
// overlap, so the first one opening in s is the only one to look at.
func (d *doc) holdsQuote(s article.Span) bool {
	i := sort.Search(len(d.top), func(i int) bool { return d.direct[d.top[i]].openAt >= s.Start })
	return i < len(d.top) && d.direct[d.top[i]].openAt < s.End && d.direct[d.top[i]].closeEnd <= s.End
}

var (
	// yesNo complementizers open an indirect question after any verb that takes one.
	yesNo = set("que", "qu'", "that", "whether", "if", "si", "dass", "ob", "che", "se")
	// subordinators open an adjunct clause, not a reported one.
	subordinators = set("in", "after", "before", "because", "when", "while", "if", "although",
		"though", "since", "as", "at", "on", "for", "with", "during", "despite", "and", "or", "but",
		"so", "why", "how", "where", "what", "unless", "until", "si", "quand", "lorsque", "lorsqu'",
		"alors", "parce", "puisque", "puisqu'", "bien", "mais", "et", "or", "dans", "lors", "après",
		"avant", "pendant", "depuis")
	// adjuncts may stand between a verb and its complementizer.
	adjuncts = set("à", "au", "aux", "en", "dans", "sur", "lors", "pendant", "après", "avant",
		"devant", "auprès", "par", "mardi", "hier", "également", "aussi", "encore", "ainsi",
		"notamment", "toutefois", "cependant", "alors", "déjà", "in", "on", "at", "to", "during",
		"after", "before", "for", "with", "last", "this", "earlier", "repeatedly", "publicly",
		"privately", "again", "also", "then", "recently", "yesterday", "today", "tonight",
		"separately", "later", "once", "often", "d'ores", "à",
		"quelques", "plus", "ensuite", "récemment", "finalement", "aussitôt", "depuis", "aujourd'hui", "publiquement")
	// aspectual verbs with de + infinitive do not report ("continue de faire").
	aspectual = set("continuer", "poursuivre", "enchaîner", "enchainer", "tenir", "apprendre",
		"entendre")
	clitics = set("ne", "n'", "pas", "plus", "jamais", "se", "s'", "y", "en", "le", "la", "les",
		"l'", "lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "rien")
	// notInfinitives end like infinitives but are nouns, adjectives or adverbs.
	notInfinitives = set("premier", "dernier", "hier", "cher", "fier", "mer", "enfer", "hiver",
		"quartier", "métier", "dossier", "janvier", "février", "ministre", "centre", "titre",
		"autre", "lettre", "nombre", "membre", "ordre", "libre", "contre", "entre", "notre",
		"votre", "quatre", "propre", "pire", "leur", "pour", "sur", "plusieurs", "désir",
		"avenir", "loisir", "plaisir", "soir", "espoir", "trottoir",
		"couloir", "miroir", "tiroir", "noir", "particulier", "entier", "chantier",
		"papier", "clair", "air", "hôpital", "monastère", "terre", "guerre", "père", "mère",
		"frère", "affaire", "théâtre", "siècle", "octobre", "novembre",
		"décembre", "septembre", "semestre", "trimestre", "registre", "sinistre", "ancestre")
	// reEndings are the endings of common -re infinitives.
	reEndings = []string{"dre", "ttre", "aître", "aitre", "ître", "uire", "crire", "dire", "faire",
		"vivre", "suivre", "croire", "boire", "clure", "rompre", "vaincre", "être", "lire", "rire"}
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// indirect finds reported speech: a reporting verb with its complement, a postposed cue, a
// source marker ("according to X", "selon X", sentence-initial "Pour X,") and colon
// lead-ins without quote marks.
func (d *doc) indirect() {
	sent := 0
	lastEnd := -1
	sentHas := false
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if i > 0 && t.para != d.toks[i-1].para {
			sent, sentHas = i, false
		}
		if q := d.inq[i]; q >= 0 {
			if d.lg.Code == "en" && d.quoteEndsSentence(int(q), i) {
				sent, sentHas = i+1, false // "….” It was, he said, …": a new sentence
			}
			continue
		}
		if d.sentencePunct(i) {
			sent, sentHas = i+1, false
			continue
		}
		if c := d.claimed(t.s); c > 0 {
			lastEnd, sentHas = max(lastEnd, c), true
		}
		if t.s < lastEnd || t.kind != tWord {
			continue
		}
		var it *item
		if last, lemma, ok := d.markerAt(i); ok && !(d.lg.Code == "fr" && lemma == "rapporte" && d.has(last+1, lang.ClassComplementizer)) { // "Le Monde rapporte que …" is a verb
			s, has := sent, sentHas
			if c := d.conjunctionAfter(lastEnd, sent, i); c >= 0 {
				s, has = c+1, false // "…, according to Smith, an economist, and wages will fall, according to Jones"
			}
			it = d.markerQuote(i, last, lemma, s, has)
		} else if (i == sent || d.lg.Code == "fr" && !sentHas && d.frontedBefore(sent, i)) && d.has(i, lang.ClassInitial) {
			it = d.initialQuote(i)
		} else if it = d.asQuote(i, sent); it != nil {
		} else if i == sent && d.colonAhead(i) {
			it = d.colonLead(i, sent)
		} else if it = d.pollQuote(i, sent, sentHas); it != nil {
		} else if i+2 < len(d.toks) && nounCueWord(d.fold[i+1]) && d.nounCueInto(i, &it) {
			if it != nil && d.info.intentVerbs[it.Cue.Lemma] && d.postposedAfterItem(it) {
				it = nil // "The government seemed keen to make the review look fair, Mr Hensel said."
			}
		} else if strings.HasSuffix(d.fold[i], "ly") && d.info.hearsay[d.fold[i]] {
			it = d.seemQuote(verbGroup{i, i, d.fold[i]}, sent)
		} else if g, ok := d.verbAt(i); ok {
			it = d.verbQuote(g, sent, sentHas)
			if it != nil && d.infinitiveBeforePostposed(g, it) {
				it = nil
			}
			if it == nil {
				i = g.last
			}
		} else if f := d.fold[i]; len(f) >= 4 && f[0] == 'm' && makeForms[f] && d.lg.Code == "en" {
			it = d.makeQuote(i)
		}
		if it == nil || it.Span.Start < lastEnd || d.info.weakVerbs[it.Cue.Lemma] && !d.holdsQuote(it.Span) {
			continue
		}
		d.addIndirect(it)
		lastEnd, sentHas = it.Span.End, true
		if it.Cue != nil {
			lastEnd = max(lastEnd, it.Cue.Span.End) // a postposed cue is not read again ("…, a annoncé le syndicat")
		}
	}
}

// infinitiveBeforePostposed reports whether the cue g is an English infinitive ("to predict")
// or a verb of intention or expectation of the language's [intent-verbs] ("are expected")
// whose content ends at a comma before a postposed cue that ends the sentence: "It was “too
// early” to predict whether the trend would continue, the Film Council said", "Thousands of
// fans are expected to turn out, the club said." The whole clause is then the statement of the
// postposed cue, not a report of its own.
func (d *doc) infinitiveBeforePostposed(g verbGroup, it *item) bool {
	toInf := d.lg.Code == "en" && g.first >= 1 && d.fold[g.first-1] == "to"
	if toInf && it.Span.Start < d.toks[g.last].e || !toInf && !d.info.intentVerbs[g.lemma] {
		return false // an intention's content may hold its subject: "The government seemed keen to …"
	}
	return d.postposedAfterItem(it)
}

// postposedAfterItem reports whether the content of it ends at a comma before a postposed cue
// that ends the sentence ("…, the club said").
func (d *doc) postposedAfterItem(it *item) bool {
	c := d.tokenAfter(it.Span.End)
	return c < len(d.toks) && d.isPunct(c, ",") && d.postposedCueAfter(c)
}

// namingLemmas are the English verbs that name their object ("called the bill a power grab"):
// a "that" after them is a relative or a demonstrative pronoun, never a complementizer.
var namingLemmas = set("call", "dub", "label", "brand", "term", "nickname")

// conjunctionAfter returns the English "and" or "but" after a comma between byte offset
// lastEnd (the end of the statement before) and token i, in the sentence that opens at token
// sent: a new clause opens after it; else -1.
func (d *doc) conjunctionAfter(lastEnd, sent, i int) int {
	if d.lg.Code != "en" || lastEnd < 0 {
		return -1
	}
	for c := i - 1; c > sent && c > i-30 && d.toks[c].s >= lastEnd; c-- {
		if (d.fold[c] == "and" || d.fold[c] == "but") && d.isPunct(c-1, ",") {
			return c
		}
	}
	return -1
}

// makeForms are the forms of English "make", the light verb of "made the case", "made
// similar comments".
var makeForms = set("make", "makes", "made", "making")

// statementNouns are English nouns of statements that "make" turns into a report of them:
// "made [similar comments]", "made [these allegations against the NRA]".
var statementNouns = set("comment", "comments", "remark", "remarks", "statement", "statements",
	"allegation", "allegations", "accusation", "accusations", "announcement", "announcements",
	"argument", "arguments", "claim", "claims", "prediction", "predictions", "promise", "promises",
	"pledge", "pledges", "appeal", "appeals", "plea", "pleas", "suggestion", "suggestions",
	"threat", "threats", "joke", "jokes", "reference", "references", "comparison",
	"comparisons", "assertion", "assertions", "admission", "observation", "observations",
	"vow", "vows", "apology", "case", "cases", "point", "points", "pitch", "charges")

// statementPreps introduce the topic of a statement noun after "make" ("made comments
// about", "made the case for").
var statementPreps = set("about", "on", "against", "for", "of", "over")

// makeQuote handles the English light verb "make" with a noun of statement as its object and
// the topic after a preposition ("made these same allegations against [the NRA]", "made
// several controversial statements on [the matter]", "makes the conservative case for [Sen.
// Ted Cruz]"): the content is the topic, up to punctuation, an auxiliary, a complementizer, a
// relative pronoun or a past tense. The noun comes within four words, after determiners and
// adjectives only.
func (d *doc) makeQuote(i int) *item {
	k := i + 1
	if !d.isWord(k) || d.inq[k] >= 0 || d.toks[k].para != d.toks[i].para || !determiners[d.fold[k]] && !unicode.IsLower(firstRune(d.word(k))) {
		return nil
	}
	n := -1
	for j := k; j < k+4 && d.isWord(j) && d.inq[j] < 0 && d.toks[j].para == d.toks[i].para; j++ {
		w := d.fold[j]
		if statementNouns[w] {
			n = j
			break
		}
		if enPrepositions[w] || d.has(j, lang.ClassVerb|lang.ClassAux|lang.ClassComplementizer) || !determiners[w] && !unicode.IsLower(firstRune(d.word(j))) {
			return nil
		}
	}
	if n < 0 || !statementPreps[d.fold1(n+1)] || !d.isWord(n+2) || d.toks[n+2].para != d.toks[i].para || weekdays[d.fold[n+2]] || d.fold[n] == "point" && d.fold[n+1] == "of" {
		return nil // "made the appeal on Tuesday", "made a point of saying"
	}
	k = n + 2
	end := d.clauseEnd(k)
	if f := d.fold[k]; d.has(k, lang.ClassComplementizer) || f == "what" || f == "who" || f == "how" {
		return d.newIndirect(article.Span{Start: d.toks[i].s, End: d.toks[n+1].e}, "make", d.toks[k].s, end)
	}
	for j := k + 1; j < len(d.toks) && d.toks[j].s < end; j++ {
		if d.inq[j] >= 0 || d.isPunct(j, ".") && !d.fullStop(j) {
			continue
		}
		w := d.fold[j]
		if d.toks[j].kind == tPunct && !d.isPunct(j, "-'/") || enFinite[w] || d.has(j, lang.ClassAux|lang.ClassComplementizer) || relativePronouns[w] || w == "that" || d.coordCueAt(j) || strings.HasSuffix(w, "ed") && !enPrepositions[d.fold[j-1]] {
			end = d.toks[j].s
			break
		}
	}
	cue := article.Span{Start: d.toks[i].s, End: d.toks[n+1].e}
	return nounPhrase(d.newIndirect(cue, "make", d.toks[k].s, end))
}

// addIndirect records an indirect quote; one holding top-level direct quotes or terms is
// mixed, and those become its fragments: Direct, flagged Fragment, with no cue.
func (d *doc) addIndirect(it *item) {
	d.cueGen++ // the cues of the quotes in it may change
	if it.Kind == Direct {
		d.items = append(d.items, it)
		return
	}
	from := sort.Search(len(d.dItems), func(i int) bool { return d.dItems[i].raw.openAt >= it.Span.Start })
	for _, o := range d.dItems[from:] {
		d.work++
		if o.raw.openAt >= it.Span.End {
			break
		}
		if o.Depth == 0 && (o.Kind == Direct || o.Kind == Term) && o.raw.openAt == it.Span.Start && o.raw.closeEnd == it.Span.End {
			if o.Cue == nil { // "Selon lui, « … »": the marker is the quote's cue
				o.Cue, o.Kind = it.Cue, Direct
				o.Flags &^= Floating
			}
			return
		}
	}
	for _, o := range d.dItems[from:] {
		d.work++
		if o.raw.openAt >= it.Span.End {
			break
		}
		if o.Kind != Direct && o.Kind != Term || o.Depth > 0 || o.raw.closeEnd > it.Span.End || d.titleQuote(o.raw) {
			continue // a title ("des émissions comme « Nulle part ailleurs »") makes no mixed quote
		}
		// The quoted words of a reported clause are a fragment of its statement, whatever
		// their length: never a term (a checker decides which fragments to compare).
		it.Kind = Mixed
		it.Flags &^= NounPhrase // quoted words to check
		o.Kind = Direct
		o.Flags |= Fragment
		o.Flags &^= Floating
		o.Cue = nil
	}
	d.items = append(d.items, it)
}

func (d *doc) newIndirect(cue article.Span, lemma string, s, e int) *item {
	s, e = trimSpaces(d.text, s, e)
	full := e
	for e > s && strings.ContainsRune(",;:", rune(d.text[e-1])) {
		e--
	}
	s, e = trimSpaces(d.text, s, e)
	if e < full && d.cutsQuote(e) {
		e = full // the punctuation belongs to a quote the clause holds (an unclosed one: `"0,`)
	}
	if e-s < 2 || commentRequest(d.text[s:e]) || isWeekdayWord(d.text[s:e]) {
		return nil
	}
	return d.newItem(item{Quote: Quote{Span: article.Span{Start: s, End: e}, Kind: Indirect,
		Cue: d.newCue(Cue{Span: cue, Lemma: lemma})}})
}

// nounPhrase flags it, when there is one, as a quote whose content is a noun phrase.
func nounPhrase(it *item) *item {
	if it != nil {
		it.Flags |= NounPhrase
	}
	return it
}

// commentRequest reports whether a content is the newsroom formula of a request for comment
// ("did not respond to a request for comment", "messages seeking comment"): what was asked,
// never a statement.
func commentRequest(c string) bool {
	if len(c) > 80 {
		return false
	}
	for _, p := range []string{"a ", "an ", "the ", "repeated ", "multiple ", "several ", "our ", "their "} {
		if rest, ok := cutPrefixLower(c, p); ok {
			c = rest
		}
	}
	for _, p := range []string{"request for comment", "requests for comment", "request to comment", "requests to comment",
		"message seeking comment", "messages seeking comment", "email seeking comment", "emails seeking comment",
		"call seeking comment", "calls seeking comment", "phone call seeking comment", "phone calls seeking comment"} {
		if _, ok := cutPrefixLower(c, p); ok {
			return true
		}
	}
	return false
}

// cutPrefixLower returns s after the lower-case ASCII prefix p when strings.ToLower(s) starts
// with p, without lower-casing s.
func cutPrefixLower(s, p string) (string, bool) {
	i := 0
	for k := 0; k < len(p); k++ {
		if i >= len(s) {
			return s, false
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.ToLower(r) != rune(p[k]) {
			return s, false
		}
		i += n
	}
	return s[i:], true
}

// isWeekdayWord reports whether w, lower-cased, is one of weekdays. Their longest is 10 bytes
// and a capital takes at most 3 bytes per letter, so longer words are not lower-cased.
func isWeekdayWord(w string) bool {
	return len(w) <= 30 && weekdays[strings.ToLower(w)]
}

// cutsQuote reports whether byte offset e falls strictly inside the span of a top-level
// direct quote.
func (d *doc) cutsQuote(e int) bool {
	i := sort.Search(len(d.top), func(i int) bool { return d.direct[d.top[i]].span.Start >= e })
	return i > 0 && d.direct[d.top[i-1]].span.End > e
}

// clauseEnd returns the byte end of the clause that starts at token k: the sentence end, a
// paragraph end, or a comma followed by a postposed cue (", a indiqué X", ", ajoutant que",
// ", selon X"), the comma inside the marks of a quote included (`"unconvincing," saying`). A
// direct quote inside is kept whole, closing mark included.
//
// Where the clause stops depends only on the tokens, not on k, and every token that the scan
// passes ends at the same place; the scan records that end (cend) for each token it passes
// and stops at the first token already recorded, so a sentence that never ends costs its
// length once, however many verbs in it ask for their clause.
func (d *doc) clauseEnd(k int) int {
	if e := d.cend[k]; e > 0 {
		return int(e)
	}
	from := k
	para := d.toks[k].para
	end := d.toks[k].e
	for ; k < len(d.toks) && d.toks[k].para == para; k++ {
		d.work++
		if e := d.cend[k]; e > 0 {
			end = max(end, int(e))
			break
		}
		if q := d.inq[k]; q >= 0 {
			end = max(end, d.direct[q].closeEnd)
			if d.quoteEndsSentence(int(q), k) {
				k++ // the quote ends the clause; scanning from its last token gives the same end
				break
			}
			if r := &d.direct[q]; k+1 < len(d.toks) && d.inq[k+1] != q && r.close != "" && strings.HasSuffix(d.text[r.span.Start:r.span.End], ",") && d.isWord(k+1) && d.postposedAt(k+1) {
				k++ // `as "unconvincing," saying the measure…`: a comma inside the marks, then a new cue
				break
			}
			continue
		}
		if d.sentencePunct(k) {
			break
		}
		if d.isPunct(k, ",") && d.postposedAt(k+1) || k > from && d.coordCueAt(k) {
			break
		}
		end = d.toks[k].e
	}
	for j := from; j < k; j++ {
		d.cend[j] = int32(end)
	}
	return end
}

// coordSubjects are the English pronouns of quantity that may stand as the subject of a
// coordinated attribution ("… and others supporting a ban").
var coordSubjects = set("others", "some", "many", "most", "both", "all", "few")

// coordCueAt reports whether token k is a conjunction that starts a new attribution in
// English: a reporting verb right after it, after a subject pronoun or after an inserted
// adverb ("… and said the women would campaign", "… but he warned", "… and also urged"), or
// "but"/"while" and a subject phrase of up to eight words and commas before a verb of saying
// ("…, but a GM spokesman, David Barnas, said").
func (d *doc) coordCueAt(k int) bool {
	switch d.fold[k] {
	case "and", "but", "while", "whereas":
	default:
		return false
	}
	if d.lg.Code != "en" || !d.isWord(k) {
		return false
	}
	j := k + 1
	if f := d.fold1(j); enSubjects[f] || coordSubjects[f] || d.has(j, lang.ClassInsert) {
		j++ // "and he said", "and others supporting", "and also said"
	}
	if !d.isWord(j) || d.toks[j].para != d.toks[k].para || d.inq[j] >= 0 {
		return false
	}
	if g, ok := d.verbAt(j); ok {
		if n := g.last + 1; j == k+1 && g.first == g.last && strings.HasSuffix(d.fold[j], "ing") && d.isWord(n) &&
			!d.has(n, lang.ClassComplementizer|lang.ClassPronoun) && !determiners[d.fold[n]] && !enPrepositions[d.fold[n]] && d.fold[n] != "to" {
			return false // "a stable but declining resource": a participle used as an adjective
		}
		return true
	}
	if f := d.fold[k]; f != "and" && j == k+1 && isUpperStart(d.word(j)) {
		// "… while Sanders suggests the…", "but Sen. Bob Corker said": a name, then its verb
		for n := j + 1; n < len(d.toks) && n <= j+4 && d.toks[n].para == d.toks[k].para && d.inq[n] < 0; n++ {
			if d.isPunct(n, ".") && !d.fullStop(n) {
				continue
			}
			if d.isPunct(n, ",") {
				// "but General Mark Milley, chairman of the Joint Chiefs of Staff, told": an
				// apposition set off by commas, then the verb
				for c := n + 1; c < len(d.toks) && c <= n+12 && d.toks[c].para == d.toks[k].para && d.inq[c] < 0; c++ {
					if d.isPunct(c, ",") {
						g, ok := d.verbAt(c + 1)
						return ok && (d.info.bareVerbs[g.lemma] || d.info.invertedVerbs[g.lemma] || d.info.toldVerbs[g.lemma])
					}
					if !d.isWord(c) || d.has(c, lang.ClassAux|lang.ClassComplementizer) {
						return false
					}
					if _, ok := d.verbAt(c); ok {
						return false
					}
				}
				return false
			}
			if !d.isWord(n) {
				return false
			}
			if g, ok := d.verbAt(n); ok {
				return d.info.bareVerbs[g.lemma]
			}
			if !isUpperStart(d.word(n)) {
				return false
			}
		}
	}
	if f := d.fold[k]; (f == "but" || f == "while") && j == k+1 && determiners[d.fold[j]] {
		// "…, but a GM spokesman, David Barnas, said": a subject phrase with its appositions
		for n := j + 1; n < len(d.toks) && n <= j+8 && d.toks[n].para == d.toks[k].para && d.inq[n] < 0; n++ {
			if d.isPunct(n, ",") {
				continue
			}
			if !d.isWord(n) || d.has(n, lang.ClassComplementizer|lang.ClassAux) || relativePronouns[d.fold[n]] {
				return false
			}
			if g, ok := d.verbAt(n); ok {
				return d.info.invertedVerbs[g.lemma] || d.info.postposedVerbs[g.lemma] || d.info.bareVerbs[g.lemma]
			}
		}
	}
	return false
}

// quoteEndsSentence reports whether the quote q, met at token k, ends its sentence: its
// words end with . ! ? … and what follows its closing mark starts a new sentence (another
// quote, a capital, the paragraph end).
func (d *doc) quoteEndsSentence(q, k int) bool {
	r := d.direct[q]
	if r.close == "" || k+1 < len(d.toks) && d.inq[k+1] == int32(q) {
		return false // not at its last token yet
	}
	last, _ := utf8.DecodeLastRuneInString(d.text[r.span.Start:r.span.End])
	if !strings.ContainsRune(".!?…", last) {
		return false
	}
	n := k + 1
	return n >= len(d.toks) || d.toks[n].para != d.toks[k].para || d.inq[n] >= 0 || isUpperStart(d.word(n))
}

// postposedAt reports whether a postposed cue starts at token k: a verb group within the
// next four words ("a indiqué", "he said", "the official added") or a source marker.
func (d *doc) postposedAt(k int) bool {
	if _, _, ok := d.markerAt(k); ok {
		return true
	}
	for j := k; j < k+4 && d.isWord(j); j++ {
		if d.has(j, lang.ClassComplementizer) {
			return false
		}
		if g, ok := d.verbAt(j); ok {
			// "…, who said": a relative clause ends the clause only with a verb of speech
			// ("that Walker, who charges fees, has lost" goes on)
			return !(d.lg.Code == "en" && relativePronouns[d.fold[k]] && !d.info.invertedVerbs[g.lemma] && !d.info.postposedVerbs[g.lemma])
		}
		if j == k && d.lg.Code == "fr" {
			return false // French inverts: ", a indiqué X"; a subject first is a new clause
		}
	}
	return false
}

// asideEnd returns the comma that closes an aside opened by the comma at token c ("that,
// according to the data, the economy grew"; "that, since the war ended, it grew"): at most 15
// tokens on in the paragraph, with no sentence end or quote between, and followed by at least
// two words before the sentence ends; -1 when there is none.
func (d *doc) asideEnd(c int) int {
	if !d.isPunct(c, ",") {
		return -1
	}
	para := d.toks[c].para
	for k := c + 2; k < len(d.toks) && k <= c+15 && d.toks[k].para == para; k++ {
		if d.sentencePunct(k) || d.inq[k] >= 0 || d.isPunct(k, ";:") {
			return -1
		}
		if !d.isPunct(k, ",") {
			continue
		}
		words := 0
		for n := k + 1; n < len(d.toks) && d.toks[n].para == para && d.isWord(n) && words < 3; n++ {
			words++
		}
		if words < 2 {
			return -1
		}
		return k
	}
	return -1
}

// markerQuote handles "according to X, …", "…, selon X." and "…, d'après lui, …".
func (d *doc) markerQuote(i, last int, lemma string, sent int, sentHas bool) *item {
	cue := article.Span{Start: d.toks[i].s, End: d.toks[last].e}
	para := d.toks[i].para
	if d.bareMarkerNoun(last) {
		return nil
	}
	reach := 14
	if d.lg.Code == "en" {
		reach = 30 // "According to a January 2016 study by the Pew Research Center based on census data, …"
	}
	if i <= sent+1 && !d.isPunct(i-1, ",") || d.isPunct(i-1, ":;—–") {
		for k := last + 1; k < len(d.toks) && k <= last+reach && d.toks[k].para == para; k++ {
			if d.sentencePunct(k) || d.inq[k] >= 0 {
				return nil
			}
			if d.isPunct(k, ",") && k+1 < len(d.toks) && d.toks[k+1].para == para {
				k = d.appositionEnd(k)
				if d.frOwnReport(k + 1) {
					return nil // "D'après les premières informations, X a expliqué que …": X reports it
				}
				return d.markerClause(cue, lemma, d.toks[k+1].s, d.clauseEnd(k+1))
			}
		}
		return nil
	}
	if d.lg.Code == "en" && (lemma == "citing" || lemma == "quoting") && d.isPunct(i-1, ",") && last+1 < len(d.toks) && d.toks[last+1].para == para && d.inq[last+1] < 0 {
		// "…, he said, citing [low economic growth]": PolNeAR attributes what is cited; a
		// comma ends it ("The players, citing [fatigue], skipped practice")
		end := d.clauseEnd(last + 1)
		end = d.commaBefore(last+1, end)
		if c := d.tokenAfter(end); c < len(d.toks) && d.isPunct(c, ",") && d.postposedCueAfter(c) {
			return nil // "Prices rose, citing costs, the company said": the statement is the sentence
		}
		return d.newIndirect(cue, lemma, d.toks[last+1].s, end)
	}
	if !d.isPunct(i-1, ",") && !(d.lg.Code == "en" && d.isWord(i-1) && i-3 > sent) || sentHas || i-1 <= sent {
		return nil // English may leave out the comma: "Clinton leads by 271 delegates according to a count by the AP"
	}
	if q := d.inq[i-2]; q >= 0 && d.direct[q].closeEnd <= d.toks[i-1].s {
		return nil // the marker is the cue of the quote before it
	}
	if d.cuedBefore(d.toks[sent].s, d.toks[i-1].s) {
		return nil // "“…,” Lecornu said, according to Reuters": a source credited for the quote
	}
	// "…, d'après lui, de …": the clause goes on after the marker's noun phrase and covers
	// the whole sentence; "…, selon la police." ends at the comma.
	end := d.toks[i].s
	for k := last + 1; k < len(d.toks) && k <= last+12 && d.toks[k].para == para && !d.sentencePunct(k) && d.inq[k] < 0; k++ {
		if d.isPunct(k, ",") && k+1 < len(d.toks) && d.toks[k+1].kind != tPunct && d.toks[k+1].para == para {
			if !d.trailingApposition(k) {
				end = d.clauseEnd(k + 1)
			}
			break
		}
	}
	return d.markerClause(cue, lemma, d.toks[sent].s, end)
}

// frOwnReport reports whether a French clause opening at token j has a subject and a
// reporting verb of its own whose complement follows: "que", a colon or a quote mark after the
// verb group, within six tokens ("Christophe Castaner a expliqué que « … »").
func (d *doc) frOwnReport(j int) bool {
	if d.lg.Code != "fr" {
		return false
	}
	para := d.toks[j].para
	for k := j + 1; k < len(d.toks) && k <= j+6 && d.toks[k].para == para && d.isWord(k) && d.inq[k] < 0; k++ {
		g, ok := d.verbAt(k)
		if !ok {
			continue
		}
		n := g.last + 1
		return n < len(d.toks) && d.toks[n].para == para && (d.has(n, lang.ClassComplementizer) || d.isPunct(n, ":") || d.toks[n].kind == tMark)
	}
	return false
}

// trailingApposition reports whether the English words after the comma at token k, to the end
// of the sentence, are a noun phrase of at most ten words that opens with an article and holds
// no verb form, or a relative clause: an apposition of the source before the comma ("…,
// according to the Retail Council, an industry body.", "…, which represents retailers."), not
// the rest of the statement around a parenthetical marker ("…, according to the data, the
// economy grew").
func (d *doc) trailingApposition(k int) bool {
	w := d.fold1(k + 1)
	if d.lg.Code == "en" && (w == "who" || w == "which") {
		return true // "…, according to the council, which represents retailers."
	}
	if d.lg.Code != "en" || w != "a" && w != "an" && w != "the" {
		return false
	}
	para := d.toks[k].para
	for j := k + 1; j < len(d.toks) && d.toks[j].para == para; j++ {
		if d.sentencePunct(j) {
			return j > k+1
		}
		if d.isPunct(j, ",") && j > k+2 && (d.fold1(j+1) == "and" || d.fold1(j+1) == "but") {
			return true // "…, according to Smith, an economist, and wages will fall, according to Jones"
		}
		if w := d.fold[j]; j > k+10 || !d.isWord(j) || d.inq[j] >= 0 || d.has(j, lang.ClassAux|lang.ClassComplementizer|lang.ClassPronoun) ||
			enFinite[w] || strings.HasSuffix(w, "ed") || relativePronouns[w] {
			return false
		}
		if _, ok := d.verbAt(j); ok {
			return false
		}
	}
	return true
}

// markerClause is the quote of a source marker over bytes [s, e), nil when the clause leads
// into a direct quote by a colon after its own reporting verb ("D'après l'hebdomadaire,
// voici ce qu'il lui aurait répondu : « … »", "X avance, selon le JDD, trois raisons : « … »"):
// the marker then credits a source for that quote, whose speaker is the verb's subject.
func (d *doc) markerClause(cue article.Span, lemma string, s, e int) *item {
	i := sort.Search(len(d.dItems), func(i int) bool { return d.dItems[i].raw.openAt >= s })
	for ; i < len(d.dItems) && d.dItems[i].raw.openAt < e; i++ {
		d.work++
		o := d.dItems[i]
		if o.Depth == 0 && o.Cue != nil && !o.cueAfter && o.Cue.Lemma != ":" && o.Cue.Span.Start >= s &&
			strings.HasSuffix(strings.TrimRight(d.text[o.Cue.Span.End:o.raw.openAt], " \u00a0"), ":") {
			return nil
		}
	}
	return d.newIndirect(cue, lemma, s, e)
}

// postposedCueAfter reports whether the comma at token c is followed by a postposed cue
// that ends its sentence: at most five words of subject, then a reporting verb, then the end
// of the sentence or paragraph ("…, the company said.").
func (d *doc) postposedCueAfter(c int) bool {
	para := d.toks[c].para
	for k := c + 1; k < len(d.toks) && k <= c+7 && d.toks[k].para == para && d.isWord(k) && d.inq[k] < 0; k++ {
		if g, ok := d.verbAt(k); ok {
			n := g.last + 1
			return k > c+1 && (n >= len(d.toks) || d.toks[n].para != para || d.sentencePunct(n))
		}
	}
	return false
}

// bareMarkerNoun reports whether the English marker ending at token last is followed by one
// lowercase singular noun that ends its clause, a manner and no source: "paid according to
// rank", "went according to plan". Pronouns, plurals and nouns of speakers ("according to
// police") are sources.
func (d *doc) bareMarkerNoun(last int) bool {
	k := last + 1
	if d.lg.Code != "en" || !d.isWord(k) || d.toks[k].para != d.toks[last].para || d.inq[k] >= 0 {
		return false
	}
	w := d.fold[k]
	if !unicode.IsLower(firstRune(d.word(k))) || strings.HasSuffix(w, "s") || speakerNouns[w] || d.has(k, lang.ClassPronoun|lang.ClassStopword) {
		return false
	}
	return k+1 >= len(d.toks) || d.toks[k+1].para != d.toks[k].para || d.sentencePunct(k+1) || d.isPunct(k+1, ",")
}

// frOwnPart reports whether French "de son côté" / "pour sa part" (any possessive) starts at
// token j: an adverbial between a verb and its complementizer ("a estimé de son côté que").
func (d *doc) frOwnPart(j int) bool {
	if d.lg.Code != "fr" || d.fold[j] != "de" && d.fold[j] != "pour" {
		return false
	}
	switch d.fold1(j + 1) {
	case "son", "sa", "leur", "mon", "ma", "notre", "votre":
	default:
		return false
	}
	n := d.fold1(j + 2)
	return d.fold[j] == "de" && n == "côté" || d.fold[j] == "pour" && n == "part"
}

// titleLine reports whether token i is in a headline: a paragraph of at most twelve words
// that ends with no sentence punctuation or quote mark ("Mayor unveils housing plan"). The
// object of a verb of action there (unveil, defend, support) names what was done, not what
// was said.
func (d *doc) titleLine(i int) bool {
	para := d.toks[i].para
	a, b := i, i
	for a > 0 && d.toks[a-1].para == para && i-a < 16 {
		a--
	}
	for b+1 < len(d.toks) && d.toks[b+1].para == para && b-i < 16 {
		b++
	}
	if a > 0 && d.toks[a-1].para == para || b+1 < len(d.toks) && d.toks[b+1].para == para {
		return false // longer than a headline
	}
	words := 0
	for j := a; j <= b; j++ {
		d.work++
		if d.isWord(j) {
			words++
		}
	}
	return words <= 12 && d.isWord(b)
}

// actionLemmas are the English object verbs of action whose bare object (bareObject) names
// a thing; the other object verbs ("endorsed [Clinton]", "defended [the decision]") keep it
// as their content, as PolNeAR does.
var actionLemmas = set("unveil", "lay out", "pitch", "float", "champion", "celebrate")

// bareObject reports whether an English object at token k is a determiner and one noun
// that end the clause, alone or before a time adjunct ("laid out [her plan] on Tuesday"):
// such an object of a verb of action names a thing, not what was said.
func (d *doc) bareObject(k int) bool {
	if !determiners[d.fold1(k)] || !d.isWord(k+1) || d.toks[k+1].para != d.toks[k].para || d.inq[k+1] >= 0 {
		return false
	}
	n := k + 2
	if n >= len(d.toks) || d.toks[n].para != d.toks[k].para || d.sentencePunct(n) {
		return true
	}
	return weekdays[d.fold[n]] && (d.fold[n] != "on" && d.fold[n] != "in" || weekdays[d.fold1(n+1)] || isUpperStart(d.word(n+1)) && d.isWord(n+1))
}

// coordVerbBefore returns the start of the first English "and" or "but" from token k before
// byte end that joins a second verb phrase to the sentence ("called her “third-rate” [and
// boycotted…]", "wants the votes [and Peña Nieto wants…]"): a past tense in -ed or a verb
// form of the language data after it, or a capitalised name and such a form; else end. A
// noun-phrase content ends there.
func (d *doc) coordVerbBefore(k, end int) int {
	for j := k + 1; j+1 < len(d.toks) && d.toks[j].s < end; j++ {
		if d.inq[j] >= 0 {
			continue
		}
		if f := d.fold[j]; relativePronouns[f] || f == "that" || f == "to" || f == "and" && j == k+1 || subordinators[f] && f != "and" && f != "but" {
			return end // "an Obama nominee who is expected… and will…": the verbs of a clause inside
		}
		if d.fold[j] != "and" && d.fold[j] != "but" {
			continue
		}
		n := j + 1
		if d.isWord(n) && isUpperStart(d.word(n)) && !d.has(n, lang.ClassStopword) {
			n++
		}
		if !d.isWord(n) || d.inq[n] >= 0 || d.toks[n].s >= end || isUpperStart(d.word(n)) {
			continue
		}
		w := d.fold[n]
		if strings.HasSuffix(w, "ed") && len(w) > 4 || d.has(n, lang.ClassVerb) && !d.has(n, lang.ClassAux) {
			return d.toks[j].s
		}
	}
	return end
}

// appositionEnd returns the comma that ends the appositions after the comma k of a
// sentence-initial marker, when a direct quote follows them: "Pour le ministre, Gérald
// Darmanin, venu sur place jeudi, « … »" reports the quote, not the apposition; a relative
// clause between commas is passed too ("D'après Le Parisien, qui cite une source interne, la
// direction envisage…"). It returns k when the words after k (at most eight, joined by
// commas) hold a verb or reach no quote.
func (d *doc) appositionEnd(k int) int {
	if w := d.fold1(k + 1); w == "qui" || w == "who" || w == "which" {
		if c := d.asideEnd(k); c > 0 {
			return c // "D'après Le Parisien, qui cite une source interne, la direction…"
		}
	}
	para := d.toks[k].para
	for j := k + 1; j < len(d.toks) && j <= k+10 && d.toks[j].para == para; j++ {
		d.work++
		if d.isPunct(j, ",") {
			if n := j + 1; n < len(d.toks) && d.toks[n].para == para && (d.toks[n].kind == tMark || d.inq[n] >= 0) {
				return j
			}
			continue
		}
		if !d.isWord(j) || d.inq[j] >= 0 || d.has(j, lang.ClassAux|lang.ClassComplementizer) {
			return k
		}
		if _, ok := d.verbAt(j); ok {
			return k
		}
	}
	return k
}

// cuedBefore reports whether a top-level direct quote opening in [s, e) has its cue after
// its closing mark and before e: a source marker after that cue ("“…,” Lecornu said,
// according to Reuters"; "« … », a affirmé M. Lecornu, cité par Le Figaro") credits the
// source of the quote and does not report the sentence anew.
func (d *doc) cuedBefore(s, e int) bool {
	i := sort.Search(len(d.dItems), func(i int) bool { return d.dItems[i].raw.openAt >= s })
	for ; i < len(d.dItems) && d.dItems[i].raw.openAt < e; i++ {
		d.work++
		o := d.dItems[i]
		if o.Depth == 0 && o.Cue != nil && o.cueAfter && o.Cue.Span.End <= e {
			return true
		}
	}
	return false
}

// asQuote handles a sentence-initial "As X put it, …" / "Comme l'a souligné X, …": the span
// is the clause after the comma.
func (d *doc) asQuote(i, sent int) *item {
	if !(i == sent || i == sent+1 && conjunctions[d.fold[sent]]) || d.fold[i] != "as" && d.fold[i] != "comme" {
		return nil
	}
	para := d.toks[i].para
	var g verbGroup
	found := false
	for k := i + 1; k < len(d.toks) && k <= i+8 && d.toks[k].para == para; k++ {
		if d.isPunct(k, ",") {
			if !found || k+1 >= len(d.toks) || d.toks[k+1].para != para {
				return nil
			}
			return d.newIndirect(g.span(d), g.lemma, d.toks[k+1].s, d.clauseEnd(k+1))
		}
		if !d.isWord(k) || d.inq[k] >= 0 {
			return nil
		}
		if h, ok := d.verbAt(k); ok && !found {
			g, found = h, true
		}
	}
	return nil
}

// colonLead handles an English sentence opened by a short lead-in and a colon, without a verb:
// the headline "Graham: Trump's rhetoric destroying GOP's chance", "Poll: …", and the turns
// of an interview transcript ("Q: …", "A: …", "CLINTON: …"). The lead-in is at most seven
// words (dots of abbreviations allowed) naming who speaks; the quote is the rest of the
// paragraph when the lead-in opens it, else the clause after the colon.
func (d *doc) colonLead(i, sent int) *item {
	if i != sent || d.lg.Code != "en" {
		return nil
	}
	if notLeads[d.fold[i]] {
		return nil
	}
	para := d.toks[i].para
	c := -1
	for k := i; k < len(d.toks) && k <= i+9 && d.toks[k].para == para && d.inq[k] < 0; k++ {
		if d.toks[k].kind != tWord {
			if d.isPunct(k, ":") {
				c = k
			}
			if c >= 0 || !d.isPunct(k, ".") || d.fullStop(k) {
				break
			}
		}
	}
	if c < 0 {
		return nil
	}
	for k := i; k < c; k++ {
		if _, ok := d.verbAt(k); ok || d.has(k, lang.ClassComplementizer) {
			return nil
		}
	}
	if !d.speakerLead(i, c) {
		return nil
	}
	return d.colonContent(i, c)
}

// pollAfter may follow the noun phrase of a poll that qualifies a whole clause.
var pollAfter = set("by", "and", "but", "since", "for", "this", "last", "here", "there",
	"conducted", "released", "taken", "published", "in", "of", "at", "on", "from", "to", "among",
	"earlier", "ahead", "before", "after", "over", "so", "while", "as", "with", "this", "that")

// pollQuote handles an English clause qualified by the poll that measured it: "X leads by
// nine points in the latest CNN poll" (the quote is the sentence before "in") and "In the
// most recent YouGov survey, 71 percent approved" (the clause after the comma). The noun
// phrase after "in" is at most eight words ending with a poll noun; the cue is "in".
func (d *doc) pollQuote(i, sent int, sentHas bool) *item {
	if d.fold[i] != "in" || sentHas || d.lg.Code != "en" {
		return nil
	}
	para := d.toks[i].para
	last := -1
	for k := i + 1; k < len(d.toks) && k <= i+9 && d.toks[k].para == para && d.inq[k] < 0; k++ {
		if f := d.fold[k]; len(f) >= 4 && (f[0] == 'p' || f[0] == 's') && d.info.pollNouns[f] {
			last = k
			continue
		}
		if !d.isWord(k) && !d.isPunct(k, "/-") || last >= 0 || k > i+1 && enPrepositions[d.fold[k]] && d.fold[k] != "of" {
			break
		}
	}
	if last < 0 {
		return nil
	}
	if n := last + 1; n < len(d.toks) && d.toks[n].para == para && d.isWord(n) && !pollAfter[d.fold[n]] {
		return nil // "One in four voters in a poll said…": the phrase is inside the subject
	}
	cue := article.Span{Start: d.toks[i].s, End: d.toks[i].e}
	if i == sent {
		if n := last + 1; d.isPunct(n, ",") && d.isWord(n+1) && d.toks[n+1].para == para {
			return d.newIndirect(cue, "in", d.toks[n+1].s, d.clauseEnd(n+1))
		}
		return nil
	}
	words := 0
	for k := sent; k < i; k++ {
		if d.isWord(k) {
			words++
		}
	}
	if words < 3 || d.holdsQuote(article.Span{Start: d.toks[sent].s, End: d.toks[i].s}) {
		return nil
	}
	return d.newIndirect(cue, "in", d.toks[sent].s, d.toks[i].s)
}

// colonAhead reports whether a colon follows word token i within ten tokens of its paragraph,
// none of them in quote marks.
func (d *doc) colonAhead(i int) bool {
	para := d.toks[i].para
	for k := i + 1; k < len(d.toks) && k <= i+9 && d.toks[k].para == para && d.inq[k] < 0; k++ {
		if d.toks[k].kind != tWord && d.text[d.toks[k].s] == ':' {
			return true
		}
	}
	return false
}

// nounPrepCues are English nouns and adjectives that, with their preposition, attribute the
// noun phrase after it (PolNeAR: "support for [Kasich]", "questions about [her emails]",
// "critical of [the deal]").
var nounPrepCues = set("opposition to", "criticism of", "criticisms of", "attacks against",
	"questions about", "question about", "concerns about", "concern about", "concerns over",
	"doubts about", "comments about", "comments on", "remarks about", "remarks on", "views on",
	"position on", "positions on", "stance on", "endorsements of", "praise for", "praise of",
	"reference to", "references to", "mention of", "accusations of", "critique of", "rejection of",
	"proposal for", "proposals for", "calls for", "credit for", "hostility to", "decision on",
	"controversy over", "message about", "opinion of", "enthusiasm for", "passion for",
	"swipe at", "swipes at", "shots at", "digs at", "tirade against", "backlash against",
	"warnings about", "warning about", "critical of", "supportive of", "skeptical of", "wary of",
	"proud of", "enamored of", "enamored with", "concerned about", "worried about", "angry at",
	"angry about", "nervous about", "upbeat about", "comfortable with", "frustrated with",
	"optimistic about", "pessimistic about", "confident about", "hopeful about", "opposed to",
	"proponent of", "critic of", "critics of", "fan of", "admirer of")

// nounPrepIndex is nounPrepCues by preposition, then noun: looked up without joining words.
var nounPrepIndex = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for p := range nounPrepCues {
		noun, prep, _ := strings.Cut(p, " ")
		if m[prep] == nil {
			m[prep] = map[string]bool{}
		}
		m[prep][noun] = true
	}
	return m
}()

// nounCueInto sets *it to nounCueAt(i) and reports whether it found one; indirect calls it
// only after the cheap nounCueWord test, so most words cost no call.
func (d *doc) nounCueInto(i int, it **item) bool {
	*it = d.nounCueAt(i)
	return *it != nil
}

// nounCueWord is a cheap first test of the word after a noun cue: two to seven bytes long,
// starting with a letter of "that", "to", "of", "on", "for", "at", "about", "over", "with"
// or "against".
func nounCueWord(w string) bool {
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	switch w[0] {
	case 't', 'o', 'f', 'a', 'w':
		return true
	}
	return false
}

// nounCueAt handles an English noun or adjective with its preposition from nounPrepCues, with
// "to" from [to-nouns] (the content then is the infinitive clause, "to" included) or with
// "that" from [that-nouns] (the content is the clause, "that" included): the
// content is the noun phrase after the preposition, up to punctuation, an auxiliary, a past
// tense, a complementizer or a relative pronoun, or the whole clause after a wh-word
// ("questions about whether she…").
// indirect calls it after the cheap first test nounCueWord.
func (d *doc) nounCueAt(i int) *item {
	n := i + 2
	switch d.fold[i+1] { // the words after the cues of [that-nouns], [to-nouns], nounPrepCues
	case "that", "to", "of", "on", "for", "at", "about", "over", "with", "against":
	default:
		return nil
	}
	if d.lg.Code != "en" || !d.isWord(i+1) || d.toks[n].para != d.toks[i].para {
		return nil
	}
	if d.fold[i+1] == "that" && d.info.thatNouns[d.fold[i]] && (d.clauseStart(n) || d.bareSubject(n)) {
		cue := article.Span{Start: d.toks[i].s, End: d.toks[i].e} // "the claim [that he lied]"
		return d.newIndirect(cue, d.fold[i], d.toks[i+1].s, d.clauseEnd(i+1))
	}
	if d.fold[i+1] == "that" {
		return nil
	}
	if d.fold[i+1] == "to" && d.info.toNouns[d.fold[i]] && d.isWord(n) && !determiners[d.fold[n]] && !isUpperStart(d.word(n)) {
		cue := article.Span{Start: d.toks[i].s, End: d.toks[i].e} // "a decision [to run]"
		return d.newIndirect(cue, d.fold[i], d.toks[i+1].s, d.dashBefore(i+1, d.clauseEnd(i+1)))
	}
	if !nounPrepIndex[d.fold[i+1]][d.fold[i]] {
		return nil
	}
	cue := article.Span{Start: d.toks[i].s, End: d.toks[i+1].e}
	lemma := d.fold[i] + " " + d.fold[i+1]
	end := d.clauseEnd(n)
	if d.has(n, lang.ClassComplementizer) || d.fold[n] == "what" || d.fold[n] == "who" {
		return d.newIndirect(cue, lemma, d.toks[n].s, end)
	}
	if !d.enObject(n) {
		return nil
	}
	for j := n + 1; j < len(d.toks) && d.toks[j].s < end; j++ {
		if d.inq[j] >= 0 || d.isPunct(j, ".") && !d.fullStop(j) || d.isPunct(j, "$%") {
			continue // "critical of Mr. Trump", "opposition to the $1.1 billion proposal"
		}
		w := d.fold[j]
		if d.toks[j].kind == tPunct && !d.isPunct(j, "-'/") || enFinite[w] || d.has(j, lang.ClassAux|lang.ClassComplementizer) || relativePronouns[w] || w == "that" || d.coordCueAt(j) {
			end = d.toks[j].s
			break
		}
		if strings.HasSuffix(w, "ed") && !determiners[d.fold[j-1]] && !enPrepositions[d.fold[j-1]] {
			end = d.toks[j].s // "criticism of [the deal] angered…": the verb of the sentence
			break
		}
	}
	return nounPhrase(d.newIndirect(cue, lemma, d.toks[n].s, end))
}

// speakerLead reports whether the English lead-in [i, c) before a colon may name a speaker:
// capitalised words ("Graham", "Senator John Smith"), or words ending with a role noun of the
// [titles] or a noun of speakers (speakerNouns) ("The president", "Local officials"). Lowercase words
// that end otherwise are a label or a list heading ("The score at half time:", "His
// favourite things:").
func (d *doc) speakerLead(i, c int) bool {
	lower := false
	for k := i + 1; k < c; k++ {
		if d.isWord(k) && !isUpperStart(d.word(k)) && d.fold[k] != "of" && d.fold[k] != "and" && !strings.HasPrefix(d.fold[k], "'") {
			lower = true
		}
	}
	if !lower && (c == i+1 || !determiners[d.fold[i]]) {
		return true
	}
	last := c - 1
	if !d.isWord(last) {
		return false
	}
	if t, ok := d.lg.Title(d.fold[last]); ok && t.Role {
		return true
	}
	return speakerNouns[d.fold[last]]
}

// speakerNouns are English nouns of people or bodies that speak, mostly as a group.
var speakerNouns = set("officials", "police", "experts", "critics", "residents", "sources",
	"witnesses", "analysts", "voters", "democrats", "republicans", "supporters", "opponents",
	"lawmakers", "leaders", "prosecutors", "investigators", "authorities", "doctors",
	"scientists", "researchers", "economists", "protesters", "activists", "aides", "advisers",
	"spokesman", "spokeswoman", "spokesperson", "people", "americans", "students", "parents",
	"workers", "employees", "members", "senators", "candidates", "government", "company",
	"campaign", "ministry", "department", "agency", "party", "committee", "court", "union")

// notLeads open the lead-ins of news furniture, not of a speaker: "Breaking:", "Revealed:",
// "Contributing:", "Editor's note:", "Still to come:", "Update:", "Related:".
var notLeads = set("breaking", "revealed", "contributing", "byline", "update", "updated",
	"related", "editor's", "still", "plus", "watch", "exclusive", "correction", "note",
	"clarification", "disclosure", "video", "photos", "listen", "read", "see", "also", "more",
	"dateline", "editor", "editors", "opinion", "analysis", "commentary", "review", "copyright",
	"location", "warning", "ingredients", "chapter", "part", "section",
	"tags", "topics", "published", "posted", "filed", "date", "time", "schedule",
	"menu", "recipe", "summary", "recap", "live", "transcript", "subject", "re", "fwd")

// colonContent returns the quote after the colon at token c of the lead-in that starts at
// token i, nil when the colon is not followed by a space and two words of the same paragraph
// or when the lead-in is a credit line ("Photo:").
func (d *doc) colonContent(i, c int) *item {
	para := d.toks[i].para
	n := c + 1
	if c == i || n+1 >= len(d.toks) || d.toks[n+1].para != para || d.toks[n].s == d.toks[c].e || d.inq[n] >= 0 {
		return nil
	}
	if !d.isWord(n) || !d.isWord(n+1) && d.inq[n+1] < 0 {
		return nil
	}
	lead := strings.ToLower(d.text[d.toks[i].s:d.toks[c].e])
	for _, cr := range d.lg.Credits() {
		if lead == cr {
			return nil
		}
	}
	cue := article.Span{Start: d.toks[c].s, End: d.toks[c].e}
	end := d.clauseEnd(n)
	if i == 0 || d.toks[i-1].para != para {
		last := n
		for last+1 < len(d.toks) && d.toks[last+1].para == para {
			last++
		}
		end = d.toks[last].e
		if last > n && d.sentencePunct(last) && d.inq[last] < 0 {
			end = d.toks[last].s
		}
	}
	return d.newIndirect(cue, ":", d.toks[n].s, end)
}

// commaIn reports whether a comma lies in tokens [a, b): an aside ("said on CNN, where he is a
// paid contributor, that …").
func (d *doc) commaIn(a, b int) bool {
	for j := a; j < b; j++ {
		if d.isPunct(j, ",") {
			return true
		}
	}
	return false
}

// seemQuote handles the English verbs of appearance, whose content is the whole clause
// around them (PolNeAR: "[Clinton seemed irritated]", "[Sanders appears to have a slight
// lead]"): from the start of the clause (after a comma, a conjunction or a subordinator, at
// most fifteen words back) to its end. After an expletive "it" ("it seems the party has…")
// the content is the clause after the verb. A place or company after the verb ("appeared on
// Fox News") is not a content.
func (d *doc) seemQuote(g verbGroup, sent int) *item {
	k := g.last + 1
	if !d.isWord(k) || d.toks[k].para != d.toks[g.last].para || d.inq[k] >= 0 {
		return nil
	}
	if w := d.fold[k]; enPrepositions[w] && w != "to" || w == "as" || isUpperStart(d.word(k)) {
		return nil
	}
	cue := g.span(d)
	if j := g.first - 1; j >= sent && d.fold1(j) == "it" {
		return d.newIndirect(cue, g.lemma, d.toks[k].s, d.clauseEnd(k))
	}
	start := g.first
	for j := g.first - 1; j >= sent && j >= g.first-15 && d.isWord(j) && d.inq[j] < 0; j-- {
		w := d.fold[j]
		if conjunctions[w] || subordinators[w] && w != "what" || w == "that" || w == "which" && j < g.first-1 {
			break
		}
		start = j
	}
	if start == g.first {
		return nil
	}
	return d.newIndirect(cue, g.lemma, d.toks[start].s, d.clauseEnd(k))
}

// frAskedAbout reports whether the French verb group g is a participle of a verb of asking
// ("Interrogée sur le rôle qu'elle jouerait"): the question is put to its subject, so a "que"
// after the topic is a relative pronoun, no reported clause.
func (d *doc) frAskedAbout(g verbGroup) bool {
	if d.lg.Code != "fr" || g.first != g.last {
		return false
	}
	switch d.fold[g.first] {
	case "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée", "questionnés", "questionnées", "invité", "invitée", "invités", "invitées":
		return true
	}
	return false
}

// frontedBefore reports whether tokens [sent, i) are a short prepositional phrase fronted at
// the start of a sentence and closed by a comma right before i, with no verb and no quote: "A
// l'extrême droite, pour Marine Le Pen, « … »" opens its marker after it.
func (d *doc) frontedBefore(sent, i int) bool {
	if i <= sent+1 || i-sent > 8 || !d.isPunct(i-1, ",") || !(frPreps[d.fold[sent]] || frFrontOpeners[d.fold[sent]]) {
		return false
	}
	for k := sent; k < i-1; k++ {
		if d.inq[k] >= 0 || d.toks[k].kind == tMark || d.isPunct(k, ",") {
			return false
		}
		if _, ok := d.verbAt(k); ok {
			return false
		}
	}
	return true
}

// frNameApposition reports whether the words before the comma at token c, from the start of
// the sentence at token sent, end with a name of capitalised words set off by an earlier comma
// after a phrase with no verb ("L'avocate de M. Castelain, Florence Rault,"): the subject of
// the verb after c with its apposition, no reported clause.
func (d *doc) frNameApposition(sent, c int) bool {
	k := c - 1
	for k > sent && d.isWord(k) && d.inq[k] < 0 && (isUpperStart(d.word(k)) || d.has(k, lang.ClassStopword) && k < c-1 && isUpperStart(d.word(k+1))) {
		k--
	}
	if k == c-1 || k <= sent || !d.isPunct(k, ",") || !isUpperStart(d.word(k+1)) {
		return false
	}
	for j := sent; j < k; j++ {
		if d.inq[j] >= 0 || d.isPunct(j, ",") {
			return false
		}
		if _, ok := d.verbAt(j); ok {
			return false
		}
	}
	return true
}

// frFrontOpeners are the French prepositions, besides frPreps, that open a fronted phrase
// ("A l'extrême droite", "Au PS", "En Corse", "Côté syndicats").
var frFrontOpeners = set("a", "au", "aux", "en", "du", "côté", "parmi", "outre", "face")

// initialQuote handles a sentence-initial "Pour X, …" where X is a person: a pronoun, a
// capitalised name or a title ("Pour le ministre, …").
func (d *doc) initialQuote(i int) *item {
	para := d.toks[i].para
	person := false
	for k := i + 1; k < len(d.toks) && k <= i+10 && d.toks[k].para == para; k++ {
		if d.isPunct(k, ",") {
			if !person || k == i+1 || k+1 >= len(d.toks) || d.toks[k+1].para != para {
				return nil
			}
			cue := article.Span{Start: d.toks[i].s, End: d.toks[i].e}
			k = d.appositionEnd(k)
			return d.newIndirect(cue, d.fold[i], d.toks[k+1].s, d.clauseEnd(k+1))
		}
		if !d.isWord(k) || d.inq[k] >= 0 {
			return nil
		}
		w := d.word(k)
		if k <= i+3 {
			if _, ok := d.lg.Pronoun(w); ok && k == i+1 {
				person = true
			}
			if t, ok := d.lg.Title(w); ok && (t.Role || isUpperStart(w)) {
				person = true
			}
			if k == i+1 && isUpperStart(w) && !d.has(k, lang.ClassStopword) {
				person = true
			}
		}
	}
	return nil
}

// verbQuote reads the complement of a reporting verb, or the clause before it when the cue
// is postposed ("X, a indiqué Y").
func (d *doc) verbQuote(g verbGroup, sent int, sentHas bool) *item {
	cue := g.span(d)
	if d.afterCue[cue] {
		return nil // "« … », a critiqué la députée": the words after the cue are its subject
	}
	if d.lg.Code == "en" && (g.lemma == "seem" || g.lemma == "appear") {
		return d.seemQuote(g, sent)
	}
	if d.lg.Code == "en" && d.notReporting(g) {
		return nil
	}
	if it := d.postposed(g, sent, sentHas); it != nil {
		return it
	}
	k := g.last + 1
	if k >= len(d.toks) || d.toks[k].para != d.toks[g.last].para {
		return nil
	}
	if d.inq[k] >= 0 {
		return d.quoteOpensClause(g, k, cue)
	}
	para := d.toks[k].para
	// A colon lead-in without quote marks: "X said: the plan …".
	for j := k; j < k+6 && j < len(d.toks) && d.toks[j].para == para; j++ {
		if d.isPunct(j, ":") {
			if j+1 < len(d.toks) && d.toks[j+1].para == para && d.inq[j+1] < 0 {
				return d.newIndirect(cue, g.lemma, d.toks[j+1].s, d.clauseEnd(j+1))
			}
			return nil
		}
		if !d.isWord(j) {
			break
		}
	}
	// An aside set off by commas, then the complementizer: "a rappelé, dans un entretien à
	// BFMTV, que…", "said, in a statement released on Monday, that…"
	if c := d.asideEnd(k); c > 0 && c+1 < len(d.toks) && d.toks[c+1].para == para && d.inq[c+1] < 0 {
		if w := d.fold[c+1]; w == "que" || w == "qu'" || w == "that" {
			return d.newIndirect(cue, g.lemma, d.toks[c+1].s, d.clauseEnd(c+1))
		}
	}
	// A complementizer right after the verb, or after a prepositional phrase, a time
	// adjunct or the person told ("told reporters that", "a déclaré à l'AFP que"); after a
	// noun phrase "que"/"that" is a relative pronoun ("appeler sa femme qu'il aperçoit").
	first := k
	for first < len(d.toks) && d.isPunct(first, ",") {
		first++
	}
	skipOK := d.lg.Code == "en" || d.isWord(first) && (adjuncts[d.fold[first]] || weekdays[d.fold[first]] || d.info.toldVerbs[g.lemma] || d.frOwnPart(first)) && !d.frAskedAbout(g)
	window := 7
	if w := d.fold1(k); d.lg.Code == "en" && (adjuncts[w] || weekdays[w] || enPrepositions[w] || d.info.toldVerbs[g.lemma]) {
		window = 13 // "said earlier on Friday during a news conference that …", "told a crowded banquet hall in Baltimore that …"
	}
	for j := k; j < k+window && j < len(d.toks) && d.toks[j].para == para && d.inq[j] < 0; j++ {
		if !d.isWord(j) && !d.isPunct(j, ",") {
			break
		}
		w := d.fold[j]
		if j > first && !skipOK {
			break
		}
		if d.lg.Code == "en" && j > k+1 && unicode.IsLower(firstRune(d.word(j-1))) && (enFinite[d.fold[j-1]] || d.has(j-1, lang.ClassAux)) &&
			!(w == "that" && beForms[d.fold[j-1]]) && !d.commaIn(k, j) {
			break // "said he was surprised that …": the clause starts after the verb
		}
		if d.lg.Code == "en" && w == "that" && namingLemmas[g.lemma] {
			break // "called the bill a power grab that amounts to…", "called that a mischaracterization"
		}
		// "how", "why", "comment": only after ask, explain… (wh)
		if w == "que" || w == "qu'" || w == "that" || (j == k || j <= k+6 && (g.lemma == "ask" || g.lemma == "demander")) && d.has(j, lang.ClassComplementizer) && (yesNo[w] || d.info.whVerbs[g.lemma]) {
			if w == "that" && j > first+1 && d.lg.Code == "en" && (enFinite[d.fold1(j+1)] || enPrepositions[d.fold[j-1]]) {
				break // "…, but that has yet to happen", "through that contest": a demonstrative
			}
			end := -1
			if (w == "that" || w == "que") && j+1 < len(d.toks) && d.isPunct(j+1, ".,;") {
				c := d.asideEnd(j + 1)
				if c < 0 {
					if w == "que" {
						return nil
					}
					break // "said that, and left": a pronoun
				}
				end = d.clauseEnd(c + 1) // "said that, according to the data, the economy grew"
			} else {
				end = d.clauseEnd(j)
			}
			if g.first == sent && (g.lemma == "ask" || g.first == g.last) {
				// a participle opening its sentence: "Asked whether he would run, Smith said…",
				// "Interrogée sur le rôle qu'elle jouerait, X affirme que…"
				end = d.commaBefore(j, end)
			}
			return d.newIndirect(cue, g.lemma, d.toks[j].s, end)
		}
		if _, ok := d.verbAt(j); ok && j > k && !determiners[d.fold[j-1]] {
			break // a verb of its own; after a determiner the form is a noun ("wrote in a note to clients that")
		}
	}
	w := d.fold[k]
	switch d.lg.Code {
	case "fr":
		if d.selfReport(g) && d.isWord(k) && !d.has(k, lang.ClassComplementizer) {
			return d.newIndirect(cue, g.lemma, d.toks[k].s, d.clauseEnd(k)) // "elle se dit alarmée par…"
		}
		for j := k; j < k+5 && j+1 < len(d.toks) && d.isWord(j) && d.toks[j].para == para && !aspectual[g.lemma]; j++ {
			wj := d.fold[j]
			if (wj == "de" || wj == "d'" || wj == "à") && d.infinitive(j+1) {
				return d.newIndirect(cue, g.lemma, d.toks[j].s, d.clauseEnd(j))
			}
			if j == k && (wj == "de" || wj == "d'") && j+1 < len(d.toks) && d.toks[j+1].kind == tMark && d.toks[j+1].para == para {
				return d.newIndirect(cue, g.lemma, d.toks[j].s, d.clauseEnd(j)) // "l'ont qualifiée de « simulacre »"
			}
		}
		if d.info.infVerbs[g.lemma] {
			j := k
			if w == "à" || w == "au" || w == "aux" { // "a assuré au JDD vouloir …"
				for j < k+4 && d.isWord(j) && !d.infinitive(j) {
					j++
				}
			}
			for j < k+3 && d.has(j, lang.ClassInsert) && !d.infinitive(j) { // "souhaite également diviser"
				j++
			}
			if d.infinitive(j) {
				return d.newIndirect(cue, g.lemma, d.toks[j].s, d.clauseEnd(j))
			}
		}
		if d.info.npVerbs[g.lemma] && (determiners[w] || strings.HasPrefix(g.lemma, "faire") && (w == "de" || w == "d'" || w == "du" || w == "des")) {
			return nounPhrase(d.newIndirect(cue, g.lemma, d.toks[k].s, d.clauseEnd(k)))
		}
		if it := d.npWithQuote(g, k, cue); it != nil {
			return it
		}
	case "en":
		if d.asSayingWithin(k, 8) {
			return nil // "reported Johnson as saying he would resign": "saying" reports, its subject the object
		}
		if it := d.npWithQuote(g, k, cue); it != nil {
			return it
		}
		if g.lemma == "ask" { // "Asked at a briefing Monday about [Suu Kyi's role], Earnest said"
			for j := k; j < k+9 && d.isWord(j) && d.toks[j].para == para && d.inq[j] < 0; j++ {
				if d.fold[j] == "about" && d.isWord(j+1) {
					end := d.clauseEnd(j + 1)
					if g.first == sent {
						end = d.commaBefore(j+1, end)
					}
					return d.newIndirect(cue, g.lemma, d.toks[j+1].s, end)
				}
			}
		}
		for j := k; j < k+4 && j < len(d.toks) && d.isWord(j) && d.toks[j].para == para; j++ {
			if d.fold[j] == "to" && d.info.toVerbs[g.lemma] && j+1 < len(d.toks) && (d.toks[j+1].kind == tMark || d.isWord(j+1) && !determiners[d.fold[j+1]] && !isUpperStart(d.word(j+1))) {
				return d.newIndirect(cue, g.lemma, d.toks[j].s, d.dashBefore(j, d.clauseEnd(j)))
			}
		}
		if d.info.asVerbs[g.lemma] && d.enObject(k) && d.asFollows(k) {
			return nounPhrase(d.newIndirect(cue, g.lemma, d.toks[k].s, d.clauseEnd(k))) // "see [him as the stronger candidate]"
		}
		if (d.info.npVerbs[g.lemma] || d.info.objectVerbs[g.lemma]) && d.enObject(k) && !(d.info.objectVerbs[g.lemma] && (d.titleLine(g.first) || actionLemmas[g.lemma] && d.bareObject(k))) {
			end := d.coordVerbBefore(k, d.clauseEnd(k))
			if p := d.fold1(g.first - 1); relativePronouns[p] || p == "that" {
				end = d.commaBefore(k, end) // "Fallin, who opposes [abortion], vetoed…": the relative clause ends at its comma
			}
			if d.clauseAfterSubject(k) {
				return d.newIndirect(cue, g.lemma, d.toks[k].s, end) // "denied the programme breached the rules": a clause
			}
			return nounPhrase(d.newIndirect(cue, g.lemma, d.toks[k].s, end))
		}
		if it := d.relativeReport(g, k, cue); it != nil {
			return it
		}
		if d.info.bareVerbs[g.lemma] && !d.freeRelative(g) && (!d.isPunct(g.first-1, ",") || d.subjectAsideBefore(g.first-1) || g.first != g.last || d.has(k, lang.ClassPronoun) || d.finiteClause(k) || d.wordRun(k, 7) || strings.HasSuffix(w, "ing")) {
			j := k
			if (weekdays[w] || timePreps[w]) && g.lemma != "tell" { // "said on Friday he met…", "said Tuesday the plan…"
				if j = d.adjunctSubject(k); j < 0 {
					return nil
				}
			}
			if g.lemma == "tell" {
				for j < k+3 && d.isWord(j) && !clauseStarts[d.fold[j]] {
					j++
				}
				for n := k + 1; j == k && n < k+9 && d.isWord(n) && d.inq[n] < 0; n++ {
					if enSubjects[d.fold[n]] || contractedSubject(d.fold[n]) {
						j = n // "told a gathering in Washington she will…"
					}
				}
				if j == k && determiners[w] {
					// "told the newspaper the plans were…", "told the Lincolnshire Echo the plans…",
					// "told the Times Higher Education Supplement it would…", "told the BBC Mr
					// Howard had…": the hearer's noun phrase, then a clause of its own that opens
					// with a determiner, a subject pronoun or an honorific
					for n := k + 2; n < k+9 && d.isWord(n) && d.inq[n] < 0 && d.toks[n].para == para; n++ {
						f := d.fold[n]
						if determiners[f] || enSubjects[f] && f != "there" && f != "you" || d.honorific(n) {
							if d.finiteClause(n) {
								j = n
							}
							break
						}
						if clauseStarts[f] {
							break
						}
					}
				}
				if j == k {
					return nil
				}
			} else if d.info.toldVerbs[g.lemma] && enObjectPronouns[w] && !enSubjects[w] && j == k {
				j++ // "has assured me he's going to…"
			}
			if (d.clauseStart(j) || g.lemma != "tell" && d.bareSubject(j)) && !(d.fold[g.last] == g.lemma && (g.lemma == "find" || g.lemma == "see")) && !d.npObject(g, j) {
				return d.newIndirect(cue, g.lemma, d.toks[j].s, d.clauseEnd(j))
			}
			if g.lemma != "tell" && j == k {
				if s, from := d.bareClauseAt(k); s >= 0 {
					return d.newIndirect(cue, g.lemma, d.toks[s].s, d.clauseEnd(from))
				}
			}
			if w == "yes" || w == "no" || w == "so" || w == "not" { // "I think so", "I hope not"
				if n := k + 1; n >= len(d.toks) || d.toks[n].para != para || d.toks[n].kind == tPunct {
					return d.newIndirect(cue, g.lemma, d.toks[k].s, d.toks[k].e) // "72 percent said yes"
				}
			}
		}
		return d.passiveQuote(g, sent, cue)
	}
	return nil
}

// quoteOpensClause handles an English clause without "that" that opens with quoted words
// after a verb of saying (`said “there could be” a line that…`, `said "local forces" must
// lead the way`): the clause goes on in lower case after the closing mark, and an auxiliary
// or a modal stands in the quote or within eight words after it; the quoted words do not end
// with punctuation (`said "I don't know," she said` is a direct quote). The span is the whole
// clause, a mixed quote; nil for any other quote after the verb.
func (d *doc) quoteOpensClause(g verbGroup, k int, cue article.Span) *item {
	r := &d.direct[d.inq[k]]
	if r.openAt != d.toks[k].s {
		return nil
	}
	para := d.toks[k].para
	c := d.tokenAt(r.closeEnd, &r.tClose) // the token after the quote
	after := d.isWord(c) && d.toks[c].para == para
	if d.selfReport(g) {
		if !after {
			return d.newIndirect(cue, g.lemma, r.openAt, r.closeEnd) // "s'il se dit « contre », il…": the quote, with its cue
		}
		return d.newIndirect(cue, g.lemma, d.toks[k].s, d.clauseEnd(k)) // "s'est dit « serein » et confiant"
	}
	if d.lg.Code != "en" || !d.info.bareVerbs[g.lemma] || g.lemma == "tell" || r.depth > 0 || r.close == "" || d.endsWithPunct(r) {
		return nil
	}
	if !after || !unicode.IsLower(firstRune(d.word(c))) || conjunctions[d.fold[c]] || enPrepositions[d.fold[c]] {
		return nil // `said “the budget is tight” and left`: the quote is the whole clause
	}
	for j := k; j < c+8 && j < len(d.toks) && d.toks[j].para == para; j++ {
		if j >= c && (!d.isWord(j) || d.inq[j] >= 0) {
			return nil
		}
		if d.isWord(j) && (enFinite[d.fold[j]] || contractedSubject(d.fold[j])) {
			return d.newIndirect(cue, g.lemma, d.toks[k].s, d.clauseEnd(k))
		}
	}
	return nil
}

// selfReport reports whether g is French "se dire" ("elle se dit alarmée par…", "s'est dit
// « serein »", "se disent prêts à…"): the speaker states what she is, and the attribute after
// the verb is the content (as the French gold data annotates it).
func (d *doc) selfReport(g verbGroup) bool {
	if d.lg.Code != "fr" || g.lemma != "dire" {
		return false
	}
	for j := max(g.first-1, 0); j <= g.first; j++ {
		if p := d.fold[j]; (p == "se" || p == "s'") && d.toks[j].para == d.toks[g.first].para {
			return true
		}
	}
	return false
}

// dialogueDash reports whether token j is a dash that opens a dialogue line: at a paragraph
// start or after a sentence end.
func (d *doc) dialogueDash(j int) bool {
	return d.isPunct(j, "—–―") && (j == 0 || d.toks[j-1].para != d.toks[j].para || d.sentencePunct(j-1))
}

// exclaimedLine returns the direct quote of a dialogue line whose words end with "!", "?"
// or "…" before an inverted cue ("— Vous mentez ! s'est exclamée Marie.", "— Comment
// accepter ça ? lui a lancé Paul."): from the dash to that mark, nil otherwise. Not English.
func (d *doc) exclaimedLine(g verbGroup) *item {
	p := g.first - 1
	if d.lg.Code == "en" || p < 1 || !d.invertedSubjectAfter(g) {
		return nil
	}
	if objectClitics[d.fold[p]] && d.isWord(p) {
		p-- // "? lui a lancé"
	}
	if !d.isPunct(p, "!?…") || d.toks[p].para != d.toks[g.first].para {
		return nil
	}
	dash := -1
	for j := p - 1; j >= 0 && p-j <= 80 && d.toks[j].para == d.toks[p].para; j-- {
		if d.inq[j] >= 0 {
			return nil
		}
		if d.dialogueDash(j) {
			dash = j
			break
		}
	}
	if dash < 0 {
		return nil
	}
	return d.cuedDirect(g, d.toks[dash].e, d.toks[p].e, d.word(dash), "")
}

// cuedDirect returns the direct quote of cue g over bytes [s, e) trimmed of spaces, with the
// marks its text gives (a dialogue line's dash for open, the closing mark of a text that lost
// its opener for close); nil when fewer than two bytes remain.
func (d *doc) cuedDirect(g verbGroup, s, e int, open, close string) *item {
	s, e = trimSpaces(d.text, s, e)
	if e-s < 2 {
		return nil
	}
	c := d.newCue(Cue{Span: g.span(d), Lemma: g.lemma})
	return d.newItem(item{Quote: Quote{Span: article.Span{Start: s, End: e}, Kind: Direct, Cue: c, Open: open, Close: close}})
}

// lostOpener returns the direct quote of an English statement whose opening mark a broken
// text lost (`We will win this race,” said John Smith.`, `…race,” Smith said.`): the words
// from the sentence start to the unpaired closing mark right before the cue (or before a
// name of at most three words or a pronoun, and the cue), which follows a comma or a
// sentence end. The
// quote's Open is ""; nil when the pattern does not hold.
func (d *doc) lostOpener(g verbGroup, sent int) *item {
	if d.lg.Code != "en" {
		return nil
	}
	m := g.first - 1
	for n := 0; n < 3 && m > sent && d.isWord(m) && (isUpperStart(d.word(m)) || enSubjects[d.fold[m]]) && d.toks[m].para == d.toks[g.first].para; n++ {
		m-- // "Smith said", "he said"
	}
	if m <= sent || d.toks[m].kind != tPunct || !closingMark(markAt(d.text, d.toks[m].s)) || !d.isPunct(m-1, ",.?!") || d.toks[m].para != d.toks[g.first].para {
		return nil
	}
	if m == g.first-1 && !d.invertedSubjectAfter(g) {
		return nil // "…,” said" wants its speaker after it
	}
	if d.holdsQuote(article.Span{Start: d.toks[sent].s, End: d.toks[m].s}) {
		return nil
	}
	return d.cuedDirect(g, d.toks[sent].s, d.toks[m].s, "", d.word(m))
}

// closingMark reports whether m is a mark that closes an English quote (”, ’, or a straight one).
func closingMark(m string) bool { return m == "”" || m == "\"" || m == "’" || m == "'" }

// objectClitics are the French object pronouns that may stand before an inverted cue ("lui a
// lancé", "leur a dit").
var objectClitics = set("lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "se", "s'")

// beforeCuedQuote returns e, or the opening mark of the first top-level direct quote between
// byte offsets s and e that has a cue of its own after it: "To cut the risk, the officials
// said, the utility switched covers, “so they cannot burn,” Mr. McHugh said." — the
// officials' statement ends before Mr. McHugh's quote.
func (d *doc) beforeCuedQuote(s, e int) int {
	from := sort.Search(len(d.dItems), func(i int) bool { return d.dItems[i].raw.openAt >= s })
	for _, o := range d.dItems[from:] {
		if o.raw.openAt >= e {
			break
		}
		if o.Depth == 0 && o.Cue != nil && o.cueAfter && o.Cue.Span.Start >= o.raw.closeEnd && o.Cue.Span.End <= e+40 {
			return o.raw.openAt
		}
	}
	return e
}

// freeRelative reports whether the English verb group g is in a free relative whose "what"
// is its object ("What he said every day mattered", "whatever she says"): no clause follows it
// as its content.
func (d *doc) freeRelative(g verbGroup) bool {
	for j := g.first - 1; j >= 0 && j >= g.first-3 && d.isWord(j); j-- {
		if w := d.fold[j]; w == "what" || w == "whatever" {
			return true
		}
	}
	return false
}

// dayWords name a day or a time of day; they may stand between an inverted cue and its
// subject in French news style ("a déclaré jeudi le ministre").
var dayWords = set(append([]string{"hier", "aujourd'hui", "soir", "matin", "yesterday", "today", "tonight"}, dayNames...)...)

// dayNames are the English and French days of the week, for weekdays and dayWords.
var dayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}

// beForms are the English forms of "be" that make a passive with a participle.
var beForms = set("is", "are", "was", "were", "be", "been", "being", "'s", "'re")

// passiveQuote handles an English passive of a reporting verb whose complement no other rule
// reads ("Pigs are considered unclean", "who was regarded as a lightweight", "Sanders was
// projected as the winner", "interviews are requested"): the attribution is the clause, its
// subject included (PolNeAR annotates the subject, or the whole clause, as the content); not
// the lemmas of [passive-other] ("the emails were released") or of [told-verbs], whose subject
// is the person told ("workers were told"), nor a passive infinitive. The
// span runs from the subject's start (the sentence start, the word after a comma, a
// subordinator or "that", or a relative pronoun, kept) to the clause end.
func (d *doc) passiveQuote(g verbGroup, sent int, cue article.Span) *item {
	if d.asSayingAt(g.last + 1) {
		return nil // "Smith was quoted as saying that …": "saying" reports
	}
	be := -1 // the form of "be", in the group or before it ("is widely considered")
	for j := g.last - 1; j >= 0 && j >= g.last-2 && d.isWord(j) && d.toks[j].para == d.toks[g.last].para; j-- {
		if beForms[d.fold[j]] {
			be = j
			break
		}
		if !d.has(j, lang.ClassInsert) && !strings.HasSuffix(d.fold[j], "ly") {
			break
		}
	}
	if be < 0 {
		return nil
	}
	first := min(be, g.first)
	if w := d.fold[g.last]; w == g.lemma || strings.HasSuffix(w, "ing") || d.info.passiveOther[g.lemma] || d.info.toldVerbs[g.lemma] || d.fold1(first-1) == "to" {
		return nil // "was released", "were told", "remains to be seen": no content in the subject
	}
	start := -1
	for j := first - 1; j >= sent && j >= first-12; j-- {
		if d.inq[j] >= 0 || !d.isWord(j) && !(d.isPunct(j, ".") && !d.fullStop(j)) {
			start = j + 1
			break
		}
		if f := d.fold[j]; relativePronouns[f] || f == "what" {
			start = j
			break
		}
		if f := d.fold[j]; subordinators[f] || f == "that" || d.has(j, lang.ClassComplementizer) {
			start = j + 1
			break
		}
		if j == sent {
			start = j
		}
	}
	if start < 0 || start >= first {
		return nil
	}
	end := d.toks[g.last].e
	if n := g.last + 1; n < len(d.toks) && d.toks[n].para == d.toks[g.last].para && !d.sentencePunct(n) && !d.isPunct(n, ",;:") {
		end = d.clauseEnd(n)
		if relativePronouns[d.fold[start]] && d.isPunct(start-1, ",") {
			end = d.commaBefore(n, end) // ", who was regarded as a lightweight, lost…"
		}
	}
	return d.newIndirect(cue, g.lemma, d.toks[start].s, end)
}

// timePreps open a time adjunct between a verb of saying and its clause ("said during the
// debate he…", "has said for weeks he…"), besides the words of weekdays.
var timePreps = set("during", "after", "before", "for", "over", "throughout", "since")

// npObject reports whether the determiner at token j after an English verb of
// [object-first-verbs] ("maintains a commanding lead", "found the money") opens its noun-phrase
// object, not the subject of a clause: no auxiliary or modal follows it within the noun phrase
// (finiteClause; "found the money was gone" is a clause).
func (d *doc) npObject(g verbGroup, j int) bool {
	return d.info.objectFirstVerbs[g.lemma] && determiners[d.fold1(j)] && !d.finiteClause(j)
}

// adjunctSubject returns the token that opens the subject of an English clause without
// "that" after a time or place adjunct that starts at token k ("said on Friday [he met…]",
// "said in an interview [the plan…]", "said last week [his rival…]"): a subject pronoun, or a
// noun phrase with its auxiliary (finiteClause) that is no object of a preposition, within
// seven words with no punctuation, verb or complementizer between; -1 when none.
func (d *doc) adjunctSubject(k int) int {
	para := d.toks[k].para
	for j := k + 1; j < k+8 && j < len(d.toks) && d.toks[j].para == para; j++ {
		if d.isPunct(j, ".") && !d.fullStop(j) {
			continue // "Sept. 11"
		}
		if !d.isWord(j) || d.inq[j] >= 0 || d.has(j, lang.ClassComplementizer) {
			return -1
		}
		w, p := d.fold[j], d.fold[j-1]
		afterPrep := enPrepositions[p] || determiners[p]
		if enSubjects[w] && !(afterPrep && (w == "it" || w == "you")) || contractedSubject(w) {
			return j
		}
		if !afterPrep && (clauseStarts[w] || isUpperStart(d.word(j)) && !isUpperStart(d.word(j-1))) && d.finiteClause(j) {
			return j
		}
		if _, ok := d.verbAt(j); ok {
			return -1
		}
	}
	return -1
}

// subjectAsideBefore reports whether the comma c closes an aside between the subject and its
// verb: a relative clause, a participle phrase or an apposition after a short phrase that
// opens the sentence ("Smith, who was in the room, said…", "A senior official, speaking on
// condition of anonymity, said…", "The senators, both Democrats, said…", "Smith, 45, said…",
// "The mayor, John Smith, said…"). The subject is one
// to six words with no verb, auxiliary or complementizer; the aside, up to thirty tokens (eight
// for an apposition, with no verb either), holds no quote and may hold commas.
func (d *doc) subjectAsideBefore(c int) bool {
	para := d.toks[c].para
	// the comma that opens the aside: the nearest one first, then earlier ones when the aside
	// holds commas of its own ("Smith, who met officials, including Jones, said")
	for j := c - 1; j >= 1 && j >= c-30 && d.toks[j].para == para && d.inq[j] < 0; j-- {
		d.work++
		if !d.isPunct(j, ",") {
			if !d.isWord(j) && !(d.isPunct(j, ".") && !d.fullStop(j)) && !d.isPunct(j, "()-") {
				return false
			}
			continue
		}
		if j+1 < c && d.asideOpens(j, c) && d.subjectOpensBefore(j) {
			return true
		}
	}
	return false
}

// asideOpens reports whether the words after the comma at token j and before the comma at c
// open an aside: a relative pronoun, a participle in -ing, or an apposition of at most eight
// tokens with no verb.
func (d *doc) asideOpens(j, c int) bool {
	w := d.fold[j+1]
	if relativePronouns[w] || strings.HasSuffix(w, "ing") && unicode.IsLower(firstRune(d.word(j+1))) {
		return true
	}
	if c-j > 9 {
		return false
	}
	for k := j + 1; k < c; k++ { // an apposition: "The senators, both Democrats, said"
		if _, ok := d.verbAt(k); ok || d.has(k, lang.ClassAux|lang.ClassComplementizer) {
			return false
		}
	}
	return true
}

// subjectOpensBefore reports whether one to six words with no verb, auxiliary or
// complementizer open the sentence right before the comma at token j.
func (d *doc) subjectOpensBefore(j int) bool {
	para := d.toks[j].para
	n := j - 1
	for ; n >= 0 && n >= j-6 && d.toks[n].para == para && d.inq[n] < 0 && (d.isWord(n) || d.isPunct(n, ".") && !d.fullStop(n)); n-- {
		d.work++
		if _, ok := d.verbAt(n); ok || d.has(n, lang.ClassAux|lang.ClassComplementizer) {
			return false
		}
	}
	return n < j-1 && (n < 0 || d.toks[n].para != para || d.sentencePunct(n))
}

// nameWithin reports whether two capitalised words in a row, a person's name, stand within n
// words from token k: "said the recently named executive chair Marcelo Claure in an email"
// inverts a long subject.
func (d *doc) nameWithin(k, n int) bool {
	for j := k; j+1 < len(d.toks) && j < k+n && d.isWord(j) && d.toks[j].para == d.toks[k].para; j++ {
		d.work++
		if isUpperStart(d.word(j)) && d.isWord(j+1) && isUpperStart(d.word(j+1)) && !d.has(j, lang.ClassStopword) {
			return true
		}
	}
	return false
}

// asSayingAt reports whether "as saying" (or "as telling") starts at token k.
func (d *doc) asSayingAt(k int) bool {
	return d.isWord(k) && d.fold[k] == "as" && d.isWord(k+1) && (d.fold[k+1] == "saying" || d.fold[k+1] == "telling")
}

// asSayingWithin reports whether "as saying" starts within n words from token k: "reported
// Johnson as saying he would resign", whose content follows "saying".
func (d *doc) asSayingWithin(k, n int) bool {
	for j := k; j < k+n && d.isWord(j) && d.inq[j] < 0; j++ {
		if d.asSayingAt(j) {
			return true
		}
	}
	return false
}

// commaBefore returns the start of the first comma from token j before byte end, else end.
func (d *doc) commaBefore(j, end int) int { return d.punctBefore(j, end, ",", false) }

// dashBefore returns the start of the first dash set off by a space from token j before byte
// end, else end: an infinitive ends at the dash that closes the aside holding it ("Mr
// Yushchenko - keen to reassure investors - had said …").
func (d *doc) dashBefore(j, end int) int { return d.punctBefore(j, end, "-–—", true) }

// punctBefore returns the start of the first mark of set outside quotes from token j before
// byte end, after a space when spaced, else end.
func (d *doc) punctBefore(j, end int, set string, spaced bool) int {
	for ; j < len(d.toks) && d.toks[j].s < end; j++ {
		d.work++
		if d.isPunct(j, set) && d.inq[j] < 0 && (!spaced || j > 0 && d.toks[j-1].e < d.toks[j].s) {
			return d.toks[j].s
		}
	}
	return end
}

// npWithQuote reads a noun phrase complement that holds quoted words, after an optional
// prepositional phrase: "a dénoncé sur son compte Twitter un « retour à la vieille
// politique »", "a reconnu une « erreur »". The quoted words make it reported content.
func (d *doc) npWithQuote(g verbGroup, k int, cue article.Span) *item {
	if !d.isWord(k) {
		return nil
	}
	start := -1
	switch {
	case determiners[d.fold[k]]:
		start = k
	case adjuncts[d.fold[k]]: // after a prepositional phrase: the determiner before the quote
		para := d.toks[k].para
		j := k
		for ; j < k+8 && j < len(d.toks) && d.toks[j].para == para && d.isWord(j); j++ {
			if determiners[d.fold[j]] {
				start = j
			}
		}
		if start < 0 || j >= len(d.toks) || d.toks[j].kind != tMark {
			return nil
		}
	default:
		return nil
	}
	end := d.clauseEnd(start)
	if !d.holdsStatement(article.Span{Start: d.toks[start].s, End: end}) {
		return nil
	}
	if g.lemma == "tell" {
		for j := start; j < len(d.toks) && d.toks[j].s < end && d.inq[j] < 0; j++ {
			if d.isPunct(j, ",:") && j+1 < len(d.toks) && d.inq[j+1] >= 0 {
				return nil // "told the Intelligence Committee, “I feared…”": the hearer, then the quote
			}
		}
	}
	return d.newIndirect(cue, g.lemma, d.toks[start].s, end)
}

// clauseStart reports whether token j can open a clause without "that": a subject pronoun,
// a determiner or a capitalised name followed by more words.
func (d *doc) clauseStart(j int) bool {
	if !d.isWord(j) || d.inq[j] >= 0 || j+1 >= len(d.toks) || d.toks[j+1].kind == tPunct && !(d.isPunct(j+1, ".") && !d.fullStop(j+1)) && !d.isPunct(j+1, "%$") && !d.possessiveAt(j+1) {
		return false
	}
	w := d.fold[j]
	if weekdays[w] {
		return false
	}
	if clauseStarts[w] || d.lg.Code == "en" && contractedSubject(w) {
		return true
	}
	if isUpperStart(d.word(j)) && !d.has(j, lang.ClassStopword) {
		return true
	}
	return d.lg.Code == "en" && d.finiteClause(j)
}

// bareSubject reports whether an English word that may open the subject of a clause without
// "that" stands at token j after a verb of saying or thinking ("aides said details of the
// plan will…", "Hecht said smugglers dig…"): a word that is no preposition, adverb,
// conjunction, auxiliary, reporting verb or time word.
func (d *doc) bareSubject(j int) bool {
	if d.lg.Code != "en" || !d.isWord(j) || d.inq[j] >= 0 || j+1 >= len(d.toks) || d.toks[j+1].kind == tPunct && !(d.isPunct(j+1, ".") && !d.fullStop(j+1)) && !d.isPunct(j+1, "%$") && !d.possessiveAt(j+1) {
		return false
	}
	w := d.fold[j]
	if d.has(j, lang.ClassVerb) && !d.has(j, lang.ClassAux) && nounPrepAfter[d.fold1(j+1)] {
		return true // "Trump says praise from Putin helps": a noun with its complement
	}
	return !(enNotSubject[w] || enPrepositions[w] || adjuncts[w] || weekdays[w] || subordinators[w] ||
		enFinite[w] || conjunctions[w] || enObjectPronouns[w] && !enSubjects[w] || strings.HasSuffix(w, "ly") ||
		d.has(j, lang.ClassComplementizer|lang.ClassVerb|lang.ClassAux))
}

// bareClauseAt returns the token where an English clause without "that" opens at token k
// after a verb of saying or thinking, in the shapes that clauseStart and bareSubject leave
// out, and the token from which its end is sought (past an aside between commas); -1, -1
// when none:
//   - a subject and an aside between commas: "said Millennials, numbering 75.3 million,
//     surpassed…", "said they, too, have had…";
//   - an aside right after the verb: "says, win or lose on Tuesday, he's staying" (the clause
//     opens with the aside, as news annotation has it);
//   - a subordinate clause, then the main one after a comma: "said because Obama is popular,
//     he is…", "says despite all that, Obama wasn't…";
//   - a gerund or an indefinite pronoun as the subject: "said having Mr. Putin treat him with
//     respect is…", "said something was wrong";
//   - a quantity as the subject: "said each year of education yields…", "said more than 1
//     million donors made…", "says 31,000 of them could be lost".
func (d *doc) bareClauseAt(k int) (start, from int) {
	if k >= len(d.toks) || d.inq[k] >= 0 {
		return -1, -1
	}
	para := d.toks[k].para
	if d.isPunct(k, "$€£") && d.isWord(k+1) && digitAt(d.fold[k+1]) {
		s := d.subjectThenFinite(k, 8) // "said $3 billion was missing"
		return s, s
	}
	if d.isPunct(k, ",") {
		if c := d.asideEnd(k); c > 0 && d.mainClauseAt(c+1) {
			return k + 1, c + 1
		}
		return -1, -1
	}
	if !d.isWord(k) || d.toks[k].para != para || k+1 >= len(d.toks) {
		return -1, -1
	}
	w := d.fold[k]
	if d.isPunct(k+1, ",") && !(digitAt(w) && digitAt(d.fold1(k+2))) {
		if !(enSubjects[w] || isUpperStart(d.word(k)) && !d.has(k, lang.ClassStopword|lang.ClassTitle)) {
			return -1, -1
		}
		if c := d.asideEnd(k + 1); c > 0 && d.isWord(c+1) && d.inq[c+1] < 0 {
			if n := d.fold[c+1]; enFinite[n] || strings.HasSuffix(n, "ed") && !d.has(c+1, lang.ClassVerb) {
				return k, c + 1 // the clause goes on after the aside ("they, too, have doubts")
			}
		}
		return -1, -1
	}
	switch {
	case indefinitePronouns[w] && (enFinite[d.fold1(k+1)] || contractedSubject(w)):
		return k, k // "said something could evolve"
	case clauseOpeners[w]:
		for j := k + 1; j < len(d.toks) && j <= k+15 && d.toks[j].para == para; j++ {
			if d.inq[j] >= 0 || d.sentencePunct(j) || d.isPunct(j, ";:") {
				return -1, -1
			}
			if d.isPunct(j, ",") {
				if d.mainClauseAt(j+1) || j+1 < len(d.toks) && d.toks[j+1].kind == tMark && d.inq[j+1] >= 0 && d.direct[d.inq[j+1]].openAt == d.toks[j+1].s {
					return k, k // the main clause, or a quote of it
				}
				return -1, -1
			}
		}
	case strings.HasSuffix(w, "ing") && unicode.IsLower(firstRune(d.word(k))) && !enNotSubject[w] && !enPrepositions[w]:
		s := d.subjectThenFinite(k, 12)
		return s, s
	case quantityOpeners[w] || digitAt(w):
		s := d.subjectThenFinite(k, 8)
		return s, s
	}
	return -1, -1
}

// clauseOpeners are the English subordinators that may open what a verb of saying reports,
// before the main clause ("said because…, …", "says despite all that, …").
var clauseOpeners = set("because", "despite", "although", "though", "unless", "once", "if", "when", "while", "since", "after", "before")

// quantityOpeners are English words of quantity that may open the subject of a reported clause
// ("said each year of…", "said more than 1 million donors…").
var quantityOpeners = set("each", "every", "any", "more", "less", "fewer", "nearly", "almost", "roughly", "only", "half")

// mainClauseAt reports whether an English main clause opens at token k: a subject pronoun, a
// pronoun with a contracted auxiliary, or a noun phrase with its auxiliary (finiteClause).
func (d *doc) mainClauseAt(k int) bool {
	if !d.isWord(k) || d.inq[k] >= 0 {
		return false
	}
	w := d.fold[k]
	if d.has(k, lang.ClassVerb|lang.ClassAux) && !enSubjects[w] {
		return false // "report, Ari Fleischer, said…": a verb, no subject
	}
	return enSubjects[w] || contractedSubject(w) || d.finiteClause(k) || isUpperStart(d.word(k)) && !d.has(k, lang.ClassStopword) && d.isWord(k+1) && (enFinite[d.fold[k+1]] || strings.HasSuffix(d.fold[k+1], "ed"))
}

// subjectThenFinite returns k when a finite verb follows the subject that opens at token k
// within n words, with only abbreviation dots and digit groups ("31,000") between: an
// auxiliary or a modal, or a form in -ed or -s not right after a number ("200 words" is no
// verb); else -1.
func (d *doc) subjectThenFinite(k, n int) int {
	para := d.toks[k].para
	words := 0
	for j := k + 1; j < len(d.toks) && words < n && d.toks[j].para == para; j++ {
		if !d.isWord(j) {
			if d.isPunct(j, ".") && !d.fullStop(j) || d.isPunct(j, ",") && d.isWord(j+1) && digitAt(d.fold1(j-1)) && digitAt(d.fold[j+1]) || d.possessiveAt(j) || d.isPunct(j, "%$") {
				continue
			}
			return -1
		}
		if d.inq[j] >= 0 {
			return -1
		}
		w := d.fold[j]
		words++
		if enFinite[w] || contractedSubject(w) {
			return k
		}
		if d.has(j, lang.ClassComplementizer) || relativePronouns[w] || w == "that" {
			return -1
		}
		p := d.fold[j-1]
		if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") && !strings.ContainsAny(w, "'’")) && !digitAt(p) && !pluralQuantifiers[p] && !quantityOpeners[p] && !enPrepositions[p] && d.isWord(j+1) {
			return k
		}
	}
	return -1
}

// digitAt reports whether w starts with an ASCII digit.
func digitAt(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// nounPrepAfter are the prepositions that make a verb form before them a noun with its
// complement when it opens a clause ("praise from Putin", "support for the plan").
var nounPrepAfter = set("from", "of", "for", "among", "over")

// wordRun reports whether n words out of quote marks follow one another from token k in its
// paragraph: after ", said" they are a clause, not the name of an inverted speaker.
func (d *doc) wordRun(k, n int) bool {
	for j := k; j < k+n; j++ {
		if j < len(d.toks) && d.isPunct(j, ".") && !d.fullStop(j) {
			n++ // the dot of an abbreviation ("Mr.") is part of its word
			continue
		}
		if !d.isWord(j) || d.inq[j] >= 0 || d.toks[j].para != d.toks[k].para {
			return false
		}
	}
	return true
}

// enFinite are English auxiliaries and modals: a word of them after a short noun phrase makes
// it the subject of a clause ("said social media success will…").
var enFinite = set("is", "was", "were", "are", "has", "have", "had", "will", "would", "could",
	"should", "can", "may", "might", "must", "does", "did", "do", "isn't", "wasn't", "weren't",
	"aren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "shouldn't",
	"can't", "cannot", "doesn't", "didn't", "don't", "needs", "remains", "wants", "plans")

// enNotSubject are English words that cannot open the subject of a reported clause.
var enNotSubject = set("to", "not", "so", "yes", "no", "as", "than", "nothing", "who", "which",
	"whom", "whose", "where", "what", "how", "why", "whether", "that", "into", "about", "like",
	"up", "out", "down", "off", "over", "very", "more", "less", "only", "just", "goodbye",
	"hello", "thanks", "sorry", "please", "something", "anything", "otherwise", "too", "by")

// contractedSubject reports whether w is a subject pronoun with a contracted auxiliary
// ("he's", "they'll", "it'd").
func contractedSubject(w string) bool {
	a := strings.IndexByte(w, '\'')
	if a <= 0 {
		return false
	}
	switch w[a+1:] {
	case "s", "ll", "d", "re", "ve", "m":
		return clauseStarts[w[:a]] || w[:a] == "that" || w[:a] == "who" || w[:a] == "what"
	}
	return false
}

// finiteClause reports whether an English clause without "that" starts at token j: a noun
// phrase of at most six words ("social media success", "46 percent of voters") followed by
// an auxiliary or a modal, with no punctuation between.
func (d *doc) finiteClause(j int) bool {
	if !d.isWord(j) || d.inq[j] >= 0 {
		return false
	}
	w := d.fold[j]
	if enNotSubject[w] || enPrepositions[w] || adjuncts[w] || weekdays[w] || subordinators[w] || enFinite[w] || d.has(j, lang.ClassComplementizer) {
		return false
	}
	if contractedSubject(w) {
		return true
	}
	para := d.toks[j].para
	for k := j + 1; k < len(d.toks) && k <= j+6 && d.toks[k].para == para; k++ {
		if !d.isWord(k) {
			if d.isPunct(k, "%$") || d.isPunct(k, ".") && !d.fullStop(k) || d.possessiveAt(k) {
				continue // "46 %", "Mr. Trump", "Sanders’ attack"
			}
			return false
		}
		wk := d.fold[k]
		if enFinite[wk] || contractedSubject(wk) {
			return true
		}
		if wk == "who" || wk == "which" || wk == "that" || d.has(k, lang.ClassVerb) {
			return false
		}
	}
	return false
}

// possessiveAt reports whether token k is the apostrophe of an English plural possessive
// ("Sanders’ attack", "voters' views"): right after a word in -s, before a word, not a quote
// mark the pairing used.
func (d *doc) possessiveAt(k int) bool {
	t := d.toks[k]
	if t.kind != tPunct || k == 0 || k+1 >= len(d.toks) || d.toks[k-1].e != t.s || !d.isWord(k+1) || d.toks[k+1].para != t.para {
		return false
	}
	if r := d.text[t.s:t.e]; r != "'" && r != "’" {
		return false
	}
	return strings.HasSuffix(d.fold[k-1], "s")
}

// infinitive reports whether a French infinitive starts at token j, after at most three
// clitics or negations ("ne pas avoir", "se rendre", "d'y aller"): a word in -er, -ir, -oir
// or a common -re verb, not one of the nouns that share those endings.
func (d *doc) infinitive(j int) bool {
	for n := 0; n < 3 && d.isWord(j) && clitics[d.fold[j]]; n++ {
		j++
	}
	if !d.isWord(j) || d.inq[j] >= 0 {
		return false
	}
	w := d.fold[j]
	if len(w) < 4 || notInfinitives[w] || !unicode.IsLower(firstRune(d.word(j))) {
		return false
	}
	if strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") {
		return true
	}
	for _, suf := range reEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// postposed handles a cue after its clause: "X, a indiqué Y." / "X, he said." / "X, said
// Smith." The clause is the sentence up to the comma.
func (d *doc) postposed(g verbGroup, sent int, sentHas bool) *item {
	if sentHas || d.frParticiple(g) {
		return nil // "…, soutenue par le rapporteur": a participle qualifies, it does not report
	}
	if it := d.exclaimedLine(g); it != nil {
		return it
	}
	if it := d.lostOpener(g, sent); it != nil {
		return it
	}
	if d.lg.Code == "en" && g.first == g.last && strings.HasSuffix(d.fold[g.first], "ing") {
		return nil // "…, refusing to attack": a participle reports what follows it
	}
	if d.lg.Code == "en" && (d.fold1(g.last+1) == "yes" || d.fold1(g.last+1) == "no") {
		return nil // "Asked if…, most voters said yes": the answer is the content
	}
	comma := -1
	for j := g.first - 1; j >= sent && (j >= g.first-5 || j >= g.first-9 && (isUpperStart(d.word(j+1)) || d.fold[j+1] == "of" || d.fold[j+1] == "the" && (isUpperStart(d.word(j+2)) || j+3 < g.first && isUpperStart(d.word(j+3))) || d.isPunct(j+1, ".("))); j-- {
		// five words of subject, or a capitalised title and name ("UK Foreign Secretary Jack Straw has announced")
		if d.isPunct(j, ",") {
			comma = j
			break
		}
		if d.lg.Code == "en" && d.isPunct(j, ".") && !d.fullStop(j) {
			continue // "Ms. Smith said"
		}
		if d.lg.Code == "fr" && j == g.first-1 && (d.fold[j] == "l'" || d.fold[j] == "le") && j > sent && d.fold[j-1] == "comme" {
			j-- // "…, comme l'a remarqué le collectif": "comme" and its object pronoun open the incise
			continue
		}
		if d.lg.Code == "fr" && j == g.first-1 && d.fold[j] == "comme" {
			continue // "…, comme le rapporte Le Monde"
		}
		if o := d.parenOpen(j, sent); o >= 0 {
			j = o // "the International Monetary Fund (IMF) has said", "Sen. Jack Reed (D-R.I.) said": a label in brackets
			continue
		}
		if !d.isWord(j) || d.inq[j] >= 0 || d.has(j, lang.ClassComplementizer) {
			return nil
		}
		if d.lg.Code == "fr" || relativePronouns[d.fold[j]] {
			return nil // "Sanders, who endorsed Clinton, said…": a relative clause
		}
		if _, ok := d.verbAt(j); ok {
			return nil // "…, said in a conference call": the verb nearer the comma is the cue
		}
	}
	// The cue must end its sentence: a few words of subject, then the end or a comma; in
	// English a comma and more of the sentence make the cue parenthetical ("The plan, he
	// said, will fail."): the statement is then the whole sentence.
	para := d.toks[g.last].para
	tail := -1
	reach := 12 // words of an inverted subject; more in English when a name stands in them ("said the recently named executive chair Marcelo Claure in an email")
	if d.lg.Code == "en" && d.nameWithin(g.last+1, 10) {
		reach = 24
	}
	for j := g.last + 1; ; j++ {
		if j >= len(d.toks) || d.toks[j].para != para || d.sentencePunct(j) {
			break
		}
		if d.isPunct(j, ",") {
			tail = j
			break
		}
		if j > g.last+reach || d.inq[j] >= 0 || d.toks[j].kind == tMark || d.has(j, lang.ClassComplementizer) {
			return nil
		}
		if d.lg.Code == "en" && (enFinite[d.fold[j]] || contractedSubject(d.fold[j])) {
			return nil // "X, the CEO, said the group is…": a clause follows, the cue is not postposed
		}
	}
	inside := false // the cue stands inside its sentence, which goes on after it
	if d.lg.Code == "en" && tail >= 0 && comma < g.first-1 && d.parenSubject(comma+1, g.first) {
		n := tail + 1
		if n < len(d.toks) && d.toks[n].para == para && d.toks[n].kind == tMark {
			inside = true // "Sooner or later, the governor told reporters, “it starts to pay off.”"
		} else if d.isWord(n) && d.toks[n].para == para && d.inq[n] < 0 && (unicode.IsLower(firstRune(d.word(n))) || !weekdays[d.fold[n]]) && (!d.has(n, lang.ClassPronoun|lang.ClassComplementizer) || d.fold[n] == "that" || enSubjects[d.fold[n]]) && !relatives[d.fold[n]] {
			if _, ok := d.verbAt(n); !ok {
				if _, _, ok := d.markerAt(n); !ok {
					inside = true
				}
			}
		}
	}
	if d.lg.Code == "en" && tail > g.last+1 && comma == g.first-1 && g.first == g.last && d.info.invertedVerbs[g.lemma] && comma > sent+1 &&
		tail+1 < len(d.toks) && d.isWord(tail+1) && d.toks[tail+1].para == para && d.inq[tail+1] < 0 && d.invertedSubjectAfter(g) && !d.has(g.last+1, lang.ClassPronoun) {
		w := d.fold[tail+1]
		if _, ok := d.verbAt(tail + 1); !ok && unicode.IsLower(firstRune(d.word(tail+1))) && !determiners[w] &&
			(d.has(tail+1, lang.ClassAux) || enFinite[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) {
			inside = true // "The combination, say economists, marks a journey…": an inverted cue set off by commas, then the predicate
		}
	}
	if comma > sent+1 && comma == g.first-1 && d.dialogueDash(sent) && d.invertedSubjectAfter(g) {
		if it := d.dialogueLine(g, sent, comma); it != nil {
			return it // "— Non, a dit Paul.": a one-word line
		}
	}
	if comma <= sent+2 && !inside || comma <= sent {
		return nil
	}
	if subordinators[d.fold[sent]] && !conjunctions[d.fold[sent]] && !inside {
		commas := 0
		for j := sent + 1; j < comma; j++ {
			if d.isPunct(j, ",") {
				commas++
			}
		}
		if commas == 0 {
			return nil // "In our last epistle, we mocked…": an adjunct, not a reported clause
		}
	}
	if d.lg.Code == "en" && comma < g.first-1 && (!d.postSubjectEnd(g) || !d.info.invertedVerbs[g.lemma] && !d.info.postposedVerbs[g.lemma]) {
		return nil // "X, we mocked the plan": the verb has an object, it reports nothing before
	}
	if d.lg.Code == "en" && comma == g.first-1 && (g.first != g.last || d.has(g.last+1, lang.ClassPronoun) || !d.info.invertedVerbs[g.lemma] || d.wordRun(g.last+1, 9) && !d.nameWithin(g.last+1, 10) || strings.HasSuffix(d.fold1(g.last+1), "ing")) {
		return nil // "Its leader, Roger Knapman, has said he…": an apposition, not an inverted cue
	}
	if d.lg.Code == "fr" && comma == g.first-1 && d.frNameApposition(sent, comma) {
		return nil // "L'avocate de M. Castelain, Florence Rault, avait rejeté": the subject and its name
	}
	if comma == g.first-1 && !inside && !d.invertedSubjectAfter(g) {
		return nil // "John Smith, the mayor of Leeds, responded on Monday.": the words before are its subject
	}
	if q := d.inq[comma-1]; q >= 0 {
		return nil // the cue of a direct quote
	}
	if d.directCue[g.span(d)] || d.cueIn(d.toks[sent].s, d.toks[comma].s) {
		return nil // the cue of a direct quote, or a clause that already holds a quote and its cue
	}
	words := 0
	for j := sent; j < comma && words < 3; j++ {
		if d.isWord(j) {
			words++
		}
	}
	if words < 3 && !inside {
		return nil
	}
	if m := comma - 1; d.toks[m].kind == tPunct && markAt(d.text, d.toks[m].s) != "" && !d.holdsQuote(article.Span{Start: d.toks[sent].s, End: d.toks[m].s}) {
		// A closing mark whose opener is missing (a broken text): the sentence before it is
		// the quote ("… d'adresses", estime-t-elle).
		if it := d.cuedDirect(g, d.toks[sent].s, d.toks[m].s, "", d.word(m)); it != nil {
			return it
		}
	}
	if inside {
		end := d.beforeCuedQuote(d.toks[tail+1].s, d.clauseEnd(tail+1))
		return d.newIndirect(g.span(d), g.lemma, d.toks[sent].s, end)
	}
	if it := d.dialogueLine(g, sent, comma); it != nil {
		return it
	}
	return d.newIndirect(g.span(d), g.lemma, d.toks[sent].s, d.toks[comma].s)
}

// parenOpen returns the token of the "(" that opens a short bracket closed at token j, a
// capitalised label of at most six tokens after sent ("(IMF)", "(D-R.I.)"), else -1.
func (d *doc) parenOpen(j, sent int) int {
	if !d.isPunct(j, ")") {
		return -1
	}
	for k := j - 1; k > sent && k >= j-7; k-- {
		if d.isPunct(k, "(") {
			if k < j-1 && d.isWord(k+1) && isUpperStart(d.word(k+1)) {
				return k
			}
			return -1
		}
		if d.inq[k] >= 0 || d.isPunct(k, ",;") {
			return -1
		}
	}
	return -1
}

// dialogueLine returns the direct quote of a dialogue line, a paragraph that opens with a
// dash ("— Il n'y aura pas de 49.3, a répété le ministre."): the words from the dash to the
// comma before the cue (French, Spanish and Italian typography; not English), nil otherwise.
func (d *doc) dialogueLine(g verbGroup, sent, comma int) *item {
	if d.lg.Code == "en" || !d.dialogueDash(sent) {
		return nil
	}
	return d.cuedDirect(g, d.toks[sent].e, d.toks[comma].s, d.word(sent), "")
}

// notReporting reports whether an English verb group names, counts or summons rather than
// reports: "known as ductile iron", "were called in to assist", "added 20.72 points", "$3bn",
// and "points to" after a determiner, or after a number or plural quantifier next to it or one
// word away ("nine straight points to cut the lead"; pluralQuantifiers).
func (d *doc) notReporting(g verbGroup) bool {
	next := d.fold1(g.last + 1)
	switch g.lemma {
	case "know":
		return next == "as"
	case "call":
		return next == "in" || next == "up" || next == "off"
	case "add":
		if n := g.last + 1; n < len(d.toks) && d.toks[n].para == d.toks[g.last].para {
			r := firstRune(d.word(n))
			return unicode.IsDigit(r) || strings.ContainsRune("$£€", r)
		}
	}
	if strings.HasPrefix(g.lemma, "point") {
		// a determiner right before it, or a number or plural quantifier before its form in -s,
		// next to it or one word away ("nine straight points", "12 percentage points"): a noun
		plural := strings.HasSuffix(d.fold[g.first], "s")
		for k := g.first - 1; k >= 0 && k >= g.first-2 && d.isWord(k); k-- {
			p := d.fold[k]
			if plural && (unicode.IsDigit(firstRune(p)) || pluralQuantifiers[p]) || k == g.first-1 && (determiners[p] || nounDeterminers[p]) {
				return true
			}
		}
	}
	return false
}

// invertedSubjectAfter reports whether the subject of a cue that follows its clause's comma
// is inverted after it: a pronoun in the verb ("a-t-il ajouté"), or a name, title, determiner
// or other word right after the verb group ("said Smith", "a indiqué le ministre", "warned
// economists"), not a preposition, an adverb, a day or the end of the sentence ("responded on
// Monday", "a répondu mardi").
func (d *doc) invertedSubjectAfter(g verbGroup) bool {
	for k := g.first; k <= g.last; k++ {
		if _, _, ok := lang.SplitInverted(d.word(k)); ok {
			return true
		}
	}
	n := g.last + 1
	for n < g.last+3 && d.isWord(n) && dayWords[d.fold[n]] {
		n++ // "a déclaré jeudi le ministre", "a indiqué mardi soir la préfecture"
	}
	if n > g.last+1 && !d.isWord(n) {
		return false // "…, said Tuesday."
	}
	if !d.isWord(n) || d.toks[n].para != d.toks[g.last].para || weekdays[d.fold[n]] {
		return false
	}
	w := d.fold[n]
	return !notSubjectAfterCue[w] && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ment")
}

// notSubjectAfterCue are words after a cue that start no inverted subject: prepositions and
// adverbs of time ("responded on Monday", "a répondu ce matin").
var notSubjectAfterCue = set("as", "on", "in", "at", "for", "to", "with", "by", "from", "about", "after", "before",
	"during", "over", "this", "last", "yesterday", "today", "tonight", "earlier", "later", "again", "also",
	"too", "then", "sur", "dans", "en", "pour", "par", "avec", "hier", "aujourd'hui",
	"aujourd’hui", "lors", "ce", "cette", "depuis", "après", "avant", "pendant", "encore", "aussi", "alors",
	"ensuite", "puis", "déjà", "that", "que", "qu'", "qu’")

// relativePronouns open a relative clause between a comma and its verb.
var relativePronouns = set("who", "which", "whom", "whose")

// asFollows reports whether "as" follows token k in its clause within twelve words, with no
// verb form between.
func (d *doc) asFollows(k int) bool {
	para := d.toks[k].para
	for j := k + 1; j < len(d.toks) && j <= k+12 && d.toks[j].para == para; j++ {
		if d.toks[j].kind == tPunct && d.inq[j] < 0 || d.has(j, lang.ClassVerb) {
			return false // "cast iron known as ductile iron": "as" belongs to another verb
		}
		if d.fold[j] == "as" {
			return true
		}
	}
	return false
}

// enObjectPronouns are English object pronouns.
var enObjectPronouns = set("him", "her", "them", "us", "me", "it", "himself", "herself",
	"themselves", "itself", "each", "one", "both", "you")

// enObject reports whether an English noun-phrase object starts at token k: a determiner, a
// name, an object pronoun, a number or a noun (a lower-case word that is no preposition,
// adverb, conjunction, auxiliary or verb; a plural like "attacks" is a noun there).
func (d *doc) enObject(k int) bool {
	if !d.isWord(k) || d.inq[k] >= 0 || k > 0 && d.toks[k-1].para != d.toks[k].para {
		return d.toks[min(k, len(d.toks)-1)].kind == tMark
	}
	w := d.fold[k]
	if strings.HasSuffix(w, "ly") && !adjuncts[w] && len(w) > 4 && d.isWord(k+1) && d.toks[k+1].para == d.toks[k].para && !strings.HasSuffix(d.fold[k+1], "ly") {
		return d.enObject(k + 1) // "reported [disappointingly flat growth]"
	}
	switch {
	case determiners[w] || enObjectPronouns[w] || isUpperStart(d.word(k)) || w == "what":
		return true
	case enPrepositions[w] || adjuncts[w] || weekdays[w] || subordinators[w] || enFinite[w] ||
		enNotSubject[w] || enSubjects[w] || d.has(k, lang.ClassComplementizer|lang.ClassAux) ||
		d.has(k, lang.ClassVerb) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) ||
		strings.HasSuffix(w, "ly") || conjunctions[w]:
		return false
	}
	return true
}

// clauseAfterSubject reports whether the English words from token k are a subject of at most
// five words and then a finite verb ("the programme breached", "the talks had ended", "the
// scheme was unfair"): the object of the cue is a clause without "that", not a noun phrase.
func (d *doc) clauseAfterSubject(k int) bool {
	if w := d.fold[k]; w == "what" || w == "whatever" || d.has(k, lang.ClassComplementizer) {
		return false // "called what she witnessed terrible": a free relative is a noun phrase
	}
	para := d.toks[k].para
	for j := k + 1; j < len(d.toks) && j <= k+5 && d.isWord(j) && d.toks[j].para == para && d.inq[j] < 0; j++ {
		w := d.fold[j]
		if enFinite[w] || d.has(j, lang.ClassAux) || strings.HasSuffix(w, "ed") && !determiners[d.fold[j-1]] {
			return true
		}
		if enPrepositions[w] || d.has(j, lang.ClassComplementizer) || conjunctions[w] {
			return false
		}
	}
	return false
}

// parenSubject reports whether tokens [a, b) are the subject of an English parenthetical cue
// ("…, he said, …", "…, federal officials said, …", "…, Mr. Graham said, …"): at most four
// words out of quote marks, a pronoun, a determiner, a number or a capitalised word first or
// a plural last, no verb, complementizer, relative pronoun or conjunction.
func (d *doc) parenSubject(a, b int) bool {
	if b-a > 4 || !d.isWord(a) {
		return false
	}
	plural := strings.HasSuffix(d.fold[b-1], "s") && !d.has(b-1, lang.ClassStopword) // "analysts said"
	if w := d.fold[a]; !plural && !d.has(a, lang.ClassPronoun) && !determiners[w] && !isUpperStart(d.word(a)) && !unicode.IsDigit(firstRune(w)) {
		return false
	}
	for k := a; k < b; k++ {
		w := d.fold[k]
		if !d.isWord(k) && !(d.isPunct(k, ".") && !d.fullStop(k)) || d.inq[k] >= 0 || relatives[w] || subordinators[w] || d.has(k, lang.ClassComplementizer) {
			return false
		}
		if _, ok := d.verbAt(k); ok {
			return false
		}
	}
	return true
}

// relatives open a relative clause after a parenthetical cue ("…, he said, who…").
var relatives = set("who", "which", "whom", "whose", "where", "when", "while", "and", "but", "as", "after", "before", "because", "since", "adding", "according")

// postSubjectEnd reports whether an English verb that follows its subject ("…, he said")
// ends the clause: at most four more words (an adjunct or the person told), no object.
func (d *doc) postSubjectEnd(g verbGroup) bool {
	para := d.toks[g.last].para
	for j := g.last + 1; j < len(d.toks) && d.toks[j].para == para; j++ {
		if d.sentencePunct(j) || d.isPunct(j, ",") {
			return true
		}
		if j == g.last+1 && d.info.invertedVerbs[g.lemma] && (weekdays[d.fold[j]] || timePreps[d.fold[j]]) && d.fold1(j+1) != "least" {
			return true // "…, she said in a video message to the convention": an adjunct
		}
		if j > g.last+4 || j == g.last+1 && determiners[d.fold[j]] && g.lemma != "tell" {
			return false
		}
	}
	return true
}

// honorific reports whether token k is a title of the language data that is no role noun
// ("Mr", "Dr", "Prof"): it opens a person's name, as after the hearer of "told" ("told the BBC
// Mr Howard had").
func (d *doc) honorific(k int) bool {
	t, ok := d.lg.Title(d.word(k))
	return ok && !t.Role
}

// enSubjects are English subject pronouns.
var enSubjects = set("he", "she", "they", "it", "we", "i", "you", "there")

// relativeReport handles a reporting verb inside a relative clause whose verb follows it:
// "which critics said was unfair", "a plan that officials say will fail". The span starts at
// the relative pronoun.
func (d *doc) relativeReport(g verbGroup, k int, cue article.Span) *item {
	if !d.info.bareVerbs[g.lemma] || !d.isWord(k) || d.inq[k] >= 0 || !unicode.IsLower(firstRune(d.word(k))) {
		return nil
	}
	w := d.fold[k]
	if !enFinite[w] && (determiners[w] || enPrepositions[w] || adjuncts[w] || weekdays[w] || enNotSubject[w] || clauseStarts[w] || d.has(k, lang.ClassPronoun|lang.ClassComplementizer|lang.ClassVerb) || strings.HasSuffix(w, "ly") || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed")) {
		return nil
	}
	para := d.toks[g.first].para
	for j := g.first - 1; j >= 0 && j >= g.first-5 && d.toks[j].para == para; j-- {
		if !d.isWord(j) || d.inq[j] >= 0 {
			return nil
		}
		switch d.fold[j] {
		case "which", "that", "who", "what":
			if j == g.first-1 {
				return nil // "which said": the relative pronoun is the subject
			}
			end := d.clauseEnd(k)
			if d.isPunct(j-1, ",") { // ", which critics said were unfair, will…": up to the comma
				for n := k + 1; n < len(d.toks) && n <= k+40 && d.toks[n].s < end; n++ {
					if d.isPunct(n, ",") || d.inq[n] >= 0 {
						if d.inq[n] < 0 {
							end = d.toks[n].s
						}
						break
					}
				}
			}
			return d.newIndirect(cue, g.lemma, d.toks[j].s, end)
		}
		if _, ok := d.verbAt(j); ok {
			return nil
		}
	}
	return nil
}

// cueIn reports whether the cue of a direct quote that opens in [s, e) lies inside [s, e).
//
// Its calls come from postposed with the start s of the current sentence and growing ends e,
// so the scan goes on from where the last call stopped, keeping the least cue end seen, and
// starts again only for a new sentence or after addIndirect changed the cues; a sentence with
// thousands of quotes and cues costs its length once.
func (d *doc) cueIn(s, e int) bool {
	c := &d.cueScan
	if !c.ok || c.s != s || c.gen != d.cueGen || e < c.e {
		i := sort.Search(len(d.dItems), func(i int) bool { return d.dItems[i].raw.openAt >= s })
		*c = cueScan{ok: true, s: s, gen: d.cueGen, i: i, minEnd: math.MaxInt}
	}
	for ; c.i < len(d.dItems) && d.dItems[c.i].raw.openAt < e; c.i++ {
		d.work++
		if cu := d.dItems[c.i].Cue; cu != nil && cu.Span.Start >= s {
			c.minEnd = min(c.minEnd, cu.Span.End)
		}
	}
	c.e = e
	return c.minEnd <= e
}

// cueScan is the state of cueIn between calls: dItems[:i] with an opener in [s, e) are seen,
// minEnd is the least end of their cues that start at s or after.
type cueScan struct {
	ok           bool
	s, e, i, gen int
	minEnd       int
}
