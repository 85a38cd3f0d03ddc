package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

const zzText = `Le vice-ministre russe de la Défense, Alexandre Fomine, a fait part de la décision de Moscou de développer sa coopération avec l’Iran.
« Nous sommes satisfaits du niveau des coopérations militaires », a-t-il ajouté, rapporte l’agence Tasnim qui se réfère à Sputnik.
Khalid Mahmood, a Labour MP, said he was worried. "What he has done is wrong," he told Reuters on Tuesday.
According to a report by Human Rights Watch, the police used force. "We will not stop," said the spokesman, John Smith.
Selon le président du Parlement iranien, Ali Larijani, la coopération est « exemplaire ».
Source: Avec PressTV
`

func BenchmarkZZTokenize(b *testing.B) {
	text := strings.Repeat(zzText, 40)
	paras := paragraphs(&article.Article{Text: text})
	var toks []token
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks = toks[:0]
		for i, p := range paras {
			toks = tokenize(text, p.Start, p.End, i, toks)
		}
	}
}
