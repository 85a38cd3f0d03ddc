package gold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// doubleMarks are the double quote marks that decide a quote's kind in the converted dev
// sets (corpus/dev/README.md); two apostrophes in a row, The New York Times' mark, count too.
const doubleMarks = "\"“”„«»"

// markAt returns the byte length of a double mark starting at text[i:], 0 when none.
func markAt(text string, i int) int {
	if strings.HasPrefix(text[i:], "''") {
		return 2
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if strings.ContainsRune(doubleMarks, r) {
		return n
	}
	return 0
}

// markBefore returns the byte length of a double mark ending at text[:i], 0 when none.
func markBefore(text string, i int) int {
	if strings.HasSuffix(text[:i], "''") {
		return 2
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if strings.ContainsRune(doubleMarks, r) {
		return n
	}
	return 0
}

// kindByMarks classifies the content span [s, e) of text by its double quote marks and
// returns the span to report: direct when it opens and closes with a mark (the marks are
// dropped; a closing mark followed only by closing punctuation counts, and so does a missing
// mark left just outside the span), mixed when it holds a mark elsewhere, indirect otherwise.
// Surrounding white space is dropped first.
func kindByMarks(text string, s, e int) (kind string, start, end int) {
	s, e = trimSpace(text, s, e)
	if s == e {
		return KindIndirect, s, e
	}
	open, close := markAt(text, s), closingMark(text, s, e)
	openOut, closeOut := markBefore(text, s) > 0, e < len(text) && markAt(text, e) > 0
	inner := s + open
	innerEnd := e - close
	if innerEnd < inner {
		innerEnd = inner
	}
	hasInner := containsMark(text, inner, innerEnd)
	switch {
	case open > 0 && close > 0 && !hasInner,
		open > 0 && close == 0 && closeOut && !hasInner,
		open == 0 && close > 0 && openOut && !hasInner:
		return KindDirect, inner, innerEnd
	case open > 0 && close > 0:
		// "A," he said, "B." — a direct quote interrupted by its cue stays direct.
		return KindDirect, inner, innerEnd
	case open > 0 || close > 0 || hasInner:
		return KindMixed, s, e
	}
	return KindIndirect, s, e
}

// closingMark returns the length of the double mark that ends text[s:e], looking past closing
// punctuation after it (`…."` or `…",`): the mark and what follows are dropped together.
func closingMark(text string, s, e int) int {
	if e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if strings.ContainsRune(".,;:!?", r) && e-n > s {
			if m := markBefore(text, e-n); m > 0 {
				return e - (e - n - m)
			}
		}
	}
	if m := markBefore(text, e); m > 0 && e-m > s {
		return m
	}
	return 0
}

func containsMark(text string, s, e int) bool {
	for i := s; i < e; {
		if m := markAt(text, i); m > 0 {
			return true
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return false
}

// trimSpace drops Unicode white space from both ends of [s, e).
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
