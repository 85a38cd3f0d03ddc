package article

import (
	"strings"
	"testing"
)

// TestLanguageMeta checks that a <meta> language that is no BCP 47 tag ("italiano (italian)")
// gives way to the page's <html lang>, and that a well-formed one is kept.
func TestLanguageMeta(t *testing.T) {
	body := "<body><article><h1>Titolo</h1><p>Il ministro ha detto che il piano non è pronto per il voto della legge, e la maggioranza ha rinviato la discussione.</p></article></body></html>"
	for _, c := range []struct{ head, want string }{
		{`<html lang="it-IT"><head><meta name="language" content="italiano (italian)"></head>`, "it-IT"},
		{`<html lang="it-IT"><head><meta name="language" content="it"></head>`, "it"},
		{`<html><head><meta http-equiv="content-language" content="en, fr"><meta property="og:locale" content="fr_FR"></head>`, "fr-FR"},
	} {
		a, err := ParseHTML(strings.NewReader(c.head+body), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Metadata.Language.Value; got != c.want {
			t.Errorf("%s: language %q, want %q", c.head, got, c.want)
		}
	}
	for _, v := range []string{"en", "fr-CA", "zh-Hant-TW", "en_US", "sr-Latn-RS"} {
		if !languageTag(v) {
			t.Errorf("languageTag(%q) = false", v)
		}
	}
	for _, v := range []string{"", "italiano (italian)", "e", "english", "en-", "-en", "en--us", "en, fr", "1en"} {
		if languageTag(v) {
			t.Errorf("languageTag(%q) = true", v)
		}
	}
}
