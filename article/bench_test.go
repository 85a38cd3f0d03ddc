package article

import (
	"bytes"
	"strings"
	"testing"
)

func benchHTML(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseHTML(bytes.NewReader(data), "", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHTMLCorpus parses a real news page of the shared corpus (The Guardian,
// 1 of Mozilla Readability's test pages); skipped when the corpus is absent.
func BenchmarkParseHTMLCorpus(b *testing.B) {
	for _, p := range readabilityPages(b) {
		if p.name == "readability/guardian-1" {
			benchHTML(b, p.read(b))
			return
		}
	}
	b.Skip("guardian-1 not in the corpus")
}

// BenchmarkParseHTMLAEB parses the largest page of the article-extraction benchmark.
func BenchmarkParseHTMLAEB(b *testing.B) {
	var big []byte
	for _, p := range aebPages(b) {
		if d := p.read(b); len(d) > len(big) {
			big = d
		}
	}
	benchHTML(b, big)
}

// BenchmarkParseHTMLSynthetic parses the synthetic page of testdata/article.
func BenchmarkParseHTMLSynthetic(b *testing.B) {
	benchHTML(b, readFixture(b, "simple.html"))
}

func BenchmarkParseMarkdown(b *testing.B) {
	data := bytes.Repeat(readFixture(b, "sample.md")[60:], 50)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseMarkdown(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHTMLNestedQ parses 20,000 <q> elements nested in one another: a text node
// costs the spans still waiting for their text, not the whole stack, so the time grows with
// the page, not with its square.
func BenchmarkParseHTMLNestedQ(b *testing.B) {
	page := []byte("<html><body><p>" + strings.Repeat("<q>a ", 20000) + strings.Repeat("</q>", 20000) + "</p></body></html>")
	benchHTML(b, page)
}
