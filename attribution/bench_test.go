package attribution

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

const benchText = `Le vice-ministre russe de la Défense, Alexandre Fomine, a fait part de la décision de Moscou de développer sa coopération avec l’Iran.
« Nous sommes satisfaits du niveau des coopérations militaires », a-t-il ajouté, rapporte l’agence Tasnim qui se réfère à Sputnik.
Khalid Mahmood, a Labour MP, said he was worried. "What he has done is wrong," he told Reuters on Tuesday.
According to a report by Human Rights Watch, the police used force. "We will not stop," said the spokesman, John Smith.
Selon le président du Parlement iranien, Ali Larijani, la coopération est « exemplaire ».
Source: Avec PressTV
`

// BenchmarkAttribute measures quotes.Extract, Speakers and Sources together; throughput is in
// bytes of article text.
func BenchmarkAttribute(b *testing.B) {
	text := strings.Repeat(benchText, 40)
	a := &article.Article{Text: text}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		resetTokenCache() // each iteration analyses the article afresh
		qs := quotes.Extract(a, quotes.Options{})
		Speakers(a, qs, Options{})
		Sources(a)
	}
}

// BenchmarkAttributeDev runs the same on the English and French dev texts.
func BenchmarkAttributeDev(b *testing.B) {
	var as []*article.Article
	n := 0
	for _, f := range []string{"polnear-dev.jsonl", "fr-orangesum.jsonl"} {
		for _, g := range readGold(b, f) {
			a := &article.Article{Text: g.Text}
			a.Metadata.Language.Value = g.Lang
			as = append(as, a)
			n += len(g.Text)
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range as {
			resetTokenCache()
			qs := quotes.Extract(a, quotes.Options{})
			Speakers(a, qs, Options{})
			Sources(a)
		}
	}
}

// BenchmarkSpeakersOnly measures Speakers and Sources alone, the quotes extracted once.
func BenchmarkSpeakersOnly(b *testing.B) {
	text := strings.Repeat(benchText, 40)
	a := &article.Article{Text: text}
	qs := quotes.Extract(a, quotes.Options{})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		resetTokenCache()
		Speakers(a, qs, Options{})
		Sources(a)
	}
}

func resetTokenCache() {
	tokenCache.Lock()
	tokenCache.dropLocked()
	tokenCache.Unlock()
}
