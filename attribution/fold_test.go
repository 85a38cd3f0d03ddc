package attribution

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/quotecheck/quotecheck/article"
)

// foldWordRef is the former foldWord, the definition foldWordFlags must agree with.
func foldWordRef(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	if f, ok := interned()[w]; ok { // "l’", "D’après", "Il": a lexicon word as printed
		return f
	}
	if combining(w) {
		w = norm.NFC.String(w)
	}
	var buf [48]byte
	if len(w) > len(buf) {
		return lowerIntern(lower(w))
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if !hasUpperOrCurly(w) {
				return lowerIntern(w)
			}
			return lowerIntern(lower(w))
		}
		b = append(b, c)
	}
	if f, ok := interned()[string(b)]; ok {
		return f
	}
	return noWord
}

func TestFoldWordFlags(t *testing.T) {
	texts := []string{benchText}
	for _, f := range []string{"polnear-dev.jsonl", "fr-orangesum.jsonl"} {
		for _, g := range readGold(t, f) {
			texts = append(texts, g.Text)
		}
	}
	var words []string
	for w := range wordFlags() {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for w := range interned() {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, s := range texts {
		for _, tk := range tokenize(s) {
			if tk.kind == tokWord {
				words = append(words, s[tk.s:tk.e])
			}
		}
	}
	wf := wordFlags()
	var arena []byte
	for _, w := range words {
		want := foldWordRef(w)
		got, fl := foldWordFlags(w, &arena)
		if got != want || fl != wf[want] {
			t.Errorf("foldWordFlags(%q) = %q, %b; want %q, %b", w, got, fl, want, wf[want])
		}
	}
}

func TestAppendFoldWords(t *testing.T) {
	cases := [][]string{{"The", "Guardian"}, {"l'", "Express"}, {"l'Express"}, {"Le", "Monde"}, {"The"}, {"LES", "ECHOS"},
		{"Les"}, {"la", "x"}, {"E", "!", "News"}, {"Défense"}, {"the", " "}}
	for _, o := range Outlets() {
		cases = append(cases, phraseWords(o.Name))
	}
	for _, f := range []string{"polnear-dev.jsonl", "fr-orangesum.jsonl"} {
		for _, g := range readGold(t, f) {
			a := &article.Article{Text: g.Text}
			d := newDoc(a)
			for _, m := range d.names {
				cases = append(cases, m.words, append([]string{"the"}, m.words...), append([]string{"l'"}, m.words...))
			}
			d.release()
		}
	}
	for _, ws := range cases {
		b, ok := appendFoldWords([]byte("x:"), ws)
		if want := foldName(strings.Join(ws, " ")); ok && string(b) != "x:"+want {
			t.Errorf("appendFoldWords(%q) = %q, want %q", ws, b[2:], want)
		}
	}
}

func TestAppendLower(t *testing.T) {
	ws := []string{"", "abc", "Éric", "L’AFP", "ÀÉ’", "ABC", "Défense", "L’Iran", "ÉTATS-UNIS", "a\xffB", "\xe2\xe2\x80\x99x", "ǅemal", "İstanbul", "straße", "ΣΑΣ"}
	for _, f := range []string{"polnear-dev.jsonl", "fr-orangesum.jsonl"} {
		for _, g := range readGold(t, f) {
			for _, tk := range tokenize(g.Text) {
				ws = append(ws, g.Text[tk.s:tk.e])
			}
		}
	}
	d := &doc{}
	for _, w := range ws {
		if got, want := string(appendLower(nil, w)), lower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
		if got, want := d.lower(w), lower(w); got != want {
			t.Errorf("d.lower(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestWordEndCut checks that wordEnd reports a cut exactly for the words splitWord may split.
func TestWordEndCut(t *testing.T) {
	for _, s := range []string{"l’Iran", "qu'il", "M.Fomine", "U.S.", "Mr. Smith", "vice-ministre", "a-t-il",
		"assisté.Une", "AT&T", "don't", "W. Bush", "rock’n’roll", "3.5", "e.g.", "J.-C.", "Ü.", "x\u00ady"} {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				i += n
				continue
			}
			j, cut := wordEnd(s, i)
			if cut != needsSplit(s[i:j]) {
				t.Errorf("wordEnd(%q, %d) = %d, %v; needsSplit(%q) = %v", s, i, j, cut, s[i:j], !cut)
			}
			i = j
		}
	}
}

// TestFoldTable checks the fold table, Bloom filter included, against the word lists it is
// built from.
func TestFoldTable(t *testing.T) {
	tab, wf := foldTable(), wordFlags()
	for k, v := range interned() {
		if e, ok := tab.get(k); !ok || e.fold != v || e.flags != wf[v] || !e.interned {
			t.Errorf("get(%q) = %+v, %v; want fold %q, flags %b, interned", k, e, ok, v, wf[v])
		}
	}
	for k, f := range wf {
		if _, ok := interned()[k]; ok {
			continue // an interned word has the flags of its folded form, checked above
		}
		if e, ok := tab.get(k); !ok || e.fold != k || e.flags != f || e.interned {
			t.Errorf("get(%q) = %+v, %v; want flags %b", k, e, ok, f)
		}
	}
	for _, k := range []string{"", "zzyzx", "Fomine", "antidisestablishmentarianism", "\x00"} {
		if e, ok := tab.get(k); ok {
			t.Errorf("get(%q) = %+v, found; want none", k, e)
		}
	}
}

// TestJoinFields checks joinFields against the strings.Join(strings.Fields(s), " ") it stands for.
func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "Jean Dupont", " Jean", "Jean ", "Jean  Dupont", "Jean\nDupont", "Jean\u00a0Dupont",
		"Édouard Philippe", "Ursula von der Leyen", "x\xffy z", "a\u2009b", "a\tb"} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTokenNear checks the galloping search against the plain binary search from every hint.
func TestTokenNear(t *testing.T) {
	a := &article.Article{Text: "Le vice-ministre, M.Fomine, a dit : « Nous sommes satisfaits », a-t-il ajouté.\nL'AFP."}
	d := newDocWith(a, false)
	defer d.release()
	for off := -1; off <= len(a.Text)+1; off++ {
		want := d.tokenFrom(off)
		for hint := -2; hint <= len(d.toks)+2; hint++ {
			if got := d.tokenNear(off, hint); got != want {
				t.Fatalf("tokenNear(%d, %d) = %d, want %d", off, hint, got, want)
			}
		}
	}
}

// TestWordFlagSets checks that each word flag that stands for a set look-up agrees with the
// set on every token of a text made of all the lexicon's words, as printed and capitalised.
func TestWordFlagSets(t *testing.T) {
	var b strings.Builder
	for w := range interned() {
		b.WriteString(w + " " + strings.ToUpper(w[:1]) + w[1:] + " x" + w + "\n")
	}
	d := newDocWith(&article.Article{Text: b.String()}, false)
	defer d.release()
	l := lex()
	for _, c := range []struct {
		name string
		f    uint16
		s    set
	}{{"titles", fTitle, l.titles}, {"stopcaps", fStopCap, l.stopCaps}, {"first_m", fFirstM, l.firstM},
		{"first_f", fFirstF, l.firstF}, {"orgwords", fOrgWord, l.orgWords}, {"prepositions", fPrep, prepositions},
		{"clauseWords", fClause, clauseWords}, {"determiners", fDeterminer, l.determiners}, {"particles", fParticle, l.particles},
		{"pronouns", fPronoun, l.pronAll}, {"verbs", fVerb, verbSet(l)}} {
		for k := range d.toks {
			if got, want := d.has(k, c.f), d.isWord(k) && c.s[d.lw(k)]; got != want {
				t.Errorf("%s: token %q (folded %q) has the flag: %v, is in the set: %v", c.name, d.word(k), d.lw(k), got, want)
			}
		}
	}
}

// verbSet is the set of the lexicon's verb forms.
func verbSet(l *lexicon) set {
	s := set{}
	for w := range l.verbs {
		s[w] = true
	}
	return s
}
