package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

// basilArticle is one article of corpus/outlets/basil/articles/YEAR/*.json.
type basilArticle struct {
	Source     string     `json:"source"`
	Date       string     `json:"date"`
	Triplet    string     `json:"triplet-uuid"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

func loadBASIL(tb testing.TB) []Doc {
	tb.Helper()
	dir := corpus.Path(tb, "outlets", "basil", "articles")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no BASIL articles under %s", dir)
	}
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var a basilArticle
		if err := json.Unmarshal(b, &a); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		paras := make([]string, 0, len(a.Paragraphs))
		for _, p := range a.Paragraphs {
			paras = append(paras, strings.Join(p, " "))
		}
		published, _ := time.Parse("2006-01-02", a.Date)
		docs = append(docs, Doc{ID: a.Triplet + "/" + a.Source, Outlet: a.Source, Published: published, Text: strings.Join(paras, "\n\n")})
	}
	return docs
}

// quotedShare is the share of span that lies inside quote marks (“…” or "…" within a
// paragraph) of text.
func quotedShare(text string, start, end int) float64 {
	in := 0
	open := false
	for i, r := range text[:end] {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		case '\n':
			open = false
		}
		if open && i >= start {
			in++
		}
	}
	if end <= start {
		return 0
	}
	return float64(in) / float64(end-start)
}

// TestIndexBASIL indexes the BASIL triplets (one event told by three outlets) and reports
// the quoted passages that recur across outlets.
func TestIndexBASIL(t *testing.T) {
	docs := loadBASIL(t)
	x := NewIndex(IndexOptions{})
	for _, d := range docs {
		x.AddDoc(d)
	}
	var cross, quoted int
	var examples []string
	distinct := map[[2]int]bool{} // quoted passages by their earliest occurrence
	for _, p := range x.Passages() {
		if p.Earlier.Outlet == p.Later.Outlet {
			continue
		}
		cross++
		et, lt := x.docText(p.Earlier), x.docText(p.Later)
		if quotedShare(et, p.Earlier.Span.Start, p.Earlier.Span.End) < 0.5 || quotedShare(lt, p.Later.Span.Start, p.Later.Span.End) < 0.5 {
			continue
		}
		quoted++
		distinct[[2]int{p.Earlier.Doc, p.Earlier.Span.Start}] = true
		if len(examples) < 8 {
			examples = append(examples, p.Earlier.Outlet+" "+p.Earlier.Published.Format("2006-01-02")+" → "+p.Later.Outlet+" "+
				p.Later.Published.Format("2006-01-02")+": "+et[p.Earlier.Span.Start:p.Earlier.Span.End])
		}
	}
	t.Logf("BASIL: %d articles, %d passages shared across outlets, %d of them quoted in both (%d distinct earliest occurrences)",
		len(docs), cross, quoted, len(distinct))
	for _, e := range examples {
		t.Log("  " + e)
	}
	if quoted < 250 {
		t.Errorf("found %d recurring quoted passages across outlets, want at least 250", quoted)
	}
	if d := x.Duplicates(); len(d) > 0 {
		t.Logf("BASIL: %d whole-document near copies", len(d))
	}
}
