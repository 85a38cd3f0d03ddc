package compare

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/article"
)

// Many copies of one wire story make every pair of them a candidate of Duplicates. Each
// pair used to be collected in a map once per LSH band and its shingle sets sorted again for
// each pair: 1,000 copies took about 6 s and 900 MB of allocations, 3,000 copies three
// minutes and 8 GB. The result must still list every pair, once, in order.
func TestDuplicatesManyCopies(t *testing.T) {
	n := 800
	if testing.Short() {
		n = 200
	}
	x := NewIndex(IndexOptions{})
	story := strings.Repeat(wire+" ", 2)
	for i := range n {
		x.AddDoc(Doc{ID: fmt.Sprint(i), Published: day(1 + i%3), Text: story})
	}
	other := x.AddDoc(Doc{ID: "other", Text: "A completely different story about gardening, tomatoes and the weather in the spring season."})
	start := time.Now()
	got := x.Duplicates()
	t.Logf("%d copies: %d pairs in %v", n, len(got), time.Since(start))
	if want := n * (n - 1) / 2; len(got) != want {
		t.Fatalf("Duplicates: %d pairs, want %d", len(got), want)
	}
	seen := map[[2]int]bool{}
	for k, d := range got {
		p := [2]int{min(d.Earlier, d.Later), max(d.Earlier, d.Later)}
		if seen[p] || d.Earlier == other || d.Later == other || d.Jaccard != 1 {
			t.Fatalf("pair %d: %+v (repeated, or with the other story, or not identical)", k, d)
		}
		seen[p] = true
		if k > 0 && (got[k-1].Earlier > d.Earlier || got[k-1].Earlier == d.Earlier && got[k-1].Later >= d.Later) {
			t.Fatalf("pairs out of order at %d: %+v then %+v", k, got[k-1], d)
		}
	}
}

// A long quote with every other word changed gets a word diff without go-diff's semantic
// cleanup (quadratic in the number of operations): the operations still alternate between
// kept and changed words and cover the whole quote.
func TestWordDiffLongNoisyQuote(t *testing.T) {
	var q, s strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&s, "word%d ", i)
		if i%2 == 0 {
			fmt.Fprintf(&q, "word%d ", i)
		} else {
			fmt.Fprintf(&q, "other%d ", i)
		}
	}
	quote := strings.TrimSpace(q.String())
	a := &article.Article{Text: s.String()}
	m := Locate(quote, a, Options{})
	checkMatch(t, quote, a, m)
	if len(m.Diff) <= maxCleanupOps {
		t.Fatalf("%d diff operations, want more than %d for this test", len(m.Diff), maxCleanupOps)
	}
	equal, covered := 0, 0
	for _, d := range m.Diff {
		if d.Kind == DiffEqual {
			equal++
		}
		covered += len(strings.Fields(quote[d.Quote.Start:d.Quote.End]))
	}
	if equal < 1400 || covered != 3000 {
		t.Errorf("%d kept runs, %d quote words covered; want about 1,500 and 3,000", equal, covered)
	}
}
