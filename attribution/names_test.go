package attribution

import (
	"slices"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestNameBoundaries checks where capitalised sequences start and end: a capitalised pronoun
// after an abbreviation opens a sentence and never extends a name; a place word makes a
// name no person.
func TestNameBoundaries(t *testing.T) {
	for _, c := range []struct {
		text      string
		names     []string // every name of the text, in order
		notPerson []string // names whose entity must not be a person
	}{
		{"He spoke this morning in Washington D.C. He\u00a0recalled the revolt.", []string{"Washington D.C."}, nil},
		{"Issues such as the Middle East peace process, the West Bank and Lake Geneva came up.",
			[]string{"Middle East", "West Bank", "Lake Geneva"}, []string{"Middle East", "West Bank", "Lake Geneva"}},
		{"John Smith met Mary Jones.", []string{"John Smith", "Mary Jones"}, nil},
		{"He asked about Trump’s July 25 call and Clinton's Tuesday speech.", []string{"Trump’s", "July", "Clinton's", "Tuesday"}, nil},
		{"He mocked Trump’s May 3 remarks, not Theresa May's.", []string{"Trump’s", "May", "Theresa May's"}, nil},
		{"It beat the Oklahoma City Thunder, said the FBI Director James Comey.", []string{"Oklahoma City Thunder", "FBI", "Director James Comey"}, nil},
		{"The San Francisco Chronicle says so.", []string{"San Francisco Chronicle"}, nil},
		{"In October Google released it. On Tuesday Ted Cruz spoke.", []string{"Google", "Ted Cruz"}, nil},
		{"It said, according to the World Travel and Tourism Council. Then Clinton and Trump met.",
			[]string{"World Travel and Tourism Council", "Clinton", "Trump"}, nil},
		{"Tunisian Islamists said so.", []string{"Tunisian Islamists"}, []string{"Tunisian Islamists"}},
		{"Des hôpitaux (l'hôpital Nord, Saint Joseph) appellent. Il vit à St. Louis.", []string{"Nord", "Saint Joseph", "St. Louis"}, []string{"Saint Joseph", "St. Louis"}},
		{"After the attacks, de Blasio said he was worried.", []string{"de Blasio"}, nil},
	} {
		d := newDoc(&article.Article{Text: c.text})
		var got []string
		for n, m := range d.names {
			name := d.text[d.toks[m.t0].s:d.toks[m.t1-1].e]
			got = append(got, name)
			if slices.Contains(c.notPerson, name) && d.ents[d.entOf[n]].Kind == KindPerson {
				t.Errorf("%q: %q is a person", c.text, name)
			}
		}
		if !slices.Equal(got, c.names) {
			t.Errorf("%q: names %q, want %q", c.text, got, c.names)
		}
	}
}

// TestPossessiveJoinsEntity checks that a possessive mention ("Mr Blair's decision") is the
// entity of the person it names, with no 's in the canonical name.
func TestPossessiveJoinsEntity(t *testing.T) {
	d := newDoc(&article.Article{Text: "Tony Blair spoke first. Later, Mr Blair's decision was criticised."})
	var ents []*Entity
	for n := range d.names {
		ents = append(ents, d.ents[d.entOf[n]])
	}
	if len(ents) != 2 || ents[0] != ents[1] || ents[0].Name != "Tony Blair" {
		for _, e := range ents {
			t.Logf("entity %q %p", e.Name, e)
		}
		t.Fatalf("want both mentions in one entity named Tony Blair")
	}
}
