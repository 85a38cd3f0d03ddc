package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/lang"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, digits, inner apostrophes, hyphens and dots ("M.Fomine" is one)
	tPunct                // one punctuation rune (or "''", "``")
	tMark                 // a quote mark that the pairing step used
)

// token is a word or punctuation of Article.Text, located by byte offsets.
type token struct {
	s, e int
	kind tokKind
	fl   wordFlags // what folding a word needs
	ends bool      // a punctuation that ends a sentence or a clause (see doc.sentencePunct)
	para int       // index of the paragraph holding it
}

// wordFlags tell newDoc how to fold a word without reading it again.
type wordFlags uint8

const (
	wUpper    wordFlags = 1 << iota // an ASCII capital
	wNonASCII                       // a byte outside ASCII: lang.Fold decides
	wApos                           // an inner apostrophe: maybe an elision to split off
)

// isSpace reports white space, no-break spaces included.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || r == 0x202f || r == 0x2009 || unicode.IsSpace(r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

// elisions are the French elided words split off the word they lean on ("qu'il" → "qu'" "il").
var elisions = map[string]bool{
	"l'": true, "d'": true, "qu'": true, "s'": true, "n'": true, "c'": true, "j'": true,
	"m'": true, "t'": true, "jusqu'": true, "lorsqu'": true, "puisqu'": true, "quoiqu'": true,
}

// isElision reports whether w, folded (lang.Fold), is one of elisions; it folds w in a buffer
// of its own ("L’" is "l'").
func isElision(w string) bool {
	var buf [16]byte
	if f, ok := appendFold(buf[:0], w); ok {
		return elisions[string(f)]
	}
	return elisions[lang.Fold(w)]
}

// tokenize splits text[s:e] (one paragraph, index para) into tokens appended to out.
func tokenize(text string, s, e, para int, out []token) []token {
	i := s
	for i < e {
		if c := text[i]; c == ' ' { // the commonest byte, then words: no rune to decode
			i++
			continue
		} else if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j, fl := wordEnd(text, i, e)
			out = appendWord(text, i, j, para, fl, out)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			j, fl := wordEnd(text, i, e)
			out = appendWord(text, i, j, para, fl, out)
			i = j
		default:
			j := i + n
			if (r == '\'' || r == '`') && j < e && text[j] == byte(r) {
				j++
			}
			out = append(out, token{s: i, e: j, kind: tPunct, para: para})
			i = j
		}
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word starting at i: word runes, and an apostrophe, hyphen or
// dot when a word rune follows it on both sides ("don't", "vice-ministre", "M.Fomine", "U.S"),
// and what folding the word needs.
func wordEnd(text string, i, e int) (int, wordFlags) {
	prevWord := false
	var fl wordFlags
	seg := i // start of the current segment (after the last joining mark)
	for i < e {
		if c := text[i]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			if c <= 'Z' && c >= 'A' {
				fl |= wUpper
			}
			prevWord = true
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			fl |= wNonASCII
			prevWord = true
			i += n
			continue
		}
		if prevWord && (isApos(r) || r == '-' || r == '.' || r == 0xad) && i+n < e {
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if isWordRune(r2) && (r != '.' || !unicode.IsUpper(r2) || utf8.RuneCountInString(text[seg:i]) == 1) {
				if n > 1 {
					fl |= wNonASCII
				}
				if isApos(r) {
					fl |= wApos
				}
				i += n
				seg = i
				prevWord = false
				continue
			}
		}
		break
	}
	return i, fl
}

// appendWord appends the word text[s:e], splitting a French elision off its front.
func appendWord(text string, s, e, para int, fl wordFlags, out []token) []token {
	if fl&wApos == 0 {
		return append(out, token{s: s, e: e, kind: tWord, fl: fl, para: para})
	}
	for k := s; k < e && k-s <= 8; k++ {
		n := 0
		switch c := text[k]; {
		case c == '\'':
			n = 1
		case c == 0xe2 && k+2 < e && text[k+1] == 0x80 && (text[k+2] == 0x99 || text[k+2] == 0x98):
			n = 3
		default:
			continue
		}
		if k+n < e && isElision(text[s:k+n]) {
			out = append(out, token{s: s, e: k + n, kind: tWord, fl: fl, para: para})
			s = k + n
		}
		break
	}
	return append(out, token{s: s, e: e, kind: tWord, fl: fl, para: para})
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isUpperStart(s string) bool { return unicode.IsUpper(firstRune(s)) }

// lastRuneBefore returns the rune ending at byte i of text, and utf8.RuneError at 0.
func lastRuneBefore(text string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// runeAt returns the rune starting at byte i, utf8.RuneError at the end.
func runeAt(text string, i int) rune {
	if i >= len(text) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}
