package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "article", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseHTMLSimple(t *testing.T) {
	base := mustURL("https://courier.example/news/2024/bridge.html")
	a, err := ParseHTML(strings.NewReader(string(readFixture(t, "simple.html"))), "text/html", base)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, a.Text[p.Start:p.End])
	}
	wantParas := []string{ // readability drops the h1 that repeats the title
		"The town council voted on Tuesday to rebuild the old river bridge, a project that has divided residents for more than a decade and that will cost about €12 million over four years.",
		"“We have waited long enough,” said the mayor, Clara Holm, after the vote. She added that the works would start in early May and that traffic would be diverted through the northern road while the bridge is closed.",
		"The bridge is safe for now, but it will not last another winter without repairs.",
		"Opponents, who gathered outside the town hall, said the money should go to schools. One of them called the plan “a bridge to nowhere” and promised to keep campaigning until the next election.",
		"Line after a break.",
	}
	if diff := cmp.Diff(wantParas, paras); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if a.Text != strings.Join(paras, "\n\n") {
		t.Errorf("Text is not the paragraphs joined by a blank line:\n%q", a.Text)
	}
	type link struct{ Text, URL string }
	var links []link
	for _, l := range a.Links {
		links = append(links, link{a.Text[l.Span.Start:l.Span.End], l.URL.String()})
	}
	if diff := cmp.Diff([]link{{"early May", "https://courier.example/calendar#may"}}, links); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	type quote struct {
		Text, Cite string
		Block      bool
	}
	var quotes []quote
	for _, q := range a.Quotes {
		quotes = append(quotes, quote{a.Text[q.Span.Start:q.Span.End], q.Cite.String(), q.Block})
	}
	wantQuotes := []quote{
		{"The bridge is safe for now, but it will not last another winter without repairs.", "https://example.org/statement", true},
		{"a bridge to nowhere", "https://example.org/letter", false},
	}
	if diff := cmp.Diff(wantQuotes, quotes); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"never shown", "Subscribe", "Home", "color", "Copyright", "Site banner"} {
		if strings.Contains(a.Text, bad) || strings.Contains(a.PageText, bad) {
			t.Errorf("%q reached Text or PageText", bad)
		}
	}
	if !strings.Contains(a.PageText, "a bridge to nowhere") {
		t.Errorf("PageText lacks the article: %q", a.PageText)
	}
	if len(a.Warnings) != 0 {
		t.Errorf("warnings: %q", a.Warnings)
	}
	// Position of the quote "a bridge to nowhere": line 32, column 54 of the fixture.
	pos, ok := a.Position(a.Quotes[1].Span.Start)
	if want := (Position{Line: 32, Column: 54}); !ok || pos.Line != want.Line || pos.Column != want.Column {
		t.Errorf("Position(quote) = %+v, %v; want line %d column %d", pos, ok, want.Line, want.Column)
	}
}

func TestParseHTMLMetadata(t *testing.T) {
	base := mustURL("https://courier.example/news/2024/bridge.html")
	a, err := ParseHTML(strings.NewReader(string(readFixture(t, "simple.html"))), "", base)
	if err != nil {
		t.Fatal(err)
	}
	want := Metadata{
		Title:     Field{"Council votes on the river bridge", OriginJSONLD},
		Outlet:    Field{"The Valley Courier", OriginJSONLD},
		Authors:   []Field{{"Ana Ruiz", OriginJSONLD}, {"Tom Berg", OriginJSONLD}},
		Published: TimeField{time.Date(2024, 3, 5, 8, 30, 0, 0, time.UTC), "2024-03-05T08:30:00Z", OriginJSONLD},
		Canonical: Field{"https://courier.example/news/bridge-vote", OriginMeta},
		Language:  Field{"en-GB", OriginJSONLD},
	}
	if diff := cmp.Diff(want, a.Metadata); diff != "" {
		t.Errorf("Metadata (-want +got):\n%s", diff)
	}
}
