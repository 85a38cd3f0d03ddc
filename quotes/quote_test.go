package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

func TestTextMultiParagraph(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "“We had no money.\n\n“Today we employ 300 people,” she said.",
			[]string{"We had no money.\n\nToday we employ 300 people,"}},
		{"en", "\"We deserved the win.\n\n\"The fans were amazing.\n\n\"We go on,\" Smith said.",
			[]string{"We deserved the win.\n\nThe fans were amazing.\n\nWe go on,"}},
		{"fr", "« Nous ne céderons pas.\n\n« Elle sera appliquée dès janvier », a déclaré le ministre.",
			[]string{"Nous ne céderons pas.\n\nElle sera appliquée dès janvier"}},
		{"en", "“One paragraph only,” she said.", []string{"One paragraph only,"}},
	}
	for _, c := range cases {
		a, err := article.ParseText(strings.NewReader(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range Extract(a, Options{Lang: c.lang}) {
			if q.Kind == Direct {
				got = append(got, q.Text(a))
				if q.Cue == nil {
					t.Errorf("%q: quote %q has no cue", c.text, q.Text(a))
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: Text = %q, want %q", c.text, got, c.want)
		}
	}
}
