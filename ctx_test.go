package quotecheck

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/article"
)

// doneAfter is a context that is done from its n-th call of Err on: Check looks at it before
// the comparisons of quotes with sources, not only around fetching.
type doneAfter struct {
	mu    sync.Mutex
	n     int
	calls int
	done  chan struct{}
}

func (c *doneAfter) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *doneAfter) Value(any) any               { return nil }
func (c *doneAfter) Done() <-chan struct{}       { return c.done }
func (c *doneAfter) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.calls < c.n {
		return nil
	}
	if c.calls == c.n {
		close(c.done)
	}
	return context.Canceled
}

// TestCheckStopsWhenDone: a context done while the quotes are compared with a given source
// stops the comparisons and Check returns its error, as its doc says (the comparisons had run
// to the end and returned no error).
func TestCheckStopsWhenDone(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "“We will build %d new schools this year,” Smith said.\n\n", i)
	}
	a := article.FromText(b.String())
	src := article.FromText(strings.Repeat("We will build new schools this year, the minister told reporters. ", 50))
	ctx := &doneAfter{n: 5, done: make(chan struct{})}
	rep, err := New(Options{NoFetch: true, Sources: []Source{{Name: "src", Article: src}}}).Check(ctx, a)
	if !errors.Is(err, context.Canceled) || rep != nil {
		t.Fatalf("Check with a context done after %d looks: err %v, report %v; want context.Canceled and no report", ctx.n, err, rep != nil)
	}
	if ctx.calls > ctx.n+1 {
		t.Errorf("Check looked at the done context %d times, want it to stop at the first", ctx.calls-ctx.n+1)
	}
	rep, err = New(Options{NoFetch: true, Sources: []Source{{Name: "src", Article: src}}}).Check(context.Background(), a)
	if err != nil || len(rep.Quotes) < 200 || len(rep.Quotes[0].Checks) == 0 {
		t.Fatalf("Check with a live context: err %v, %d quotes", err, len(rep.Quotes))
	}
}
