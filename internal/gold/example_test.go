package gold_test

import (
	"fmt"

	"github.com/quotecheck/quotecheck/internal/gold"
)

func ExampleScorer() {
	text := `Smith said "We will win." It was late.`
	he := gold.NewSpan(text, 0, 5) // "Smith"
	g := gold.Article{ID: "x", Text: text, Quotes: []gold.Quote{
		{Start: 12, End: 24, Text: "We will win.", Kind: gold.KindDirect, Speaker: &he, Reference: "John Smith"},
	}}
	// The prediction keeps the quote marks (trimmed before comparing), names the speaker
	// with a title in capitals (case folded, title dropped), and adds a false alarm.
	p := gold.Article{ID: "x", Text: text, Quotes: []gold.Quote{
		{Start: 11, End: 25, Kind: gold.KindDirect, Speaker: &he, Reference: "Mr John SMITH"},
		{Start: 26, End: 37, Kind: gold.KindIndirect},
	}}
	var s gold.Scorer
	s.Add(&g, &p)
	for _, ls := range s.Result().Levels {
		fmt.Printf("%-5s P %.2f R %.2f F1 %.2f speaker %.2f\n",
			ls.Level, ls.All.Precision(), ls.All.Recall(), ls.All.F1(), ls.Speaker.Accuracy())
	}
	// Output:
	// 0.3   P 0.50 R 1.00 F1 0.67 speaker 1.00
	// 0.8   P 0.50 R 1.00 F1 0.67 speaker 1.00
	// exact P 0.50 R 1.00 F1 0.67 speaker 1.00
}
