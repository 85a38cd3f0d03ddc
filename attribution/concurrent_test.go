package attribution

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// TestConcurrentSameResults checks that goroutines attributing different and equal articles
// at once, sharing the token cache and the buffer pools, get the results of a lone run.
func TestConcurrentSameResults(t *testing.T) {
	var as []*article.Article
	for _, f := range []string{"polnear-dev.jsonl", "fr-orangesum.jsonl"} {
		for _, g := range readGold(t, f) {
			a := &article.Article{Text: g.Text}
			a.Metadata.Language.Value = g.Lang
			as = append(as, a)
		}
	}
	if len(as) > 40 {
		as = as[:40]
	}
	run := func(a *article.Article) string {
		qs := quotes.Extract(a, quotes.Options{})
		b, err := json.Marshal([]any{Speakers(a, qs, Options{}), Sources(a)})
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	want := make([]string, len(as))
	for i, a := range as {
		want[i] = run(a)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(as) {
				i := (k*(g+1) + g) % len(as)
				if k%5 == 0 {
					i = 0 // the same article in several goroutines at once
				}
				if got := run(as[i]); got != want[i] {
					t.Errorf("article %d: concurrent result differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
