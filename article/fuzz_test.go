package article

import (
	"bytes"
	"fmt"
	"testing"
	"time"
)

// watchdog crashes the fuzz worker with the input when one run takes over 5 s, so that a
// hang is reported as a failing input; call the returned function when the run ends.
func watchdog(in []byte) (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			panic(fmt.Sprintf("input took over 5s: %q", in))
		}
	}()
	return func() { close(done) }
}

func addSeeds(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
}

// FuzzParseHTML checks on arbitrary input that ParseHTML neither fails nor panics, that every
// span lies inside Text and reports its text, and that Position round-trips.
func FuzzParseHTML(f *testing.F) {
	addSeeds(f, "", "<p>a &amp; b</p>", "<q cite=x>q</q><blockquote>b<br>c</blockquote>",
		"<a href=/x>link &eacute;</a> t&#233;xt\r\nmore", "<table><tr><td>a<td>b</table>x",
		"<meta charset=latin1><p>caf\xe9</p>", "<p>\u00a0 x \u00a0</p><p>&nbsp;</p>", "<svg><style>x</style></svg>y",
		"<div hidden>h</div><nav>n</nav><form><p>f</p></form><header>h</header>z")
	f.Add(readFixture(f, "simple.html"))
	f.Fuzz(func(t *testing.T, in []byte) {
		defer watchdog(in)()
		a, err := ParseHTML(bytes.NewReader(in), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		checkArticle(t, a)
	})
}

// FuzzParseMarkdown checks the span and Position invariants of ParseMarkdown.
func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f, "", "# h\n\npara *em* \\* &amp; [l](u)\n> q\n", "---\ntitle: x\n---\ntext", "```\ncode\n```\n- a\n- b<br>c",
		"<https://a.b> `c` ![i](j) &#x41; &bogus;", "+++\ndate = 2024-01-02\n+++\n\nline  \nbreak")
	f.Add(readFixture(f, "sample.md"))
	f.Fuzz(func(t *testing.T, in []byte) {
		defer watchdog(in)()
		a, err := ParseMarkdown(bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		checkArticle(t, a)
	})
}

// FuzzParseText checks the span and Position invariants of ParseText.
func FuzzParseText(f *testing.F) {
	addSeeds(f, "", "a\nb", "a\n\nb\r\n\r\nc", "\xef\xbb\xbf\xff x", " \u00a0\n\u2003")
	f.Fuzz(func(t *testing.T, in []byte) {
		defer watchdog(in)()
		a, err := ParseText(bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		checkArticle(t, a)
	})
}
