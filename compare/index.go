package compare

import (
	"cmp"
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/quotecheck/quotecheck/article"
)

// Doc is a document of an Index.
type Doc struct {
	ID        string    // the caller's name for it, such as its URL
	Outlet    string    // who published it
	Published time.Time // when; the zero time when unknown
	Text      string    // the text that spans point into (Article.Text)
}

// IndexOptions tune an Index. The zero value gives the defaults below.
type IndexOptions struct {
	// MaxDF is the document-frequency cap: a word 5-gram found in more than MaxDF documents
	// (boilerplate, stock phrases) is not used to find candidates. Default 50.
	MaxDF int
	// MinShared is the number of word 5-grams two passages must share to be compared.
	// Default 3.
	MinShared int
	// MinWords is the shortest passage reported, in words. Default 8.
	MinWords int
	// MinSimilarity is the lowest similarity of a reported passage, in [0, 1] (see
	// Passage.Similarity). Default 0.6.
	MinSimilarity float64
	// Logger receives debug records; nil means silent.
	Logger *slog.Logger
}

func (o IndexOptions) withDefaults() IndexOptions {
	if o.MaxDF <= 0 {
		o.MaxDF = 50
	}
	if o.MinShared <= 0 {
		o.MinShared = 3
	}
	if o.MinWords <= 0 {
		o.MinWords = 8
	}
	if o.MinSimilarity <= 0 {
		o.MinSimilarity = 0.6
	}
	return o
}

// Occurrence is where a passage lies: a document of the Index (by the number Add returned)
// and a span of bytes into its Text.
type Occurrence struct {
	Doc       int
	ID        string
	Outlet    string
	Published time.Time
	Span      article.Span
}

// Passage is a stretch of text that two documents share, or that one document repeats.
//
// Earlier is the occurrence published first and Later the other (provenance). When the two
// publication times are equal or one is unknown, Dated is false and Earlier is the one
// added to the Index first; within one document Earlier is the first occurrence.
type Passage struct {
	Earlier, Later Occurrence
	Dated          bool
	// Similarity in [0, 1]: 2 × equal aligned words / (words of both occurrences).
	Similarity float64
	// Words is the number of words of the Earlier occurrence.
	Words int
}

// Index finds the passages that documents share (near-duplicates across outlets, wire
// paragraphs inside longer stories, reworded variants) and the passages one document repeats.
//
// Word 5-grams (shingles) are hashed into postings; shingles in more than MaxDF documents are
// ignored; pairs of documents that share at least MinShared shingles are candidates, their
// shared shingles are chained into passages, and each passage is aligned word by word
// (the alignment of Locate) to measure its similarity. Whole-document copies are found by
// MinHash with LSH bands (see Duplicates).
//
// An Index is not safe for concurrent use. Results are deterministic: they depend only on
// the documents and the order they were added.
type Index struct {
	opts     IndexOptions
	docs     []indexDoc
	postings map[uint64][]posting
	df       map[uint64]int32 // documents holding each shingle
}

type indexDoc struct {
	Doc
	tokens   []token
	shingles []uint64 // hash of the 5-gram starting at each token, len(tokens)-4 (or 0)
	sig      []uint64 // MinHash signature
}

type posting struct{ doc, pos int32 }

// shingleLen is the number of words of a shingle.
const shingleLen = 5

// NewIndex returns an empty Index.
func NewIndex(opts IndexOptions) *Index {
	return &Index{opts: opts.withDefaults(), postings: map[uint64][]posting{}, df: map[uint64]int32{}}
}

// Len is the number of documents added.
func (x *Index) Len() int { return len(x.docs) }

// Doc returns document i as added (Text included).
func (x *Index) Doc(i int) Doc { return x.docs[i].Doc }

// Add adds an Article under id, with its outlet and publication time from its Metadata,
// and returns its number in the Index (from 0). A nil Article adds an empty document.
func (x *Index) Add(id string, a *article.Article) int {
	d := Doc{ID: id}
	if a != nil {
		d.Text, d.Outlet, d.Published = a.Text, a.Metadata.Outlet.Value, a.Metadata.Published.Time
	}
	return x.AddDoc(d)
}

// AddDoc adds a document and returns its number in the Index (from 0).
func (x *Index) AddDoc(d Doc) int {
	id := len(x.docs)
	doc := prepare(d, true)
	for p, h := range doc.shingles {
		ps := x.postings[h]
		if len(ps) == 0 || int(ps[len(ps)-1].doc) != id {
			x.df[h]++
		}
		x.postings[h] = append(ps, posting{int32(id), int32(p)})
	}
	x.docs = append(x.docs, doc)
	return id
}

// prepare tokenizes and shingles a document; sig asks for its MinHash signature too.
func prepare(d Doc, sig bool) indexDoc {
	doc := indexDoc{Doc: d, tokens: sourceTokens(d.Text)}
	if n := len(doc.tokens) - shingleLen + 1; n > 0 {
		doc.shingles = make([]uint64, n)
		for i := range doc.shingles {
			doc.shingles[i], _ = gramHash(doc.tokens[i : i+shingleLen])
		}
	}
	if sig {
		doc.sig = minhash(doc.shingles)
	}
	return doc
}

// Passages returns every passage shared by two documents of the Index and every passage a
// document repeats. They come in the order documents were added (the one added later of each
// pair), then by the other document, then by position; Earlier and Later give provenance.
func (x *Index) Passages() []Passage {
	var out []Passage
	for i := range x.docs {
		out = append(out, x.shared(x.docs[i], i, i)...)
	}
	return out
}

// Query returns the passages that d shares with the documents of the Index, and those d
// repeats, without adding d. In each Passage the occurrence in d has Doc == -1.
func (x *Index) Query(d Doc) []Passage {
	return x.shared(prepare(d, false), -1, len(x.docs))
}

// shared finds the passages of doc (number self, -1 when not in the Index) shared with the
// documents numbered below limit, and the passages doc repeats.
func (x *Index) shared(doc indexDoc, self, limit int) []Passage {
	hits := map[int][]hit{} // other document → (position in doc, position in other)
	for p, h := range doc.shingles {
		ps := x.postings[h]
		if int(x.df[h]) > x.opts.MaxDF || len(ps) > maxPostings*x.opts.MaxDF {
			continue
		}
		for _, o := range ps {
			if int(o.doc) == self || int(o.doc) >= limit {
				continue
			}
			hits[int(o.doc)] = append(hits[int(o.doc)], hit{s: int(o.pos), q: p})
		}
	}
	if x.opts.Logger != nil {
		x.opts.Logger.LogAttrs(context.Background(), slog.LevelDebug, "compare: index query",
			slog.String("id", doc.ID), slog.Int("candidates", len(hits)))
	}
	var out []Passage
	others := make([]int, 0, len(hits))
	for o := range hits {
		others = append(others, o)
	}
	slices.Sort(others)
	for _, o := range others {
		out = append(out, x.passages(doc, self, x.docs[o], o, hits[o])...)
	}
	out = append(out, x.repeats(doc, self)...)
	return out
}

// maxPostings bounds the postings of one shingle, as a multiple of MaxDF: a shingle a few
// documents repeat hundreds of times is boilerplate too.
const maxPostings = 4

// maxRepeats is the most places one shingle may take within a document and still seed
// repeated passages.
const maxRepeats = 8

// repeats finds the passages that doc repeats: shingles it holds at two places at least
// shingleLen words apart.
func (x *Index) repeats(doc indexDoc, self int) []Passage {
	at := map[uint64][]int{}
	for p, h := range doc.shingles {
		at[h] = append(at[h], p)
	}
	var hs []hit
	for p, h := range doc.shingles {
		if len(at[h]) > maxRepeats {
			continue
		}
		for _, q := range at[h] {
			if q >= p+shingleLen {
				hs = append(hs, hit{s: q, q: p})
			}
		}
	}
	return x.passages(doc, self, doc, self, hs)
}

// chain is a run of hits in order in both documents.
type chain struct{ hits []hit }

// maxChainGap is the largest distance, in words, between two hits of one passage.
const maxChainGap = 20

// passages chains the hits between a (q positions) and b (s positions) into passages and
// aligns each.
func (x *Index) passages(a indexDoc, ai int, b indexDoc, bi int, hs []hit) []Passage {
	if len(hs) < x.opts.MinShared {
		return nil
	}
	slices.SortFunc(hs, func(h, k hit) int {
		if c := cmp.Compare(h.q, k.q); c != 0 {
			return c
		}
		return cmp.Compare(h.s, k.s)
	})
	var open, done []chain
	for _, h := range hs {
		best := -1
		for i, c := range open {
			l := c.hits[len(c.hits)-1]
			if h.q > l.q && h.q-l.q <= maxChainGap && h.s > l.s && h.s-l.s <= maxChainGap {
				if best < 0 || absInt((h.s-h.q)-(l.s-l.q)) < absInt(diag(open[best])-(h.s-h.q)) {
					best = i
				}
			}
		}
		if best >= 0 {
			open[best].hits = append(open[best].hits, h)
			continue
		}
		// close the chains left behind
		keep := open[:0]
		for _, c := range open {
			if h.q-c.hits[len(c.hits)-1].q > maxChainGap {
				done = append(done, c)
			} else {
				keep = append(keep, c)
			}
		}
		open = append(keep, chain{hits: []hit{h}})
	}
	done = append(done, open...)
	slices.SortFunc(done, func(c, d chain) int {
		if r := cmp.Compare(c.hits[0].q, d.hits[0].q); r != 0 {
			return r
		}
		return cmp.Compare(c.hits[0].s, d.hits[0].s)
	})
	var out []Passage
	for _, c := range done {
		if len(c.hits) < x.opts.MinShared {
			continue
		}
		if p, ok := x.align(a, ai, b, bi, c); ok {
			out = append(out, p)
		}
	}
	return out
}

func diag(c chain) int {
	l := c.hits[len(c.hits)-1]
	return l.s - l.q
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// align measures one chained passage: a's words [first q, last q + shingleLen) against b's
// words around the chain.
func (x *Index) align(a indexDoc, ai int, b indexDoc, bi int, c chain) (Passage, bool) {
	f, l := c.hits[0], c.hits[len(c.hits)-1]
	q0, q1 := f.q, l.q+shingleLen
	s0, s1 := max(f.s-shingleLen, 0), min(l.s+2*shingleLen, len(b.tokens))
	if ai == bi && s0 < q1 { // a repeat must not overlap itself
		s0 = q1
	}
	if s1-s0 < 1 || q1-q0 < x.opts.MinWords {
		return Passage{}, false
	}
	qt := a.tokens[q0:q1]
	al := newAligner(qt)
	_, steps := al.align(al.window(b.tokens, s0, s1))
	if steps == nil {
		return Passage{}, false
	}
	cnt := count(qt, b.tokens[s0:s1], steps)
	fs, ls := alignedSource(steps)
	qs := quoteSpan(qt, steps)
	sim := 2 * float64(cnt.equal) / float64(cnt.quoteWords+cnt.passageWords)
	if sim < x.opts.MinSimilarity || cnt.equal < x.opts.MinWords {
		return Passage{}, false
	}
	ea := Occurrence{Doc: ai, ID: a.ID, Outlet: a.Outlet, Published: a.Published, Span: qs}
	eb := Occurrence{Doc: bi, ID: b.ID, Outlet: b.Outlet, Published: b.Published,
		Span: article.Span{Start: b.tokens[s0+fs].start, End: b.tokens[s0+ls].end}}
	p := Passage{Similarity: min(sim, 1)}
	p.Earlier, p.Later, p.Dated = provenance(ea, eb)
	p.Words = wordsIn(x.tokensOf(p.Earlier.Doc, a, ai, b), p.Earlier.Span)
	return p, true
}

func (x *Index) tokensOf(doc int, a indexDoc, ai int, b indexDoc) []token {
	if doc == ai {
		return a.tokens
	}
	return b.tokens
}

// provenance orders two occurrences by publication time; ties and unknown times fall back
// to the order of addition (a document being queried, -1, comes last), then to position.
func provenance(a, b Occurrence) (earlier, later Occurrence, dated bool) {
	if !a.Published.IsZero() && !b.Published.IsZero() && !a.Published.Equal(b.Published) {
		if a.Published.Before(b.Published) {
			return a, b, true
		}
		return b, a, true
	}
	ka, kb := a.Doc, b.Doc
	if ka < 0 {
		ka = 1 << 30
	}
	if kb < 0 {
		kb = 1 << 30
	}
	if ka < kb || ka == kb && a.Span.Start <= b.Span.Start {
		return a, b, false
	}
	return b, a, false
}
