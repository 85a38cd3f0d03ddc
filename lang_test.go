package quotecheck

import (
	"context"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestReportLang: the report names the language whose conventions found the quotes, and an
// Options.Lang with no data is an error, not silently ignored.
func TestReportLang(t *testing.T) {
	const text = `"We will not raise taxes," the minister said on Monday in the capital.`
	for _, tc := range []struct {
		forced, declared, want string
	}{
		{"", "", "en"},
		{"fr", "", "fr"},
		{"", "en-GB", "en-GB"},
		{"", "sv", "en"}, // no data for Swedish: the language detected is used
		{"fr", "en", "fr"},
	} {
		a, _ := article.ParseText(strings.NewReader(text))
		a.Metadata.Language = article.Field{Value: tc.declared, Origin: article.OriginCaller}
		rep, err := New(Options{NoFetch: true, Lang: tc.forced}).Check(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Article.Lang != tc.want {
			t.Errorf("Lang %q, page declaring %q: report says %q, want %q", tc.forced, tc.declared, rep.Article.Lang, tc.want)
		}
	}
	a, _ := article.ParseText(strings.NewReader(text))
	if _, err := New(Options{NoFetch: true, Lang: "xx"}).Check(context.Background(), a); err == nil {
		t.Error(`Options{Lang: "xx"}: no error for a language with no data`)
	}
}
