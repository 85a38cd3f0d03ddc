// Package article is the document model of quotecheck: it turns an HTML page, a Markdown
// file or plain text into an [Article] whose Text every other package points into.
//
// The verbs are [ParseHTML], [ParseMarkdown] and [ParseText] ([ParseHTMLWithOptions] adds a
// logger). Every offset in an Article is a UTF-8 byte offset into Article.Text, from 0, end
// exclusive; [Article.Position] maps an offset back to a line and column of the original input.
//
// # Security considerations
//
// The parsers read untrusted input. Input is capped ([MaxHTMLBytes], [MaxInputBytes]), the
// HTML tree depth is capped at 512 by golang.org/x/net/html (deeper pages are read as a flat
// token stream), main-text extraction is skipped past [MaxHTMLElements] elements, and a panic
// in the extractor is turned into a warning. Nothing is fetched: URLs in the page are only
// parsed and resolved.
package article

import (
	"bytes"
	"net/url"
	"sort"
	"time"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into Article.Text, from 0.
// Text[s.Start:s.End] is exactly the text the span reports.
type Span struct {
	Start int `json:"start"` // first byte, from 0
	End   int `json:"end"`   // one past the last byte
}

// Len is the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies inside s.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Link is a hyperlink of the article: the span of its anchor text and its URL, resolved
// against the page's base (absolute for HTML parsed with a base URL or a <base href>; as
// written otherwise, e.g. a relative Markdown destination).
type Link struct {
	Span Span
	URL  *url.URL
}

// QuoteElement is an HTML <q> or <blockquote> (or a Markdown block quote): the span of its
// text and the URL of its cite attribute, nil when absent or unparsable.
type QuoteElement struct {
	Span  Span
	Block bool     // true for <blockquote> and Markdown "> " quotes, false for <q>
	Cite  *url.URL // absolute; nil when the element has no cite
}

// Origin says where a metadata value was read.
type Origin int

// Origins, most trusted first. Stable: new values are added only at the end.
const (
	OriginNone      Origin = iota // no value
	OriginJSONLD                  // a schema.org JSON-LD block
	OriginOpenGraph               // og:* or article:* meta properties
	OriginMeta                    // other <meta> tags and <link rel=canonical>
	OriginPage                    // the page itself: <title>, <html lang>, a byline element
	OriginCaller                  // set by the caller (for plain text or Markdown front matter)
)

var originNames = [...]string{"", "json-ld", "opengraph", "meta", "page", "caller"}

func (o Origin) String() string {
	if int(o) < len(originNames) {
		return originNames[o]
	}
	return "unknown"
}

// MarshalText renders the origin as its name ("json-ld", "opengraph", …).
func (o Origin) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Field is one metadata value with the place it came from.
type Field struct {
	Value  string `json:"value"`
	Origin Origin `json:"origin"`
}

// TimeField is a metadata date with the place it came from. Time is the zero time when absent.
type TimeField struct {
	Time   time.Time `json:"time"`
	Raw    string    `json:"raw,omitempty"` // the value as printed in the page
	Origin Origin    `json:"origin"`
}

// Metadata is what a page says about itself.
type Metadata struct {
	Title     Field
	Outlet    Field   // site or publisher name
	Authors   []Field // people credited, in page order
	Published TimeField
	Modified  TimeField
	Canonical Field // absolute canonical URL
	Language  Field // BCP 47 tag as given by the page ("fr", "en-US")
}

// Article is a parsed document.
//
// Text holds the main text as plain text, paragraphs separated by one blank line ("\n\n").
// PageText holds all visible text of the page (HTML only; equal to Text for other inputs), so a
// quote missing from the extracted main text may still be found on the page. Spans in
// Paragraphs, Links and Quotes point into Text.
type Article struct {
	Text       string
	Paragraphs []Span
	Links      []Link
	Quotes     []QuoteElement
	Metadata   Metadata
	URL        *url.URL // the base URL given to the parser, nil when none

	// PageText is the whole visible text of an HTML page, scripts, styles, navigation and
	// forms excluded. Offsets into it are not offsets into Text.
	PageText string

	// Warnings lists recoverable problems met while parsing (an undecodable byte sequence,
	// a truncated page, no main text found). Empty when none.
	Warnings []string

	src   []byte // the decoded input, for Position
	lines []int  // byte offset of each input line start
	// runeMarks[i] is the number of runes in src[:i*runeBlock]; nil when src is not valid
	// UTF-8 (then runes are counted from the line start).
	runeMarks []int32
	segs      []segment // sorted by text offset
}

// segment maps a stretch of Text to the input: Text[text:text+n] came from the input at
// src[in:in+srcN]. When exact, the two stretches are byte-identical and map 1:1.
type segment struct {
	text, n  int
	in, srcN int
	exact    bool
}

// Position is a place in the original input.
type Position struct {
	Line   int // line, from 1
	Column int // column, from 1, in runes (Unicode code points)
	Offset int // byte offset into the decoded input, from 0
}

// Position returns the line and column of the original input that the byte offset off of
// Text came from. ok is false when off is outside [0, len(Text)] or the input is unknown.
// The position is exact for every byte copied verbatim from the input (in the corpus of
// news pages, 98.9% of Text bytes); a decoded character reference ("&amp;") or Markdown
// escape maps to its '&' or '\'; a separator that has no input of its own (the "\n\n"
// between paragraphs, a space standing for collapsed white space) maps to the word after it.
// For an HTML page the input is the decoded page (UTF-8, BOM removed), so columns count
// characters whatever the page's charset. An offset inside a multi-byte rune maps to the
// rune's first byte.
func (a *Article) Position(off int) (pos Position, ok bool) {
	if a == nil || off < 0 || off > len(a.Text) || a.src == nil {
		return Position{}, false
	}
	in := a.inputOffset(off)
	return a.positionOf(in), true
}

// inputOffset maps a Text offset to an input offset through the segments.
func (a *Article) inputOffset(off int) int {
	i := sort.Search(len(a.segs), func(i int) bool { return a.segs[i].text+a.segs[i].n > off })
	if i == len(a.segs) {
		if i == 0 {
			return 0
		}
		s := a.segs[i-1]
		return s.in + s.srcN
	}
	s := a.segs[i]
	if off < s.text {
		return s.in
	}
	if s.exact {
		return s.in + (off - s.text)
	}
	return s.in
}

func (a *Article) positionOf(in int) Position {
	in = min(max(in, 0), len(a.src))
	for in > 0 && in < len(a.src) && !utf8.RuneStart(a.src[in]) {
		in-- // an offset inside a rune maps to the rune's first byte
	}
	l := sort.Search(len(a.lines), func(i int) bool { return a.lines[i] > in }) - 1
	l = max(l, 0)
	start := 0
	if l < len(a.lines) {
		start = a.lines[l]
	}
	return Position{Line: l + 1, Column: a.runesBefore(in) - a.runesBefore(start) + 1, Offset: in}
}

// runeBlock is the stride, in bytes, of the rune counts kept for Position.
const runeBlock = 1024

// runesBefore returns the number of runes in src[:in], in O(runeBlock) time with the counts
// kept every runeBlock bytes (valid UTF-8 input) or in O(in) otherwise.
func (a *Article) runesBefore(in int) int {
	if a.runeMarks == nil {
		return utf8.RuneCount(a.src[:in])
	}
	b := in / runeBlock
	n := int(a.runeMarks[b])
	for _, c := range a.src[b*runeBlock : in] {
		if utf8.RuneStart(c) {
			n++
		}
	}
	return n
}

// setSource records the decoded input and its line starts.
func (a *Article) setSource(src []byte) {
	a.src = src
	if n := bytes.Count(src, []byte{'\n'}) + bytes.Count(src, []byte{'\r'}) + 1; cap(a.lines) < n {
		a.lines = make([]int, 0, n) // one allocation, however many lines
	}
	a.lines = append(a.lines[:0], 0)
	for i, c := range src {
		if c == '\n' || c == '\r' && (i+1 == len(src) || src[i+1] != '\n') { // a lone "\r" ends a line too
			a.lines = append(a.lines, i+1)
		}
	}
	a.runeMarks = nil
	if !utf8.Valid(src) {
		return
	}
	a.runeMarks = make([]int32, 0, len(src)/runeBlock+1)
	n := 0
	for i, c := range src {
		if i%runeBlock == 0 {
			a.runeMarks = append(a.runeMarks, int32(n))
		}
		if utf8.RuneStart(c) {
			n++
		}
	}
	if len(src)%runeBlock == 0 {
		a.runeMarks = append(a.runeMarks, int32(n))
	}
}

// builder appends text to an Article while keeping the offset map.
type builder struct {
	a    *Article
	text []byte
}

// appendExact appends s, a verbatim copy of the input at byte offset in. It extends the last
// segment when both the text and the input continue it.
func (b *builder) appendExact(s string, in int) {
	if s == "" {
		return
	}
	if k := len(b.a.segs) - 1; k >= 0 {
		l := &b.a.segs[k]
		if l.exact && l.text+l.n == len(b.text) && l.in+l.srcN == in {
			l.n += len(s)
			l.srcN += len(s)
			b.text = append(b.text, s...)
			return
		}
	}
	b.a.segs = append(b.a.segs, segment{text: len(b.text), n: len(s), in: in, srcN: len(s), exact: true})
	b.text = append(b.text, s...)
}

// appendMapped appends s, which came from src[in:in+srcN] after decoding.
func (b *builder) appendMapped(s string, in, srcN int) {
	if s == "" {
		return
	}
	b.a.segs = append(b.a.segs, segment{text: len(b.text), n: len(s), in: in, srcN: srcN})
	b.text = append(b.text, s...)
}

// appendSep appends a separator that has no input of its own; it maps to input offset in.
func (b *builder) appendSep(s string, in int) { b.appendMapped(s, in, 0) }

// truncate cuts the text back to n bytes, dropping or shortening the segments past it.
func (b *builder) truncate(n int) {
	if n >= len(b.text) {
		return
	}
	b.text = b.text[:n]
	segs := b.a.segs
	for len(segs) > 0 && segs[len(segs)-1].text >= n {
		segs = segs[:len(segs)-1]
	}
	if k := len(segs) - 1; k >= 0 && segs[k].text+segs[k].n > n {
		cut := segs[k].text + segs[k].n - n
		segs[k].n -= cut
		if segs[k].exact {
			segs[k].srcN -= cut
		}
	}
	b.a.segs = segs
}
