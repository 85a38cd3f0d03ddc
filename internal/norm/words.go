package norm

import (
	"unicode"
	"unicode/utf8"
)

// Word is one word token of a text: its folded form and where it lies.
type Word struct {
	Text string // the folded word, as in the folded text
	// Start and End are byte offsets into the original text, from 0, End exclusive:
	// s[Start:End] is the word as written, including any character the folding removed
	// inside it (a soft hyphen).
	Start, End int
	// FoldStart and FoldEnd are byte offsets into the folded text of [Fold], End exclusive.
	FoldStart, FoldEnd int
}

// Words folds s (see [Fold]) and splits the folded text into words, in order.
//
// A word is a maximal run of letters, digits and combining marks (Unicode categories L, N
// and M). An apostrophe between two such characters stays inside the word ("don't",
// "l'iran", "aujourd'hui"), and so does a '.' or ',' between two digits ("3.5", "1,000").
// Everything else separates words, hyphens included ("vice-ministre" is two words), so a
// comparison treats "well-known" and "well known" alike.
//
// Word spans are in order: Start and End never decrease from one word to the next. Words
// that one original character folds into (NFKC turns "¼" into "1⁄4") share its span, so
// such spans may overlap.
func Words(s string) []Word {
	f := fold(s, true)
	return splitWords(f)
}

func splitWords(f folding) []Word {
	t := f.text
	var out []Word
	start := -1
	var prev rune
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && joins(r, prev, t[i+n:]):
			// stays inside the word
		default:
			if start >= 0 {
				out = append(out, f.word(start, i))
				start = -1
			}
		}
		prev = r
		i += n
	}
	if start >= 0 {
		out = append(out, f.word(start, len(t)))
	}
	return out
}

// joins reports whether the separator r, preceded by prev and followed by rest, stays inside a
// word: an apostrophe between word characters, a '.' or ',' between digits.
func joins(r, prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	switch r {
	case '\'':
		return isWordRune(prev) && isWordRune(next)
	case '.', ',':
		return isDigit(prev) && isDigit(next)
	}
	return false
}

func (f folding) word(i, j int) Word {
	return Word{Text: f.text[i:j], Start: f.start[i], End: f.end[j-1], FoldStart: i, FoldEnd: j}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) }
