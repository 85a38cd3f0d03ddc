package article

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseFlat fills a from the token stream of src, for pages the tree builder rejects (nested
// deeper than 512 elements). Text and PageText are the visible text, paragraphs split at
// block tags and <br>; links and quote elements are kept; Metadata stays empty.
func parseFlat(a *Article, src []byte, cause error) {
	a.Warnings = append(a.Warnings, "HTML tree rejected ("+cause.Error()+"); text read from the token stream without main-text extraction")
	idx := newTextIndex(src)
	b := &builder{a: a}
	w := &walker{b: b, idx: idx, skip: skipMain, base: a.URL}
	var open []*openSpan
	skipping := 0
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			if skipping == 0 {
				w.textNode(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			n := &html.Node{Type: html.ElementNode, DataAtom: atom.Lookup(name), Data: string(name)}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
			}
			skipping, open = w.flatTag(n, tt, skipping, open)
		}
	}
	w.finish()
	a.Text = string(b.text)
	a.PageText = a.Text
}

// flatTag applies one tag of the token stream to w.
func (w *walker) flatTag(n *html.Node, tt html.TokenType, skipping int, open []*openSpan) (int, []*openSpan) {
	a := n.DataAtom
	void := tt == html.SelfClosingTagToken || voidElements[a]
	if neverText[a] && !void {
		if tt == html.EndTagToken {
			return max(skipping-1, 0), open
		}
		return skipping + 1, open
	}
	if skipping > 0 {
		return skipping, open
	}
	if a == atom.Br || a == atom.Hr || blockElements[a] {
		w.breakPara()
	}
	if a != atom.A && a != atom.Q && a != atom.Blockquote {
		return skipping, open
	}
	if tt == html.StartTagToken {
		sp := w.openElement(n)
		if sp == nil && a != atom.A {
			w.unopened++ // past maxQuoteDepth: its end tag closes nothing
			return skipping, open
		}
		return skipping, append(open, sp)
	}
	if a != atom.A && w.unopened > 0 {
		w.unopened--
		return skipping, open
	}
	for i := len(open) - 1; i >= 0; i-- {
		if sp := open[i]; sp != nil && (sp.link == (a == atom.A)) && (sp.link || sp.block == (a == atom.Blockquote)) {
			w.closeElement(sp)
			return skipping, append(open[:i], open[i+1:]...)
		}
	}
	return skipping, open
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}
