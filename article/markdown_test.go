package article

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseMarkdown(t *testing.T) {
	src := readFixture(t, "sample.md")
	a, err := ParseMarkdown(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	wantParas := []string{
		"Bridge vote",
		"The council voted on Tuesday to rebuild the bridge, said the mayor, Clara Holm. See the minutes for details *and* figures & costs.",
		"We have waited long enough, and the bridge will not last another winter.",
		"First point with inline code.",
		"Second point", // inline <br> ends a paragraph as in HTML
		"with inline HTML.",
		"Autolink: https://example.org/a.",
	}
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, a.Text[p.Start:p.End])
	}
	if diff := cmp.Diff(wantParas, paras); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	type link struct{ Text, URL string }
	var links []link
	for _, l := range a.Links {
		links = append(links, link{a.Text[l.Span.Start:l.Span.End], l.URL.String()})
	}
	wantLinks := []link{{"the minutes", "https://example.org/minutes"}, {"https://example.org/a", "https://example.org/a"}}
	if diff := cmp.Diff(wantLinks, links); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	if len(a.Quotes) != 1 || a.Text[a.Quotes[0].Span.Start:a.Quotes[0].Span.End] != wantParas[2] || !a.Quotes[0].Block {
		t.Errorf("quotes = %+v", a.Quotes)
	}
	want := Metadata{
		Title:     Field{"Bridge vote: what was said", OriginCaller},
		Authors:   []Field{{"Ana Ruiz", OriginCaller}},
		Published: TimeField{time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), "2024-03-05", OriginCaller},
		Language:  Field{"en", OriginCaller},
	}
	if diff := cmp.Diff(want, a.Metadata); diff != "" {
		t.Errorf("Metadata (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"code is not text", "title:", "---"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("%q reached Text", bad)
		}
	}
	// Exact positions: every word of Text points at the same word in the file.
	tests := []struct {
		word      string
		line, col int
		nth       int
	}{
		{"Bridge", 8, 3, 0},
		{"Tuesday", 10, 23, 0},
		{"the", 11, 1, 1},
		{"minutes", 11, 33, 0},
		{"*and*", 12, 9, 0}, // the backslash of \*
		{"&", 12, 25, 0},    // the '&' of &amp;
		{"winter.", 15, 40, 0},
		{"https://example.org/a.", 24, 12, 0},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			off := nthIndex(a.Text, tt.word, tt.nth)
			if off < 0 {
				t.Fatalf("%q not in Text", tt.word)
			}
			pos, ok := a.Position(off)
			if !ok || pos.Line != tt.line || pos.Column != tt.col {
				t.Errorf("Position(%q) = %+v, %v; want line %d column %d", tt.word, pos, ok, tt.line, tt.col)
			}
		})
	}
}

func nthIndex(s, sub string, n int) int {
	off := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(s[off+1:], sub)
		if j < 0 {
			return -1
		}
		off += 1 + j
	}
	return off
}
