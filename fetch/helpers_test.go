package fetch

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/article"
)

// fakeParse stands in for article.ParseHTML in unit tests: Text is the decoded body as
// received and Metadata.Title.Value is the content type handed to the parser.
func fakeParse(r io.Reader, contentType string, base *url.URL) (*article.Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return &article.Article{
		Text:     string(b),
		URL:      base,
		Metadata: article.Metadata{Title: article.Field{Value: contentType}},
	}, nil
}

// testOptions allow loopback on any port and make the politeness delays short.
func testOptions() Options {
	return Options{
		AllowLoopback: true,
		AnyPort:       true,
		HostInterval:  time.Millisecond,
		Backoff:       10 * time.Millisecond,
		Timeout:       5 * time.Second,
	}
}

func newTestClient(o Options) *Client {
	c := New(o)
	c.parseHTML = fakeParse
	return c
}

// counter counts requests per path.
type counter struct {
	mu   sync.Mutex
	hits map[string]int
	all  atomic.Int64
}

func (c *counter) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		if c.hits == nil {
			c.hits = map[string]int{}
		}
		c.hits[r.URL.Path]++
		c.mu.Unlock()
		c.all.Add(1)
		h.ServeHTTP(w, r)
	})
}

func (c *counter) get(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[path]
}

// newServer starts a loopback server for mux (robots.txt is a 404 unless mux has one) and
// returns it with its request counter.
func newServer(t testing.TB, mux http.Handler) (*httptest.Server, *counter) {
	t.Helper()
	cnt := &counter{}
	srv := httptest.NewServer(cnt.wrap(mux))
	t.Cleanup(srv.Close)
	return srv, cnt
}

func htmlHandler(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}
}
