package article

import (
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// para is a paragraph long enough for readability to take it as main text.
const para = "The council voted on Tuesday to rebuild the old river bridge, a project that has divided residents for more than a decade. "

func page(body string) string {
	return "<html><head><title>T</title></head><body><article>" + body + "</article></body></html>"
}

func TestParseHTMLCharsets(t *testing.T) {
	latin1Body := "<p>" + strings.Repeat(para, 4) + "Caf\xe9 cr\xe8me \xe0 l'\xe9t\xe9.</p>"
	utf8Body := "<p>" + strings.Repeat(para, 4) + "Café crème à l'été.</p>"
	utf8ASCII := "<p>" + strings.Repeat(para, 4) + "</p>"
	tests := []struct {
		name, in, contentType string
		want                  string // must be in Text
		warn                  string // must be in a warning; "" for no warning
	}{
		{"utf-8 declared in meta", "<meta charset=utf-8>" + page(utf8Body), "", "Café crème à l'été.", ""},
		{"utf-8 undeclared", page(utf8Body), "", "Café crème à l'été.", ""},
		{"utf-8 bom", "\xef\xbb\xbf" + page(utf8Body), "", "Café crème à l'été.", ""},
		{"latin-1 declared in header", page(latin1Body), "text/html; charset=ISO-8859-1", "Café crème à l'été.", ""},
		{"latin-1 declared in meta", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">` + page(latin1Body), "", "Café crème à l'été.", ""},
		{"latin-1 bytes declared utf-8 in header", page(latin1Body), "text/html; charset=utf-8", "Café crème à l'été.", "not valid UTF-8; decoded as windows-1252"},
		{"latin-1 bytes declared utf-8 in meta", "<meta charset=utf-8>" + page(latin1Body), "", "Café crème à l'été.", "not valid UTF-8; decoded as windows-1252"},
		{"latin-1 bytes undeclared", page(latin1Body), "", "Café crème à l'été.", "decoded as windows-1252"},
		{"utf-8 bytes declared latin-1 in header", page(utf8Body), "text/html; charset=iso-8859-1", "Café crème à l'été.", "bytes are valid UTF-8"},
		{"utf-8 bytes declared latin-1 in meta", `<meta charset="windows-1252">` + page(utf8Body), "", "Café crème à l'été.", "bytes are valid UTF-8"},
		{"invalid utf-8 in utf-8 page", "<meta charset=utf-8>" + page(utf8Body+"<p>Bad \xff\xfe byte and café.</p>"), "", "Bad \uFFFD byte and café.", "invalid UTF-8 sequences replaced"},
		{"utf-16 bom", "\xff\xfe" + utf16le(page(utf8Body)), "", "Café crème à l'été.", ""},
		{"utf-8 bytes declared shift_jis in meta", `<meta charset="Shift_JIS">` + page(utf8Body+"<p>東京で会見した。</p>"), "", "東京で会見した。", "declares shift_jis but its bytes are valid UTF-8"},
		{"utf-8 bytes declared gbk in header", page(utf8Body + "<p>北京时间。</p>"), "text/html; charset=GBK", "北京时间。", "declares gbk but its bytes are valid UTF-8"},
		{"shift_jis bytes declared shift_jis", `<meta charset="Shift_JIS">` + page(utf8ASCII+"<p>\x93\x8c\x8b\x9e\x82\xc5\x89\xef\x8c\xa9\x82\xb5\x82\xbd\x81\x42</p>"), "", "東京で会見した。", ""},
		{"utf-8 bytes declared utf-16le in header", page(utf8Body), "text/html; charset=utf-16le", "Café crème à l'été.", "declares utf-16le but its bytes are valid UTF-8"},
		{"ascii bytes declared utf-16be in header", page(utf8ASCII), "text/html; charset=utf-16be", "rebuild the old river bridge", "declares utf-16be but its bytes are valid UTF-8"},
		{"utf-16le bytes declared utf-16le in header", utf16le(page(utf8Body)), "text/html; charset=utf-16le", "Café crème à l'été.", ""},
		{"utf-8 bytes declared iso-2022-jp in header", page(utf8Body + "<p>東京で会見した。</p>"), "text/html; charset=iso-2022-jp", "東京で会見した。", "declares iso-2022-jp but its bytes are valid UTF-8"},
		{"iso-2022-jp bytes declared iso-2022-jp", page(utf8ASCII + "<p>\x1b$BEl5~\x1b(B</p>"), "text/html; charset=iso-2022-jp", "東京", ""},
		{"latin-1 bytes declared utf-16le in header", page(latin1Body), "text/html; charset=utf-16le", "Café crème à l'été.", "declares utf-16le but its bytes have no NUL"},
		{"gbk bytes declared gbk", `<meta charset="gbk">` + page(utf8ASCII+"<p>\xb1\xb1\xbe\xa9\xca\xb1\xbc\xe4\xa1\xa3</p>"), "", "北京时间。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.in), tt.contentType, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("Text lacks %q:\n%q", tt.want, a.Text)
			}
			w := strings.Join(a.Warnings, "; ")
			if tt.warn == "" && w != "" || !strings.Contains(w, tt.warn) {
				t.Errorf("warnings %q, want %q", w, tt.warn)
			}
		})
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestParseHTMLBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 100_000) + "<p>" + para + "</p>" + strings.Repeat("</div>", 100_000)
	tests := []struct {
		name     string
		in       string
		wantText string // Text must contain it
		warn     string // a warning must contain it; "" for none expected
	}{
		{"empty", "", "", "no main text found"},
		{"blank", "  \n\t", "", "no main text found"},
		{"nav only", `<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>`, "", "no main text found"},
		{"text only", "just some words", "just some words", ""},
		{"unclosed tags", "<p>" + para + "<p><b>bold <i>both" + para, "bold both", ""},
		{"100,000 nested divs", deep, para[:40], "HTML tree rejected"},
		{"binary", "\x00\x01\x02<\x00p>\xff\xfe" + para, "council", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.in), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("Text lacks %q:\n%.200q", tt.wantText, a.Text)
			}
			if w := strings.Join(a.Warnings, "; "); !strings.Contains(w, tt.warn) {
				t.Errorf("warnings %q, want %q", w, tt.warn)
			}
			if strings.Contains(a.Text, "Home") {
				t.Errorf("navigation reached Text: %q", a.Text)
			}
		})
	}
}

// TestParseHTMLHuge feeds a 50 MB page: it is cut at MaxHTMLBytes with a warning, and the
// heap stays bounded.
func TestParseHTMLHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB page")
	}
	const size = 50 << 20
	unit := "<p>" + para + "</p>\n"
	r := io.LimitReader(&repeatReader{s: unit}, size)
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := ParseHTML(r, "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if diff := cmp.Diff([]string{"input cut at 10485760 bytes"}, a.Warnings[:1]); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if len(a.Text) < MaxHTMLBytes/2 || len(a.Text) > MaxHTMLBytes {
		t.Errorf("Text is %d bytes", len(a.Text))
	}
	const bound = 40 * MaxHTMLBytes
	if grew := after.HeapAlloc - before.HeapAlloc; after.HeapAlloc > before.HeapAlloc && grew > bound {
		t.Errorf("heap grew by %d MB, bound %d MB", grew>>20, bound>>20)
	}
	t.Logf("50 MB page: Text %d bytes, %d paragraphs, total allocated %d MB", len(a.Text), len(a.Paragraphs), (after.TotalAlloc-before.TotalAlloc)>>20)
}

// repeatReader yields s over and over.
type repeatReader struct {
	s   string
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.s[r.off:])
		n += c
		r.off = (r.off + c) % len(r.s)
	}
	return n, nil
}

// TestParseHTMLManyLinks checks that a page of 100,000 link-only paragraphs parses in
// linear time.
func TestParseHTMLManyLinks(t *testing.T) {
	if testing.Short() {
		t.Skip("large page")
	}
	in := "<article>" + strings.Repeat(`<p><a href="/x">a related story</a> </p>`, 100_000) + "<p>" + para + "</p></article>"
	a, err := ParseHTML(strings.NewReader(in), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if len(a.Paragraphs) == 0 {
		t.Errorf("no paragraphs")
	}
}

// TestParseHTMLLinkOnlyParagraph: one paragraph of many links with nothing else is dropped as
// link-only (each link used to be compared with every other: 160,000 links took 36 s), and
// one word outside the links keeps it.
func TestParseHTMLLinkOnlyParagraph(t *testing.T) {
	links := strings.Repeat(`<a href="https://example.com/a">x</a> | `, 20_000)
	for _, tc := range []struct {
		name, extra string
		kept        bool
	}{{"links only", "", false}, {"one word more", "word", true}} {
		in := "<article><p>" + para + "</p><p>" + links + tc.extra + "</p><p>" + para + "</p></article>"
		a, err := ParseHTML(strings.NewReader(in), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		checkArticle(t, a)
		if got := strings.Contains(a.Text, "x | x"); got != tc.kept {
			t.Errorf("%s: link paragraph kept %v, want %v", tc.name, got, tc.kept)
		}
	}
}

// The <footer> of a <blockquote> (its attribution) is kept as the paragraph right after the
// quote, outside the quote's span, although the extractor drops footers.
func TestParseHTMLBlockquoteFooter(t *testing.T) {
	in := `<html><body><article><p>` + para + `</p><blockquote cite="https://example.org/s"><p>We are seeing a worrying rise in hospitalisations.</p>
<footer>— Hans Kluge, WHO regional director for Europe</footer></blockquote><p>` + para + `</p></article></body></html>`
	a, err := ParseHTML(strings.NewReader(in), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	byline := strings.Index(a.Text, "— Hans Kluge, WHO regional director for Europe")
	if byline < 0 {
		t.Fatalf("attribution lost: %q", a.Text)
	}
	if !strings.Contains(a.Text, "hospitalisations.\n\n— Hans Kluge") {
		t.Errorf("attribution is not the paragraph after the quote: %q", a.Text)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Span.End > byline {
		t.Errorf("quote elements %+v: want one, ending before the attribution at %d", a.Quotes, byline)
	}
}
