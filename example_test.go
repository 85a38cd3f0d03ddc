package quotecheck_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/quotes"
)

// Quotes and their speakers in a short French text, with byte offsets into a.Text.
func Example_quotes() {
	a, err := article.ParseText(strings.NewReader(
		"Le vice-ministre russe de la Défense, Alexandre Fomine, était à Moscou.\n\n" +
			"« Nous sommes satisfaits du niveau des coopérations », a-t-il ajouté."))
	if err != nil {
		panic(err)
	}
	qs := quotes.Extract(a, quotes.Options{Lang: "fr"})
	who := attribution.Speakers(a, qs, attribution.Options{})
	for i, q := range qs {
		fmt.Printf("%s [%d,%d) %q — %s\n", q.Kind, q.Span.Start, q.Span.End, q.Text(a), who[i].Speaker.Name)
	}
	// Output:
	// direct [79,129) "Nous sommes satisfaits du niveau des coopérations" — Alexandre Fomine
}

// Checking a quote against a source page given by the caller, without fetching.
func ExampleChecker_Check() {
	a, _ := article.ParseText(strings.NewReader(`"We will not raise taxes," the minister said.`))
	src, _ := article.ParseText(strings.NewReader(`The minister said: "We will raise taxes next year."`))
	c := quotecheck.New(quotecheck.Options{NoFetch: true, Sources: []quotecheck.Source{{Name: "transcript", Article: src}}})
	rep, err := c.Check(context.Background(), a)
	if err != nil {
		panic(err)
	}
	for _, q := range rep.Quotes {
		for _, ch := range q.Checks {
			fmt.Println(q.Text, "→", ch.Outlet, ch.Verdict)
		}
	}
	// Output:
	// We will not raise taxes, → transcript meaning-changed
}
