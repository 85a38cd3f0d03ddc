package compare

import (
	"strings"
	"unicode"

	"github.com/quotecheck/quotecheck/article"
	unorm "golang.org/x/text/unicode/norm"
)

// edits groups the steps that are not plain matches into edit regions and classifies each.
func edits(quote, source string, qt, st []token, steps []step) []Edit {
	var out []Edit
	for i := 0; i < len(steps); {
		if clean(qt, st, steps[i]) {
			i++
			continue
		}
		j := i
		for j < len(steps) && !clean(qt, st, steps[j]) {
			j++
		}
		r := region{steps: steps[i:j], qt: qt, st: st, source: source, quote: quote}
		r.prev, r.next = prevSource(steps, i), nextSource(steps, j)
		e := Edit{Kind: r.kind(), Quote: r.quoteSpan(), Source: r.sourceSpan()}
		if e.Kind == EditWording {
			if sp, ok := r.splice(); ok {
				e.Kind, e.Source = EditSplice, sp
			}
		}
		out = append(out, e)
		i = j
	}
	return out
}

// clean reports whether a step is a plain match: the same folded word, spelled the same way
// (no contraction on one side only), no bracket.
func clean(qt, st []token, s step) bool {
	if s.kind != stepPair {
		return false
	}
	q, w := qt[s.qi], st[s.si]
	return !q.edited && q.key == w.key && q.contr == w.contr
}

// prevSource is the last source token aligned before step i, -1 when none.
func prevSource(steps []step, i int) int {
	for k := i - 1; k >= 0; k-- {
		if steps[k].sj > steps[k].si && steps[k].kind != stepDel {
			return steps[k].sj - 1
		}
	}
	return -1
}

// nextSource is the first source token aligned from step j on, -1 when none.
func nextSource(steps []step, j int) int {
	for k := j; k < len(steps); k++ {
		if steps[k].sj > steps[k].si && steps[k].kind != stepDel {
			return steps[k].si
		}
	}
	return -1
}

// region is a run of steps that are not plain matches.
type region struct {
	steps      []step
	qt, st     []token
	source     string
	quote      string
	prev, next int // aligned source tokens around the region, -1 when none
}

func (r region) quoteSpan() article.Span {
	sp := article.Span{Start: -1}
	for _, s := range r.steps {
		for k := s.qi; k < s.qj; k++ {
			if sp.Start < 0 {
				sp.Start = r.qt[k].start
			}
			sp.End = r.qt[k].end
		}
	}
	if sp.Start < 0 {
		return article.Span{}
	}
	return sp
}

func (r region) sourceSpan() article.Span {
	sp := article.Span{Start: -1}
	for _, s := range r.steps {
		for k := s.si; k < s.sj; k++ {
			if sp.Start < 0 {
				sp.Start = r.st[k].start
			}
			sp.End = r.st[k].end
		}
	}
	if sp.Start < 0 {
		return article.Span{}
	}
	return sp
}

// kind classifies the region by its most severe part.
func (r region) kind() EditKind {
	var q, s []token // the words of unmarked changes: quote side, source side
	var qIdx, sIdx []int
	worst := EditTypography
	bump := func(k EditKind) {
		if verdictOfEdit(k) > verdictOfEdit(worst) {
			worst = k
		}
	}
	onlyDels := true
	for _, st := range r.steps {
		switch st.kind {
		case stepPair:
			qw, sw := r.qt[st.qi], r.st[st.si]
			switch {
			case qw.edited:
				bump(EditBracket)
			case qw.key == sw.key:
				bump(EditContraction)
			case qw.loose == sw.loose && (symbols[qw.key] || symbols[sw.key] ||
				sameLetters(between(r.quote, qw.start, qw.end), between(r.source, sw.start, sw.end))):
				bump(EditTypography)
			default:
				onlyDels = false
				q, s = append(q, qw), append(s, sw)
				qIdx, sIdx = append(qIdx, st.qi), append(sIdx, st.si)
			}
		case stepConcatQ, stepConcatS:
			bump(EditTypography)
		case stepWild:
			bump(EditBracket)
		case stepIns:
			onlyDels = false
			q = append(q, r.qt[st.qi])
			qIdx = append(qIdx, st.qi)
		case stepDel:
			if st.free {
				bump(EditElision)
				continue
			}
			s = append(s, r.st[st.si])
			sIdx = append(sIdx, st.si)
		}
	}
	if len(q) == 0 && len(s) == 0 {
		return worst
	}
	if onlyDels && r.joinsQuotes(sIdx) {
		bump(EditJoin)
		return worst
	}
	if k, ok := sensitive(q, s, r.qt, r.st, qIdx, sIdx); ok {
		return k
	}
	if r.listNameChanged(q, s, qIdx, sIdx) {
		return EditName
	}
	if verdictOfEdit(worst) <= Altered { // a change of wording names the region best
		worst = EditWording
	}
	return worst
}

// symbols are the signs that stand for a word (see appendSymbols).
var symbols = setOf("&", "%")

// sameLetters reports whether two written forms of one word differ only in what the
// Equivalent verdict ignores: letter case, accents on capitals ("Etats", "États"), the œ and æ
// ligatures, apostrophes and digit grouping. An accent on a small letter is spelling ("a",
// "à"; "elite", "élite").
func sameLetters(a, b string) bool { return capitalFold(a) == capitalFold(b) }

// capitalFold drops the marks of capital letters, then folds case, ligatures, apostrophes
// and digit grouping.
func capitalFold(w string) string {
	var b strings.Builder
	upper := false
	for _, r := range unorm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
			if !upper {
				b.WriteRune(r)
			}
			continue
		case r == '\'', r == '’', r == ',', r == '.', r == ' ', r == '\u00a0', r == '\u202f':
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		upper = unicode.IsUpper(r)
	}
	return b.String()
}

// minSplice is the fewest words of a quote stretch that is looked for elsewhere in the source.
const minSplice = 6

// splice reports whether the region is a stretch of quote words that the source lacks at this
// place but has word for word elsewhere: a quote spliced from two places without a mark. It
// returns the span of the other place.
func (r region) splice() (article.Span, bool) {
	qi, qj := -1, -1
	for _, s := range r.steps {
		switch s.kind {
		case stepIns:
			if qi < 0 {
				qi = s.qi
			}
			qj = s.qj
		case stepDel:
			if !s.free && s.sj-s.si > 0 && qi >= 0 {
				return article.Span{}, false // words replaced, not added
			}
		default:
			return article.Span{}, false
		}
	}
	if qi < 0 || qj-qi < minSplice {
		return article.Span{}, false
	}
	sub := r.qt[qi:qj]
	steps, ok := search(sub, r.st, nil, nil)
	if !ok {
		return article.Span{}, false
	}
	// Word for word, but for one joining word the quote may add ("and", "et").
	c := count(sub, r.st, steps)
	if c.equal < max(minSplice, c.quoteWords-1) || c.dels > 0 {
		return article.Span{}, false
	}
	first, last := -1, -1
	for _, s := range steps {
		if s.kind == stepPair && !pairEqual(sub[s.qi], r.st[s.si]) || s.kind == stepIns || s.kind == stepDel {
			continue
		}
		if first < 0 {
			first = s.si
		}
		last = s.sj - 1
	}
	return article.Span{Start: r.st[first].start, End: r.st[last].end}, true
}

// joinsQuotes reports whether the dropped source words lie between a closing and an opening
// quote mark: narration between two quoted stretches that the quote joins.
func (r region) joinsQuotes(sIdx []int) bool {
	if len(sIdx) == 0 || r.prev < 0 || r.next < 0 {
		return false
	}
	first, last := r.st[sIdx[0]], r.st[sIdx[len(sIdx)-1]]
	before := between(r.source, r.st[r.prev].end, first.start)
	after := between(r.source, last.end, r.st[r.next].start)
	return strings.ContainsAny(before, "\"”»“") && strings.ContainsAny(after, "\"“«”")
}

// maxClause is the number of words from which an unmarked addition or omission is a whole
// clause: altered whatever words it holds (BASIL guidelines).
const maxClause = 4

// sensitive reports whether an unmarked change touches a negation, a number or quantity, a
// modal or a proper name, and which.
func sensitive(q, s, qt, st []token, qIdx, sIdx []int) (EditKind, bool) {
	if (len(q) == 0 || len(s) == 0) && len(q)+len(s) >= maxClause {
		return 0, false
	}
	switch {
	case countIn(q, negations) != countIn(s, negations):
		return EditNegation, true
	case !sameMultiset(numbers(q), numbers(s)) || approximatorChanged(qt, st, qIdx, sIdx):
		return EditNumber, true
	case !sameMultiset(modals(q), modals(s)):
		return EditModal, true
	case nameChanged(q, s):
		return EditName, true
	}
	return 0, false
}

// countIn counts the words of ts in set, by folded word or by the word without its accents
// (a "ńot" is still a negation, misspelt).
func countIn(ts []token, set map[string]bool) int {
	n := 0
	for _, t := range ts {
		if set[t.key] || set[t.loose] {
			n++
		}
	}
	return n
}

// negations are the words that negate (English, French). The French "ne" is left out: speech
// drops it ("c'est pas") without changing the meaning, and "pas", "jamais" or "rien" carry
// the negation.
var negations = setOf("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without",
	"cannot", "nowhere", "pas", "jamais", "rien", "aucun", "aucune", "sans", "personne", "ni", "nul", "nulle", "guère")

var modalClass = map[string]string{
	"will": "will", "would": "will", "can": "can", "could": "can", "may": "may", "might": "may",
	"shall": "shall", "should": "shall", "must": "must", "ought": "shall",
	"peut": "pouvoir", "peuvent": "pouvoir", "pourrait": "pouvoir", "pourraient": "pouvoir", "pourra": "pouvoir",
	"pourront": "pouvoir", "pouvait": "pouvoir", "doit": "devoir", "doivent": "devoir", "devrait": "devoir",
	"devraient": "devoir", "devra": "devoir", "devront": "devoir", "devait": "devoir", "va": "aller", "vont": "aller",
	"allait": "aller", "faut": "falloir", "faudrait": "falloir", "faudra": "falloir",
}

// modals returns the modal classes of ts. The "would" of a contracted "'d" is left out: it
// may as well be "had" ("I'd seen").
func modals(ts []token) []string {
	var out []string
	for _, t := range ts {
		if t.contr && t.key == "would" {
			continue
		}
		if c, ok := modalClass[t.key]; ok {
			out = append(out, c)
		}
	}
	return out
}

var numberWords = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
	"sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
	"forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
	"hundred": "100", "thousand": "1000", "million": "1e6", "billion": "1e9", "trillion": "1e12", "dozen": "12",
	"half": "0.5", "twice": "x2", "double": "x2", "triple": "x3",
	"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8", "neuf": "9", "dix": "10",
	"onze": "11", "douze": "12", "treize": "13", "quatorze": "14", "quinze": "15", "seize": "16", "vingt": "20",
	"trente": "30", "quarante": "40", "cinquante": "50", "soixante": "60", "cent": "100", "mille": "1000",
	"millions": "1e6", "milliard": "1e9", "milliards": "1e9", "moitié": "0.5",
	"hundreds": "100s", "thousands": "1000s", "billions": "1e9", "dozens": "12s",
}

// dateWords are the names of days and months: a date is a quantity for the verdict.
var dateWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
	"december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
	"mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
	"yesterday", "today", "tomorrow", "hier", "aujourd'hui", "demain", "morning", "evening", "night", "matin", "soir")

// numbers returns the values of the number words, numerals and dates of ts.
func numbers(ts []token) []string {
	var out []string
	for _, t := range ts {
		if dateWords[t.key] {
			out = append(out, t.key)
			continue
		}
		if v, ok := numberWords[t.key]; ok && v != "" {
			out = append(out, v)
			continue
		}
		if strings.ContainsAny(t.key, "0123456789") {
			out = append(out, numeral(t.loose)...)
		}
	}
	return out
}

// numeral splits a numeral with a multiplier suffix ("5m", "2bn", "10k") into its value and
// the multiplier, as "5 million" gives.
func numeral(k string) []string {
	i := strings.LastIndexAny(k, "0123456789") + 1
	if i == len(k) {
		return []string{k}
	}
	if m, ok := multipliers[k[i:]]; ok {
		return []string{k[:i], m}
	}
	return []string{k}
}

var multipliers = map[string]string{"k": "1000", "m": "1e6", "mn": "1e6", "million": "1e6", "bn": "1e9", "b": "1e9", "billion": "1e9", "tn": "1e12", "trillion": "1e12"}

var approximators = setOf("about", "around", "nearly", "almost", "approximately", "roughly", "some",
	"over", "under", "more", "less", "fewer", "least", "most", "up", "environ", "presque", "près", "quelque",
	"plus", "moins", "quelques")

// approximatorChanged reports whether an approximator before a number was added or dropped.
func approximatorChanged(qt, st []token, qIdx, sIdx []int) bool {
	return approxBeforeNumber(qt, qIdx) != approxBeforeNumber(st, sIdx)
}

func approxBeforeNumber(ts []token, idx []int) int {
	n := 0
	for _, i := range idx {
		if !approximators[ts[i].key] {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+2; k++ {
			if len(numbers(ts[k:k+1])) > 0 {
				n++
				break
			}
		}
	}
	return n
}

var titles = setOf("mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "president", "gov",
	"governor", "gen", "general", "secretary", "minister", "m", "mme", "président", "ministre", "sir", "lord",
	"judge", "justice", "chairman", "leader", "speaker", "prime", "premier", "chief", "the", "i")

// nameChanged reports whether a proper name of one side was replaced by a different name, or
// a name was added or dropped without a pronoun standing for it on the other side.
func nameChanged(q, s []token) bool {
	qn, sn := names(q), names(s)
	if len(qn) == 0 && len(sn) == 0 {
		return false
	}
	if len(qn) > 0 && len(sn) > 0 {
		for _, a := range qn {
			for _, b := range sn {
				if similarName(a.loose, b.loose) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// listNameChanged reports whether a name was added to or dropped from a list ("Bush, Clinton
// and Obama" quoted as "Bush and Obama"): a short addition or omission holding a name, next to
// "and", "or", "et", "ou" or a comma.
func (r region) listNameChanged(q, s []token, qIdx, sIdx []int) bool {
	switch {
	case len(q) == 0 && len(s) > 0 && len(s) <= 3 && len(names(s)) > 0:
		return inList(r.st, sIdx, r.source)
	case len(s) == 0 && len(q) > 0 && len(q) <= 3 && len(names(q)) > 0:
		return inList(r.qt, qIdx, r.quote)
	}
	return false
}

var conjunctions = setOf("and", "or", "et", "ou", "&", "nor", "ni")

// inList reports whether the tokens ts[idx...] stand next to a conjunction or, when text is
// given, a comma.
func inList(ts []token, idx []int, text string) bool {
	first, last := idx[0], idx[len(idx)-1]
	if first > 0 && conjunctions[ts[first-1].key] || last+1 < len(ts) && conjunctions[ts[last+1].key] {
		return true
	}
	if conjunctions[ts[first].key] || conjunctions[ts[last].key] {
		return true
	}
	if text == "" {
		return false
	}
	before, after := "", ""
	if first > 0 {
		before = between(text, ts[first-1].end, ts[first].start)
	}
	if last+1 < len(ts) {
		after = between(text, ts[last].end, ts[last+1].start)
	}
	return strings.Contains(before, ",") || strings.Contains(after, ",")
}

func names(ts []token) []token {
	var out []token
	for _, t := range ts {
		if t.capital && !titles[t.key] {
			out = append(out, t)
		}
	}
	return out
}

// similarName reports whether two folded names are spellings of one another (Moammar,
// Muammar): a Levenshtein distance of at most a third of the longer, or one a prefix of the
// other.
func similarName(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	return 3*levenshtein(ra, rb) <= max(len(ra), len(rb))
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
		if m[x] < 0 {
			return false
		}
	}
	return true
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// between is s[from:to], or "" when the range is empty or reversed (tokens of one written
// word share its span).
func between(s string, from, to int) string {
	if from < 0 || to > len(s) || from >= to {
		return ""
	}
	return s[from:to]
}
