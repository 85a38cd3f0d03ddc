package attribution

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/4+16)
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
			toks = append(toks, token{s: i, e: i + n, kind: tokPara})
			sentStart = true
			i += n
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(s, i)
			n0 := len(toks)
			toks = splitWord(toks, s, i, j)
			for k := n0; k < len(toks); k++ {
				toks[k].sentStart = sentStart
				sentStart = toks[k].kind == tokPunct // a glued sentence end: "assisté.Une"
			}
			i = j
		default:
			toks = append(toks, token{s: i, e: i + n, kind: tokPunct, sentStart: sentStart})
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

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns the end of the word starting at i: inner hyphens, apostrophes and dots
// followed by a letter are kept, so "vice-ministre", "a-t-il", "don't", "M.Fomine", "U.S."
// come out whole here and are split by splitWord.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
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
				j += n
				continue
			}
			if r == '.' && isInitialDot(s, i, j) {
				return j + n
			}
		}
		break
	}
	return j
}

// isInitialDot reports whether the dot at j ends an initial ("W.", "U.S.") or a title ("Mr.").
func isInitialDot(s string, i, j int) bool {
	w := s[i:j]
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true
	}
	if lex().titles[lower(w+".")] {
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
			if lex().titles[lower(prev+".")] || isSingleUpper(prev) {
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
	r, _ := utf8.DecodeRuneInString(s[i:])
	return token{s: i, e: j, kind: tokWord, upper: unicode.IsUpper(r)}
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
		// "M." and initials were kept inside their word, so a free dot ends the sentence
		return true
	}
	return false
}

// tokenCache keeps the tokens of the last text analysed, so that Speakers and Sources called
// one after the other on the same article tokenize it once. Tokens are never modified after
// they are made, so sharing them is safe.
var tokenCache struct {
	sync.Mutex
	text string
	ts   *tokenSet
}

// tokenSet is the read-only analysis of a text shared by the docs made from it.
type tokenSet struct {
	toks      []token
	low       []string // lower-cased words (see foldWord), "" for punctuation
	flags     []uint16 // word flags
	sent      []int    // sentence number of each token
	para      []int    // paragraph number of each token
	paraStart []int    // first token of each paragraph
	noNames   []int    // -1 for every token: nameAt of a doc without names; never written
}

// tokens returns the tokens of text, their lower-cased words (see foldWord), word flags and
// sentence and paragraph numbers.
func tokens(text string) *tokenSet {
	c := &tokenCache
	c.Lock()
	if len(c.text) == len(text) && len(text) > 0 && unsafe.StringData(c.text) == unsafe.StringData(text) {
		ts := c.ts
		c.Unlock()
		return ts
	}
	c.Unlock()
	toks := tokenize(text)
	n := len(toks)
	ts := &tokenSet{toks: toks, low: make([]string, n), flags: make([]uint16, n)}
	ints := make([]int, 3*n)
	ts.sent, ts.para, ts.noNames = ints[:n:n], ints[n:2*n:2*n], ints[2*n:]
	low, flags := ts.low, ts.flags
	s, p := 0, 0
	for i, t := range toks {
		if t.kind == tokWord {
			low[i], flags[i] = foldWordFlags(text[t.s:t.e])
		} else if t.kind == tokPara {
			p++
		}
		if t.sentStart && i > 0 {
			s++
		}
		ts.sent[i], ts.para[i] = s, p
		ts.noNames[i] = -1
		if len(ts.paraStart) <= p {
			ts.paraStart = append(ts.paraStart, i)
		}
	}
	c.Lock()
	c.text, c.ts = text, ts
	c.Unlock()
	return ts
}
