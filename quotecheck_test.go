package quotecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/compare"
	"github.com/quotecheck/quotecheck/fetch"
)

// checkSample runs the Checker on the built-in sample with its recorded sources.
func checkSample(t *testing.T) (*Report, *article.Article) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sample", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	base, _ := url.Parse("https://news.example.org/monde/2019/08/27/moscou-teheran-cooperation")
	a, err := article.ParseHTML(f, "text/html; charset=utf-8", base)
	if err != nil {
		t.Fatal(err)
	}
	client := fetch.New(fetch.Options{Mode: fetch.Replay, RecordDir: filepath.Join("testdata", "sample", "recordings")})
	rep, err := New(Options{Fetcher: client}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return rep, a
}

func TestSampleEveryVerdict(t *testing.T) {
	rep, _ := checkSample(t)
	for v := compare.Exact; v <= compare.Unverifiable; v++ {
		if rep.Verdicts[v.String()] == 0 {
			t.Errorf("the sample's report has no %s check; counts: %v", v, rep.Verdicts)
		}
	}
}

// TestSampleSeedAttribution pins what the seed must give: the three « » quotes of the
// article to Alexandre Fomine, and the altered and meaning-changed words.
func TestSampleSeedAttribution(t *testing.T) {
	rep, _ := checkSample(t)
	direct := 0
	for _, q := range rep.Quotes {
		if q.Kind != "direct" || strings.Contains(q.Text, "[…]") {
			continue
		}
		direct++
		if q.Speaker == nil || q.Speaker.Name != "Alexandre Fomine" {
			t.Errorf("quote %q: speaker %+v, want Alexandre Fomine", q.Text, q.Speaker)
		}
	}
	if direct != 3 {
		t.Errorf("found %d direct quotes in the seed, want 3", direct)
	}
}

func TestSampleGolden(t *testing.T) {
	rep, a := checkSample(t)
	var txt, js, page bytes.Buffer
	if err := rep.WriteText(&txt, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&js)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteHTML(&page, a); err != nil {
		t.Fatal(err)
	}
	golden(t, "sample.txt", txt.Bytes())
	golden(t, "sample.json", js.Bytes())
	for i, q := range rep.Quotes {
		if nestedIn(q, rep.Quotes) {
			continue
		}
		if id := `id="q` + strconv.Itoa(i+1) + `"`; !bytes.Contains(page.Bytes(), []byte(id)) {
			t.Errorf("HTML report has no highlighted quote %s", id)
		}
	}
}

// golden compares got with testdata/golden/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (-want +got), run go test -update if the change is right:\n%s", p, d)
	}
}

// TestGivenSourcesKeepTheirOwnText: two caller sources with the same name are two sources,
// each checked against its own text.
func TestGivenSourcesKeepTheirOwnText(t *testing.T) {
	a, _ := article.ParseText(strings.NewReader(`"We will not raise taxes," the minister said.`))
	same, _ := article.ParseText(strings.NewReader(`The minister said: "We will not raise taxes."`))
	other, _ := article.ParseText(strings.NewReader(`The weather was fine in Paris on Monday.`))
	rep, err := New(Options{NoFetch: true, Sources: []Source{{Name: "notes", Article: other}, {Name: "notes", Article: same}}}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range rep.Quotes {
		for _, c := range q.Checks {
			got = append(got, c.Verdict.String())
		}
	}
	if d := cmp.Diff([]string{"not-found", "equivalent"}, got); d != "" {
		t.Errorf("verdicts per source (-want +got):\n%s", d)
	}
}

// checkAgainst checks the plain-text article text against one given source text, without
// fetching.
func checkAgainst(t *testing.T, text, source string) *Report {
	t.Helper()
	a, err := article.ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	src, err := article.ParseText(strings.NewReader(source))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := New(Options{NoFetch: true, Sources: []Source{{Name: "notes", Article: src}}}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}
