package article

import (
	"bytes"
	"html"
	"io"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// ParseMarkdown reads a CommonMark document (github.com/yuin/goldmark, no extensions) into an
// Article. Paragraphs are the paragraphs, headings and list items; block quotes are kept as
// quote elements (Block true, no Cite); links give a Link with their destination as written
// (relative destinations stay relative). Code blocks, fenced code, HTML blocks, inline HTML
// and images are left out; inline code is kept. A front matter block at the very start
// ("---" … "---" or "..." for YAML, "+++" … "+++" for TOML) is left out of Text, and its
// title, author, date and lang (or language) keys fill Metadata with [OriginCaller].
//
// Positions are exact to the byte in the Markdown file: Position gives the line and column of
// a word as written, and of the backslash or '&' that starts an escape or an entity.
// The input is UTF-8 (a BOM is skipped; input that is not valid UTF-8 is decoded as
// Windows-1252 with a warning, see [DecodeText]). Errors come only from r; input beyond
// [MaxInputBytes] is dropped with a warning.
func ParseMarkdown(r io.Reader) (*Article, error) {
	a, src, err := readSource(r)
	if err != nil {
		return nil, err
	}
	body, fm := splitFrontMatter(src)
	a.Metadata = frontMatterMetadata(fm)
	doc := goldmark.DefaultParser().Parse(text.NewReader(body))
	m := &mdWalker{src: body, idx: &textIndex{}}
	m.w = &walker{b: &builder{a: a}, idx: m.idx, skip: skipMain}
	m.block(doc)
	m.w.finish()
	a.Text = string(m.w.b.text)
	a.PageText = a.Text
	return a, nil
}

// mdWalker feeds the goldmark tree to a walker; idx grows as text segments are met.
type mdWalker struct {
	src []byte
	idx *textIndex
	off int // length of the decoded text so far
	w   *walker
}

func (m *mdWalker) block(n ast.Node) {
	switch n.Kind() {
	case ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak,
		ast.KindLinkReferenceDefinition:
		return
	case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
		m.w.breakPara()
		m.inlines(n)
		m.w.breakPara()
		return
	case ast.KindBlockquote:
		m.w.breakPara()
		if m.w.depth >= maxQuoteDepth {
			m.children(n) // read as text (maxQuoteDepth)
			m.w.breakPara()
			return
		}
		m.w.depth++
		sp := &openSpan{start: -1, block: true}
		m.w.open = append(m.w.open, sp)
		m.children(n)
		m.w.breakPara()
		m.w.closeElement(sp)
		return
	}
	m.children(n)
}

func (m *mdWalker) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() == ast.TypeInline {
			m.inline(c)
		} else {
			m.block(c)
		}
	}
}

func (m *mdWalker) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		m.inline(c)
	}
}

func (m *mdWalker) inline(n ast.Node) {
	switch x := n.(type) {
	case *ast.Text:
		m.segment(x.Segment.Start, x.Segment.Stop, x.IsRaw())
		if x.HardLineBreak() {
			m.w.breakPara()
		} else if x.SoftLineBreak() {
			m.w.space, m.w.spaceAt = m.w.inPara, -1
		}
	case *ast.String:
		m.w.emitText(string(x.Value), m.off, false)
	case *ast.AutoLink:
		label := x.Label(m.src)
		if p := x.Pos() + 1; p >= 1 && bytes.HasPrefix(m.src[min(p, len(m.src)):], label) {
			sp := m.openLink(string(x.URL(m.src)))
			m.segment(p, p+len(label), true)
			m.close(sp)
		}
	case *ast.Link:
		sp := m.openLink(string(x.Destination))
		m.inlines(x)
		m.close(sp)
	case *ast.RawHTML:
		if isBr(x.Segments.Value(m.src)) {
			m.w.breakPara()
		}
	case *ast.Image:
	default:
		m.inlines(n)
	}
}

func (m *mdWalker) openLink(dest string) *openSpan {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil || dest == "" {
		return nil
	}
	sp := &openSpan{start: -1, link: true, url: u}
	m.w.open = append(m.w.open, sp)
	return sp
}

func (m *mdWalker) close(sp *openSpan) {
	if sp != nil {
		m.w.closeElement(sp)
	}
}

// segment emits src[start:stop], decoding backslash escapes and character references unless
// raw (code spans), with a piece per escape so that positions stay exact.
func (m *mdWalker) segment(start, stop int, raw bool) {
	if start >= stop {
		return
	}
	seg := m.src[start:stop]
	off := m.off
	var sb strings.Builder
	add := func(dec string, in, srcN int, exact bool) {
		if dec == "" {
			return
		}
		m.idx.pieces = append(m.idx.pieces, piece{m.off, len(dec), in, srcN, exact})
		m.off += len(dec)
		sb.WriteString(dec)
	}
	verb := 0 // start of the pending verbatim run in seg
	for i := 0; i < len(seg) && !raw; i++ {
		n, dec := mdEscape(seg[i:])
		if n == 0 {
			continue
		}
		add(string(seg[verb:i]), start+verb, i-verb, true)
		add(dec, start+i, n, false)
		i += n - 1
		verb = i + 1
	}
	add(string(seg[verb:]), start+verb, len(seg)-verb, true)
	m.w.emitText(sb.String(), off, true)
}

// mdEscape recognizes a backslash escape of ASCII punctuation or a character reference
// (CommonMark 0.31, sections 2.4 and 2.5) at the start of b and returns its length in bytes
// and its decoded text; 0 when there is none.
func mdEscape(b []byte) (int, string) {
	if len(b) >= 2 && b[0] == '\\' && isASCIIPunct(b[1]) {
		return 2, string(b[1:2])
	}
	if len(b) < 3 || b[0] != '&' {
		return 0, ""
	}
	end := bytes.IndexByte(b[:min(len(b), 40)], ';')
	if end < 2 {
		return 0, ""
	}
	ref := string(b[:end+1])
	for _, c := range ref[1:end] {
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, ""
		}
	}
	dec := html.UnescapeString(ref)
	if dec == ref {
		return 0, ""
	}
	return len(ref), dec
}

// isBr reports whether raw inline HTML is a <br> tag.
func isBr(b []byte) bool {
	b = bytes.ToLower(b)
	return bytes.HasPrefix(b, []byte("<br")) && (len(b) == 3 || !isLetter(b[3]))
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// splitFrontMatter returns src with a leading front matter block blanked out (every byte but
// newlines replaced by a space, so offsets and lines are kept) and the block's inner lines.
func splitFrontMatter(src []byte) (body []byte, fm []string) {
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) < 2 {
		return src, nil
	}
	open := strings.TrimRight(lines[0], "\r\n")
	if open != "---" && open != "+++" {
		return src, nil
	}
	end := 0
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t\r\n")
		if l == open || open == "---" && l == "..." {
			end = i
			break
		}
	}
	if end == 0 {
		return src, nil
	}
	n := 0
	for _, l := range lines[:end+1] {
		n += len(l)
	}
	body = bytes.Clone(src)
	for i := range n {
		if body[i] != '\n' {
			body[i] = ' '
		}
	}
	for _, l := range lines[1:end] {
		fm = append(fm, strings.TrimRight(l, "\r\n"))
	}
	return body, fm
}

// frontMatterMetadata reads the simple "key: value" (YAML) or "key = value" (TOML) lines of a
// front matter block: title, author, date, lang or language. Nested values are ignored.
func frontMatterMetadata(lines []string) Metadata {
	var m Metadata
	for _, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '\t' {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if eq := strings.IndexByte(l, '='); eq >= 0 && (!ok || eq < len(k)) {
			k, v, ok = l[:eq], l[eq+1:], true
		}
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		if v == "" {
			continue
		}
		switch k {
		case "title":
			m.Title = Field{v, OriginCaller}
		case "author":
			m.Authors = append(m.Authors, Field{v, OriginCaller})
		case "date":
			if t, ok := parseTime(v); ok {
				m.Published = TimeField{t, v, OriginCaller}
			}
		case "lang", "language":
			m.Language = Field{v, OriginCaller}
		}
	}
	return m
}
