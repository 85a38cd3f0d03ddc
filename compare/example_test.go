package compare_test

import (
	"fmt"

	"github.com/quotecheck/quotecheck/compare"
)

func ExampleLocateText() {
	source := "“We will not raise taxes on working families,” the minister said on Monday."
	for _, quote := range []string{
		"We will not raise taxes on working families",
		"we won't raise taxes on working families",
		"We will … raise taxes",
		"We will raise taxes on working families",
	} {
		m := compare.LocateText(quote, source, compare.Options{})
		fmt.Printf("%-16s %.2f %q\n", m.Verdict, m.Similarity, source[m.Source.Start:m.Source.End])
	}
	// Output:
	// exact            1.00 "We will not raise taxes on working families"
	// altered          1.00 "We will not raise taxes on working families"
	// elided           1.00 "We will not raise taxes"
	// meaning-changed  0.93 "We will not raise taxes on working families"
}

func ExampleIndex() {
	x := compare.NewIndex(compare.IndexOptions{})
	wire := "The central bank raised its key interest rate by half a percentage point on Thursday, the largest increase in two decades."
	x.AddDoc(compare.Doc{ID: "paper", Outlet: "Paper", Text: "Markets fell. " + wire})
	x.AddDoc(compare.Doc{ID: "wire", Outlet: "Wire", Text: wire})
	for _, p := range x.Passages() {
		fmt.Printf("%s → %s, %d words, similarity %.2f\n", p.Earlier.Outlet, p.Later.Outlet, p.Words, p.Similarity)
	}
	// Output:
	// Paper → Wire, 21 words, similarity 1.00
}
