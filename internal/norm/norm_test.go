package norm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
	}{
		{"ascii", "Hello World", "hello world", "ASCII is lower-cased"},
		{"curly apostrophe", "l’Iran", "l'iran", "U+2019 is an apostrophe"},
		{"modifier apostrophe", "donʼt", "don't", "U+02BC folds like U+2019"},
		{"acute accent as apostrophe", "don´t", "don't", "NFKC would give space + combining acute"},
		{"backtick", "``quoted''", "''quoted''", "wire copy's opening quotes"},
		{"double quotes", "“a” „b“ «c» ‟d”", `"a" "b" "c" "d"`, "every double quote glyph"},
		{"guillemets with nbsp", "«\u00a0Oui\u202f»", `" oui "`, "no-break and narrow spaces"},
		{"dashes", "a‐b‑c‒d–e—f−g", "a-b-c-d-e-f-g", "every dash glyph"},
		{"ellipsis", "mais…", "mais...", "NFKC expands the ellipsis"},
		{"soft hyphen", "démo\u00adcratie", "démocratie", "soft hyphens are removed"},
		{"zero width", "a\u200bb\ufeff", "ab", "zero-width characters are removed"},
		{"ligature", "ﬁnance", "finance", "NFKC splits compatibility ligatures"},
		{"combining", "Cafe\u0301", "café", "NFKC composes"},
		{"sharp s", "Straße", "strasse", "full case folding"},
		{"fullwidth", "ＡＢＣ１", "abc1", "NFKC maps fullwidth forms"},
		{"thin space", "10\u2009000", "10 000", "thin space"},
		{"invalid utf8", "a\xffb", "a\ufffdb", "invalid bytes become U+FFFD"},
		{"empty", "", "", "nothing to fold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, orig := Fold(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Fold(%q) (%s) (-want +got):\n%s", tc.in, tc.reason, diff)
			}
			checkMap(t, tc.in, got, orig)
		})
	}
}

func TestFoldMap(t *testing.T) {
	in := "A«\u00a0B…»\u00adC"
	got, orig := Fold(in)
	want := []int{0, 1, 3, 5, 6, 6, 6, 9, 13, 14}
	if got != `a" b..."c` {
		t.Fatalf("Fold(%q) = %q", in, got)
	}
	if diff := cmp.Diff(want, orig); diff != "" {
		t.Errorf("Fold(%q) map (-want +got):\n%s", in, diff)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // the original text of each word
		folded   []string
	}{
		{"plain", "The cat sat.", []string{"The", "cat", "sat"}, []string{"the", "cat", "sat"}},
		{"apostrophes", "Don’t l'Iran aujourd’hui", []string{"Don’t", "l'Iran", "aujourd’hui"},
			[]string{"don't", "l'iran", "aujourd'hui"}},
		{"quote marks are not words", "«\u00a0Oui\u00a0», dit-il", []string{"Oui", "dit", "il"},
			[]string{"oui", "dit", "il"}},
		{"numbers", "3.5 per cent, 1,000 people. 2024.", []string{"3.5", "per", "cent", "1,000", "people", "2024"},
			[]string{"3.5", "per", "cent", "1,000", "people", "2024"}},
		{"soft hyphen inside", "démo\u00adcratie", []string{"démo\u00adcratie"}, []string{"démocratie"}},
		{"ellipsis", "one…two", []string{"one", "two"}, []string{"one", "two"}},
		{"trailing apostrophe", "students' rights", []string{"students", "rights"}, []string{"students", "rights"}},
		{"combining", "cafe\u0301 noir", []string{"cafe\u0301", "noir"}, []string{"café", "noir"}},
		{"empty", "  ...  ", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ws := Words(tc.in)
			var got, folded []string
			for _, w := range ws {
				got = append(got, tc.in[w.Start:w.End])
				folded = append(folded, w.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Words(%q) original text (-want +got):\n%s", tc.in, diff)
			}
			if diff := cmp.Diff(tc.folded, folded); diff != "" {
				t.Errorf("Words(%q) folded text (-want +got):\n%s", tc.in, diff)
			}
			checkWords(t, tc.in, ws)
			checkSeq(t, tc.in, ws)
		})
	}
}

// checkMap asserts the invariants of Fold's map.
func checkMap(t *testing.T, in, folded string, orig []int) {
	t.Helper()
	if len(orig) != len(folded)+1 {
		t.Fatalf("len(orig) = %d, want %d", len(orig), len(folded)+1)
	}
	if orig[len(folded)] != len(in) {
		t.Errorf("orig[end] = %d, want %d", orig[len(folded)], len(in))
	}
	for i, o := range orig {
		if o < 0 || o > len(in) {
			t.Fatalf("orig[%d] = %d outside [0, %d]", i, o, len(in))
		}
		if i > 0 && o < orig[i-1] {
			t.Fatalf("orig not monotone at %d: %d < %d", i, o, orig[i-1])
		}
	}
}

// checkWords asserts that word spans lie inside both texts, in order, and agree with Fold.
func checkWords(t *testing.T, in string, ws []Word) {
	t.Helper()
	folded, _ := Fold(in)
	prevStart, prevEnd, prevFold := 0, 0, 0
	for _, w := range ws {
		if w.Start < prevStart || w.End < prevEnd || w.End <= w.Start || w.End > len(in) {
			t.Fatalf("word %+v: span out of order or outside [0, %d]", w, len(in))
		}
		if w.FoldStart < prevFold || w.FoldEnd <= w.FoldStart || w.FoldEnd > len(folded) {
			t.Fatalf("word %+v: folded span outside [%d, %d]", w, prevFold, len(folded))
		}
		if folded[w.FoldStart:w.FoldEnd] != w.Text {
			t.Fatalf("word %+v: folded text %q", w, folded[w.FoldStart:w.FoldEnd])
		}
		prevStart, prevEnd, prevFold = w.Start, w.End, w.FoldEnd
	}
}

// checkSeq asserts that WordSeq yields what Words returns, and stops when asked.
func checkSeq(t *testing.T, in string, want []Word) {
	t.Helper()
	var got []Word
	for w := range WordSeq(in) {
		got = append(got, w)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("WordSeq(%q) differs from Words (-Words +WordSeq):\n%s", in, diff)
	}
	n := 0
	for range WordSeq(in) {
		n++
		if n == 2 {
			break
		}
	}
	if n != min(2, len(want)) {
		t.Fatalf("WordSeq(%q) after break: %d words", in, n)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Don’t «\u00a0stop\u00a0»…", "a\u0301\u0301b", "\xff\xfe", "ﬁ ß İ ǅ", "1,000.5 l'été"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded, orig := Fold(s)
		checkMap(t, s, folded, orig)
		if utf8.ValidString(s) && !utf8.ValidString(folded) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, folded)
		}
		ws := Words(s)
		checkWords(t, s, ws)
		checkSeq(t, s, ws)
	})
}

func BenchmarkFold(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"english", strings.Repeat("The minister said: “We don’t expect 3.5% growth — not this year.” ", 200)},
		{"french", strings.Repeat("«\u00a0Un partenariat exemplaire, stratégique et durable\u00a0», a déclaré M.\u00a0Larijani. ", 200)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Fold(c.text)
			}
		})
		b.Run(c.name+"/words", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Words(c.text)
			}
		})
	}
}
