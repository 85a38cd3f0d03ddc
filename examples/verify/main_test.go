package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

func runVerify(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// verifyJSON runs verify with args and "-format json", fails the test on a non-zero exit or a
// report that does not parse, and returns the report.
func verifyJSON(t *testing.T, args ...string) quotecheck.Report {
	t.Helper()
	code, out, stderr := runVerify(t, append([]string{"-format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("verify %v: exit %d: %s", args, code, stderr)
	}
	var rep quotecheck.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("verify %v: JSON report does not parse: %v", args, err)
	}
	return rep
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		want   int
		reason string
	}{
		{"sample", nil, 0, "the built-in sample checks offline"},
		{"help", []string{"-h"}, 0, "asking for help is not an error"},
		{"bad format", []string{"-format", "xml"}, 2, "unknown output format is a usage error"},
		{"two inputs", []string{"a.html", "b.html"}, 2, "one article at a time"},
		{"missing file", []string{filepath.Join(t.TempDir(), "none.html")}, 2, "an unreadable input is an input error"},
		{"unknown language", []string{"-lang", "xx"}, 2, "a language without data is a usage error"},
		{"unknown flag", []string{"-nope"}, 2, "usage error"},
		{"binary input", []string{"-no-fetch", binaryFile(t)}, 2, "a binary file is not an article"},
		{"binary source", []string{"-no-fetch", "-source", binaryFile(t), "../../testdata/sample/article.html"}, 2, "a binary file is not a source"},
		{"missing source", []string{"-no-fetch", "-source", "/nonexistent/page.html", "../../testdata/sample/article.html"}, 2, "an unreadable -source is an input error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runVerify(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d (%s); stderr: %s", code, tt.want, tt.reason, stderr)
			}
			if tt.want == 2 && strings.TrimSpace(stderr) == "" {
				t.Error("exit 2 without a reason on stderr")
			}
		})
	}
}

func binaryFile(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "image.html")
	if err := os.WriteFile(p, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFormats(t *testing.T) {
	rep := verifyJSON(t)
	if len(rep.Quotes) == 0 || len(rep.Sources) == 0 {
		t.Errorf("JSON report has %d quotes and %d sources, want some of each", len(rep.Quotes), len(rep.Sources))
	}
	code, out, _ := runVerify(t, "-format", "html")
	if code != 0 || !strings.Contains(out, `<mark class="quote`) {
		t.Errorf("HTML report: exit %d, highlighted quotes: %v", code, strings.Contains(out, "<mark"))
	}
	code, out, _ = runVerify(t)
	if code != 0 || !strings.Contains(out, "checks: exact") || strings.Contains(out, "\x1b[") {
		t.Errorf("text report: exit %d, summary present %v, colour codes off a terminal %v", code,
			strings.Contains(out, "checks: exact"), strings.Contains(out, "\x1b["))
	}
}

func TestInputKinds(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Le ministre a déclaré : « Nous ne céderons pas. »\n\nIl a ajouté que la réforme irait à son terme.",
		"a.md":  "---\ntitle: x\n---\n# Titre\n\n\"We will not give in,\" the minister said.\n\n```\n\"code\" said nobody\n```\n",
		"a.htm": "<html><body><p>\"We will not give in,\" the minister said.</p></body></html>",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		rep := verifyJSON(t, "-no-fetch", p)
		direct := 0
		for _, q := range rep.Quotes {
			if q.Kind == "direct" {
				direct++
				if strings.Contains(q.Text, "code") {
					t.Errorf("%s: a quote from a code block was reported: %q", name, q.Text)
				}
			}
		}
		if direct != 1 {
			t.Errorf("%s: %d direct quotes, want 1", name, direct)
		}
	}
}

// TestEmptyInput: an empty file, or a page with no visible text, is an input error (exit 2)
// that says so, not an empty report.
func TestEmptyInput(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"e.txt": "", "b.txt": "  \n\n ", "e.html": "<html><body><script>x()</script></body></html>"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runVerify(t, "-no-fetch", p)
		if code != 2 || !strings.Contains(stderr, "no text") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and a message saying there is no text", name, code, stderr)
		}
	}
}

// TestStdinMarkdown checks that Markdown on standard input is read as Markdown: its heading is
// the title and its block quote a quote, not text with "#" and ">" in it.
func TestStdinMarkdown(t *testing.T) {
	in := "# Tech chief quits\n\nThe chief executive said she would leave.\n\n> We will miss her.\n"
	var out, errb strings.Builder
	if code := run(context.Background(), []string{"-no-fetch", "-format", "json", "-"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep quotecheck.Report
	if err := json.Unmarshal([]byte(out.String()), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Article.Title != "Tech chief quits" {
		t.Errorf("title %q, want the Markdown heading", rep.Article.Title)
	}
	found := false
	for _, q := range rep.Quotes {
		found = found || q.Kind == "blockquote" && strings.Contains(q.Text, "We will miss her.")
	}
	if !found {
		t.Errorf("the block quote is no quote: %+v", rep.Quotes)
	}
	for _, s := range []string{"---\ntitle: x\n---\ntext", "## Sub\n", "\ufeff# T\n"} {
		if !looksMarkdown([]byte(s)) {
			t.Errorf("looksMarkdown(%q) = false", s)
		}
	}
	for _, s := range []string{"#hashtag news", "Plain text.\n# not first", "####### seven", ""} {
		if looksMarkdown([]byte(s)) {
			t.Errorf("looksMarkdown(%q) = true", s)
		}
	}
}

// TestCorpusPagesSelfSource runs the program on every corpus HTML page without fetching,
// then with the page itself as -source: every direct quote must be exact or equivalent.
func TestCorpusPagesSelfSource(t *testing.T) {
	root := corpus.Path(t, "html")
	pages, _ := filepath.Glob(filepath.Join(root, "readability", "*", "source.html"))
	aeb, _ := filepath.Glob(filepath.Join(root, "aeb", "html", "*.html.gz"))
	pages = append(pages, aeb...)
	if testing.Short() {
		pages = pages[:min(len(pages), 20)]
	}
	checks := 0
	for _, p := range pages {
		name := strings.TrimPrefix(p, root+string(filepath.Separator))
		if code, _, stderr := runVerify(t, "-no-fetch", p); code != 0 {
			t.Errorf("%s -no-fetch: exit %d: %s", name, code, stderr)
			continue
		}
		code, out, stderr := runVerify(t, "-no-fetch", "-format", "json", "-source", p, p)
		if code != 0 {
			t.Errorf("%s -source itself: exit %d: %s", name, code, stderr)
			continue
		}
		var rep quotecheck.Report
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, q := range rep.Quotes {
			for _, c := range q.Checks {
				if q.Kind != "direct" || c.Source != 0 {
					continue
				}
				checks++
				if v := c.Verdict.String(); v != "exact" && v != "equivalent" {
					t.Errorf("%s: direct quote %q against its own page: %s", name, q.Text, v)
				}
			}
		}
	}
	t.Logf("%d pages, %d direct quotes checked against their own page", len(pages), checks)
	if checks == 0 {
		t.Error("no direct quote was checked")
	}
}

type basilArticle struct {
	Source     string     `json:"source"`
	Title      string     `json:"title"`
	Date       string     `json:"date"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

// TestBASILTriplets checks each BASIL article's quotes against its two sibling outlets'
// articles of the same event, and logs the verdict counts with a few examples.
func TestBASILTriplets(t *testing.T) {
	root := corpus.Path(t, "outlets", "basil", "articles")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.json"))
	triplets := map[string][]string{}
	for _, f := range files {
		base := filepath.Base(f)
		id := base[:strings.LastIndex(base, "_")]
		triplets[id] = append(triplets[id], f)
	}
	ids := make([]string, 0, len(triplets))
	for id := range triplets {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if testing.Short() {
		ids = ids[:min(len(ids), 10)]
	}
	dir := t.TempDir()
	counts := map[string]int{}
	var examples []string
	for _, id := range ids {
		texts := map[string]string{}
		for _, f := range triplets[id] {
			texts[f] = basilText(t, f, dir)
		}
		for _, f := range triplets[id] {
			args := []string{"-no-fetch", "-format", "json", "-lang", "en"}
			for _, g := range triplets[id] {
				if g != f {
					args = append(args, "-source", texts[g])
				}
			}
			code, out, stderr := runVerify(t, append(args, texts[f])...)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", f, code, stderr)
			}
			var rep quotecheck.Report
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			for _, q := range rep.Quotes {
				for _, c := range q.Checks {
					v := c.Verdict.String()
					counts[v]++
					if (v == "meaning-changed" || v == "altered" || v == "elided") && len(examples) < 12 && len(strings.Fields(q.Text)) >= 6 {
						examples = append(examples, fmt.Sprintf("%s: %s vs %s: %q / source %q", v, filepath.Base(texts[f]), c.Outlet, q.Text, c.Passage))
					}
				}
			}
		}
	}
	t.Logf("BASIL: %d triplets, verdicts %v", len(ids), counts)
	for _, e := range examples {
		t.Log(e)
	}
	if counts["exact"]+counts["equivalent"] == 0 {
		t.Error("no quote of one outlet was found word for word in a sibling outlet")
	}
}

// basilText writes a BASIL article as plain text (title, then one paragraph per line pair)
// named after its outlet and returns the path.
func basilText(t *testing.T, path, dir string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a basilArticle
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var b strings.Builder
	b.WriteString(a.Title + "\n\n")
	for _, p := range a.Paragraphs {
		b.WriteString(strings.Join(p, " ") + "\n\n")
	}
	out := filepath.Join(dir, strings.ToLower(a.Source)+"-"+strings.TrimSuffix(filepath.Base(path), ".json")+".txt")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSavedPageBase: a saved page's relative links resolve against the URL it declares
// (<link rel=canonical>, og:url), so they are reported as sources with absolute URLs.
func TestSavedPageBase(t *testing.T) {
	dir := t.TempDir()
	body := `<p>"We will fight this to the very end," Senator Jane Roe <a href="/politics/interview.html">told the paper in an interview</a>.</p>`
	for name, head := range map[string]string{
		"canonical.html": `<link rel="canonical" href="https://www.example.org/a/story.html">`,
		"og.html":        `<meta property="og:url" content="https://www.example.org/a/story.html">`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("<html><head>"+head+"</head><body><article>"+body+"</article></body></html>"), 0o644); err != nil {
			t.Fatal(err)
		}
		rep := verifyJSON(t, "-no-fetch", p)
		var urls []string
		for _, s := range rep.Sources {
			urls = append(urls, s.URL)
		}
		if !slices.Contains(urls, "https://www.example.org/politics/interview.html") {
			t.Errorf("%s: sources %q, want the relative link resolved against the page's URL", name, urls)
		}
	}
}

// TestRefusedInputs: a private address and a scheme other than http(s) get short messages
// that say why, not a robots.txt error or "no such file". Nothing leaves the machine: the
// fetch client refuses private addresses before dialling.
func TestRefusedInputs(t *testing.T) {
	for _, tc := range []struct{ arg, want string }{
		{"http://127.0.0.1/x", "private"},
		{"http://192.168.1.10/story.html", "save the page"},
		{"ftp://example.com/story.html", `unsupported URL scheme "ftp"`},
	} {
		code, _, stderr := runVerify(t, "-format", "json", tc.arg)
		if code != 2 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "robots.txt") || len(stderr) > 200 {
			t.Errorf("%s: exit %d, stderr %q; want 2 and a short message with %q", tc.arg, code, stderr, tc.want)
		}
	}
}
