package article

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// MaxInputBytes is the largest plain-text or Markdown input the parsers read (16 MiB, some
// thousand times a long news article). Longer input is cut there and the Article carries a
// warning. HTML has its own bound, [MaxHTMLBytes].
const MaxInputBytes = 16 << 20

// ParseText reads plain UTF-8 text. Paragraphs are separated by blank lines; when the text has
// no blank line at all, every non-empty line is a paragraph (wire copy and the seed article are
// written that way), unless it goes on the sentence of the line before (a hard-wrapped text: the
// line before ends with no sentence end or closing mark and this one opens in lower case). A
// line break inside a paragraph becomes a space in Text (same byte length, so positions still
// map to the input). Leading and trailing white space of each paragraph is dropped; a UTF-8 BOM
// is skipped; a few invalid bytes in UTF-8 are replaced, and input that is not UTF-8 is decoded
// as Windows-1252 (see [DecodeText]). Text joins the paragraphs with "\n\n".
//
// Errors come only from r. Input beyond [MaxInputBytes] is dropped with a warning.
func ParseText(r io.Reader) (*Article, error) {
	a, src, err := readSource(r)
	if err != nil {
		return nil, err
	}
	b := builder{a: a}
	for _, p := range splitParagraphs(src) {
		if len(b.text) > 0 {
			b.appendSep("\n\n", p.Start)
		}
		start := len(b.text)
		b.appendUnwrapped(src, p)
		a.Paragraphs = append(a.Paragraphs, Span{start, len(b.text)})
	}
	a.Text = string(b.text)
	a.PageText = a.Text
	return a, nil
}

// readSource reads text or Markdown input (at most MaxInputBytes, decoded by DecodeText) into
// a new Article holding it as its source, with warnings for a cut or re-decoded input.
func readSource(r io.Reader) (*Article, []byte, error) {
	raw, truncated, err := readCapped(r, MaxInputBytes)
	if err != nil {
		return nil, nil, err
	}
	src, _, warns := decodeText(raw)
	a := &Article{}
	if truncated {
		a.Warnings = append(a.Warnings, fmt.Sprintf("input cut at %d bytes", MaxInputBytes))
	}
	a.Warnings = append(a.Warnings, warns...)
	a.setSource(src)
	return a, src, nil
}

// splitParagraphs returns the trimmed paragraph spans of src (offsets into src): the runs of
// lines between blank lines, or every non-blank line when there is no blank line. It walks
// the lines twice without keeping them, so a text of millions of short lines costs no more
// memory than its paragraphs.
func splitParagraphs(src []byte) []Span {
	blank := false
	for l := range lineSpans(src) {
		if isBlank(src[l.Start:l.End]) {
			blank = true
			break
		}
	}
	var out []Span
	cur := Span{-1, -1}
	flush := func() {
		if cur.Start >= 0 {
			if s, ok := trimSpan(src, cur); ok {
				out = append(out, s)
			}
		}
		cur = Span{-1, -1}
	}
	for l := range lineSpans(src) {
		if isBlank(src[l.Start:l.End]) {
			flush()
			continue
		}
		if !blank {
			if cur.Start >= 0 && wrapped(src[cur.Start:cur.End], src[l.Start:l.End]) {
				cur.End = l.End // a hard-wrapped line: "“We won,” Smith\nsaid."
				continue
			}
			flush()
			cur = l
			continue
		}
		if cur.Start < 0 {
			cur = l
		} else {
			cur.End = l.End
		}
	}
	flush()
	return out
}

// appendUnwrapped appends paragraph p of src with each line break ("\n", "\r\n", "\r") made
// one space mapped to it: a paragraph is one line of Text.
func (b *builder) appendUnwrapped(src []byte, p Span) {
	for at := p.Start; at < p.End; {
		i := bytes.IndexAny(src[at:p.End], "\r\n")
		if i < 0 {
			b.appendExact(string(src[at:p.End]), at)
			return
		}
		b.appendExact(string(src[at:at+i]), at)
		n := 1
		if src[at+i] == '\r' && at+i+1 < p.End && src[at+i+1] == '\n' {
			n = 2
		}
		b.appendMapped(" ", at+i, n)
		at += i + n
	}
}

// wrapped reports whether line next goes on the sentence of line prev in a text without blank
// lines: prev does not end with a sentence end, a colon or a closing mark, and next starts with
// a lower-case letter. A paragraph opens with a capital, a digit or a mark.
func wrapped(prev, next []byte) bool {
	prev, next = bytes.TrimRight(prev, " \t"), bytes.TrimLeft(next, " \t")
	last, _ := utf8.DecodeLastRune(prev)
	first, _ := utf8.DecodeRune(next)
	return len(prev) > 0 && unicode.IsLower(first) && !strings.ContainsRune(".!?…:;\"”»’)]", last)
}

// lineSpans yields the lines of src, split at "\n", "\r\n" and a lone "\r" (old Mac line
// ends); the line ends are left out of the spans.
func lineSpans(src []byte) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		for start := 0; start < len(src); {
			i := bytes.IndexAny(src[start:], "\r\n")
			end := len(src)
			next := len(src)
			if i >= 0 {
				end, next = start+i, start+i+1
				if src[end] == '\r' && next < len(src) && src[next] == '\n' {
					next++
				}
			}
			if !yield(Span{start, end}) {
				return
			}
			start = next
		}
	}
}

func isBlank(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

// trimSpan trims Unicode white space (NBSP included) from both ends of s, without copying.
func trimSpan(src []byte, s Span) (Span, bool) {
	b := src[s.Start:s.End]
	t := bytes.TrimLeftFunc(b, unicode.IsSpace)
	lead := len(b) - len(t)
	t = bytes.TrimRightFunc(t, unicode.IsSpace)
	if len(t) == 0 {
		return s, false
	}
	return Span{s.Start + lead, s.Start + lead + len(t)}, true
}

// readCapped reads at most limit bytes of r and reports whether more was left.
func readCapped(r io.Reader, limit int64) ([]byte, bool, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, false, fmt.Errorf("article: reading input: %w", err)
	}
	if int64(len(data)) > limit {
		return trimPartialRune(data[:limit]), true, nil
	}
	return data, false, nil
}

// trimPartialRune drops an incomplete UTF-8 sequence left at the end of b by a cut.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// DecodeText decodes plain text: a UTF-8 BOM is dropped; valid UTF-8 is returned as is; UTF-8
// with a few invalid bytes (fewer than its valid multi-byte sequences) has them replaced by
// U+FFFD; anything else is decoded as Windows-1252 (a superset of ISO-8859-1 for printable
// text), the common legacy encoding of Western news text. It returns the UTF-8 bytes and the
// name of the encoding used ("utf-8" or "windows-1252"). ParseText and ParseMarkdown put what
// it did in Article.Warnings.
func DecodeText(raw []byte) ([]byte, string) {
	out, name, _ := decodeText(raw)
	return out, name
}

// decodeText is DecodeText with the warnings to report: the number of bytes replaced, or
// the legacy decoding.
func decodeText(raw []byte) ([]byte, string, []string) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		return raw, "utf-8", nil
	}
	if valid, invalid := countUTF8(raw); valid > invalid {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), "utf-8",
			[]string{fmt.Sprintf("input is UTF-8 with %d invalid byte sequences, replaced by U+FFFD", invalid)}
	}
	out, _ := decodeWith(charmap.Windows1252, raw)
	return out, "windows-1252", []string{"input is not valid UTF-8; decoded as windows-1252"}
}
