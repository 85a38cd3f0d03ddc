package main

import (
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/quotecheck/quotecheck/internal/gold"
)

// prf renders the three figures of c as "P R F1" with three decimals.
func prf(c gold.Counts) string {
	return fmt.Sprintf("%.3f %.3f %.3f", c.Precision(), c.Recall(), c.F1())
}

func speaker(s gold.SpeakerCounts) string {
	return fmt.Sprintf("%.3f (%d)", s.Accuracy(), s.Matched)
}

func throughput(f fileResult) (string, string, string) {
	if f.Seconds == 0 {
		return "-", "-", "-"
	}
	cpu := "-"
	if f.CPUSeconds > 0 {
		cpu = fmt.Sprintf("%.2f", f.MBPerCPUSecond())
	}
	return fmt.Sprintf("%.1f", f.ArticlesPerSecond()), fmt.Sprintf("%.2f", f.MBPerSecond()), cpu
}

// rows returns the files of rep, then the rows per language and the total, if any.
func rows(rep extractReport) []fileResult {
	out := append([]fileResult{}, rep.Files...)
	out = append(out, rep.Langs...)
	if rep.Total != nil {
		out = append(out, *rep.Total)
	}
	return out
}

// table is a grid of cells: the header row first.
type table [][]string

func overallTable(rep extractReport) table {
	t := table{{"file", "articles", "gold", "pred", "P R F1 @0.3", "P R F1 @0.8", "P R F1 @exact",
		"speaker @0.3", "speaker @0.8", "speaker @exact", "sources P R F1 (gold)", "articles/s", "MB/s", "MB/CPU-s"}}
	for _, f := range rows(rep) {
		r := f.Score
		aps, mbps, cpu := throughput(f)
		lo, st, ex := r.At(gold.Loose), r.At(gold.Strict), r.At(gold.Exact)
		t = append(t, []string{f.File, fmt.Sprint(f.Articles), fmt.Sprint(lo.All.Gold), fmt.Sprint(lo.All.Pred),
			prf(lo.All), prf(st.All), prf(ex.All), speaker(lo.Speaker), speaker(st.Speaker), speaker(ex.Speaker),
			fmt.Sprintf("%s (%d)", prf(r.Sources), r.Sources.Gold), aps, mbps, cpu})
	}
	return t
}

func kindTable(rep extractReport) table {
	t := table{{"file", "kind", "gold", "pred", "P R F1 @0.3", "P R F1 @0.8", "P R F1 @exact"}}
	for _, f := range rows(rep) {
		r := f.Score
		for _, k := range r.Kinds() {
			lo := r.At(gold.Loose).ByKind[k]
			t = append(t, []string{f.File, k, fmt.Sprint(lo.Gold), fmt.Sprint(lo.Pred),
				prf(lo), prf(r.At(gold.Strict).ByKind[k]), prf(r.At(gold.Exact).ByKind[k])})
		}
	}
	return t
}

func (t table) text(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, row := range t {
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}

func (t table) markdown(w io.Writer) {
	for i, row := range t {
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
		if i == 0 {
			fmt.Fprintf(w, "|%s\n", strings.Repeat("---|", len(row)))
		}
	}
}

const scoringNote = "A prediction matches a gold quote when the overlap of their trimmed spans, divided by the gold " +
	"span's length, reaches 0.3 or 0.8, or when the trimmed spans are identical (exact); one-to-one, " +
	"largest overlap first. Per kind, a quote counts only when both sides give it that kind. Speaker " +
	"accuracy is over the quotes matched at that level (corpus/FORMAT.md). Sources (an addition: " +
	"FORMAT.md gives no rule) count a predicted mention right when it overlaps a gold one, one to one, " +
	"on the sets that annotate sources."

func writeText(w io.Writer, rep extractReport, cfg config) error {
	fmt.Fprintln(w, "Quotes: precision, recall, F1 (P R F1) and speaker accuracy (matched quotes in brackets)")
	if err := overallTable(rep).text(w); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nPer kind")
	if err := kindTable(rep).text(w); err != nil {
		return err
	}
	writeErrors(w, rep, cfg.errors, false)
	return nil
}

func writeMarkdown(w io.Writer, rep extractReport, cfg config) error {
	fmt.Fprintf(w, "## Quote extraction and attribution\n\nCommit `%s`; command:\n\n```\n%s\n```\n\n", commit(), command())
	fmt.Fprintln(w, scoringNote+" Throughput counts only the calls to quotes.Extract and attribution (after one warm-up call): articles "+
		"and MB (10^6 bytes of text) per second of wall time, and MB per second of process CPU time, which "+
		"a loaded machine distorts less.")
	fmt.Fprintln(w)
	overallTable(rep).markdown(w)
	fmt.Fprintln(w, "\n### Per kind")
	fmt.Fprintln(w)
	kindTable(rep).markdown(w)
	writeErrors(w, rep, cfg.errors, true)
	return nil
}

func writeErrors(w io.Writer, rep extractReport, n int, md bool) {
	if n == 0 {
		return
	}
	for _, part := range []struct {
		title string
		cs    []errorCase
	}{{"Worst misses (gold quotes no prediction matched at 0.3)", rep.Misses},
		{"Worst false alarms (predictions that matched no gold quote at 0.3)", rep.FalseAlarms},
		{"Wrong speakers (matched at 0.3, longest first)", rep.Speakers}} {
		if md {
			fmt.Fprintf(w, "\n### %s\n\n", part.title)
		} else {
			fmt.Fprintf(w, "\n%s\n", part.title)
		}
		if len(part.cs) == 0 {
			fmt.Fprintln(w, "(none)")
		}
		for _, c := range part.cs {
			sp := ""
			switch {
			case c.Note != "":
				sp = " " + c.Note
			case c.Speaker != "":
				sp = fmt.Sprintf(" speaker %q", c.Speaker)
			}
			if md {
				fmt.Fprintf(w, "- `%s` %s [%d,%d)%s: %s\n", c.ID, c.Kind, c.Start, c.End, sp, c.Context)
			} else {
				fmt.Fprintf(w, "%s %s [%d,%d)%s\n    %s\n", c.ID, c.Kind, c.Start, c.End, sp, c.Context)
			}
		}
	}
}

// commit returns the short hash of HEAD, with the top-level folders that hold uncommitted Go
// changes (a shared checkout often has some), or "unknown" outside a Git checkout.
func commit() string {
	out, err := exec.Command("git", "rev-parse", "--short=12", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	head := strings.TrimSpace(string(out))
	st, err := exec.Command("git", "status", "--porcelain").Output()
	if err != nil {
		return head
	}
	var dirty []string
	for _, line := range strings.Split(string(st), "\n") {
		if len(line) < 4 || !strings.HasSuffix(line, ".go") {
			continue
		}
		dir, _, nested := strings.Cut(strings.Trim(line[3:], `"`), "/")
		if !nested {
			dir = "the module root"
		}
		if !slices.Contains(dirty, dir) {
			dirty = append(dirty, dir)
		}
	}
	if len(dirty) == 0 {
		return head
	}
	slices.Sort(dirty)
	return head + "` with uncommitted Go changes in `" + strings.Join(dirty, "`, `")
}

// command is the command line that produced the output, as a user would type it.
func command() string {
	args := []string{"go", "run", "./examples/eval"}
	for _, a := range osArgs()[1:] {
		if strings.ContainsAny(a, " '\"$`\\()") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		args = append(args, a)
	}
	return strings.Join(args, " ")
}
