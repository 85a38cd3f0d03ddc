package quotes

import (
	"sync"

	"github.com/quotecheck/quotecheck/lang"
)

// langInfo holds what Extract precomputes once per language: the marker index and the
// quote-mark tables, and the word sets of its data file that the rules look words up in
// (lang.Lang.Words; nil when the language has none, so the rule never applies).
type langInfo struct {
	markers map[string][][]string // first folded word → marker word lists, longest first
	opens   map[string]bool
	closes  map[[2]string]bool

	hearsay          map[string]bool // [hearsay]: adverbs of hearsay ("reportedly")
	headlineVerbs    map[string]bool // [headline-verbs]: lemmas of title-case headline verbs
	weakVerbs        map[string]bool // [weak-verbs]: lemmas that report only with quoted words
	reflexiveOther   map[string]bool // [reflexive-other]: lemmas whose pronominal form does not report
	npVerbs          map[string]bool // [np-verbs]: lemmas whose noun-phrase object is reported content
	objectVerbs      map[string]bool // [object-verbs]: lemmas whose noun-phrase object is the content
	asVerbs          map[string]bool // [as-verbs]: lemmas whose content is an object and its "as" predicate
	invertedVerbs    map[string]bool // [inverted-verbs]: lemmas put before their subject after a statement
	postposedVerbs   map[string]bool // [postposed-verbs]: other lemmas that follow their subject there
	bareVerbs        map[string]bool // [bare-verbs]: lemmas that take a clause without a complementizer
	objectFirstVerbs map[string]bool // [object-first-verbs]: bare verbs whose determiner after them opens an object
	passiveOther     map[string]bool // [passive-other]: lemmas whose passive attributes nothing
	toVerbs          map[string]bool // [to-verbs]: lemmas that take "to" + infinitive
	infVerbs         map[string]bool // [inf-verbs]: lemmas that take a bare infinitive
	whVerbs          map[string]bool // [wh-verbs]: lemmas that take a wh- clause
	toldVerbs        map[string]bool // [told-verbs]: lemmas with the person told before the complementizer
	thatNouns        map[string]bool // [that-nouns]: nouns whose "that" clause is their content
	toNouns          map[string]bool // [to-nouns]: nouns whose "to" + infinitive is their content
	pollNouns        map[string]bool // [poll-nouns]: heads of the noun phrases of polls
	intentVerbs      map[string]bool // [intent-verbs]: lemmas of intention, consent, expectation or appearance
}

var infoCache sync.Map // *lang.Lang → *langInfo

func infoFor(lg *lang.Lang) *langInfo {
	if v, ok := infoCache.Load(lg); ok {
		return v.(*langInfo)
	}
	li := &langInfo{markers: map[string][][]string{}, opens: map[string]bool{}, closes: map[[2]string]bool{}}
	li.hearsay = lg.Words("hearsay")
	li.headlineVerbs = lg.Words("headline-verbs")
	li.weakVerbs = lg.Words("weak-verbs")
	li.reflexiveOther = lg.Words("reflexive-other")
	li.npVerbs = lg.Words("np-verbs")
	li.objectVerbs = lg.Words("object-verbs")
	li.asVerbs = lg.Words("as-verbs")
	li.invertedVerbs = lg.Words("inverted-verbs")
	li.postposedVerbs = lg.Words("postposed-verbs")
	li.bareVerbs = lg.Words("bare-verbs")
	li.objectFirstVerbs = lg.Words("object-first-verbs")
	li.passiveOther = lg.Words("passive-other")
	li.toVerbs = lg.Words("to-verbs")
	li.infVerbs = lg.Words("inf-verbs")
	li.whVerbs = lg.Words("wh-verbs")
	li.toldVerbs = lg.Words("told-verbs")
	li.thatNouns = lg.Words("that-nouns")
	li.toNouns = lg.Words("to-nouns")
	li.pollNouns = lg.Words("poll-nouns")
	li.intentVerbs = lg.Words("intent-verbs")
	for _, m := range lg.Markers() {
		ws := phraseWords(m)
		if len(ws) > 0 {
			li.markers[ws[0]] = append(li.markers[ws[0]], ws)
		}
	}
	for _, pr := range lg.Pairs {
		li.opens[pr.Open] = true
		li.closes[[2]string{pr.Open, pr.Close}] = true
	}
	for _, m := range []string{`"`, "“", "„", "«", "``", "''", "‘", "‚", "‹", "「"} {
		li.opens[m] = true
	}
	for _, pr := range [][2]string{{"「", "」"}, {"``", "''"}, {"‹", "›"}, {"‘", "’"}, {"‚", "‘"}} {
		li.closes[pr] = true
	}
	v, _ := infoCache.LoadOrStore(lg, li)
	return v.(*langInfo)
}
