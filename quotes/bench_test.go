package quotes

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

// BenchmarkExtract measures Extract on a real English article (BBC News) and a real French
// one (OrangeSum); throughput is in bytes of Article.Text.
func BenchmarkExtract(b *testing.B) {
	b.Run("en-bbc", func(b *testing.B) {
		raw, err := os.ReadFile(corpus.Path(b, "text", "bbc", "politics", "293.txt"))
		if err != nil {
			b.Fatal(err)
		}
		benchText(b, string(raw), "en")
	})
	b.Run("fr-orangesum", func(b *testing.B) {
		raw, err := os.ReadFile(corpus.Path(b, "text", "orangesum", "parsed", "35535.json"))
		if err != nil {
			b.Fatal(err)
		}
		var doc struct{ Article string }
		if err := json.Unmarshal(raw, &doc); err != nil {
			b.Fatal(err)
		}
		benchText(b, doc.Article, "fr")
	})
	b.Run("fr-seed", func(b *testing.B) {
		raw, err := os.ReadFile(corpus.Path(b, "000_5f5a9c1a478e8b55.txt"))
		if err != nil {
			b.Fatal(err)
		}
		benchText(b, string(raw), "")
	})
}

func benchText(b *testing.B, text, lg string) {
	a := &article.Article{Text: text}
	a.Metadata.Language.Value = lg
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(a, Options{})
	}
}

// BenchmarkExtractAdversarial measures Extract on the adversarial inputs of TestLinearWork,
// about 160 kB each: they must run at a throughput of the order of real articles'.
func BenchmarkExtractAdversarial(b *testing.B) {
	for _, c := range adversarial {
		b.Run(c.name, func(b *testing.B) {
			benchText(b, adversarialText(c.head, c.unit, c.tail, 160000), c.lang)
		})
	}
}
