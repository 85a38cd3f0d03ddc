// Package compare finds a quote in its source, shows the difference word by word and gives a
// verdict; it also finds the passages that many documents share (near-duplicates across
// outlets) and orders them in time.
//
// The verbs are [Locate] (a quote against a parsed source Article), [LocateText] (against
// plain text), [Source] (one source prepared once for the many quotes of an article) and
// [Index] (shared passages across documents). Every offset is a UTF-8 byte
// offset from 0, end exclusive.
//
// Both texts are folded with internal/norm (NFKC, case folding, quote, dash and space glyphs)
// and split into words; English contractions are expanded ("didn't" → did not) and French
// elisions split ("l'Iran" → l' Iran). Locate seeds candidate windows with the word 3-grams
// and 2-grams the quote shares with the source, then aligns the whole quote against each
// window word by word (semi-global, affine gaps after Gotoh 1982, ties broken toward
// matches): a marked ellipsis in the quote is a free gap, a [bracketed] insertion matches any
// few words, and two words may match one ("bear hug", "bearhug"). The differences are then
// classified by the verdict rules of [Verdict]: the most severe wins. Results depend only on
// the input, never on machine load or map iteration order.
//
// # Limits
//
// Locate costs time linear in the source length. One alignment holds at most 16 Mi cells
// (quote words × window words, 32 MiB). A quote of more than 1,500 words is first looked for
// word for word (up to letter forms) in linear time; failing that it is aligned in pieces of
// about 1,000 words, each placed where the previous one ends or, failing that, further on in
// the source (one more pass over it per such piece). Every quote word is accounted for: a
// piece found nowhere counts as words the source lacks, so a long quote is never called
// not-found because it could not be aligned in one piece; the pieces are joined in order, so
// a long quote whose parts come in another order than in the source gets the verdict of its
// best ordered reading (not-found when fewer than half its words come in the source's order:
// three passages quoted in reverse order). Seeding stops after 256 Ki hits on repetitive text, each n-gram included. Input is assumed to
// be UTF-8; invalid bytes are read as U+FFFD.
package compare

import (
	"fmt"
	"log/slog"

	"github.com/quotecheck/quotecheck/article"
)

// Verdict says how faithful a quote is to its source. Stable: new values are added only at
// the end. The rules are those of the quote verification guidelines of the shared corpus
// (../shared/corpus/dev/VERIFY-README.md, written for BASIL, Fan et al., EMNLP 2019): when several
// differences are present the most severe decides, in the order NotFound > MeaningChanged >
// Altered > Elided > Equivalent > Exact.
type Verdict int

const (
	// Exact: the quote occurs in the source character for character; only runs of white
	// space differ.
	Exact Verdict = iota
	// Equivalent: the same words in the same order; only typography, letter case,
	// punctuation, spacing, digit grouping or letter forms (œ/oe, É/E) differ.
	Equivalent
	// Elided: the source has the quote's words in order except where the quote marks an
	// omission (…, ..., [...], (...)) or an editorial change in square brackets.
	Elided
	// Altered: at least one unmarked change of wording that keeps what the source says.
	Altered
	// MeaningChanged: an unmarked edit touches a negation (not, n't, never, no, without; pas,
	// jamais, rien, aucun, sans), a number, quantity or date (an approximator such as "about"
	// added or dropped included), a modal of another force (may, must, could; pourrait, doit;
	// "would" for "will" is tense, not modality) or a proper name (another name, or one
	// added to or dropped from a list). A whole clause added or dropped is Altered whatever
	// words it holds.
	MeaningChanged
	// NotFound: the source text is there but no passage of it is close to the quote: fewer
	// than half of the quote's words match in order, or the match is made of function words
	// only (a stock phrase), or a quote with fewer than four content words matches fewer than
	// half of them.
	NotFound
	// Unverifiable: there is no usable source text (missing, empty, or known to be
	// incomplete: paywalled or truncated, see Options.Incomplete).
	Unverifiable
)

var verdictNames = [...]string{"exact", "equivalent", "elided", "altered", "meaning-changed", "not-found", "unverifiable"}

// String returns the stable name of v ("exact", "meaning-changed", …).
func (v Verdict) String() string {
	if v >= 0 && int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return "unknown"
}

// MarshalText renders v as its name.
func (v Verdict) MarshalText() ([]byte, error) {
	if v < 0 || int(v) >= len(verdictNames) {
		return nil, fmt.Errorf("compare: unknown verdict %d", int(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText reads a verdict name as written by MarshalText.
func (v *Verdict) UnmarshalText(b []byte) error {
	for i, n := range verdictNames {
		if n == string(b) {
			*v = Verdict(i)
			return nil
		}
	}
	return fmt.Errorf("compare: unknown verdict %q", b)
}

// Faithful reports whether v keeps the source's words: Exact, Equivalent or Elided.
func (v Verdict) Faithful() bool { return v == Exact || v == Equivalent || v == Elided }

// Flags qualify a Match.
type Flags uint8

const (
	// ContextCut: the source passage goes on with a qualifier right after the quoted words
	// (but, unless, if, except, although; mais, sauf, si, à moins).
	ContextCut Flags = 1 << iota
	// Archived: the source was an archived copy (set from Options.Archived).
	Archived
)

// Has reports whether all bits of g are set in f.
func (f Flags) Has(g Flags) bool { return f&g == g }

// Names returns the names of the set flags in bit order ("context-cut", "archived").
func (f Flags) Names() []string {
	var out []string
	for i, n := range []string{"context-cut", "archived"} {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// Options tune Locate. The zero value is ready to use.
type Options struct {
	// Archived marks the source as an archived copy: the Match carries the Archived flag.
	Archived bool
	// Incomplete says the caller knows the source text is partial (paywalled, truncated):
	// a quote that is not found is then Unverifiable rather than NotFound.
	Incomplete bool
	// MainTextOnly skips the search of Article.PageText.
	MainTextOnly bool
	// Logger receives debug records of the search; nil means silent.
	Logger *slog.Logger
}

// Match is the result of locating a quote in a source.
type Match struct {
	Verdict Verdict
	Flags   Flags
	// Source is the passage of the source the quote corresponds to, from its first to its
	// last aligned word, omitted stretches of an elided quote included: bytes into the
	// source Article's Text, or into its PageText when InPageText is true (into the source
	// string for LocateText). Zero when the verdict is NotFound or Unverifiable.
	Source article.Span
	// InPageText is true when the passage was found only in Article.PageText (the whole
	// page), not in the extracted main text: Source and the source spans of Diff and Edits
	// then point into PageText.
	InPageText bool
	// Quote is the aligned part of the quote, bytes into the quote string.
	Quote article.Span
	// Similarity in [0, 1]: 2 × aligned equal words / (quote words + source passage words),
	// omitted stretches of the source at a marked ellipsis not counted. 0 when not found.
	Similarity float64
	// WER is the word error rate of the quote against the passage: (substitutions +
	// deletions + insertions) / quote words, where a deletion is a source word the quote
	// drops without a mark and an insertion a quote word the source lacks. Marked
	// omissions and bracketed insertions are not errors. 1 when not found.
	WER float64
	// Diff is the word-level difference from the source passage to the quote, computed with
	// github.com/sergi/go-diff (one rune per distinct folded word, DiffMainRunes, no
	// timeout, semantic cleanup). Empty when not found.
	Diff []DiffOp
	// Edits are the differences that decided the verdict, from the word alignment, in quote
	// order. Empty for Exact.
	Edits []Edit
}

// DiffKind is the kind of a diff operation.
type DiffKind int

const (
	DiffEqual  DiffKind = iota // words in both
	DiffDelete                 // source words the quote does not have
	DiffInsert                 // quote words the source does not have
)

var diffNames = [...]string{"equal", "delete", "insert"}

func (k DiffKind) String() string {
	if k >= 0 && int(k) < len(diffNames) {
		return diffNames[k]
	}
	return "unknown"
}

// MarshalText renders k as its name ("equal", "delete", "insert").
func (k DiffKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// DiffOp is one operation of the word diff. Quote is a span of the quote string, Source a
// span of the source text (see Match.Source for which text). The span of the side that has
// no words is empty and placed where the words would go.
type DiffOp struct {
	Kind   DiffKind     `json:"kind"`
	Quote  article.Span `json:"quote"`
	Source article.Span `json:"source"`
}

// EditKind classifies one difference found by the alignment. Stable: new values only at
// the end.
type EditKind int

const (
	EditTypography  EditKind = iota // same word up to letter forms, digit grouping or a split/joined compound
	EditElision                     // source words omitted at a marked ellipsis
	EditBracket                     // a [bracketed] editorial insertion or change
	EditJoin                        // source narration skipped between two quoted stretches
	EditWording                     // an unmarked word change, addition or omission
	EditContraction                 // "did not" written "didn't" or the reverse
	EditNegation                    // the change touches a negation
	EditNumber                      // the change touches a number or quantity
	EditModal                       // the change touches a modal
	EditName                        // the change touches a proper name
	// EditSplice: quote words the source lacks at this place but has elsewhere, word for
	// word (a quote spliced from two places without a mark); Edit.Source is the other place.
	EditSplice
)

var editNames = [...]string{"typography", "elision", "bracket", "join", "wording", "contraction", "negation", "number", "modal", "name", "splice"}

func (k EditKind) String() string {
	if k >= 0 && int(k) < len(editNames) {
		return editNames[k]
	}
	return "unknown"
}

// MarshalText renders k as its name.
func (k EditKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Edit is one difference between the quote and the source passage: the quote words and the
// source words involved (either span may be empty).
type Edit struct {
	Kind   EditKind     `json:"kind"`
	Quote  article.Span `json:"quote"`
	Source article.Span `json:"source"`
}
