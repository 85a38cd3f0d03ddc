package attribution

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/quotecheck/quotecheck/internal/bloom"
)

type tokKind uint8

const (
	tokWord  tokKind = iota // letters and digits, with inner hyphens and apostrophes
	tokPunct                // one punctuation rune (quote marks, dashes, brackets included)
	tokPara                 // a line break: paragraphs are separated by "\n"
)

// token is a word or punctuation rune of the text: bytes [s, e).
type token struct {
	s, e int
	kind tokKind
	// upper is true when the word starts with an upper-case letter.
	upper bool
	// sentStart is true when the token starts a sentence.
	sentStart bool
}

// tokenize splits s into tokens. Elided articles ("l'", "d’", "qu'") become their own word;
// a title or initial glued to a name by a dot ("M.Fomine") is split after the dot; a dot
// between a lower-case and an upper-case letter ("assisté.Une") is a sentence end.
func tokenize(s string) []token { return tokenizeInto(nil, s) }

// blankBetween reports whether s[i:j] holds only spaces, tabs and carriage returns.
func blankBetween(s string, i, j int) bool {
	for ; i < j; i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// tokenizeInto is tokenize appending to toks[:0], whose array is reused when large enough.
func tokenizeInto(toks []token, s string) []token {
	if c := len(s)/4 + 16; cap(toks) < c {
		toks = make([]token, 0, c)
	}
	toks = toks[:0]
	sentStart := true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ':
			i++
		case r == '\n':
			e := i + n
			if k := len(toks); k >= 3 && toks[k-1].kind == tokPara && toks[k-2].kind == tokPara && toks[k-3].kind == tokPara && blankBetween(s, toks[k-1].e, i) {
				toks[k-1].e = e // past three, a run of blank lines is one token: the same breaks, a bounded cost
			} else {
				toks = append(toks, token{s: i, e: e, kind: tokPara})
			}
			sentStart = true
			i = e
		case r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r): // a word; no letter is a space
			j, cut := wordEnd(s, i)
			if !cut {
				// the fields written in place: a token built aside and copied is slower
				toks = append(toks, token{})
				t := &toks[len(toks)-1]
				t.s, t.e, t.upper, t.sentStart = i, j, isUpperAt(s, i), sentStart
				sentStart = false
				i = j
				continue
			}
			n0 := len(toks)
			toks = splitWord(toks, s, i, j)
			for k := n0; k < len(toks); k++ {
				toks[k].sentStart = sentStart
				sentStart = toks[k].kind == tokPunct // a glued sentence end: "assisté.Une"
			}
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			t.s, t.e, t.kind, t.sentStart = i, i+n, tokPunct, sentStart
			if isSentenceEnd(s, i, r, toks) {
				sentStart = true
			} else if !isQuoteRune(r) && r != '(' {
				sentStart = false
			}
			i += n
		}
	}
	return toks
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// isTitleDot reports whether w followed by a dot is a title of the lexicon ("Mr.", "M.").
func isTitleDot(w string) bool {
	if utf8.RuneCountInString(w) >= lex().titleDotLen {
		return false // longer than every such title once lower-cased (a rune gives a byte or more)
	}
	var buf [64]byte
	b := append(appendLower(buf[:0], w), '.')
	return lex().titles[string(b)]
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns the end of the word starting at i: inner hyphens, apostrophes and dots
// followed by a letter are kept, so "vice-ministre", "a-t-il", "don't", "M.Fomine", "U.S."
// come out whole here and are split by splitWord; cut reports whether the word holds an
// apostrophe or a dot, the only places splitWord cuts.
func wordEnd(s string, i int) (_ int, cut bool) {
	j := i
	for j < len(s) {
		if asciiWord[s[j]] {
			j++
			continue
		}
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '-' || r == '.' || r == '\u00ad' || isApostrophe(r) || r == '&' {
			r2, _ := utf8.DecodeRuneInString(s[j+n:])
			if j+n < len(s) && isWordRune(r2) {
				cut = cut || r == '.' || isApostrophe(r)
				j += n
				continue
			}
			if r == '.' && isInitialDot(s, i, j) {
				return j + n, true
			}
		}
		break
	}
	return j, cut
}

// isInitialDot reports whether the dot at j ends an initial ("W.", "U.S.") or a title ("Mr.").
func isInitialDot(s string, i, j int) bool {
	w := s[i:j]
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true
	}
	if isTitleDot(w) {
		return true
	}
	// "U.S" + "." : letters separated by dots
	return len(w) >= 3 && w[1] == '.'
}

// splitWord splits the word s[i:j] at elisions ("l'Iran") and glued dots ("M.Fomine",
// "assisté.Une").
func splitWord(out []token, s string, i, j int) []token {
	start := i
	if !needsSplit(s[i:j]) {
		return append(out, wordTok(s, i, j))
	}
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(s[k:])
		cut := -1
		switch {
		case isApostrophe(r) && isElision(s[start:k]):
			cut = k + n
		case r == '.' && k+n < j:
			prev := s[start:k]
			if isTitleDot(prev) || isSingleUpper(prev) {
				cut = k + n
			} else if r2, _ := utf8.DecodeRuneInString(s[k+n:]); unicode.IsUpper(r2) && !isAbbrev(prev) {
				out = append(out, wordTok(s, start, k), token{s: k, e: k + n, kind: tokPunct})
				start = k + n
				k += n
				continue
			}
		}
		if cut > 0 {
			out = append(out, wordTok(s, start, cut))
			start = cut
		}
		k += n
	}
	if start < j {
		out = append(out, wordTok(s, start, j))
	}
	return out
}

// needsSplit reports whether a word holds an apostrophe or a dot, the only places splitWord cuts.
func needsSplit(w string) bool {
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == '\'' || c == '.':
			return true
		case c == 0xE2 && k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0x99: // ’
			return true
		}
	}
	return false
}

func wordTok(s string, i, j int) token {
	return token{s: i, e: j, kind: tokWord, upper: isUpperAt(s, i)}
}

// isUpperAt reports whether the rune at s[i] is an upper-case letter.
func isUpperAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

func isSingleUpper(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isAbbrev reports whether w looks like dotted letters ("U.S", "a.m").
func isAbbrev(w string) bool { return len(w) >= 2 && (w[1] == '.' || len(w) == 1) }

var elisions = map[string]bool{"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true,
	"c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true,
	"L": true, "D": true, "J": true, "M": true, "N": true, "S": true, "C": true, "Qu": true}

func isElision(w string) bool { return elisions[w] }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‘', '‹', '›', '\'', '’':
		return true
	}
	return false
}

// isSentenceEnd reports whether the punctuation r at i ends a sentence.
func isSentenceEnd(s string, i int, r rune, toks []token) bool {
	switch r {
	case '!', '?', '…':
		return true
	case '.':
		// "M." and initials were kept inside their word, so a free dot ends the sentence,
		// unless a comma or a closing parenthesis follows it: the dot of an abbreviation,
		// "Harry Reid (D-Nev.) said", "Joseph R. Biden Jr., the vice president,"
		if i+1 < len(s) && (s[i+1] == ')' || s[i+1] == ',') {
			return false
		}
		return true
	}
	return false
}

// tokenCache keeps the tokens of the last text analysed, so that Speakers and Sources called
// one after the other on the same article tokenize it once. Tokens are never modified while
// a doc uses them, so sharing them is safe; a set neither cached nor used by any doc becomes
// the spare, whose arrays the next text reuses.
var tokenCache tokenCacheT

type tokenCacheT struct {
	sync.Mutex
	text  string
	ts    *tokenSet
	spare *tokenSet // a free set, or nil
}

// tokenSet is the read-only analysis of a text shared by the docs made from it.
type tokenSet struct {
	toks      []token
	low       []string // lower-cased words (see foldWordFlags), "" for punctuation
	flags     []uint16 // word flags
	sent      []int    // sentence number of each token
	para      []int    // paragraph number of each token
	paraStart []int    // first token of each paragraph
	noNames   []int    // -1 for every token: nameAt of a doc without names; never written
	ints      []int    // the array of sent, para and noNames

	refs   int  // docs using the set; guarded by tokenCache
	cached bool // tokenCache holds the set; guarded by tokenCache

	// recent remembers, for the text being filled (gen), the fold of the last word met in
	// each slot, so that a word repeated in the text is looked up once while it stays there.
	recent [1024]foldMemo
	gen    uint32
}

// foldMemo is a slot of tokenSet.recent: a word as printed, its fold and flags (see
// foldWordFlags), and the fill it belongs to.
type foldMemo struct {
	word, fold string
	flags      uint16
	gen        uint32
}

// tokens returns the analysis of text: tokens, lower-cased words (see foldWordFlags), word
// flags, sentence and paragraph numbers. The caller gives it back with release.
func tokens(text string) *tokenSet {
	c := &tokenCache
	c.Lock()
	if len(c.text) == len(text) && len(text) > 0 && unsafe.StringData(c.text) == unsafe.StringData(text) {
		ts := c.ts
		ts.refs++
		c.Unlock()
		return ts
	}
	ts := c.spare
	c.spare = nil
	c.Unlock()
	if ts == nil {
		ts = &tokenSet{}
	}
	ts.fill(text)
	c.Lock()
	ts.refs, ts.cached = 1, true
	c.dropLocked()
	c.text, c.ts = text, ts
	c.Unlock()
	return ts
}

// release tells that a doc no longer uses ts.
func (ts *tokenSet) release() {
	c := &tokenCache
	c.Lock()
	ts.refs--
	if ts.refs == 0 && !ts.cached {
		c.spare = ts
	}
	c.Unlock()
}

// dropLocked empties the cache; tokenCache must be locked.
func (c *tokenCacheT) dropLocked() {
	if old := c.ts; old != nil {
		old.cached = false
		if old.refs == 0 {
			c.spare = old
		}
	}
	c.text, c.ts = "", nil
}

func (ts *tokenSet) fill(text string) {
	ts.toks = tokenizeInto(ts.toks, text)
	toks := ts.toks
	n := len(toks)
	if cap(ts.low) < n {
		ts.low, ts.flags = make([]string, n), make([]uint16, n)
	}
	if cap(ts.ints) < 3*n {
		ts.ints = make([]int, 3*n)
	}
	low, flags, ints := ts.low[:n], ts.flags[:n], ts.ints[:3*n]
	ts.low, ts.flags = low, flags
	ts.sent, ts.para, ts.noNames = ints[:n:n], ints[n:2*n:2*n], ints[2*n:]
	ts.paraStart = ts.paraStart[:0]
	sent, para, noNames := ts.sent, ts.para, ts.noNames
	var arena []byte // never reused: the words folded into it are kept in low
	tab := foldTable()
	if ts.gen++; ts.gen == 0 { // a new text: the memo of the last one is void
		clear(ts.recent[:])
		ts.gen = 1
	}
	s, p := 0, 0
	for i, t := range toks {
		if t.kind == tokWord {
			w := text[t.s:t.e]
			m := &ts.recent[bloom.Hash(w)&uint32(len(ts.recent)-1)]
			if m.gen == ts.gen && m.word == w {
				low[i], flags[i] = m.fold, m.flags
			} else {
				low[i], flags[i] = foldWordFlagsIn(tab, w, &arena)
				*m = foldMemo{word: w, fold: low[i], flags: flags[i], gen: ts.gen}
			}
		} else {
			low[i], flags[i] = "", 0
			if t.kind == tokPara && (i == 0 || toks[i-1].kind != tokPara) {
				p++ // a run of line breaks, as "\n\n" between paragraphs, is one break
			}
		}
		if t.sentStart && i > 0 {
			s++
		}
		sent[i], para[i], noNames[i] = s, p, -1
		if len(ts.paraStart) <= p {
			ts.paraStart = append(ts.paraStart, i)
		}
	}
}
