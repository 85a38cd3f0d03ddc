package quotecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
)

// TestBidiControlsShown: bidirectional embedding, override and isolate controls in a quote
// are written as their code points in the text and HTML reports, so that they cannot reorder
// what a reader sees; JSON keeps the text exact.
func TestBidiControlsShown(t *testing.T) {
	a := article.FromText("“We will \u202Eniw lliw\u202C and \u2067win\u2069,” Smith said.\n")
	rep, err := New(Options{NoFetch: true}).Check(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Quotes) == 0 {
		t.Fatal("no quote")
	}
	controls := "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
	var text, page, js bytes.Buffer
	if err := rep.WriteText(&text, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteHTML(&page, a); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": text.String(), "HTML": page.String()} {
		if strings.ContainsAny(out, controls) {
			t.Errorf("the %s report holds a raw bidirectional control", name)
		}
		for _, want := range []string{"[U+202E]niw lliw[U+202C]", "[U+2067]win[U+2069]"} {
			if !strings.Contains(out, want) {
				t.Errorf("the %s report lacks %q", name, want)
			}
		}
	}
	if err := json.NewEncoder(&js).Encode(rep); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if got := back.Quotes[0].Text; !strings.Contains(got, "\u202Eniw lliw\u202C") {
		t.Errorf("JSON quote text %q, want the controls kept", got)
	}
	if got := string(showBidi([]byte("a\u202Eb\u2069\u2028\u202F\u2065é"))); got != "a[U+202E]b[U+2069]\u2028\u202F\u2065é" {
		t.Errorf("showBidi = %q", got)
	}
}
