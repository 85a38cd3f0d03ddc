package gold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkArticle fails when a converted article has a span outside its text or off a rune
// boundary, or a span text that differs from the text at its offsets.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	if err := a.Check(); err != nil {
		t.Fatalf("converted article: %v", err)
	}
	if m := a.Mismatches(); len(m) > 0 {
		t.Fatalf("converted article: span texts differ: %v", m)
	}
}

func FuzzReadBRAT(f *testing.F) {
	txt, _ := os.ReadFile(filepath.Join(testdata, "polnear/text/sample_2016-09-12_hand-made.txt"))
	ann, _ := os.ReadFile(filepath.Join(testdata, "polnear/attributions/sample_2016-09-12_hand-made_ab12.ann"))
	f.Add(string(txt), string(ann))
	f.Add("é“x”", "T1\tContent 1 4\tx\nE1\tAttribution:T1 Content:T1\n")
	f.Add("ab", "T1\tContent 0 1;1 2\tab\nE1\tAttribution-no-source:T1 Content:T1 Content2:T1\n")
	f.Fuzz(func(t *testing.T, txt, ann string) {
		a, err := ReadBRAT(strings.NewReader(txt), strings.NewReader(ann), "x", "en")
		if err != nil {
			return
		}
		if a.Text != txt {
			t.Fatal("text changed")
		}
		checkArticle(t, a)
	})
}

func FuzzReadWikinews(f *testing.F) {
	doc, _ := os.ReadFile(filepath.Join(testdata, "wikinews/dev/42 - Handgeschriebener Testartikel (2024-01-01).json"))
	f.Add(string(doc))
	f.Add(`{"documentName":"1 - x","originalText":"„é“","annotations":[{"type":"Direct","quote":{"spans":[{"charBegin":0,"charEnd":3}]}}]}`)
	f.Fuzz(func(t *testing.T, doc string) {
		a, err := ReadWikinews(strings.NewReader(doc), "dev")
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}
