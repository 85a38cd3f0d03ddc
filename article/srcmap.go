package article

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textIndex maps the decoded text of an HTML page back to the input. The tree built by
// golang.org/x/net/html carries no positions, so the page is tokenized a second time: text
// holds the decoded Data of every text token in input order, and pieces map each stretch of
// text to the input bytes it came from. Text nodes of a tree (the parsed page, or the
// readability extract built from it) are then found in text by search from a cursor, since
// both keep input order.
type textIndex struct {
	text   string
	pieces []piece // sorted by off, contiguous
	cursor int     // offset in text after the last node found
	misses int     // nodes not found near the cursor
}

// piece says text[off:off+n] came from input[in:in+srcN]; when exact, byte for byte.
type piece struct {
	off, n   int
	in, srcN int
	exact    bool
}

// hiddenRawText are the raw-text elements whose content never reaches Text: leaving their
// content out of the index keeps the search window on visible text.
var hiddenRawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true,
	atom.Noembed: true, atom.Noframes: true, atom.Title: true, atom.Textarea: true,
}

// searchWindow bounds the forward search for a text node, in bytes of decoded text.
const searchWindow = 256 << 10

// maxGlobalSearches bounds the whole-text searches made for nodes out of order.
const maxGlobalSearches = 64

func newTextIndex(src []byte) *textIndex {
	x := &textIndex{}
	var sb strings.Builder
	z := html.NewTokenizer(bytes.NewReader(src))
	pos := 0
	skip := false // the text token is the content of a script or style
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		if tt == html.StartTagToken {
			name, _ := z.TagName()
			skip = hiddenRawText[atom.Lookup(name)]
		} else if tt == html.TextToken && !skip && pos+n <= len(src) {
			data := string(z.Text())
			x.addToken(src[pos:pos+n], data, pos, sb.Len())
			sb.WriteString(data)
		}
		if tt != html.StartTagToken {
			skip = false
		}
		pos += n
	}
	x.text = sb.String()
	return x
}

// addToken records the pieces of one text token: raw input at in, decoded data at off.
func (x *textIndex) addToken(raw []byte, data string, in, off int) {
	if string(raw) == data {
		x.pieces = append(x.pieces, piece{off, len(data), in, len(raw), true})
		return
	}
	if bytes.ContainsAny(raw, "\r\x00") || !x.addEntityPieces(raw, data, in, off) {
		x.pieces = append(x.pieces, piece{off, len(data), in, len(raw), false})
	}
}

// addEntityPieces splits a token with character references at each '&': a reference never
// contains '&', so each chunk decodes on its own, to the decoded reference followed by the
// chunk's verbatim tail. It reports false (adding nothing) when the chunks do not add up.
func (x *textIndex) addEntityPieces(raw []byte, data string, in, off int) bool {
	var ps []piece
	o := off
	for start := 0; start < len(raw); {
		end := bytes.IndexByte(raw[start+1:], '&')
		if end < 0 {
			end = len(raw)
		} else {
			end += start + 1
		}
		chunk := string(raw[start:end])
		dec := html.UnescapeString(chunk)
		if !strings.HasPrefix(data[o-off:], dec) {
			return false
		}
		tail := commonSuffix(chunk, dec)
		if chunk[0] == '&' {
			tail = min(tail, len(chunk)-1)
		}
		if h := len(dec) - tail; h > 0 {
			ps = append(ps, piece{o, h, in + start, len(chunk) - tail, false})
		}
		if tail > 0 {
			ps = append(ps, piece{o + len(dec) - tail, tail, in + end - tail, tail, true})
		}
		o += len(dec)
		start = end
	}
	if o-off != len(data) {
		return false
	}
	x.pieces = append(x.pieces, ps...)
	return true
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// find returns the offset in x.text of the text node data s, searching forward from the
// cursor within [searchWindow], then (a bounded number of times) the rest of the text after
// the cursor and at last the text before it. ok is false
// when s is not found; the cursor then stays.
func (x *textIndex) find(s string) (off int, ok bool) {
	if s == "" {
		return x.cursor, false
	}
	end := min(len(x.text), x.cursor+searchWindow+len(s))
	if i := strings.Index(x.text[x.cursor:end], s); i >= 0 {
		off = x.cursor + i
		x.cursor = off + len(s)
		return off, true
	}
	if x.misses >= maxGlobalSearches {
		return x.cursor, false
	}
	x.misses++
	// the first copy after the cursor, else the first of the text: a short node ("Yes.")
	// repeated in the page maps to the copy nearest ahead of where reading stands
	if i := strings.Index(x.text[x.cursor:], s); i >= 0 {
		return x.cursor + i, true
	}
	if i := strings.Index(x.text[:min(len(x.text), x.cursor+len(s)-1)], s); i >= 0 {
		return i, true
	}
	return x.cursor, false
}

// pieceAt returns the index of the piece holding text offset off (the last piece when off is
// at or past the end), or -1 when there are no pieces.
func (x *textIndex) pieceAt(off int) int {
	i := sort.Search(len(x.pieces), func(i int) bool { return x.pieces[i].off+x.pieces[i].n > off })
	if i == len(x.pieces) {
		i--
	}
	return i
}

// inputAt maps a text offset to an input offset (the piece start when inexact).
func (x *textIndex) inputAt(off int) int {
	i := x.pieceAt(off)
	if i < 0 {
		return 0
	}
	p := x.pieces[i]
	if p.exact && off >= p.off {
		return p.in + min(off-p.off, p.n)
	}
	return p.in
}

// appendRange appends s, which is x.text[off:off+len(s)], to b with its input mapping.
func (x *textIndex) appendRange(b *builder, s string, off int) {
	for len(s) > 0 {
		i := x.pieceAt(off)
		if i < 0 {
			b.appendMapped(s, 0, 0)
			return
		}
		p := x.pieces[i]
		if off < p.off || off >= p.off+p.n {
			b.appendMapped(s, p.in, 0)
			return
		}
		k := min(len(s), p.off+p.n-off)
		if p.exact {
			b.appendExact(s[:k], p.in+off-p.off)
		} else {
			b.appendMapped(s[:k], p.in, p.srcN)
		}
		s, off = s[k:], off+k
	}
}
