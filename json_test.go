package quotecheck

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// nullable are the report's fields docs/report.md allows to be null; every other field, the
// arrays in particular, must never be.
var nullable = map[string]bool{"published": true, "speaker": true, "evidence": true}

// nulls lists the paths of the null values of v that are not nullable.
func nulls(path string, v any) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if x == nil && !nullable[k] {
				out = append(out, path+"."+k)
			}
			out = append(out, nulls(path+"."+k, x)...)
		}
	case []any:
		for _, x := range v {
			out = append(out, nulls(path+"[]", x)...)
		}
	}
	return out
}

// TestJSONArraysNeverNull: an empty page, a quote not found in a source and a source that
// cannot be had give [] for every array, never null.
func TestJSONArraysNeverNull(t *testing.T) {
	quote, _ := article.ParseText(strings.NewReader(`"We will not raise taxes," the minister said.`))
	other, _ := article.ParseText(strings.NewReader(`The weather was fine in Paris on Monday.`))
	cases := []struct {
		name string
		a    *article.Article
		opts Options
	}{
		{"empty page", &article.Article{}, Options{NoFetch: true}},
		{"not found", quote, Options{NoFetch: true, Sources: []Source{{Name: "notes", Article: other}}}},
		{"unverifiable", quote, Options{Fetcher: failing{}, Sources: []Source{{URL: "https://www.example.com/x"}}}},
	}
	for _, tc := range cases {
		rep, err := New(tc.opts).Check(context.Background(), tc.a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		if n := nulls("", v); len(n) > 0 {
			t.Errorf("%s: null where docs/report.md says array: %v\n%s", tc.name, n, b)
		}
	}
}
