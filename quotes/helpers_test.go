package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/lang"
)

// TestOnlyWord checks onlyWord against the strings.Fields it replaces.
func TestOnlyWord(t *testing.T) {
	for _, s := range []string{"", " ", ",", ", and ", " et,", "and then", "\u00a0ou\u202f", "a,b", ",,x,,", "x\xff", " \xff ", "or\n"} {
		want := strings.Fields(strings.ReplaceAll(s, ",", " "))
		w, ok := onlyWord(s)
		if ok != (len(want) == 1) || ok && w != want[0] {
			t.Errorf("onlyWord(%q) = %q, %v; want the fields %q", s, w, ok, want)
		}
	}
}

// TestAppendFold checks appendFold against lang.Fold.
func TestAppendFold(t *testing.T) {
	for _, w := range []string{"Été", "L’Iran", "ÉTATS-UNIS", "aujourd‘hui", "Straße", "İstanbul", "ʼOK", "\uFFFD", "Σ"} {
		b, ok := appendFold([]byte("x"), w)
		if !ok || string(b[1:]) != lang.Fold(w) {
			t.Errorf("appendFold(%q) = %q, %v; want %q", w, b[1:], ok, lang.Fold(w))
		}
	}
	if _, ok := appendFold(nil, "É\xff"); ok {
		t.Errorf("appendFold of invalid UTF-8: ok")
	}
}

// TestTokenNear checks the galloping search against tokenAfter from every hint.
func TestTokenNear(t *testing.T) {
	text := "« Nous sommes prêts », a-t-il dit. \"A,\" he said.\nL'AFP, selon M.Fomine."
	d := newDoc(text, paragraphs(&article.Article{Text: text}), lang.MustGet("fr"), new(scratch))
	for off := -1; off <= len(text)+1; off++ {
		want := d.tokenAfter(off)
		for hint := -2; hint <= len(d.toks)+2; hint++ {
			if got := d.tokenNear(off, hint); got != want {
				t.Fatalf("tokenNear(%d, %d) = %d, want %d", off, hint, got, want)
			}
		}
	}
}
