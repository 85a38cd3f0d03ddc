package article

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walker turns an HTML tree into paragraphs of plain text. Block elements (p, h1–h6, li,
// blockquote, div, …) and <br> end a paragraph; runs of ASCII white space (the HTML
// definition: space, tab, LF, FF, CR) collapse to one space; Unicode spaces such as U+00A0
// are kept inside a paragraph and trimmed at its ends. Skipped elements contribute nothing.
type walker struct {
	b      *builder
	idx    *textIndex
	skip   func(n *html.Node, ancestors []atom.Atom) bool
	base   *url.URL
	anc    []atom.Atom
	inPara bool // the current paragraph has text
	start  int  // Text offset of the current paragraph
	space  bool // a collapsible space is pending
	// spaceAt is the index offset of the pending space when it is one verbatim ' ' between
	// two words of a found text node (then it maps exactly), -1 otherwise.
	spaceAt int
	open    []*openSpan
	marked  int // the open inline <q> elements that wrote an opening mark (inlineQuotes)
	depth   int // the open quote elements (<q>, <blockquote>), at most maxQuoteDepth
	// unopened counts the quote elements of the token stream (parseFlat) left open that
	// openElement refused (past maxQuoteDepth): as many end tags close none.
	unopened int
	links    []Link
	quotes   []QuoteElement
	// dropLinkOnly drops paragraphs whose text is all link text (lists of related
	// articles, share buttons): set for the main text.
	dropLinkOnly bool
	sepAt        int // Text length before the current paragraph's separator
}

// openSpan is a link or quote element being walked; start is -1 until its first word.
type openSpan struct {
	start int
	link  bool
	block bool
	url   *url.URL
	// close is the mark written after an inline <q> whose text came without marks (a browser
	// draws them: “…”, ‘…’ inside another), "" when none was written.
	close string
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.textNode(n.Data)
	case html.ElementNode:
		w.element(n)
	case html.DocumentNode:
		w.children(n)
	}
}

func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *walker) element(n *html.Node) {
	if w.skip(n, w.anc) {
		return
	}
	a := n.DataAtom
	switch {
	case a == atom.Br || a == atom.Hr:
		w.breakPara()
		return
	case a == atom.Td || a == atom.Th:
		w.space, w.spaceAt = w.inPara, -1
	}
	block := blockElements[a]
	if block {
		w.breakPara()
	}
	sp := w.openElement(n)
	w.anc = append(w.anc, a)
	w.children(n)
	w.anc = w.anc[:len(w.anc)-1]
	if block {
		w.breakPara()
	}
	if sp != nil {
		w.closeElement(sp)
	}
	if a == atom.Td || a == atom.Th {
		w.space, w.spaceAt = w.inPara, -1
	}
}

// openElement starts the span of a link, <q> or <blockquote>; nil for other elements.
func (w *walker) openElement(n *html.Node) *openSpan {
	var sp *openSpan
	switch n.DataAtom {
	case atom.A:
		u := w.resolve(attr(n, "href"))
		if u == nil || u.Scheme == "javascript" {
			return nil
		}
		sp = &openSpan{start: -1, link: true, url: u}
	case atom.Q, atom.Blockquote:
		if w.depth >= maxQuoteDepth {
			return nil // read as text, the quote element that holds it reports its words
		}
		w.depth++
		sp = &openSpan{start: -1, block: n.DataAtom == atom.Blockquote, url: w.resolve(attr(n, "cite"))}
	default:
		return nil
	}
	w.open = append(w.open, sp)
	return sp
}

// maxQuoteDepth is how many quote elements (<q>, <blockquote>, a Markdown block quote) may
// be open at once: a quote element inside maxQuoteDepth others is read as plain text (no
// QuoteElement, no marks), so that a page of thousands of nested <q> gives a number of
// quote elements, each holding the text of those inside it, bounded by maxQuoteDepth times
// the text, not its square. News nests quotes two or three deep.
const maxQuoteDepth = 16

func (w *walker) closeElement(sp *openSpan) {
	if !sp.link {
		w.depth--
	}
	for i := len(w.open) - 1; i >= 0; i-- {
		if w.open[i] == sp {
			w.open = append(w.open[:i], w.open[i+1:]...)
			break
		}
	}
	if sp.close != "" {
		w.marked--
	}
	if sp.start < 0 || sp.start >= len(w.b.text) {
		return
	}
	end := len(w.b.text)
	for end > sp.start && (w.b.text[end-1] == ' ' || w.b.text[end-1] == '\n') {
		end--
	}
	s := Span{sp.start, end}
	// A <q> whose paragraph ended inside it (a <p> or <blockquote> in it, invalid HTML) writes
	// no closing mark outside every paragraph.
	if sp.close != "" && end == len(w.b.text) && w.inPara {
		w.b.appendSep(sp.close, w.idx.inputAt(w.idx.cursor))
	}
	if sp.link {
		w.links = append(w.links, Link{Span: s, URL: sp.url})
	} else {
		w.quotes = append(w.quotes, QuoteElement{Span: s, Block: sp.block, Cite: sp.url})
	}
}

// resolve parses ref against the base URL; nil when empty or unparsable.
func (w *walker) resolve(ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	if w.base != nil {
		u = w.base.ResolveReference(u)
	}
	return u
}

// textNode emits the words of one text node.
func (w *walker) textNode(data string) {
	if isASCIISpace(data) {
		if data != "" && w.inPara {
			w.space, w.spaceAt = true, -1
		}
		return
	}
	off, found := w.idx.find(data)
	w.emitText(data, off, found)
}

// emitText emits the words of data, which is w.idx text at off when found.
func (w *walker) emitText(data string, off int, found bool) {
	for i := 0; i < len(data); {
		if isSpaceByte(data[i]) {
			j := i + 1
			for j < len(data) && isSpaceByte(data[j]) {
				j++
			}
			w.space, w.spaceAt = w.inPara, -1
			if found && j == i+1 && data[i] == ' ' {
				w.spaceAt = off + i
			}
			i = j
			continue
		}
		j := i
		for j < len(data) && !isSpaceByte(data[j]) {
			j++
		}
		w.word(data[i:j], off+i, found)
		i = j
	}
}

// word appends one word; off is its offset in the index text when found.
func (w *walker) word(s string, off int, found bool) {
	if !w.inPara {
		t := strings.TrimLeftFunc(s, unicode.IsSpace)
		if t == "" {
			return
		}
		off += len(s) - len(t)
		s = t
	}
	in := w.idx.cursor
	if found {
		in = off
	}
	inOff := w.idx.inputAt(in)
	switch {
	case !w.inPara:
		w.sepAt = len(w.b.text)
		if len(w.b.text) > 0 {
			w.b.appendSep("\n\n", inOff)
		}
		w.start = len(w.b.text)
		w.inPara = true
	case w.space && w.spaceAt >= 0:
		w.idx.appendRange(w.b, " ", w.spaceAt)
	case w.space:
		w.b.appendSep(" ", inOff)
	}
	w.space, w.spaceAt = false, -1
	// The spans still waiting for their first text are the last ones opened: a text node costs
	// them only, however deep the nesting.
	k := len(w.open)
	for k > 0 && w.open[k-1].start < 0 {
		k--
	}
	for _, sp := range w.open[k:] {
		if sp.start < 0 {
			if !sp.link && !sp.block && !startsWithMark(s) {
				open, close := "“", "”"
				if w.inlineQuotes() > 0 {
					open, close = "‘", "’"
				}
				w.b.appendSep(open, inOff)
				if sp.close == "" {
					w.marked++
				}
				sp.close = close
			}
			sp.start = len(w.b.text)
		}
	}
	if found {
		w.idx.appendRange(w.b, s, off)
	} else {
		w.b.appendMapped(s, inOff, 0)
	}
}

// breakPara ends the current paragraph, trimming trailing Unicode white space.
func (w *walker) breakPara() {
	w.space = false
	if !w.inPara {
		return
	}
	w.inPara = false
	end := len(w.b.text)
	for end > w.start {
		r, n := utf8.DecodeLastRune(w.b.text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end < len(w.b.text) {
		w.b.truncate(end)
		w.clip(end)
	}
	if w.dropLinkOnly && w.linkOnly(w.start, end) {
		w.drop()
		return
	}
	w.b.a.Paragraphs = append(w.b.a.Paragraphs, Span{w.start, end})
}

// linkOnly reports whether every byte of Text[start:end] that is not white space lies in a
// link of the paragraph, closed or still open.
func (w *walker) linkOnly(start, end int) bool {
	covered := start
	var spans []Span
	for i := len(w.links) - 1; i >= 0 && w.links[i].Span.End > start; i-- {
		spans = append(spans, w.links[i].Span)
	}
	for _, sp := range w.open {
		if sp.link && sp.start >= 0 {
			spans = append(spans, Span{sp.start, end})
		}
	}
	// A sweep over the spans in start order: linear after the sort, however many links.
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	i := 0
	for covered < end {
		next := covered
		for ; i < len(spans) && spans[i].Start <= covered; i++ {
			next = max(next, spans[i].End)
		}
		if next == covered {
			r, n := utf8.DecodeRune(w.b.text[covered:end])
			if !unicode.IsSpace(r) && !unicode.IsPunct(r) && r != '|' {
				return false
			}
			next = covered + n
		}
		covered = next
	}
	return true
}

// drop removes the current paragraph, its separator and the links and quotes inside it.
func (w *walker) drop() {
	cut := w.sepAt
	w.b.truncate(cut)
	for len(w.links) > 0 && w.links[len(w.links)-1].Span.Start >= cut {
		w.links = w.links[:len(w.links)-1]
	}
	for len(w.quotes) > 0 && w.quotes[len(w.quotes)-1].Span.Start >= cut {
		w.quotes = w.quotes[:len(w.quotes)-1]
	}
	w.clip(cut)
	for _, sp := range w.open {
		if sp.start >= cut {
			sp.start = -1
		}
	}
}

// clip shortens the spans of closed links and quotes to end at most at n.
func (w *walker) clip(n int) {
	// Spans end where their element closed, so ends never decrease: walk back from the last.
	for i := len(w.links) - 1; i >= 0 && w.links[i].Span.End > n; i-- {
		w.links[i].Span.End = n
	}
	for i := len(w.quotes) - 1; i >= 0 && w.quotes[i].Span.End > n; i-- {
		w.quotes[i].Span.End = n
	}
}

// finish closes the last paragraph and stores links and quotes with non-empty spans.
func (w *walker) finish() {
	w.breakPara()
	for _, l := range w.links {
		if l.Span.Start < l.Span.End {
			w.b.a.Links = append(w.b.a.Links, l)
		}
	}
	for _, q := range w.quotes {
		if q.Span.Start < q.Span.End {
			w.b.a.Quotes = append(w.b.a.Quotes, q)
		}
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isASCIISpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return false
		}
	}
	return true
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// blockElements end a paragraph where they open and close.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Html: true, atom.Legend: true,
	atom.Li: true, atom.Listing: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Tfoot: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Xmp: true, atom.Plaintext: true,
}

// neverText are elements whose content is never visible text: scripts, styles, embedded
// content, form controls and navigation.
var neverText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Option: true, atom.Textarea: true, atom.Button: true,
	atom.Input: true, atom.Nav: true, atom.Img: true, atom.Picture: true,
	atom.Map: true, atom.Dialog: true,
}

// skipMain are the elements left out of the main text: those of [skipVisible] and figure
// captions (credits and picture descriptions, not the article's text).
func skipMain(n *html.Node, anc []atom.Atom) bool {
	return n.DataAtom == atom.Figcaption || skipVisible(n, anc) || boilerplate(n)
}

// boilerplateClass matches class and id names of page furniture that readability leaves in
// the main text: captions and credits, share and social buttons, related links, newsletter
// and subscription boxes, advertisements.
var boilerplateClass = regexp.MustCompile(`(?i)(^|[-_ ])(caption|credit|share|sharing|social|related|newsletter|subscribe|promo|advert|ad|ads|sponsored|byline|dateline|timestamp|updated)([-_ ]|$)`)

func boilerplate(n *html.Node) bool {
	if n.DataAtom == atom.P || n.DataAtom == atom.Blockquote || n.DataAtom == atom.Q {
		return false
	}
	if !boilerplateClass.MatchString(attr(n, "class")) && !boilerplateClass.MatchString(attr(n, "id")) {
		return false
	}
	return !hasLongParagraph(n, 0)
}

// hasLongParagraph reports whether n holds a <p> of more than 200 bytes of text: article
// text, whatever the container's class says.
func hasLongParagraph(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.P && textLen(c, 200) > 200 || depth < 64 && hasLongParagraph(c, depth+1) {
			return true
		}
	}
	return false
}

// textLen is the length of the text inside n, counted up to limit.
func textLen(n *html.Node, limit int) int {
	l := 0
	for c := n.FirstChild; c != nil && l <= limit; c = c.NextSibling {
		if c.Type == html.TextNode {
			l += len(c.Data)
		} else {
			l += textLen(c, limit-l)
		}
	}
	return l
}

// skipVisible are the elements that are not visible text: [neverText], forms (except a form
// that wraps the page, see [wrapsPage]), and elements hidden with the hidden attribute,
// aria-hidden="true", role="navigation" or an inline display:none.
func skipVisible(n *html.Node, _ []atom.Atom) bool {
	if neverText[n.DataAtom] || n.Namespace != "" {
		return true
	}
	if n.DataAtom == atom.Form && !wrapsPage(n) {
		return true
	}
	return hidden(n)
}

// wrapsPage reports whether a <form> holds the page's content rather than a form's: an
// <article> or <main> inside, or at least 5 paragraphs (ASP.NET Web Forms pages put the whole
// body in one form).
func wrapsPage(form *html.Node) bool {
	paras := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Article, atom.Main:
				return true
			case atom.P:
				if paras++; paras >= 5 {
					return true
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(form)
}

// skipPage are the elements left out of the page text: those of [skipVisible], plus the page's
// banner and footer: <header> and <footer> not inside <article>, <main> or <section> (the
// HTML-AAM mapping to the ARIA banner and contentinfo landmarks), and role="banner",
// "contentinfo" or "search".
func skipPage(n *html.Node, anc []atom.Atom) bool {
	if skipVisible(n, anc) {
		return true
	}
	switch attr(n, "role") {
	case "banner", "contentinfo", "search":
		return true
	}
	if n.DataAtom != atom.Header && n.DataAtom != atom.Footer {
		return false
	}
	for _, a := range anc {
		if a == atom.Article || a == atom.Main || a == atom.Section {
			return false
		}
	}
	return true
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "role":
			if a.Val == "navigation" {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// inlineQuotes counts the open inline <q> elements that have written their opening mark.
func (w *walker) inlineQuotes() int { return w.marked }

// startsWithMark reports whether s opens with a quotation mark, so that a <q> around it needs
// none of its own.
func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"'“”‘’«»„‚‹›「『", r)
}
