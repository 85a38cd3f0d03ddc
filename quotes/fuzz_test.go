package quotes

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
)

// FuzzExtract checks the invariants of Extract on any input: no panic, every span (and cue
// span) inside the text and on rune boundaries, links that point both ways, and quotes that
// overlap only by nesting.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"« Nous sommes prêts », a-t-il ajouté.",
		"\"A,\" he said. \"B\"",
		"“x\n\n“y”",
		"» bullet\n\n« a « b » c »",
		"Selon lui, « tout va bien ». Il a dit que \"rien\" n'allait, a-t-il dit.",
		"'' `` '' \" ' ‘ ’ „ “ ‚ ‘ ‹ › 「 」",
		"According to him, the plan failed, he said: no.",
		"Clinton talked up her\u00a0“50-state strategy,”\u00a0promising to campaign.",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lg string) {
		if !utf8.ValidString(text) {
			return
		}
		a := &article.Article{Text: text}
		qs := Extract(a, Options{Lang: lg})
		for i, q := range qs {
			checkSpan(t, text, q.Span)
			if q.Cue != nil {
				checkSpan(t, text, q.Cue.Span)
			}
			if q.Next >= 0 && (q.Next >= len(qs) || qs[q.Next].Prev != i) {
				t.Errorf("quote %d: Next %d does not link back", i, q.Next)
			}
			if i > 0 && qs[i-1].Span.Start > q.Span.Start {
				t.Errorf("quotes not sorted at %d", i)
			}
		}
		for i, q := range qs {
			for j := i + 1; j < len(qs); j++ {
				r := qs[j]
				if q.Span.Overlaps(r.Span) && !nests(q.Span, r.Span) {
					t.Errorf("quotes %d %v and %d %v overlap without nesting in %q", i, q.Span, j, r.Span, text)
				}
			}
		}
	})
}

func nests(a, b article.Span) bool {
	return a.Start <= b.Start && b.End <= a.End || b.Start <= a.Start && a.End <= b.End
}

func checkSpan(t *testing.T, text string, s article.Span) {
	t.Helper()
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		t.Fatalf("span %v outside the text (%d bytes)", s, len(text))
	}
	if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
		t.Errorf("span %v cuts a rune", s)
	}
}

// TestLargeRepetitiveInput runs Extract on long runs of one pattern (many cues and quotes in
// a sentence that never ends, deep unclosed nesting) and checks the invariants. The inputs
// exercise the paths that would turn quadratic; the test asserts results, not time.
func TestLargeRepetitiveInput(t *testing.T) {
	units := []struct{ name, unit string }{
		{"said-that", `"a" said that b, said c `}, {"guillemets", `« x » et `},
		{"selon", `, selon lui, "q" `}, {"nested", `“a ‘b “c ‘d `}, {"commas", `x, said Smith, `},
	}
	for _, u := range units {
		t.Run(u.name, func(t *testing.T) {
			text := strings.Repeat(u.unit, 200000/len(u.unit))
			qs := Extract(&article.Article{Text: text}, Options{Lang: "en"})
			for _, q := range qs {
				checkSpan(t, text, q.Span)
			}
			if u.name != "commas" && u.name != "nested" && len(qs) < 1000 {
				t.Errorf("%d quotes, want one per repetition", len(qs))
			}
		})
	}
}

// adversarial are inputs that made Extract quadratic or that stress its scans: a sentence
// that never ends with a reporting verb every few words (each verb used to scan to the end of
// the sentence for its clause), thousands of uncued quotes before a run of postposed cues
// (each cue used to look at every quote of the sentence), and the other patterns of the
// fuzzer's reach. unit is repeated; head and tail are written once around the repetition.
var adversarial = []struct{ name, lang, head, unit, tail string }{
	{"fr-a-dit", "fr", "", "a dit ", ""},
	{"fr-craint-que", "fr", "", "il craint que « a » ", ""},
	{"fr-denonce", "fr", "", "il a dénoncé une « a » ", ""},
	{"en-said-that", "en", "", "he said that ", ""},
	{"en-told", "en", "", "told them ", ""},
	{"en-uncued-quotes", "en", "", `"a" `, `"b", said X` + strings.Repeat(", y z w, said X", 3000)},
	{"en-cues-after-quotes", "en", strings.Repeat(`"a" `, 3000) + `"b", said X`, ", y z w, said X", ""},
	{"en-quote-said", "en", "", `a "b" said c, `, ""},
	{"fr-guillemets", "fr", "", "« a », a-t-il dit, ", ""},
	{"fr-selon", "fr", "", "selon lui, ", ""},
	{"marks", "en", "", `" “ « ‘ `, ""},
	{"nested", "fr", "", strings.Repeat("« ", 1000) + "x ", ""},
	{"paragraph-marks", "fr", "", "« a\n", ""},
	{"titles", "en", "", "Mr.", ""},
	{"no-spaces", "en", "", "abcdefghij", ""},
	{"dots", "en", "", "a.B", ""},
}

func adversarialText(head, unit, tail string, n int) string {
	return head + strings.Repeat(unit, n/len(unit)+1) + tail
}

// TestLinearWork checks that Extract does work in proportion to its input on the adversarial
// inputs: four times the text may cost at most about four times the steps of the scans whose
// length the text decides (no timing), and the output grows no faster than the text.
func TestLinearWork(t *testing.T) {
	for _, c := range adversarial {
		t.Run(c.name, func(t *testing.T) {
			var work, quotes [2]int
			for i, n := range []int{40000, 160000} {
				a := &article.Article{Text: adversarialText(c.head, c.unit, c.tail, n)}
				qs, w := extract(a, Options{Lang: c.lang})
				work[i], quotes[i] = w, len(qs)
				for _, q := range qs {
					checkSpan(t, a.Text, q.Span)
				}
				if w > 250*len(a.Text) {
					t.Errorf("%d bytes: %d steps, want at most %d", len(a.Text), w, 250*len(a.Text))
				}
			}
			if work[1] > 5*work[0] {
				t.Errorf("4x the text took %.1fx the steps (%d → %d)", float64(work[1])/float64(work[0]), work[0], work[1])
			}
			if quotes[1] > 5*quotes[0]+5 {
				t.Errorf("4x the text gave %d quotes instead of %d", quotes[1], quotes[0])
			}
		})
	}
}

// TestConcurrentExtract checks that concurrent calls (which share pooled scratch space and
// the per-language tables) give the results of a single call.
func TestConcurrentExtract(t *testing.T) {
	texts := []string{
		"« Nous sommes prêts », a-t-il ajouté. Selon lui, la crise est finie.",
		"\"We will win,\" she said. Officials said the vote would be delayed.",
		strings.Repeat("Il a affirmé que « tout va bien ». ", 50),
	}
	want := make([][]Quote, len(texts))
	for i, s := range texts {
		want[i] = Extract(&article.Article{Text: s}, Options{})
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for n := 0; n < 50; n++ {
				i := n % len(texts)
				got := Extract(&article.Article{Text: texts[i]}, Options{})
				if diff := cmp.Diff(want[i], got); diff != "" {
					done <- fmt.Errorf("text %d (-want +got):\n%s", i, diff)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
