package article

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		warn     bool
	}{
		{"blank lines", "First para\nsame para.\n\n  Second.  \n\n\n", []string{"First para same para.", "Second."}, false},
		{"single newlines", "Line one.\nLine two.\r\n\nx", []string{"Line one. Line two.", "x"}, false},
		{"no blank line", "Headline\nBody one.\n  Body two.\n", []string{"Headline", "Body one.", "Body two."}, false},
		{"hard-wrapped, no blank line", "“We won,” Smith\nsaid, and left.\r\nPrices rose.", []string{"“We won,” Smith said, and left.", "Prices rose."}, false},
		{"bom", "\xef\xbb\xbfHello", []string{"Hello"}, false},
		{"latin-1", "Co\xfbt: \xa3300", []string{"Coût: £300"}, true},
		{"empty", "", nil, false},
		{"spaces only", " \n\t\n", nil, false},
		{"lone carriage returns", "First para\rsame para.\r\rSecond.\r", []string{"First para same para.", "Second."}, false},
		{"crlf blank lines", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			var got []string
			for _, p := range a.Paragraphs {
				got = append(got, a.Text[p.Start:p.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
			if (len(a.Warnings) > 0) != tt.warn {
				t.Errorf("warnings %q, want some: %v", a.Warnings, tt.warn)
			}
		})
	}
}

// TestParseTextSeed checks the offsets of the seed article, whose paragraphs are single lines.
func TestParseTextSeed(t *testing.T) {
	data, err := os.ReadFile(corpus.Path(t, "000_5f5a9c1a478e8b55.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseText(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if len(a.Paragraphs) < 5 {
		t.Errorf("seed has %d paragraphs, want at least 5", len(a.Paragraphs))
	}
	for i, p := range a.Paragraphs {
		pos, ok := a.Position(p.Start)
		line := strings.Split(string(data), "\n")[pos.Line-1]
		if !ok || !strings.HasPrefix(strings.TrimSpace(line), a.Text[p.Start:min(p.End, p.Start+20)]) {
			t.Errorf("paragraph %d at %+v does not start line %q", i, pos, line)
		}
	}
}

// TestPositionLongLine checks rune columns on a line longer than the rune-count stride.
func TestPositionLongLine(t *testing.T) {
	for _, n := range []int{1, 511, 512, 513, 1500, 4096} {
		in := "ab\n" + strings.Repeat("é", n) + "x"
		a, err := ParseText(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		pos, ok := a.Position(strings.IndexByte(a.Text, 'x'))
		if want := (Position{Line: 2, Column: n + 1, Offset: len(in) - 1}); !ok || pos != want {
			t.Errorf("n=%d: Position = %+v, want %+v", n, pos, want)
		}
	}
}

// One stray byte in a UTF-8 text is replaced, with a warning; the text stays UTF-8 (it was
// decoded whole as windows-1252, turning every “ into â€œ). A Latin-1 text is still decoded
// as windows-1252.
func TestParseTextStrayByte(t *testing.T) {
	for _, c := range []struct{ name, in, want, warn string }{
		{"utf-8 with a stray byte", "“We are ready,” said Éric Dupont.\xa0", "“We are ready,” said Éric Dupont.", "1 invalid byte sequences"},
		{"latin-1", "Caf\xe9 cr\xe8me \xe0 l'\xe9t\xe9.", "Café crème à l'été.", "decoded as windows-1252"},
	} {
		a, err := ParseText(strings.NewReader(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Text, c.want) {
			t.Errorf("%s: text %q, want it to start with %q", c.name, a.Text, c.want)
		}
		if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], c.warn) {
			t.Errorf("%s: warnings %q, want one with %q", c.name, a.Warnings, c.warn)
		}
	}
}
