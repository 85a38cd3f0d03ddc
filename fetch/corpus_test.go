package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

// corpusPages returns the real pages of the shared corpus (html/readability/*/source.html
// and html/aeb/html/*.html.gz, unzipped), keyed by a URL path, or skips.
func corpusPages(tb testing.TB) map[string][]byte {
	tb.Helper()
	dir := corpus.Path(tb, "html")
	pages := map[string][]byte{}
	src, _ := filepath.Glob(filepath.Join(dir, "readability", "*", "source.html"))
	for _, p := range src {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		pages["/readability/"+filepath.Base(filepath.Dir(p))] = b
	}
	gz, _ := filepath.Glob(filepath.Join(dir, "aeb", "html", "*.html.gz"))
	for _, p := range gz {
		b, err := gunzip(p)
		if err != nil {
			tb.Fatal(err)
		}
		pages["/aeb/"+strings.TrimSuffix(filepath.Base(p), ".html.gz")] = b
	}
	if len(pages) == 0 {
		tb.Skip("no pages under corpus html/; see shared/corpus/README.md")
	}
	return pages
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// skipWithoutParser skips when article.ParseHTML is still a placeholder.
func skipWithoutParser(tb testing.TB) {
	tb.Helper()
	if _, err := article.ParseHTML(strings.NewReader("<p>x</p>"), "text/html", nil); err != nil {
		tb.Skipf("article.ParseHTML is not available yet: %v", err)
	}
}

// articleOpts compares Articles on their exported fields.
var articleOpts = cmp.Options{
	cmpopts.IgnoreUnexported(article.Article{}),
	cmp.Comparer(func(a, b *url.URL) bool {
		return (a == nil) == (b == nil) && (a == nil || a.String() == b.String())
	}),
	cmpopts.EquateEmpty(),
}

// TestCorpusPages serves every real page of the corpus from a loopback server as plain
// "text/html" (no charset, so the client and parser sniff it) and checks that Get gives the
// same Article as article.ParseHTML on the file, and evidence that matches the file.
func TestCorpusPages(t *testing.T) {
	pages := corpusPages(t)
	skipWithoutParser(t)
	srv, _ := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(b)
	}))
	o := testOptions()
	o.NoArchive = true
	c := New(o)
	paths := make([]string, 0, len(pages))
	for p := range pages {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	if testing.Short() {
		paths = paths[:min(len(paths), 20)]
	}
	for _, path := range paths {
		t.Run(path[1:], func(t *testing.T) {
			body := pages[path]
			res, err := c.Get(context.Background(), srv.URL+path)
			if err != nil {
				t.Fatal(err)
			}
			base, _ := url.Parse(srv.URL + path)
			want, err := article.ParseHTML(bytes.NewReader(body), "text/html", base)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, res.Article, articleOpts); diff != "" {
				t.Errorf("Article (-file +fetched):\n%s", diff)
			}
			if res.SHA256 != sha256Hex(body) || res.Size != int64(len(body)) || res.Charset != "utf-8" {
				t.Errorf("evidence sha256 %s size %d charset %q; want the file's, utf-8", res.SHA256, res.Size, res.Charset)
			}
		})
	}
}
