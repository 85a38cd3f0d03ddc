package compare

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

const wire = "The central bank raised its key interest rate by half a percentage point on Thursday, " +
	"the largest increase in two decades, and signalled that further rises would follow in the coming months."

func day(d int) time.Time { return time.Date(2024, 3, d, 12, 0, 0, 0, time.UTC) }

// passageText renders a passage as "earlier-id[text] -> later-id[text]".
func passageText(x *Index, p Passage) string {
	e, l := x.docText(p.Earlier), x.docText(p.Later)
	return fmt.Sprintf("%s[%s] -> %s[%s]", p.Earlier.ID, e[p.Earlier.Span.Start:p.Earlier.Span.End], p.Later.ID, l[p.Later.Span.Start:p.Later.Span.End])
}

func (x *Index) docText(o Occurrence) string { return x.Doc(o.Doc).Text }

func TestIndexPassages(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		docs   []Doc
		want   []string
	}{
		{
			name:   "wire paragraph in a longer story",
			reason: "partial reuse: one paragraph of wire copy inside a longer article; the wire is older",
			docs: []Doc{
				{ID: "story", Published: day(3), Text: "Markets fell sharply in early trading. " + wire + " Analysts were divided on the outlook for housing."},
				{ID: "wire", Published: day(2), Text: wire},
			},
			want: []string{"wire[" + wire[:len(wire)-1] + "] -> story[" + wire[:len(wire)-1] + "]"},
		},
		{
			name:   "reworded variant",
			reason: "two words changed and one dropped: still the same passage",
			docs: []Doc{
				{ID: "a", Published: day(1), Text: wire},
				{ID: "b", Published: day(2), Text: "The central bank raised its main interest rate by half a percentage point on Thursday, the biggest increase in two decades, and signalled that rises would follow in the coming months."},
			},
			want: []string{"a[" + wire[:len(wire)-1] + "] -> b[The central bank raised its main interest rate by half a percentage point on Thursday, the biggest increase in two decades, and signalled that rises would follow in the coming months]"},
		},
		{
			name:   "repeated within one document",
			reason: "a talking point repeated in two paragraphs of one article",
			docs: []Doc{
				{ID: "one", Text: "He said the partnership between the two countries was exemplary, strategic and durable in every way.\n\nLater, the adviser also said the partnership between the two countries was exemplary, strategic and durable in every way."},
			},
			want: []string{"one[said the partnership between the two countries was exemplary, strategic and durable in every way] -> one[said the partnership between the two countries was exemplary, strategic and durable in every way]"},
		},
		{
			name:   "nothing shared",
			reason: "unrelated documents",
			docs: []Doc{
				{ID: "a", Text: wire},
				{ID: "b", Text: "The football team won the cup after a penalty shoot-out in front of forty thousand fans."},
			},
			want: nil,
		},
		{
			name:   "undated falls back to order of addition",
			reason: "no publication times: the first added is the earlier",
			docs: []Doc{
				{ID: "first", Text: wire},
				{ID: "second", Text: wire},
			},
			want: []string{"first[" + wire[:len(wire)-1] + "] -> second[" + wire[:len(wire)-1] + "]"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := NewIndex(IndexOptions{})
			for _, d := range tc.docs {
				x.AddDoc(d)
			}
			var got []string
			for _, p := range x.Passages() {
				got = append(got, passageText(x, p))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nPassages (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestIndexDFCap(t *testing.T) {
	boiler := "Sign up for our newsletter to receive the latest news every morning in your inbox."
	x := NewIndex(IndexOptions{MaxDF: 3})
	for i := range 5 {
		x.AddDoc(Doc{ID: fmt.Sprint(i), Text: fmt.Sprintf("Story number %d is about something else entirely. %s", i, boiler)})
	}
	if ps := x.Passages(); len(ps) != 0 {
		t.Errorf("boilerplate in 5 documents with MaxDF 3: got %d passages, want 0: %s", len(ps), passageText(x, ps[0]))
	}
	x = NewIndex(IndexOptions{})
	for i := range 5 {
		x.AddDoc(Doc{ID: fmt.Sprint(i), Text: fmt.Sprintf("Story number %d is about something else entirely. %s", i, boiler)})
	}
	if got := len(x.Passages()); got != 10 {
		t.Errorf("boilerplate in 5 documents with the default cap: got %d passages, want 10 (every pair)", got)
	}
}

func TestIndexQuery(t *testing.T) {
	x := NewIndex(IndexOptions{})
	x.AddDoc(Doc{ID: "wire", Outlet: "Wire", Published: day(1), Text: wire})
	got := x.Query(Doc{ID: "new", Outlet: "Paper", Published: day(5), Text: "In other news. " + wire})
	if len(got) != 1 {
		t.Fatalf("Query: %d passages, want 1", len(got))
	}
	p := got[0]
	want := [4]any{"Wire", 0, -1, true}
	if diff := cmp.Diff(want, [4]any{p.Earlier.Outlet, p.Earlier.Doc, p.Later.Doc, p.Dated}); diff != "" {
		t.Errorf("Query passage (-want +got):\n%s", diff)
	}
	if x.Len() != 1 {
		t.Errorf("Query added the document: Len = %d", x.Len())
	}
}

func TestIndexDuplicates(t *testing.T) {
	x := NewIndex(IndexOptions{})
	long := strings.Repeat(wire+" ", 1) + "Officials declined to comment on the decision, which surprised most economists polled last week."
	x.AddDoc(Doc{ID: "a", Published: day(4), Text: long})
	x.AddDoc(Doc{ID: "b", Text: "A completely different story about gardening, tomatoes and the weather in the spring season."})
	x.AddDoc(Doc{ID: "c", Published: day(2), Text: long + " Copyright the agency."})
	got := x.Duplicates()
	if len(got) != 1 {
		t.Fatalf("Duplicates = %+v, want one pair", got)
	}
	if d := got[0]; d.Earlier != 2 || d.Later != 0 || !d.Dated || d.Jaccard < 0.8 {
		t.Errorf("Duplicates = %+v, want c (2) before a (0), dated, Jaccard near 0.9", d)
	}
}

// TestIndexSeed checks that the seed article's two near-identical paragraphs (Larijani, then
// Velayati, on the "partenariat exemplaire, stratégique et durable") come out as a repeated
// passage.
func TestIndexSeed(t *testing.T) {
	a := seedArticle(t)
	x := NewIndex(IndexOptions{})
	x.Add("seed", a)
	var found bool
	for _, p := range x.Passages() {
		e := a.Text[p.Earlier.Span.Start:p.Earlier.Span.End]
		l := a.Text[p.Later.Span.Start:p.Later.Span.End]
		t.Logf("repeated passage, similarity %.2f, %d words:\n  %s\n  %s", p.Similarity, p.Words, e, l)
		if p.Earlier.Doc == 0 && p.Later.Doc == 0 && strings.Contains(e, "partenariat exemplaire, stratégique et durable") &&
			strings.Contains(l, "partenariat exemplaire, stratégique et durable") &&
			paragraphOf(a, p.Earlier.Span.Start) < paragraphOf(a, p.Later.Span.Start) &&
			strings.Contains(a.Text[a.Paragraphs[paragraphOf(a, p.Earlier.Span.Start)].Start:p.Earlier.Span.Start], "Il avait ajouté") &&
			strings.Contains(a.Text[a.Paragraphs[paragraphOf(a, p.Later.Span.Start)].Start:p.Later.Span.Start], "Velayati") {
			found = true
		}
	}
	if !found {
		t.Error("the Larijani and Velayati paragraphs are not reported as a repeated passage")
	}
}

func paragraphOf(a *article.Article, off int) int {
	for i, p := range a.Paragraphs {
		if off >= p.Start && off < p.End {
			return i
		}
	}
	return -1
}

// BenchmarkIndex streams articles through an Index: each is queried against the articles
// before it, then added. Bytes are the article texts; articles/s is reported.
func BenchmarkIndex(b *testing.B) {
	const n = 200
	docs := make([]Doc, n)
	for i := range docs {
		_, src := benchText(uint64(i+10), 300+i%7*50)
		docs[i] = Doc{ID: fmt.Sprint(i), Outlet: fmt.Sprint("outlet", i%3), Published: day(1 + i%28), Text: src}
		if i%10 == 0 { // every tenth article carries a wire paragraph
			docs[i].Text += " " + wire
		}
	}
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	found := 0
	for b.Loop() {
		x := NewIndex(IndexOptions{})
		found = 0
		for _, d := range docs {
			found += len(x.Query(d))
			x.AddDoc(d)
		}
	}
	if found != 190 { // 20 articles with the wire: 20×19/2 pairs
		b.Fatalf("found %d shared passages, want 190", found)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestLocateSeed locates edited versions of the seed article's own quotes in it.
func TestLocateSeed(t *testing.T) {
	a := seedArticle(t)
	tests := []struct {
		quote string
		want  Verdict
	}{
		{"Cet appui se fait évidemment à travers des mesures légitimes et transparentes", Exact},
		{"Nous sommes satisfaits du niveau des coopérations militaires avec l'Iran sur le terrain", Equivalent},
		{"Moscou et Téhéran vont renforcer leurs coopérations dans ce sens", Altered},
		{"Nous sommes satisfaits […] de celles ayant trait à l’industrie militaire", Elided},
		{"Je suis certain que ces coopérations ne continueront pas à se développer", MeaningChanged},
		{"Moscou et Téhéran pourraient donc renforcer leurs coopérations dans ce sens", MeaningChanged},
		{"Nous ne livrerons jamais de missiles à qui que ce soit", NotFound},
	}
	for _, tc := range tests {
		t.Run(tc.quote, func(t *testing.T) {
			m := Locate(tc.quote, a, Options{})
			if m.Verdict != tc.want {
				t.Errorf("verdict %v, want %v; edits %s", m.Verdict, tc.want, editSummary(tc.quote, a.Text, m))
			}
			checkMatch(t, tc.quote, a, m)
		})
	}
}

// seedArticle reads the seed article of the shared corpus (skips when it is absent).
func seedArticle(t *testing.T) *article.Article {
	t.Helper()
	f, err := os.Open(corpus.Path(t, "000_5f5a9c1a478e8b55.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := article.ParseText(f)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A source that repeats one word hundreds of thousands of times, quoted by a run of that word:
// the hits of one n-gram stay under the cap (they were appended for the whole gram before the
// cap was checked: 2 GB for ten such quotes against an 8 MB source).
func TestHitsCappedInsideAGram(t *testing.T) {
	x := &gramIndex{st: sourceTokens(strings.Repeat("the ", 600_000))}
	qt := quoteTokens(strings.TrimSpace(strings.Repeat("the ", 40)))
	for _, n := range []int{1, 3} { // 2-grams of two function words seed nothing
		x.of(n) // the table, built once per source
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		got := len(x.hits(qt, n))
		runtime.ReadMemStats(&after)
		if got == 0 || got > maxHits+maxGramRepeats {
			t.Errorf("%d-gram hits: %d, want between 1 and %d", n, got, maxHits+maxGramRepeats)
		}
		if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 128 {
			t.Errorf("%d-gram hits allocated %d MB, want at most 128", n, mb)
		}
	}
}
