package quotecheck

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
)

// linkedNames must pair each named source with the first free link that overlaps it, in
// source order, as a scan of every link does; anchors never nest, so link spans are disjoint.
func TestLinkedNamesAsScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		var srcs []attribution.Source
		pos := 0
		for range r.IntN(40) {
			pos += r.IntN(30)
			n := r.IntN(15)
			srcs = append(srcs, attribution.Source{URL: "https://example.com/" + string(rune('a'+r.IntN(26))), Span: article.Span{Start: pos, End: pos + n}})
			pos += n
		}
		for range r.IntN(40) {
			s := r.IntN(pos + 10)
			srcs = append(srcs, attribution.Source{Name: "Reuters", Span: article.Span{Start: s, End: s + r.IntN(25)}})
		}
		r.Shuffle(len(srcs), func(i, j int) { srcs[i], srcs[j] = srcs[j], srcs[i] })
		urls, absorbed := linkedNames(srcs)
		wantURLs, wantAbsorbed := scanLinkedNames(srcs)
		if !slices.Equal(urls, wantURLs) || !slices.Equal(absorbed, wantAbsorbed) {
			t.Fatalf("round %d: linkedNames differs from a scan\nsources %+v\ngot  %q %v\nwant %q %v", round, srcs, urls, absorbed, wantURLs, wantAbsorbed)
		}
	}
}

func scanLinkedNames(srcs []attribution.Source) ([]string, []bool) {
	urls, absorbed := make([]string, len(srcs)), make([]bool, len(srcs))
	for i, s := range srcs {
		urls[i] = s.URL
	}
	for i, s := range srcs {
		if s.URL != "" || s.Span.Len() == 0 {
			continue
		}
		for j, l := range srcs {
			if l.URL != "" && !absorbed[j] && l.Span.Overlaps(s.Span) {
				urls[i], absorbed[j] = l.URL, true
				break
			}
		}
	}
	return urls, absorbed
}
