// Package gold reads and scores annotated quote data in the JSON Lines schema of the shared
// corpus (../shared/corpus/FORMAT.md, not in this repository): one [Article] per line with its quotes, speakers, cues and source
// mentions, every offset a UTF-8 byte offset into the article's text.
//
// The verbs are [NewReader] (stream articles from JSON Lines), [Match] (align predicted and
// gold quotes of one article) and [Scorer] (precision, recall, F1 and speaker accuracy over
// many articles, exactly as FORMAT.md defines them). The same types serve for gold data and
// for predictions, so one scorer compares the two. [ReadBRAT] and [ReadWikinews] convert the
// formats public sets ship in (BRAT standoff as in PolNeAR; the German WikiNews quotation
// JSON); [ReadCases] and [ScoreVerify] read and score quote verification cases
// (../shared/corpus/dev/VERIFY-README.md).
package gold

// Span is a range of UTF-8 byte offsets into Article.Text, from 0, End exclusive, with the
// text it covers (Text == Article.Text[Start:End] in well-formed data).
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Len is the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Mention is a source of information credited in the text ("according to Reuters",
// "rapporte l'agence Tasnim", "Source: PressTV"). Via is the text of what that source cites
// in turn ("Sputnik" for Tasnim), "" when none.
type Mention struct {
	Span
	Via string `json:"via,omitempty"`
}

// Kinds of quote in FORMAT.md, in the order the scorer reports them.
const (
	KindDirect   = "direct"   // inside quote marks
	KindIndirect = "indirect" // reported speech without marks
	KindMixed    = "mixed"    // a reported clause that contains quoted words
	KindUnknown  = "unknown"  // the annotator could not tell
)

// Kinds lists the kinds of FORMAT.md in a fixed order.
var Kinds = []string{KindDirect, KindIndirect, KindMixed, KindUnknown}

// Quote is one reported statement. Start and End are UTF-8 byte offsets into Article.Text
// (Start from 0, End exclusive); for a direct quote they exclude the quote marks.
// Speaker is the mention the quote is attributed to, nil for a floating quote; Reference is
// the speaker's canonical name, "" when unknown; Cue is the reporting verb or marker, nil
// when none. Discontinuous marks a covering span made from several annotated pieces (an
// extension of the dev sets, see corpus/dev/README.md).
type Quote struct {
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Text          string `json:"text"`
	Kind          string `json:"kind"`
	Speaker       *Span  `json:"speaker"`
	Reference     string `json:"reference"`
	Cue           *Span  `json:"cue"`
	Discontinuous bool   `json:"discontinuous,omitempty"`
}

// Span returns the quote's own span.
func (q Quote) Span() Span { return Span{Start: q.Start, End: q.End, Text: q.Text} }

// Article is one line of a gold or prediction file. Fields the schema does not name are
// ignored when reading; Title is kept because the dev sets carry it.
type Article struct {
	ID      string    `json:"id"`
	Lang    string    `json:"lang"`
	Outlet  string    `json:"outlet,omitempty"`
	Title   string    `json:"title,omitempty"`
	Text    string    `json:"text"`
	Quotes  []Quote   `json:"quotes"`
	Sources []Mention `json:"sources,omitempty"`
}

// NewSpan returns the Span of text[start:end]. It panics when the range is outside text, like
// slicing does; callers pass offsets they produced.
func NewSpan(text string, start, end int) Span {
	return Span{Start: start, End: end, Text: text[start:end]}
}
