package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

// corpusPage is one HTML page of the shared corpus.
type corpusPage struct {
	name string // readability/<dir> or aeb/<sha256>
	path string
	url  *url.URL
}

func readabilityPages(t testing.TB) []corpusPage {
	dir := corpus.Path(t, "html", "readability")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusPage
	for _, e := range ents {
		p := filepath.Join(dir, e.Name(), "source.html")
		if _, err := os.Stat(p); err == nil {
			out = append(out, corpusPage{name: "readability/" + e.Name(), path: p, url: mustURL("http://fakehost/test/page.html")})
		}
	}
	return out
}

type aebGold struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

func aebGoldData(t testing.TB) map[string]aebGold {
	data, err := os.ReadFile(corpus.Path(t, "html", "aeb", "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]aebGold
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	return gold
}

func aebPages(t testing.TB) []corpusPage {
	gold := aebGoldData(t)
	dir := corpus.Path(t, "html", "aeb", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	var out []corpusPage
	for _, p := range names {
		id := strings.TrimSuffix(filepath.Base(p), ".html.gz")
		out = append(out, corpusPage{name: "aeb/" + id, path: p, url: mustURL(gold[id].URL)})
	}
	return out
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

func (p corpusPage) read(t testing.TB) []byte {
	data, err := os.ReadFile(p.path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(p.path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	return data
}

// TestCorpusPages parses every page of the shared corpus and checks the offset invariants.
func TestCorpusPages(t *testing.T) {
	pages := append(readabilityPages(t), aebPages(t)...)
	var mu sync.Mutex
	var exactBytes, textBytes int
	defer func() {
		t.Logf("%d pages: %d of %d Text bytes (%.2f%%) map byte for byte to the input", len(pages),
			exactBytes, textBytes, 100*float64(exactBytes)/float64(max(textBytes, 1)))
	}()
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			a, err := ParseHTML(bytes.NewReader(p.read(t)), "", p.url)
			if err != nil {
				t.Fatalf("ParseHTML: %v", err)
			}
			checkArticle(t, a)
			exact := 0
			for _, s := range a.segs {
				if s.exact {
					exact += s.n
				}
			}
			mu.Lock()
			exactBytes, textBytes = exactBytes+exact, textBytes+len(a.Text)
			mu.Unlock()
			if a.PageText == "" {
				t.Errorf("empty PageText")
			}
		})
	}
}

// TestCorpusAEBTokenF1 measures the mean token F1 of Text against the article-extraction
// benchmark's gold articleBody. Run with -v to see the figure.
func TestCorpusAEBTokenF1(t *testing.T) {
	gold := aebGoldData(t)
	var sumP, sumR, sumF float64
	var n, empty int
	var shP, shR []float64
	for _, p := range aebPages(t) {
		a, err := ParseHTML(bytes.NewReader(p.read(t)), "", p.url)
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		g := gold[strings.TrimPrefix(p.name, "aeb/")]
		pr, rc, f := tokenF1(g.ArticleBody, a.Text)
		if a.Text == "" {
			empty++
		}
		if testing.Verbose() && f < 0.8 {
			t.Logf("low F1 %.3f (P %.3f R %.3f) %s %s", f, pr, rc, p.name, g.URL)
		}
		sumP, sumR, sumF = sumP+pr, sumR+rc, sumF+f
		n++
		tp, fp, fn := shingleMatch(g.ArticleBody, a.Text, 4)
		if tp+fp > 0 {
			shP = append(shP, shingleScore(tp, fp, fn, fp))
		}
		if tp+fn > 0 {
			shR = append(shR, shingleScore(tp, fp, fn, fn))
		}
	}
	p, r := mean(shP), mean(shR)
	t.Logf("AEB pages %d, the benchmark's metric (evaluate.py: 4-word shingles, mean precision and recall): precision %.4f recall %.4f F1 %.4f",
		n, p, r, 2*p*r/(p+r))
	if n == 0 {
		t.Skip("no pages")
	}
	t.Logf("AEB pages %d: mean token precision %.4f recall %.4f F1 %.4f; empty Text %d",
		n, sumP/float64(n), sumR/float64(n), sumF/float64(n), empty)
	if f := sumF / float64(n); f < 0.90 {
		t.Errorf("mean token F1 %.4f below 0.90", f)
	}
}

// shingleMatch counts true positives, false positives and false negatives over the 4-word
// shingles of gold and pred, normalised to sum to 1 per page: the metric of the
// article-extraction benchmark (scrapinghub/article-extraction-benchmark, evaluate.py), whose
// words are runs of Unicode word characters, case kept.
func shingleMatch(gold, pred string, n int) (tp, fp, fn float64) {
	g, p := shingles(gold, n), shingles(pred, n)
	for k, c := range g {
		tp += float64(min(c, p[k]))
		fn += float64(max(0, c-p[k]))
	}
	for k, c := range p {
		fp += float64(max(0, c-g[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// shingleScore is precision (miss = fp) or recall (miss = fn) as evaluate.py defines them.
func shingleScore(tp, fp, fn, miss float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && miss == 0:
		return 0
	}
	return tp / (tp + miss)
}

func shingles(s string, n int) map[string]int {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) && r != '_'
	})
	m := map[string]int{}
	for i := 0; i < max(1, len(words)-n+1); i++ {
		if w := words[i:min(len(words), i+n)]; len(w) > 0 {
			m[strings.Join(w, "\x00")]++
		}
	}
	return m
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// tokenF1 is the bag-of-words precision, recall and F1 of pred against gold, over
// lower-cased runs of letters and digits.
func tokenF1(gold, pred string) (p, r, f float64) {
	g, q := wordBag(gold), wordBag(pred)
	var ng, nq, common int
	for w, c := range g {
		ng += c
		common += min(c, q[w])
	}
	for _, c := range q {
		nq += c
	}
	if ng == 0 && nq == 0 {
		return 1, 1, 1
	}
	if ng == 0 || nq == 0 || common == 0 {
		return 0, 0, 0
	}
	p, r = float64(common)/float64(nq), float64(common)/float64(ng)
	return p, r, 2 * p * r / (p + r)
}

func wordBag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		m[w]++
	}
	return m
}

type expectedMeta struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	Lang          *string `json:"lang"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
}

// TestCorpusReadabilityMetadata measures agreement of Metadata with the expected metadata of
// Mozilla Readability's test pages (title, byline, site name, published time, language).
// Run with -v to see the figures and each disagreement.
func TestCorpusReadabilityMetadata(t *testing.T) {
	pages := readabilityPages(t)
	fields := []string{"title", "byline", "siteName", "publishedTime", "lang"}
	agree := map[string]int{}
	extra := 0 // values found where readability.js found none
	for _, p := range pages {
		data, err := os.ReadFile(filepath.Join(filepath.Dir(p.path), "expected-metadata.json"))
		if err != nil {
			t.Fatal(err)
		}
		var want expectedMeta
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		a, err := ParseHTML(bytes.NewReader(p.read(t)), "", p.url)
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		m := a.Metadata
		got := map[string]string{
			"title": m.Title.Value, "byline": authors(m.Authors), "siteName": m.Outlet.Value,
			"publishedTime": timeString(m.Published), "lang": m.Language.Value,
		}
		exp := map[string]string{
			"title": deref(want.Title), "byline": authorName(deref(want.Byline)), "siteName": deref(want.SiteName),
			"publishedTime": expTime(deref(want.PublishedTime)), "lang": deref(want.Lang),
		}
		for _, f := range fields {
			if sameMeta(exp[f], got[f]) {
				agree[f]++
			} else if exp[f] == "" {
				extra++
				t.Logf("%s %s: none expected, got %q", p.name, f, got[f])
			} else {
				t.Logf("%s %s: want %q, got %q", p.name, f, exp[f], got[f])
			}
		}
	}
	var sb strings.Builder
	total := 0
	for _, f := range fields {
		total += agree[f]
		sb.WriteString(" " + f + " " + itoa(agree[f]) + "/" + itoa(len(pages)))
	}
	t.Logf("readability metadata agreement over %d pages (bylines without a By/Par prefix):%s; all %d/%d; "+
		"%d more values found where the expected metadata has none", len(pages), sb.String(), total, len(pages)*len(fields), extra)
}

func authors(fs []Field) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return strings.Join(out, ", ")
}

func timeString(t TimeField) string {
	if t.Origin == OriginNone {
		return ""
	}
	return t.Time.UTC().Format(time.RFC3339)
}

func expTime(s string) string {
	if s == "" {
		return ""
	}
	if t, ok := parseTime(s); ok {
		return t.UTC().Format(time.RFC3339)
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// sameMeta compares two metadata values ignoring case and white-space differences.
func sameMeta(a, b string) bool { return strings.EqualFold(clean(a), clean(b)) }

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
