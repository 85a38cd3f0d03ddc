package gold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteMarks are the quote marks FORMAT.md trims from both ends of a span: straight and
// curly double and single marks, low-9 marks, guillemets, CJK corner brackets, the backtick.
const quoteMarks = "\"'`“”„‟«»‹›‘’‚‛「」『』"

// closingPunct is the closing punctuation trimmed from the end of a span.
const closingPunct = ".,;:!?…)]}"

// Trim returns the span [start, end) of text shrunk as FORMAT.md prescribes before
// comparing: white space (Unicode, NBSP and U+202F included) and quote marks off both ends,
// and closing punctuation (. , ; : ! ? … and closing brackets) off the end. Offsets are UTF-8
// bytes into text. When nothing is left, the span is returned unchanged, so a span of bare
// marks still has a length. Out-of-range offsets are clamped to text.
func Trim(text string, start, end int) (int, int) {
	start, end = clamp(start, len(text)), clamp(end, len(text))
	if end <= start {
		return start, start
	}
	s, e := start, end
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune(quoteMarks, r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune(quoteMarks, r) && !strings.ContainsRune(closingPunct, r) {
			break
		}
		e -= n
	}
	if s == e {
		return start, end
	}
	return s, e
}

func clamp(i, n int) int { return min(max(i, 0), n) }
