package quotes

import (
	"os"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

func TestDebugDump(t *testing.T) {
	f := os.Getenv("QDUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	a := &article.Article{Text: string(b)}
	for i, q := range Extract(a, Options{Lang: os.Getenv("QLANG")}) {
		cue := ""
		if q.Cue != nil {
			cue = a.Text[q.Cue.Span.Start:q.Cue.Span.End] + "/" + q.Cue.Lemma
		}
		t.Logf("%d %s %d-%d f=%b d=%d n=%d p=%d cue=%q\n   %q", i, q.Kind, q.Span.Start, q.Span.End, q.Flags, q.Depth, q.Next, q.Prev, cue, q.Text(a))
	}
}
