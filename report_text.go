package quotecheck

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/compare"
)

// TextOptions tune [Report.WriteText].
type TextOptions struct {
	// Color marks the word diff with ANSI colours (red for the source's words the quote
	// lacks, green for the quote's words the source lacks); otherwise it uses [-…-] and {+…+}.
	Color bool
}

// WriteText writes the report for people: the article, its sources, each quote with its
// speaker, position (line:column of the input) and checks with the kinds of edit that
// decided the verdict ("altered, similarity 1.000, WER 0.000, edits: contraction") and a word diff, the repeated
// passages and a summary line of counts per verdict. A quote's text is cut at maxQuoteLine
// (2,000) characters. A bidirectional embedding, override or isolate control (U+202A–U+202E,
// U+2066–U+2069) is written as its code point in brackets ("[U+202E]", showBidi), so that
// it cannot reorder what the reader sees. The layout is not stable; use JSON for tools.
func (r *Report) WriteText(w io.Writer, opts TextOptions) error {
	var bw bytes.Buffer
	r.writeHeader(&bw)
	r.writeSources(&bw)
	for i, q := range r.Quotes {
		r.writeQuote(&bw, i, q, opts)
	}
	r.writeReuse(&bw)
	fmt.Fprintln(&bw)
	fmt.Fprintln(&bw, r.Summary())
	_, err := w.Write(showBidi(bw.Bytes()))
	return err
}

// showBidi returns b (UTF-8) with each bidirectional embedding, override or isolate control
// (U+202A–U+202E, U+2066–U+2069) written as its code point in brackets: "[U+202E]". Text
// and HTML reports show them; JSON keeps the text exact.
func showBidi(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i+2 < len(b); i++ {
		if b[i] != 0xe2 || !(b[i+1] == 0x80 && b[i+2] >= 0xaa && b[i+2] <= 0xae || b[i+1] == 0x81 && b[i+2] >= 0xa6 && b[i+2] <= 0xa9) {
			continue
		}
		r, _ := utf8.DecodeRune(b[i:])
		out = append(out, b[last:i]...)
		out = fmt.Appendf(out, "[U+%04X]", r)
		i += 2
		last = i + 1
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

func (r *Report) writeHeader(w io.Writer) {
	a := r.Article
	fmt.Fprintln(w, orDash(a.Title))
	fmt.Fprintln(w, a.metaLine())
	for _, s := range a.Warnings {
		fmt.Fprintln(w, "warning:", s)
	}
}

// metaLine is the outlet, date, language and URL of the article that are known, joined
// with " · "; "" when none is.
func (a ArticleInfo) metaLine() string {
	date := ""
	if a.Published != nil {
		date = a.Published.Format("2006-01-02")
	}
	var meta []string
	for _, s := range []string{a.Outlet, date, a.Lang, a.URL} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	return strings.Join(meta, " · ")
}

func (r *Report) writeSources(w io.Writer) {
	fmt.Fprintf(w, "\nSources (%d)\n", len(r.Sources))
	for i, s := range r.Sources {
		fmt.Fprintf(w, "  [%d] %s", i+1, orDash(s.Outlet))
		if s.Via != "" {
			fmt.Fprintf(w, " via %s", s.Via)
		}
		if s.Relation != "" {
			fmt.Fprintf(w, " (%s", s.Relation)
			if s.Mention != "" {
				fmt.Fprintf(w, " “%s”", ellipsize(s.Mention, 80))
			}
			fmt.Fprint(w, ")")
		}
		if s.URL != "" {
			fmt.Fprintf(w, "\n      %s", s.URL)
		}
		switch {
		case s.Evidence != nil:
			fmt.Fprintf(w, "\n      %s, HTTP %d, sha256 %.12s", s.Evidence.Origin, s.Evidence.Status, s.Evidence.SHA256)
		case s.Error != "":
			fmt.Fprintf(w, "\n      unavailable: %s", s.Error)
		}
		fmt.Fprintln(w)
	}
}

func (r *Report) writeQuote(w io.Writer, i int, q QuoteReport, opts TextOptions) {
	fmt.Fprintf(w, "\n%d. %s", i+1, q.Kind)
	if q.Line > 0 {
		fmt.Fprintf(w, ", line %d, column %d", q.Line, q.Column)
	}
	if len(q.Flags) > 0 {
		fmt.Fprintf(w, " [%s]", strings.Join(q.Flags, ", "))
	}
	fmt.Fprintf(w, "\n   %s\n", quoteLine(q))
	if q.Speaker != nil && q.Speaker.Name == "" {
		fmt.Fprintf(w, "   speaker: unresolved (mention “%s”, %s, confidence %.2f)", ellipsize(q.Speaker.Mention, 80), q.Speaker.Method, q.Speaker.Confidence)
	} else if q.Speaker != nil {
		fmt.Fprintf(w, "   speaker: %s (mention “%s”, %s, confidence %.2f)", q.Speaker.Name, ellipsize(q.Speaker.Mention, 80), q.Speaker.Method, q.Speaker.Confidence)
	} else {
		fmt.Fprint(w, "   speaker: none given")
	}
	if q.Cue != "" {
		fmt.Fprintf(w, "; cue “%s”", ellipsize(q.Cue, 60))
	}
	fmt.Fprintln(w)
	for _, c := range q.Checks {
		writeCheck(w, c, opts)
	}
}

// maxQuoteLine is how many characters (runes) of a quote's text the text report prints; the
// JSON report has the whole text. Thousands of quotes nested in one another would otherwise
// print the same long text thousands of times.
const maxQuoteLine = 2000

func quoteLine(q QuoteReport) string {
	t, cut := q.Text, false
	if n := 4 * maxQuoteLine; len(t) > n { // at most 4 bytes a rune: enough for maxQuoteLine
		for n > 0 && !utf8.RuneStart(t[n]) {
			n--
		}
		t, cut = t[:n], true
	}
	t = strings.Join(strings.Fields(t), " ")
	if r := []rune(t); len(r) > maxQuoteLine {
		t, cut = string(r[:maxQuoteLine]), true
	}
	if cut {
		t += "…"
	}
	if q.Kind == "direct" || q.Kind == "term" {
		return "“" + t + "”"
	}
	return t
}

func writeCheck(w io.Writer, c Check, opts TextOptions) {
	fmt.Fprintf(w, "   [%d] %s: %s", c.Source+1, orDash(c.Outlet), c.Verdict)
	if c.Verdict == compare.Unverifiable {
		fmt.Fprintf(w, " (source [%d] unavailable)\n", c.Source+1)
		return
	}
	fmt.Fprintf(w, ", similarity %.3f, WER %.3f", c.Similarity, c.WER)
	if len(c.Edits) > 0 && c.Verdict != compare.Exact {
		fmt.Fprintf(w, ", edits: %s", strings.Join(c.Edits, ", "))
	}
	if len(c.Flags) > 0 {
		fmt.Fprintf(w, " [%s]", strings.Join(c.Flags, ", "))
	}
	if c.InPageText {
		fmt.Fprint(w, " (found outside the main text)")
	}
	fmt.Fprintln(w)
	switch c.Verdict {
	case compare.Exact, compare.NotFound:
	case compare.Equivalent:
		fmt.Fprintf(w, "       source: “%s”\n", ellipsize(c.Passage, 400))
	default:
		fmt.Fprintf(w, "       diff: %s\n", diffLine(c.Diff, opts.Color))
	}
}

// diffLine renders a word diff on one line.
func diffLine(ops []DiffOp, color bool) string {
	var b strings.Builder
	for _, op := range ops {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch op.Op {
		case "delete":
			b.WriteString(mark(op.Source, "[-", "-]", "\x1b[31;9m", color))
		case "insert":
			b.WriteString(mark(op.Quote, "{+", "+}", "\x1b[32;4m", color))
		default:
			b.WriteString(strings.Join(strings.Fields(op.Quote), " "))
		}
	}
	return b.String()
}

func mark(s, open, close, ansi string, color bool) string {
	s = strings.Join(strings.Fields(s), " ")
	if color {
		return ansi + s + "\x1b[0m"
	}
	return open + s + close
}

func (r *Report) writeReuse(w io.Writer) {
	if len(r.Reuse) == 0 {
		return
	}
	fmt.Fprintf(w, "\nRepeated passages (%d)\n", len(r.Reuse))
	for _, u := range r.Reuse {
		fmt.Fprintf(w, "  similarity %.3f\n    “%s”\n    “%s”\n", u.Similarity, ellipsize(u.First, 160), ellipsize(u.Second, 160))
	}
}

func ellipsize(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// Summary is the report's closing line, with no line break: the number of quotes, sources
// and checks, and the checks per verdict ("1 quote, 2 sources, 2 checks: exact 1, …").
func (r *Report) Summary() string {
	var parts []string
	total := 0
	for v := compare.Exact; v <= compare.Unverifiable; v++ {
		n := r.Verdicts[v.String()]
		total += n
		parts = append(parts, fmt.Sprintf("%s %d", v, n))
	}
	return fmt.Sprintf("%s, %s, %s: %s", count(len(r.Quotes), "quote"), count(len(r.Sources), "source"),
		count(total, "check"), strings.Join(parts, ", "))
}

// count writes n and the noun, in the plural unless n is 1 ("1 quote", "0 quotes").
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
