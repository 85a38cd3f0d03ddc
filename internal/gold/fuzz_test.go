package gold

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

func FuzzReader(f *testing.F) {
	f.Add([]byte(`{"id":"a","lang":"en","text":"He said \"hi\".","quotes":[{"start":9,"end":11,"text":"hi","kind":"direct","speaker":{"start":0,"end":2,"text":"He"},"reference":"","cue":null}]}`))
	f.Add([]byte("{}\n\n{\"text\":\"é\",\"quotes\":[{\"start\":0,\"end\":1}]}\nnull\n[1]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data))
		for range 1000 {
			a, err := r.Read()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				if !errors.Is(err, ErrSyntax) {
					t.Fatalf("error %v does not wrap ErrSyntax", err)
				}
				continue
			}
			// Every accepted article can be sliced and scored against itself.
			a.Mismatches()
			var s Scorer
			s.Add(&a, &a)
			if got := s.Result().At(Loose).All; got.Matched != len(a.Quotes) && nonEmpty(a) {
				t.Fatalf("self-score matched %d of %d quotes", got.Matched, len(a.Quotes))
			}
		}
	})
}

// nonEmpty reports whether every quote of a has distinct, non-empty trimmed spans, the case
// where a self-score must match them all.
func nonEmpty(a Article) bool {
	seen := map[[2]int]bool{}
	for _, q := range a.Quotes {
		s, e := Trim(a.Text, q.Start, q.End)
		if s == e || seen[[2]int{s, e}] {
			return false
		}
		seen[[2]int{s, e}] = true
	}
	return true
}

func FuzzTrim(f *testing.F) {
	f.Add("« Nous sommes là. »", 0, 22)
	f.Add(`''x,''`, 1, 5)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		s, e := Trim(text, start, end)
		if s < 0 || e > len(text) || s > e {
			t.Fatalf("Trim(%q, %d, %d) = [%d,%d), outside the text", text, start, end, s, e)
		}
	})
}

// TestDevSelfScore scores each dev set against itself: every figure must be 1, which checks
// the reader on the real files and that no two gold quotes share a trimmed span by accident.
func TestDevSelfScore(t *testing.T) {
	for _, name := range []string{"seed-fr.jsonl", "fr-orangesum.jsonl", "polnear-dev.jsonl", "german-train.jsonl"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(corpus.Path(t, "dev", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var s Scorer
			n := 0
			for a, err := range NewReader(f).All() {
				if err != nil {
					t.Fatal(err)
				}
				if m := a.Mismatches(); len(m) > 0 {
					t.Errorf("%s: span text differs from the article text: %s", a.ID, strings.Join(m, ", "))
				}
				s.Add(&a, &a)
				n++
			}
			r := s.Result()
			for _, ls := range r.Levels {
				// Duplicate gold spans (two annotations of one clause) can only match once.
				if ls.All.Recall() < 0.99 || ls.All.Precision() < 0.99 || ls.Speaker.Accuracy() < 0.99 {
					t.Errorf("%s: self-score at %v: P %.3f R %.3f speaker %.3f, want ≈1",
						name, ls.Level, ls.All.Precision(), ls.All.Recall(), ls.Speaker.Accuracy())
				}
			}
			if r.Articles != n || n == 0 {
				t.Errorf("scored %d articles, read %d", r.Articles, n)
			}
		})
	}
}

func BenchmarkScorer(b *testing.B) {
	var text strings.Builder
	var qs []Quote
	for i := range 50 {
		start := text.Len()
		text.WriteString(`Smith said "we will win the vote again and again". `)
		qs = append(qs, Quote{Start: start + 12, End: start + 48, Kind: KindDirect,
			Speaker: &Span{Start: start, End: start + 5}, Reference: "John Smith"})
		_ = i
	}
	a := Article{Text: text.String(), Quotes: qs}
	b.SetBytes(int64(len(a.Text)))
	for b.Loop() {
		var s Scorer
		s.Add(&a, &a)
	}
}
