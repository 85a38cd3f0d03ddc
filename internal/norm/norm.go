// Package norm folds text for comparison and splits it into word tokens, keeping a map from
// every byte of the folded text back to the byte of the original it came from.
//
// The verbs are [Fold] and [Words]. Folding is, in order, for each normalization segment of
// the input (a starter and the combining marks that follow it, per Unicode UAX #15):
//
//  1. the typographic table below, applied to the original runes;
//  2. NFKC (golang.org/x/text/unicode/norm), which also turns … into "..." and the no-break
//     and thin spaces into " ";
//  3. the typographic table again (NFKC can produce U+00B4 from Greek oxia, for instance);
//  4. Unicode full case folding (golang.org/x/text/cases.Fold).
//
// The typographic table (NFKC does not fold curly quotes; this table does):
//
//	’ ‘ ‛ ʼ ´ ` ′                  → '
//	“ ” „ ‟ « » ″                  → "
//	‐ ‑ ‒ – — ― −                  → -
//	U+00A0 U+202F U+2009 U+2007    → " "
//	soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060, BOM U+FEFF → removed
//
// Invalid UTF-8 bytes fold to U+FFFD. Offsets everywhere are UTF-8 byte offsets from 0.
package norm

import (
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the folded form of s and a map back to s: orig has len(folded)+1 entries;
// orig[i] is the byte offset in s of the start of the normalization segment that produced
// folded byte i, and orig[len(folded)] is len(s). orig is non-decreasing, and every entry is
// in [0, len(s)]. A folded span [i, j) covers the original bytes [orig[i], orig[j]), which
// also takes in characters the folding removed just before orig[j] (a trailing soft hyphen).
func Fold(s string) (folded string, orig []int) {
	orig = make([]int, 0, len(s)+1)
	out := fold(s, func(start, _, from, to int, _ []byte) bool {
		for range to - from {
			orig = append(orig, start)
		}
		return true
	})
	return string(out), append(orig, len(s))
}

// fold runs the folding of the package doc and calls emit for each segment: the original
// segment s[start:end] produced folded bytes [from, to) of out. It stops when emit returns
// false, and returns the folded bytes.
func fold(s string, emit func(start, end, from, to int, out []byte) bool) []byte {
	out := make([]byte, 0, len(s)+len(s)/16)
	var fl *folder
	for i := 0; i < len(s); {
		n := segmentLen(s[i:])
		before := len(out)
		if n == 1 && s[i] < utf8.RuneSelf {
			out = append(out, lowerASCII(s[i]))
		} else {
			if fl == nil {
				fl = newFolder()
			}
			out = fl.appendSegment(out, s[i:i+n])
		}
		if !emit(i, i+n, before, len(out), out) {
			break
		}
		i += n
	}
	return out
}

// segmentLen is the byte length of the normalization segment at the start of s (at least 1
// when s is not empty).
func segmentLen(s string) int {
	if s[0] < utf8.RuneSelf && (len(s) == 1 || s[1] < utf8.RuneSelf) {
		return 1
	}
	n := norm.NFKC.NextBoundaryInString(s, true)
	if n <= 0 {
		_, n = utf8.DecodeRuneInString(s)
	}
	return n
}

// lowerASCII folds one ASCII byte: upper case to lower case, the grave accent to '.
func lowerASCII(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case c == '`':
		return '\''
	}
	return c
}

// folder holds the buffers and the caser used for non-ASCII segments. A cases.Caser is not
// safe for concurrent use, so each call of fold has its own.
type folder struct {
	caser cases.Caser
	buf   []byte
}

func newFolder() *folder { return &folder{caser: cases.Fold()} }

// appendSegment appends the folded form of one normalization segment to out.
func (f *folder) appendSegment(out []byte, seg string) []byte {
	f.buf = appendTable(f.buf[:0], seg)
	if len(f.buf) == 0 {
		return out
	}
	nf := norm.NFKC.Bytes(f.buf)
	f.buf = appendTable(f.buf[:0], string(nf))
	return append(out, f.caser.Bytes(f.buf)...)
}

// appendTable appends s to b with the typographic table applied and invalid bytes replaced
// by U+FFFD.
func appendTable(b []byte, s string) []byte {
	for _, r := range s { // ranging over a string yields U+FFFD for invalid bytes
		if m, ok := table(r); ok {
			b = append(b, m...)
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// table is the typographic table of the package doc: the replacement of r, ok when r has one.
func table(r rune) (string, bool) {
	switch r {
	case '\u2019', '\u2018', '\u201B', '\u02BC', '\u00B4', '`', '\u2032':
		return "'", true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return `"`, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-", true
	case '\u00A0', '\u202F', '\u2009', '\u2007':
		return " ", true
	case '\u00AD', '\u200B', '\u2060', '\uFEFF':
		return "", true
	}
	return "", false
}
