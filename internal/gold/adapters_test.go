package gold

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const testdata = "../../testdata/eval"

func TestLoadBRAT(t *testing.T) {
	got, err := LoadBRAT(filepath.Join(testdata, "polnear/attributions/sample_2016-09-12_hand-made_ab12.ann"), "en")
	if err != nil {
		t.Fatal(err)
	}
	x := got.Text
	q := func(sub string, n int, kind string, speaker *Span, cue Span, disc bool) Quote {
		s := at(t, x, sub, n)
		return Quote{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Speaker: speaker, Cue: &cue, Discontinuous: disc}
	}
	want := Article{ID: "brat/sample_2016-09-12_hand-made_ab12", Lang: "en", Text: x, Quotes: []Quote{
		// marks dropped; the curly apostrophe before makes byte and character offsets differ
		q("We will win.", 0, KindDirect, ptr(at(t, x, "Clinton’s aide", 0)), at(t, x, "said", 0), false),
		// two fragments: the covering span, marks at both ends dropped, the cue inside
		q("It is over,” he said, “and we know it.", 0, KindDirect, ptr(at(t, x, "he", 0)), at(t, x, "said", 1), true),
		q("that the polls were “rigged” by the media", 0, KindMixed, ptr(at(t, x, "The campaign", 0)), at(t, x, "argued", 0), false),
		// Attribution-no-source: no speaker; no Cue argument: the trigger is the cue
		q("Taxes would rise", 0, KindIndirect, nil, at(t, x, "was reported", 0), false),
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadBRAT (-want +got):\n%s", diff)
	}
	if m := got.Mismatches(); len(m) > 0 {
		t.Errorf("span texts differ: %v", m)
	}
}

func TestReadBRATErrors(t *testing.T) {
	tests := []struct{ name, ann string }{
		{"offset past the text", "T1\tContent 0 99\tx\n"},
		{"bad offsets", "T1\tContent a b\tx\n"},
		{"unknown argument", "T1\tCue 0 1\ta\nE1\tAttribution:T1 Content:T7\n"},
		{"no tab", "T1 Content 0 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBRAT(strings.NewReader("abc"), strings.NewReader(tt.ann), "x", "en")
			if !errors.Is(err, ErrBRAT) {
				t.Errorf("ReadBRAT error = %v, want one wrapping ErrBRAT", err)
			}
		})
	}
}

func TestLoadWikinews(t *testing.T) {
	got, err := LoadWikinews(filepath.Join(testdata, "wikinews/dev/42 - Handgeschriebener Testartikel (2024-01-01).json"))
	if err != nil {
		t.Fatal(err)
	}
	x := got.Text
	so := at(t, x, ", so Müller", 0)
	want := Article{ID: "german/dev/42", Lang: "de", Outlet: "Wikinews",
		Title: "42 - Handgeschriebener Testartikel (2024-01-01)", Text: x, Quotes: []Quote{
			quoteWith(at(t, x, "Wir schaffen das.", 0), KindDirect, ptr(at(t, x, "Der Minister", 0)), ptr(at(t, x, "sagte", 0)), false),
			quoteWith(at(t, x, "Die Lage sei ernst", 0), KindIndirect, ptr(at(t, x, "Müller", 0)), ptr(NewSpan(x, so.Start+2, so.Start+4)), false),
			// two pieces, no speaker, no cue; the empty fourth annotation is skipped
			quoteWith(at(t, x, "Man wolle prüfen, ob es reicht", 0), KindIndirect, nil, nil, true),
		}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadWikinews (-want +got):\n%s", diff)
	}
}

func quoteWith(s Span, kind string, speaker, cue *Span, disc bool) Quote {
	return Quote{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Speaker: speaker, Cue: cue, Discontinuous: disc}
}

func TestKindByMarks(t *testing.T) {
	tests := []struct{ text, kind, span string }{
		{`"Yes," he said.`, KindDirect, "Yes,"},
		{`''We won.''`, KindDirect, "We won."},
		{`that it was "fine"`, KindMixed, `that it was "fine"`},
		{`that it was fine`, KindIndirect, "that it was fine"},
		{`“Unclosed`, KindMixed, "“Unclosed"},
		{`  `, KindIndirect, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			end := len(tt.text)
			if strings.HasSuffix(tt.text, " he said.") {
				end -= len(" he said.")
			}
			kind, s, e := kindByMarks(tt.text, 0, end)
			if diff := cmp.Diff([2]string{tt.kind, tt.span}, [2]string{kind, tt.text[s:e]}); diff != "" {
				t.Errorf("kindByMarks (-want +got):\n%s", diff)
			}
		})
	}
}
