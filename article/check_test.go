package article

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkArticle verifies the offset invariants of a: spans inside Text and non-empty,
// paragraphs in order and trimmed, segments covering Text, exact segments byte-identical to
// the input, and Position consistent with the input's lines and columns.
func checkArticle(t testing.TB, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	prev := 0
	for i, p := range a.Paragraphs {
		if !spanOK(p, len(a.Text)) || p.Start < prev {
			t.Fatalf("paragraph %d span %v out of order or outside Text (len %d)", i, p, len(a.Text))
		}
		s := a.Text[p.Start:p.End]
		if s == "" || strings.TrimFunc(s, unicode.IsSpace) != s || strings.Contains(s, "\n\n") {
			t.Errorf("paragraph %d %q is empty, untrimmed or holds a break", i, s)
		}
		prev = p.End
	}
	if n := len(a.Paragraphs); n > 0 && a.Paragraphs[n-1].End != len(a.Text) {
		t.Errorf("last paragraph ends at %d, Text at %d", a.Paragraphs[n-1].End, len(a.Text))
	}
	for i, l := range a.Links {
		if !spanOK(l.Span, len(a.Text)) || l.Span.Len() == 0 || l.URL == nil {
			t.Errorf("link %d: span %v, URL %v", i, l.Span, l.URL)
		}
	}
	for i, q := range a.Quotes {
		if !spanOK(q.Span, len(a.Text)) || q.Span.Len() == 0 {
			t.Errorf("quote %d: span %v", i, q.Span)
		}
	}
	checkSegments(t, a)
	checkPositions(t, a)
}

func spanOK(s Span, n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }

func checkSegments(t testing.TB, a *Article) {
	t.Helper()
	at := 0
	for i, s := range a.segs {
		if s.text != at || s.n <= 0 {
			t.Fatalf("segment %d %+v does not continue at %d", i, s, at)
		}
		at += s.n
		if s.in < 0 || s.in+s.srcN > len(a.src) {
			t.Fatalf("segment %d %+v outside input (len %d)", i, s, len(a.src))
		}
		if s.exact && a.Text[s.text:s.text+s.n] != string(a.src[s.in:s.in+s.srcN]) {
			t.Fatalf("exact segment %d: text %q, input %q", i, a.Text[s.text:s.text+s.n], a.src[s.in:s.in+s.srcN])
		}
	}
	if at != len(a.Text) {
		t.Fatalf("segments cover %d bytes of %d", at, len(a.Text))
	}
}

// checkPositions checks that Position of every span boundary and of a sample of offsets maps
// back to its own Offset through the line and column it reports.
func checkPositions(t testing.TB, a *Article) {
	t.Helper()
	var offs []int
	for _, p := range a.Paragraphs {
		offs = append(offs, p.Start, p.End)
	}
	for _, l := range a.Links {
		offs = append(offs, l.Span.Start, l.Span.End)
	}
	for _, q := range a.Quotes {
		offs = append(offs, q.Span.Start, q.Span.End)
	}
	for i := 0; i < len(a.Text); i += 97 {
		offs = append(offs, i)
	}
	if stride := len(offs)/500 + 1; stride > 1 { // offsetOf is slow on long lines
		for i := range len(offs) / stride {
			offs[i] = offs[i*stride]
		}
		offs = offs[:len(offs)/stride]
	}
	for _, off := range offs {
		pos, ok := a.Position(off)
		if !ok {
			t.Fatalf("Position(%d) not ok (len %d)", off, len(a.Text))
		}
		if got := a.offsetOf(pos.Line, pos.Column); got != pos.Offset {
			t.Fatalf("Position(%d) = %+v, but line %d column %d is input offset %d", off, pos, pos.Line, pos.Column, got)
		}
	}
	if _, ok := a.Position(len(a.Text) + 1); ok {
		t.Errorf("Position past the end is ok")
	}
	if _, ok := a.Position(-1); ok {
		t.Errorf("Position(-1) is ok")
	}
}

// offsetOf is the inverse of positionOf: the input byte offset of a line and rune column.
func (a *Article) offsetOf(line, col int) int {
	if line < 1 || line > len(a.lines) {
		return -1
	}
	off := a.lines[line-1]
	for c := 1; c < col; c++ {
		if off >= len(a.src) {
			return -1
		}
		_, n := utf8.DecodeRune(a.src[off:])
		off += n
	}
	return off
}
