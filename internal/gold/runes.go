package gold

import (
	"fmt"
	"unicode/utf8"
)

// runeOffsets maps Unicode code point offsets of text to UTF-8 byte offsets: byteAt[i] is the
// byte offset of code point i, and byteAt[len] == len(text). Invalid bytes count as one code
// point each, as Python's surrogateescape decoding would.
type runeOffsets []int

func newRuneOffsets(text string) runeOffsets {
	out := make(runeOffsets, 0, len(text)+1)
	for i := 0; i < len(text); {
		out = append(out, i)
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return append(out, len(text))
}

// span converts the code point range [start, end) to a byte Span of text.
func (ro runeOffsets) span(text string, start, end int) (Span, error) {
	if start < 0 || end < start || end >= len(ro) {
		return Span{}, fmt.Errorf("character range [%d,%d) outside a text of %d characters", start, end, len(ro)-1)
	}
	return NewSpan(text, ro[start], ro[end]), nil
}
