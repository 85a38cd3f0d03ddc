package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
)

// The n-gram index must give the hits of a scan of the source, in the same order, n-grams above
// maxSourceRepeats places included (the vocabulary of benchSource is small: its single words
// are that frequent).
func TestGramIndexHitsAsScan(t *testing.T) {
	_, source := benchSource(20_000)
	st := sourceTokens(source)
	x := &gramIndex{st: st}
	r := rand.New(rand.NewPCG(3, 9))
	for k := range 200 {
		// A quote drawn from the source, with a few words changed, or from nowhere.
		i := r.IntN(len(st) - 60)
		words := strings.Fields(source[st[i].start:st[i+40].end])
		for range r.IntN(4) {
			words[r.IntN(len(words))] = fmt.Sprintf("word%d", r.IntN(50))
		}
		qt := quoteTokens(strings.Join(words, " "))
		for n := 1; n <= 3; n++ {
			scan := seedHits(qt, st, n)
			if diff := cmp.Diff(scan, x.hits(qt, n), cmp.AllowUnexported(hit{})); diff != "" {
				t.Fatalf("quote %d, %d-grams: index hits differ from a scan (-scan +index):\n%s", k, n, diff)
			}
		}
	}
}

// Every quote of a long article of short quotes, checked against the article itself: each
// is found word for word at its own place, although most of its words are everywhere.
func TestSourceManyQuotesRepetitive(t *testing.T) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	var b strings.Builder
	var qs []string
	for i := range n {
		q := fmt.Sprintf("Quote number %d is here, and it says the same thing", i)
		qs = append(qs, q)
		fmt.Fprintf(&b, "%q he said. ", q)
	}
	text := b.String()
	src := NewSource(&article.Article{Text: text})
	for i, q := range qs {
		m := src.Locate(q, Options{})
		if m.Verdict != Exact {
			t.Fatalf("quote %d: verdict %v, want exact", i, m.Verdict)
		}
		if got := text[m.Source.Start:m.Source.End]; got != q {
			t.Fatalf("quote %d: passage %q, want its own place", i, got)
		}
	}
}

// A prepared source gives what Locate gives, also with a page text and from many goroutines.
func TestSourceConcurrent(t *testing.T) {
	a := &article.Article{
		Text:     "The minister said the budget is balanced this year. Taxes will go down.",
		PageText: "Menu. Home. The minister said the budget is balanced this year. Taxes will go down. \"We will build a new bridge next spring,\" the mayor added.",
	}
	quotes := []string{"the budget is balanced this year", "We will build a new bridge next spring", "Taxes will go up", "nothing of the sort at all"}
	var want []Match
	for _, q := range quotes {
		want = append(want, Locate(q, a, Options{}))
	}
	if !want[1].InPageText || want[0].Verdict != Exact || want[3].Verdict != NotFound {
		t.Fatalf("unexpected reference results: %+v", want)
	}
	src := NewSource(a)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 50 {
				i := (g + k) % len(quotes)
				if diff := cmp.Diff(want[i], src.Locate(quotes[i], Options{})); diff != "" {
					t.Errorf("quote %d (-Locate +Source.Locate):\n%s", i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
	if m := NewSource(nil).Locate("anything", Options{}); m.Verdict != Unverifiable {
		t.Errorf("nil source: verdict %v, want unverifiable", m.Verdict)
	}
}

// BenchmarkSourceLocate checks 100 quotes of 50 words against one prepared source; bytes are
// the source's, once per quote.
func BenchmarkSourceLocate(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		_, source := benchSource(n)
		st := sourceTokens(source)
		var qs []string
		for k := range 100 {
			i := (k * 7919) % (len(st) - 60)
			qs = append(qs, source[st[i].start:st[i+50].end])
		}
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(source) * len(qs)))
			for b.Loop() {
				src := NewSource(&article.Article{Text: source})
				for _, q := range qs {
					if m := src.Locate(q, Options{}); m.Verdict == NotFound {
						b.Fatal("not found")
					}
				}
			}
		})
	}
}
