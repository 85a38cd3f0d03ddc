// Package quotes finds the quoted statements of an article: direct quotes in every quote-mark
// convention of the language, multi-paragraph quotes, quotes interrupted by their cue, indirect
// and mixed speech, and the <q>/<blockquote> elements of a page.
//
// The verb is [Extract]. Every span is a UTF-8 byte range into Article.Text (see article.Span).
//
// The rules follow the conventions of the shared corpus annotation guides (corpus/FORMAT.md,
// dev/FR-README.md): a direct quote's span excludes its marks and the spaces inside them; an
// incise inside the marks (« A, dit-il, B ») or a cue between two quotes splits one statement
// into linked pieces; an indirect quote spans the reported clause from its complementizer (or
// preposition) to the end of its sentence; a clause that holds quoted words is Mixed and the
// quoted words inside it are reported as well, as [Direct] quotes flagged [Fragment] whatever
// their length (never [Term]: which fragments to compare is the checker's choice); quoted
// words inside the journalist's own sentence with no cue are a [Term]. Nested quotes
// (Depth > 0) and fragments are given beside the statement that holds them: skip them to
// count statements.
//
// The language data (quote marks, reporting verbs, markers) comes from package lang; the
// rules that read it are lexical (no parser, no model), deterministic and linear in the text.
package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/article"
)

// Kind is the kind of a quote. Stable: new values are added only at the end.
type Kind int

const (
	Direct     Kind = iota // words inside quote marks
	Indirect               // reported speech without marks ("said that …", "a affirmé que …")
	Mixed                  // a reported clause that contains quoted words
	Term                   // scare quotes, titles, labels: quoted words that are not a statement
	Blockquote             // an HTML <blockquote> or <q>, or a Markdown block quote
)

var kindNames = [...]string{"direct", "indirect", "mixed", "term", "blockquote"}

// String returns the stable lower-case name of k ("direct", "indirect", …).
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText renders k as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Flags qualify a quote.
type Flags uint8

const (
	Unclosed       Flags = 1 << iota // the closing mark is missing; the quote ends at its paragraph
	MultiParagraph                   // the quote runs over several paragraphs (news convention)
	Interrupted                      // one piece of a statement split by its cue; see Quote.Next/Prev
	Floating                         // no cue of its own next to it
	Fragment                         // quoted words inside a reported clause: the statement is the enclosing Mixed quote
	// NounPhrase marks an Indirect quote whose content is a noun phrase, the object of its cue
	// ("endorsed [Clinton]", "criticism of [the deal]", "a salué [la coopération]"): an
	// attribution in the sense of PolNeAR (Newell et al. 2018), which annotates stances and
	// acts as well as statements, but no statement whose wording can be checked.
	NounPhrase
)

// Has reports whether all bits of g are set in f.
func (f Flags) Has(g Flags) bool { return f&g == g }

// flagNames are the stable names of the flags, in bit order.
var flagNames = [...]string{"unclosed", "multi-paragraph", "interrupted", "floating", "fragment", "noun-phrase"}

// Names returns the stable names of the flags set in f, in bit order ("unclosed",
// "multi-paragraph", "interrupted", "floating", "fragment", "noun-phrase"); nil when none.
func (f Flags) Names() []string {
	var out []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// String returns the names of the flags set in f joined by "|", or "none".
func (f Flags) String() string {
	if n := f.Names(); n != nil {
		return strings.Join(n, "|")
	}
	return "none"
}

// Cue is the reporting verb or marker of a quote ("said", "a-t-il ajouté", "according to",
// "selon", ":").
type Cue struct {
	Span  article.Span // bytes into Article.Text, covering the verb group or marker
	Lemma string       // dictionary form ("say", "ajouter", "according to", ":")
}

// Quote is one quoted statement or one piece of an interrupted statement.
type Quote struct {
	// Span is the quoted words, marks excluded (bytes into Article.Text); for a Blockquote it
	// is the element's whole text, marks the page wrote inside it included (« … »), and the
	// direct quote inside those marks is reported too, as its own Quote.
	Span  article.Span
	Kind  Kind
	Flags Flags
	Cue   *Cue // nil when the quote has no cue of its own

	// Open and Close are the marks of a direct quote ("«", "»", "“", "”"); Close is ""
	// when the quote is unclosed, Open is "" when a broken text lost the opener (the quote
	// then starts at its sentence), and the pieces of an incise keep only their outer mark. A
	// dialogue line ("— Il n'y aura pas de 49.3, a répété le ministre.") has the dash for Open
	// and "" for Close. Empty for other kinds.
	Open, Close string
	// Depth is the nesting depth of a direct quote: 0 for a top-level quote.
	Depth int
	// Next and Prev link the pieces of a statement interrupted by its cue: indexes into the
	// slice returned by Extract, -1 when none.
	Next, Prev int
	// Cite is the cite URL of a <q> or <blockquote>, "" when none.
	Cite string
	// Lang is the language whose conventions found the quote ("en", "fr").
	Lang string
}

// Text returns the quoted words: a.Text[q.Span.Start:q.Span.End], except that in a
// MultiParagraph direct quote the mark that re-opens each paragraph after the first (the news
// convention: "“A.¶“B,” she said.") is left out, with the spaces after it, so that the words
// can be compared with a source; the paragraph breaks stay.
func (q Quote) Text(a *article.Article) string {
	t := a.Text[q.Span.Start:q.Span.End]
	if !q.Flags.Has(MultiParagraph) || q.Kind != Direct || q.Open == "" {
		return t
	}
	paras := a.Paragraphs
	if !validParagraphs(a) {
		paras = lines(nil, a.Text)
	}
	var b strings.Builder
	from := q.Span.Start
	for _, p := range paras {
		if p.Start <= q.Span.Start || p.Start >= q.Span.End {
			continue
		}
		m := markAt(a.Text, p.Start)
		if m == "" || isDouble(m) != isDouble(q.Open) {
			continue
		}
		b.WriteString(a.Text[from:p.Start])
		from = p.Start + len(m)
		for from < q.Span.End {
			r, n := utf8.DecodeRuneInString(a.Text[from:])
			if !isSpace(r) {
				break
			}
			from += n
		}
	}
	if from == q.Span.Start {
		return t
	}
	b.WriteString(a.Text[from:q.Span.End])
	return b.String()
}
