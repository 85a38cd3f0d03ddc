package compare

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
)

func TestVerdictText(t *testing.T) {
	tests := []struct {
		v    Verdict
		want string
	}{
		{Exact, "exact"}, {Equivalent, "equivalent"}, {Elided, "elided"}, {Altered, "altered"},
		{MeaningChanged, "meaning-changed"}, {NotFound, "not-found"}, {Unverifiable, "unverifiable"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			b, err := tc.v.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, string(b)); diff != "" {
				t.Errorf("MarshalText (-want +got):\n%s", diff)
			}
			var back Verdict
			if err := back.UnmarshalText(b); err != nil || back != tc.v {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tc.v)
			}
		})
	}
	if _, err := Verdict(99).MarshalText(); err == nil {
		t.Error("MarshalText of an unknown verdict: no error")
	}
	var v Verdict
	if err := v.UnmarshalText([]byte("great")); err == nil {
		t.Error("UnmarshalText of an unknown name: no error")
	}
}

func TestMatchJSON(t *testing.T) {
	m := LocateText("We didn't lie", "He said: we did not lie, but", Options{Archived: true})
	b, err := json.Marshal(struct {
		Verdict Verdict
		Flags   []string
		Diff    []DiffOp
	}{m.Verdict, m.Flags.Names(), m.Diff})
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Verdict string
		Flags   []string
		Diff    []struct{ Kind string }
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, d := range got.Diff {
		kinds = append(kinds, d.Kind)
	}
	want := []string{"altered", "context-cut", "archived", "equal", "delete", "insert", "equal"}
	if diff := cmp.Diff(want, append(append([]string{got.Verdict}, got.Flags...), kinds...)); diff != "" {
		t.Errorf("JSON %s (-want +got):\n%s", b, diff)
	}
}

func TestLocateDiff(t *testing.T) {
	tests := []struct {
		name, quote, source string
		want                []string // kind:source text->quote text
	}{
		{"equal", "the cat sat", "Yes, the cat sat.", []string{"equal:the cat sat->the cat sat"}},
		{"substitution", "the dog sat on the mat", "the cat sat on the mat",
			[]string{"equal:the->the", "delete:cat->", "insert:->dog", "equal:sat on the mat->sat on the mat"}},
		{"dropped word", "we have learned something important", "we have learned something very important",
			[]string{"equal:we have learned something->we have learned something", "delete:very->", "equal:important->important"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := LocateText(tc.quote, tc.source, Options{})
			var got []string
			for _, d := range m.Diff {
				got = append(got, fmt.Sprintf("%s:%s->%s", d.Kind, tc.source[d.Source.Start:d.Source.End], tc.quote[d.Quote.Start:d.Quote.End]))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLocateScores(t *testing.T) {
	tests := []struct {
		name, quote, source string
		sim, wer            float64
	}{
		{"exact", "one two three four", "zero one two three four five", 1, 0},
		{"one substitution", "one two six four", "one two three four", 0.75, 0.25},
		{"one dropped word", "one two four five", "one two three four five", 8.0 / 9, 0.25},
		{"elision is free", "one two … five six", "one two three four five six", 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := LocateText(tc.quote, tc.source, Options{})
			got := [2]float64{m.Similarity, m.WER}
			if diff := cmp.Diff([2]float64{tc.sim, tc.wer}, got, cmp.Comparer(func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 })); diff != "" {
				t.Errorf("similarity, WER (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLocateDeterministic(t *testing.T) {
	src := strings.Repeat("We will win. We will win this fight. Our future is bright. ", 50)
	first := LocateText("we will win this fight and our future is bright", src, Options{})
	for range 5 {
		if diff := cmp.Diff(first, LocateText("we will win this fight and our future is bright", src, Options{})); diff != "" {
			t.Fatalf("Locate is not deterministic (-first +again):\n%s", diff)
		}
	}
	if first.Source.Start != 13 {
		t.Errorf("the first of equal occurrences should win: got %v", first.Source)
	}
}

func FuzzLocate(f *testing.F) {
	f.Add("We will [not] win … the war", "We will surely win, but the war goes on.")
	f.Add("l’Iran n’a jamais", "«\u00a0L'Iran n'a jamais cherché\u00a0»")
	f.Add("[", "]")
	f.Add("(...) [...] … ... . . .", "a b c")
	f.Add("don't can't won't I'd it's", "do not cannot will not I would it is")
	f.Add("a\xffb ¼", "a\xffb 1⁄4")
	f.Fuzz(func(t *testing.T, quote, source string) {
		a := &article.Article{Text: source, PageText: source + " " + quote}
		m := Locate(quote, a, Options{})
		checkMatch(t, quote, a, m)
		if m.Verdict < Exact || m.Verdict > Unverifiable {
			t.Fatalf("verdict %d out of range", m.Verdict)
		}
	})
}

// benchSource is a deterministic text of n words from a vocabulary of 5,000 made-up words,
// with a 50-word quote (one word changed) in its middle.
func benchSource(n int) (quote, source string) { return benchText(1, n) }

// benchText is benchSource with a seed for the random words.
func benchText(seed uint64, n int) (quote, source string) {
	r := rand.New(rand.NewPCG(seed, 2))
	vocab := make([]string, 5000)
	vr := rand.New(rand.NewPCG(1, 2)) // one vocabulary for every seed
	for i := range vocab {
		w := []byte{byte('a' + vr.IntN(26))}
		for k := i; k > 0; k /= 26 {
			w = append(w, byte('a'+k%26))
		}
		vocab[i] = string(w)
	}
	words := make([]string, 50)
	for i := range words {
		words[i] = vocab[r.IntN(len(vocab))]
	}
	quote = strings.Join(words, " ")
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i == n/2 {
			words[20] = "changed"
			b.WriteString(strings.Join(words, " "))
			b.WriteString(". ")
			i += 50
		}
		b.WriteString(vocab[r.IntN(len(vocab))])
		if i%15 == 14 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return quote, b.String()
}

func BenchmarkLocate(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000, 1_000_000} {
		quote, source := benchSource(n)
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(source)))
			for b.Loop() {
				if m := LocateText(quote, source, Options{}); m.Verdict != Altered {
					b.Fatalf("verdict %v", m.Verdict)
				}
			}
		})
	}
}

func TestLocateRepetitive(t *testing.T) {
	tests := []struct {
		name, quote, source string
		want                Verdict
	}{
		{"same word", strings.Repeat("la ", 1000), strings.Repeat("la ", 30_000), Exact},
		{"two-word cycle", strings.Repeat("on off ", 500), strings.Repeat("on off ", 20_000), Exact},
		{"long quote, short source", strings.Repeat("yes no maybe ", 5000), "yes no maybe", NotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			m := LocateText(strings.TrimSpace(tc.quote), tc.source, Options{})
			if m.Verdict != tc.want {
				t.Errorf("verdict %v, want %v", m.Verdict, tc.want)
			}
			checkMatch(t, tc.quote, &article.Article{Text: tc.source}, m)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v on repetitive input", d)
			}
		})
	}
}

func TestLocateSplice(t *testing.T) {
	source := "The budget is balanced this year, the minister said in the morning. In the evening, on television, " +
		"he spoke about schools, hospitals and the army at length. Later he said taxes will go down for every family."
	m := LocateText("The budget is balanced this year and taxes will go down for every family", source, Options{})
	var got []string
	for _, e := range m.Edits {
		got = append(got, e.Kind.String()+":"+source[e.Source.Start:e.Source.End])
	}
	want := []string{"splice:The budget is balanced this year"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("edits (-want +got):\n%s", diff)
	}
	if m.Verdict != Altered {
		t.Errorf("verdict %v, want altered", m.Verdict)
	}
}

func TestLocateLiteralMarks(t *testing.T) {
	tests := []struct {
		name, quote, source string
		want                Verdict
		reason              string
	}{
		{"source prints the brackets", "My husband [actor Ted Danson] and I were frightened.",
			"She said: \"My husband [actor Ted Danson] and I were frightened.\"", Exact,
			"the quote copies the editor's brackets of the source"},
		{"source prints the ellipsis", "I love this country … but it is going to hell.",
			"\"I love this country … but it is going to hell,\" he said.", Equivalent,
			"the ellipsis is in the source too, only the comma differs"},
		{"brackets still an edit", "[He] will not resign.",
			"Smith will not resign, his office said.", Elided,
			"the source has no brackets: the bracket stands for Smith"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LocateText(tt.quote, tt.source, Options{}).Verdict; got != tt.want {
				t.Errorf("verdict %s, want %s (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestLocateLiteralMarksAtEdges(t *testing.T) {
	q := "[Eloise] just never understood how dangerous the tablets were,"
	src := "He said: \"[Eloise] just never understood how dangerous the tablets were,\" in court."
	if got := LocateText(q, src, Options{}).Verdict; got != Exact {
		t.Errorf("verdict %s, want exact: the source prints the same opening bracket", got)
	}
}
