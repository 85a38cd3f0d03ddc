package gold

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// at returns the byte span of the n-th (from 0) occurrence of sub in text; it fails the
// test when sub is absent, so a fixture typo never passes silently.
func at(t testing.TB, text, sub string, n int) Span {
	t.Helper()
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			t.Fatalf("%q not found in %q", sub, text)
		}
		if n == 0 {
			return NewSpan(text, off+i, off+i+len(sub))
		}
		n--
		off += i + 1
	}
}

func quote(s Span, kind string, speaker *Span, ref string) Quote {
	return Quote{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Speaker: speaker, Reference: ref}
}

func ptr(s Span) *Span { return &s }

func TestTrim(t *testing.T) {
	tests := []struct {
		name, text string
		start, end int
		want       string
		reason     string
	}{
		{"plain", "abc", 0, 3, "abc", "nothing to trim"},
		{"marks and period", `"We win."`, 0, 9, "We win", "quote marks both ends, closing period"},
		{"guillemets nbsp", "«\u00a0Nous\u00a0»", 0, len("«\u00a0Nous\u00a0»"), "Nous", "French marks with no-break spaces"},
		{"leading punctuation kept", "...and so", 0, 9, "...and so", "only closing punctuation is trimmed, at the end"},
		{"only marks", `""`, 0, 2, `""`, "nothing left: span unchanged"},
		{"clamped", "abc", -4, 99, "abc", "offsets outside the text are clamped"},
		{"reversed", "abc", 2, 1, "", "end before start gives an empty span"},
		{"two apostrophes", "''Yes,'' ", 0, 9, "Yes", "NYT's '' marks and a trailing comma"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := Trim(tt.text, tt.start, tt.end)
			if got := tt.text[s:e]; got != tt.want {
				t.Errorf("%s: Trim = %q, want %q", tt.reason, got, tt.want)
			}
		})
	}
}

// The thresholds case: gold is the 10 bytes "ABCDEFGHIJ" at [5,15); every prediction runs to
// byte 20, so its overlap with gold is 15-start.
func TestMatchThresholds(t *testing.T) {
	const text = "xxxxxABCDEFGHIJxxxxx"
	g := []Quote{{Start: 5, End: 15, Kind: KindDirect}}
	tests := []struct {
		name  string
		start int
		want  [3]bool // Loose, Strict, Exact
	}{
		{"overlap 2/10 below 0.3", 13, [3]bool{false, false, false}},
		{"overlap 3/10 at 0.3", 12, [3]bool{true, false, false}},
		{"overlap 7/10 below 0.8", 8, [3]bool{true, false, false}},
		{"overlap 8/10 at 0.8", 7, [3]bool{true, true, false}},
		{"covering is not exact", 0, [3]bool{true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := []Quote{{Start: tt.start, End: 20, Kind: KindDirect}}
			var got [3]bool
			for _, l := range Levels {
				got[l] = len(Match(text, g, p, l)) == 1
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("matched at (0.3, 0.8, exact) (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMatchGreedy(t *testing.T) {
	// Two gold quotes, three predictions. Pred 0 overlaps gold 0 by 4 bytes and gold 1 by 6;
	// pred 1 overlaps gold 1 exactly (10 bytes); pred 2 covers gold 0 (10 bytes).
	// Largest first: (g1,p1,10), (g0,p2,10); pred 0 is left over.
	const text = "0123456789abcdefghij"
	gq := []Quote{{Start: 0, End: 10}, {Start: 10, End: 20}}
	pq := []Quote{{Start: 6, End: 16}, {Start: 10, End: 20}, {Start: 0, End: 10}}
	want := []Pair{{Gold: 0, Pred: 2, Overlap: 10}, {Gold: 1, Pred: 1, Overlap: 10}}
	if diff := cmp.Diff(want, Match(text, gq, pq, Loose)); diff != "" {
		t.Errorf("Match (-want +got):\n%s", diff)
	}
	// One prediction covering both gold quotes matches only one of them (one-to-one):
	// the tie on overlap goes to the lower gold index.
	pq = []Quote{{Start: 0, End: 20}}
	want = []Pair{{Gold: 0, Pred: 0, Overlap: 10}}
	if diff := cmp.Diff(want, Match(text, gq, pq, Loose)); diff != "" {
		t.Errorf("Match covering (-want +got):\n%s", diff)
	}
}

// fixture is a tiny English article worked by hand.
const fixture = `Smith said "We will win." He added: "The vote is over." It was late.` + "\n" +
	`"Nobody will stop us."`

func fixtureGold(t *testing.T) Article {
	t.Helper()
	smith := at(t, fixture, "Smith", 0)
	he := at(t, fixture, "He", 0)
	return Article{ID: "t/1", Lang: "en", Text: fixture, Quotes: []Quote{
		quote(at(t, fixture, "We will win.", 0), KindDirect, &smith, "John Smith"),
		quote(at(t, fixture, "The vote is over.", 0), KindDirect, &he, "John Smith"),
		// a floating quote: no speaker in the text, reference resolved by the annotator
		quote(at(t, fixture, "Nobody will stop us.", 0), KindDirect, nil, "John Smith"),
	}}
}

func TestScorer(t *testing.T) {
	gold := fixtureGold(t)
	perfect := gold
	// Spans with their marks and commas still match exactly once trimmed.
	marked := gold
	marked.Quotes = nil
	for _, q := range gold.Quotes {
		q.Start--
		q.End++
		marked.Quotes = append(marked.Quotes, q)
	}
	all := func(g, p, m int) Counts { return Counts{Gold: g, Pred: p, Matched: m} }
	tests := []struct {
		name      string
		pred      *Article
		wantAll   [3]Counts
		wantRight [3]int // speakers right at each level
	}{
		{"perfect", &perfect, [3]Counts{all(3, 3, 3), all(3, 3, 3), all(3, 3, 3)}, [3]int{3, 3, 3}},
		{"marks trimmed", &marked, [3]Counts{all(3, 3, 3), all(3, 3, 3), all(3, 3, 3)}, [3]int{3, 3, 3}},
		{"no prediction", nil, [3]Counts{all(3, 0, 0), all(3, 0, 0), all(3, 0, 0)}, [3]int{}},
		{"empty prediction", &Article{ID: "t/1"}, [3]Counts{all(3, 0, 0), all(3, 0, 0), all(3, 0, 0)}, [3]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Scorer
			s.Add(&gold, tt.pred)
			r := s.Result()
			var gotAll [3]Counts
			var gotRight [3]int
			for _, l := range Levels {
				gotAll[l] = r.At(l).All
				gotRight[l] = r.At(l).Speaker.Correct
			}
			if diff := cmp.Diff(tt.wantAll, gotAll); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRight, gotRight); diff != "" {
				t.Errorf("speakers right (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScorerFigures(t *testing.T) {
	// Gold: 3 direct quotes. Prediction: the first as direct, the second as indirect (kind
	// wrong), plus a false alarm "It was late". All: 2 matched of 3 predicted, 3 gold:
	// P = 2/3, R = 2/3, F1 = 2/3. Direct: 1 of 1 predicted, 3 gold: P = 1, R = 1/3, F1 = 1/2.
	gold := fixtureGold(t)
	pred := Article{ID: "t/1", Text: fixture, Quotes: []Quote{
		gold.Quotes[0],
		quote(gold.Quotes[1].Span(), KindIndirect, gold.Quotes[1].Speaker, "John Smith"),
		quote(at(t, fixture, "It was late", 0), KindIndirect, nil, ""),
	}}
	var s Scorer
	s.Add(&gold, &pred)
	r := s.Result().At(Loose)
	type figures struct{ P, R, F float64 }
	fig := func(c Counts) figures { return figures{c.Precision(), c.Recall(), c.F1()} }
	got := map[string]figures{"all": fig(r.All)}
	for k, c := range r.ByKind {
		got[k] = fig(c)
	}
	want := map[string]figures{
		"all":      {2.0 / 3, 2.0 / 3, 2.0 / 3},
		"direct":   {1, 1.0 / 3, 0.5},
		"indirect": {0, 0, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(SpeakerCounts{Matched: 2, Correct: 2}, r.Speaker); diff != "" {
		t.Errorf("speaker (-want +got):\n%s", diff)
	}
}

func TestSpeakerCorrect(t *testing.T) {
	text := fixture
	smith, he, late := at(t, text, "Smith", 0), at(t, text, "He", 0), at(t, text, "late", 0)
	q := at(t, text, "The vote is over.", 0)
	tests := []struct {
		name   string
		g, p   Quote
		want   bool
		reason string
	}{
		{"same reference", quote(q, "", &he, "John Smith"), quote(q, "", &smith, "john  smith"), true,
			"references equal after folding, spans need not overlap"},
		{"different reference", quote(q, "", &he, "John Smith"), quote(q, "", &he, "Jane Doe"), false,
			"both references given: they decide, even when the spans overlap"},
		{"pronoun speaker, no gold reference", quote(q, "", &he, ""), quote(q, "", ptr(NewSpan(text, he.Start, he.End)), "John Smith"), true,
			"gold reference empty: the pronoun span overlaps"},
		{"pronoun speaker, wrong span", quote(q, "", &he, ""), quote(q, "", &smith, "John Smith"), false,
			"gold reference empty and the spans are apart"},
		{"floating, resolved", quote(q, "", nil, "John Smith"), quote(q, "", nil, "Smith, John"), false,
			"a floating quote needs the same reference"},
		{"floating, right reference", quote(q, "", nil, "M. John Smith"), quote(q, "", &late, "john smith"), true,
			"title dropped, case folded"},
		{"floating, no reference", quote(q, "", nil, "John Smith"), quote(q, "", &smith, ""), false,
			"predicted reference empty and gold has no span to overlap"},
		{"no speaker predicted none", quote(q, "", nil, ""), quote(q, "", nil, ""), true,
			"gold has no speaker and none is predicted"},
		{"no speaker predicted one", quote(q, "", nil, ""), quote(q, "", &smith, ""), false,
			"a predicted speaker for a speakerless gold quote is wrong"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SpeakerCorrect(tt.g, tt.p); got != tt.want {
				t.Errorf("%s: SpeakerCorrect = %v, want %v", tt.reason, got, tt.want)
			}
		})
	}
}

func TestNormalizeReference(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Alexandre Fomine", "alexandre fomine"},
		{"M.Fomine", "fomine"},
		{"M. Fomine", "fomine"},
		{"Mme  Dupont", "dupont"},
		{"Dr. Jane DOE", "jane doe"},
		{"Mr Smith", "smith"},
		{"Pr Raoult", "raoult"},
		{"M Fomine", "m fomine"},
		{"MRS. STRASSE", "strasse"},
		{"Ms. Weiß", "weiss"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeReference(tt.in); got != tt.want {
				t.Errorf("NormalizeReference(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReader(t *testing.T) {
	in := `{"id":"a","lang":"fr","text":"Il a dit « oui ».","quotes":[{"start":12,"end":15,"text":"oui","kind":"direct","speaker":{"start":0,"end":2,"text":"Il"},"reference":"","cue":{"start":3,"end":8,"text":"a dit"},"type":"Direct"}],"wire":"AFP"}

{"id":"b","lang":"en","text":"x","quotes":[]}
not json
{"id":"c","lang":"en","text":"abc","quotes":[{"start":1,"end":9,"text":"bc","kind":"direct","speaker":null,"reference":"","cue":null}]}
{"id":"d","lang":"en","text":"é","quotes":[{"start":1,"end":2,"text":"","kind":"direct","speaker":null,"reference":"","cue":null}]}
{"lang":"en","text":"no id","quotes":[]}
{"id":"b","lang":"en","text":"again","quotes":[]}
{"id":"e","lang":"en","text":"abc","quotes":[{"start":1,"end":2,"text":"b","kind":"weird"}]}
`
	r := NewReader(strings.NewReader(in))
	type result struct {
		ID   string
		Err  string
		Line bool
	}
	var got []result
	for {
		a, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		res := result{ID: a.ID}
		if err != nil {
			res.Err = err.Error()[:min(len(err.Error()), 25)]
			res.Line = errors.Is(err, ErrSyntax)
		}
		got = append(got, res)
	}
	want := []result{
		{ID: "a"},
		{ID: "b"},
		{Err: "gold: malformed line 4: i", Line: true},
		{Err: "gold: malformed line 5 (c", Line: true},
		{Err: "gold: malformed line 6 (d", Line: true},
		{Err: "gold: malformed line 7: a", Line: true},
		{Err: "gold: malformed line 8: i", Line: true},
		{Err: "gold: malformed line 9 (e", Line: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
	as, err := ReadAll(strings.NewReader(in[:strings.Index(in, "not json")]))
	if err != nil {
		t.Fatal(err)
	}
	wantQ := Quote{Start: 12, End: 15, Text: "oui", Kind: "direct", Speaker: &Span{0, 2, "Il"},
		Cue: &Span{3, 8, "a dit"}}
	if diff := cmp.Diff([]Quote{wantQ}, as[0].Quotes); diff != "" {
		t.Errorf("first article quotes (-want +got):\n%s", diff)
	}
	if len(as) != 2 || len(as[0].Mismatches()) != 0 {
		t.Errorf("ReadAll: %d articles, mismatches %v; want 2 and none", len(as), as[0].Mismatches())
	}
}

func TestMismatches(t *testing.T) {
	a := Article{Text: "abc", Quotes: []Quote{{Start: 0, End: 2, Text: "ax", Speaker: &Span{2, 3, "c"}}}}
	if diff := cmp.Diff([]string{"quote 0"}, a.Mismatches()); diff != "" {
		t.Errorf("Mismatches (-want +got):\n%s", diff)
	}
}

func TestSources(t *testing.T) {
	const text = "Selon l'AFP et Reuters, citant Tasnim."
	afp, reuters, tasnim := at(t, text, "AFP", 0), at(t, text, "Reuters", 0), at(t, text, "Tasnim", 0)
	gold := Article{Text: text, Sources: []Mention{{Span: afp}, {Span: tasnim, Via: "x"}}}
	// "l'AFP" overlaps AFP; Reuters is a false alarm; Tasnim is missed.
	pred := Article{Text: text, Sources: []Mention{{Span: at(t, text, "l'AFP", 0)}, {Span: reuters}}}
	var s Scorer
	s.Add(&gold, &pred)
	s.Add(&Article{Text: text}, &pred) // no sources field in gold: not counted
	if diff := cmp.Diff(Counts{Gold: 2, Pred: 2, Matched: 1}, s.Result().Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}
