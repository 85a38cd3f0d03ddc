package attribution_test

import (
	"fmt"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/quotes"
)

func ExampleSpeakers() {
	text := "Le vice-ministre russe de la Défense, Alexandre Fomine, était à Moscou.\n" +
		"« Cet appui est légitime », a-t-il ajouté.\n" +
		"« Moscou et Téhéran vont renforcer leurs coopérations », a réitéré le responsable russe."
	a := &article.Article{Text: text}
	// quotes as quotes.Extract gives them; written by hand here
	q := func(words, cue string) quotes.Quote {
		s := indexOf(text, words)
		c := indexOf(text, cue)
		return quotes.Quote{Span: article.Span{Start: s, End: s + len(words)}, Prev: -1, Next: -1,
			Cue: &quotes.Cue{Span: article.Span{Start: c, End: c + len(cue)}}}
	}
	qs := []quotes.Quote{
		q("Cet appui est légitime", "a-t-il ajouté"),
		q("Moscou et Téhéran vont renforcer leurs coopérations", "a réitéré"),
	}
	for i, at := range attribution.Speakers(a, qs, attribution.Options{}) {
		fmt.Printf("%d: %s (%q, %s) roles %q\n", i, at.Speaker.Name, text[at.Mention.Start:at.Mention.End], at.Method, at.Speaker.Roles)
	}
	// Output:
	// 0: Alexandre Fomine ("il", cue-pronoun) roles ["vice-ministre russe de la défense"]
	// 1: Alexandre Fomine ("le responsable russe", cue-role) roles ["vice-ministre russe de la défense"]
}

func ExampleSources() {
	text := "M.Fomine a affirmé que Moscou était intéressé, rapporte l’agence de presse iranienne Tasnim qui se réfère à Sputnik.\n" +
		"Source: Avec PressTV"
	for _, s := range attribution.Sources(&article.Article{Text: text}) {
		via := ""
		if s.Via != nil {
			via = " via " + s.Via.Name
		}
		fmt.Printf("%s %s%s (%s, %s)\n", s.Relation, s.Name, via, s.Outlet.Country, s.Outlet.Domains[0])
	}
	// Output:
	// cited Tasnim via Sputnik (IR, tasnimnews.com)
	// credit PressTV (IR, presstv.ir)
}

func ExampleLookupHost() {
	o, ok := attribution.LookupHost("fr.sputniknews.africa")
	fmt.Println(o.Name, o.Country, o.Kind, ok)
	// Output: Sputnik RU agency true
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
