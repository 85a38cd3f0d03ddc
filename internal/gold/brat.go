package gold

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrBRAT is wrapped by errors about the content of a BRAT annotation file.
var ErrBRAT = errors.New("gold: malformed BRAT annotation")

// ReadBRAT converts one BRAT standoff document (the text and its .ann annotations, as the
// PolNeAR corpus ships them) into an Article with the given id and lang.
//
// Every event whose type starts with "Attribution" and that has a Content argument becomes a
// quote: Content (with Content2, … and every fragment of a discontinuous "s e;s e" span) gives
// the covering span, flagged Discontinuous when there were several fragments; Source gives the
// speaker (nil when absent, as for Attribution-no-source); Cue gives the cue, else the event's
// trigger. The kind comes from the quote marks, as corpus/dev/README.md describes for PolNeAR:
// direct when the content is enclosed in double marks (the span then excludes them), mixed
// when it holds double marks elsewhere, indirect otherwise. BRAT offsets are Unicode code
// points (brat is written in Python); they are converted to UTF-8 bytes. Reference is "" (BRAT
// does not link mentions to people). Text-bound annotations outside the text, events that name
// unknown annotations, unparsable lines and a text that is not UTF-8 give an error wrapping
// [ErrBRAT].
func ReadBRAT(txt, ann io.Reader, id, lang string) (Article, error) {
	raw, err := io.ReadAll(txt)
	if err != nil {
		return Article{}, err
	}
	if !utf8.Valid(raw) {
		return Article{}, fmt.Errorf("%w: %s: the text is not valid UTF-8", ErrBRAT, id)
	}
	a := Article{ID: id, Lang: lang, Text: string(raw), Quotes: []Quote{}}
	doc, err := parseAnn(ann, a.Text)
	if err != nil {
		return Article{}, err
	}
	for _, ev := range doc.events {
		q, ok, err := doc.quote(a.Text, ev)
		if err != nil {
			return Article{}, err
		}
		if ok {
			a.Quotes = append(a.Quotes, q)
		}
	}
	return a, nil
}

// LoadBRAT reads the .ann file at path and its text: the .txt of the same name beside it, or,
// in PolNeAR's layout (data/<split>/attributions/<name>_<annotator>.ann beside
// data/<split>/text/<name>.txt), the text named without the annotator suffix. The id is
// "brat/<name>" and the language lang.
func LoadBRAT(path, lang string) (Article, error) {
	txtPath, err := bratText(path)
	if err != nil {
		return Article{}, err
	}
	ann, err := os.Open(path)
	if err != nil {
		return Article{}, err
	}
	defer ann.Close()
	txt, err := os.Open(txtPath)
	if err != nil {
		return Article{}, err
	}
	defer txt.Close()
	name := strings.TrimSuffix(filepath.Base(path), ".ann")
	return ReadBRAT(txt, ann, "brat/"+name, lang)
}

func bratText(annPath string) (string, error) {
	stem := strings.TrimSuffix(annPath, ".ann")
	cands := []string{stem + ".txt"}
	dir, name := filepath.Split(stem)
	if i := strings.LastIndexByte(name, '_'); i > 0 {
		cands = append(cands, filepath.Join(dir, "..", "text", name[:i]+".txt"), filepath.Join(dir, name[:i]+".txt"))
	}
	for _, c := range cands {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", fmt.Errorf("gold: no text for %s (tried %s)", annPath, strings.Join(cands, ", "))
}

// bratDoc holds the text-bound annotations (spans in bytes) and events of one .ann file.
type bratDoc struct {
	spans  map[string][]Span // T id → fragments, in file order
	events []bratEvent
}

type bratEvent struct {
	id, typ, trigger string
	args             [][2]string // role, T id; in file order
	line             int
}

func parseAnn(r io.Reader, text string) (*bratDoc, error) {
	ro := newRuneOffsets(text)
	doc := &bratDoc{spans: map[string][]Span{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		var err error
		switch {
		case strings.HasPrefix(line, "T"):
			err = doc.addText(line, text, ro)
		case strings.HasPrefix(line, "E"):
			err = doc.addEvent(line, n)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrBRAT, n, err)
		}
	}
	return doc, sc.Err()
}

// addText parses "T1\tType 12 20;25 30\ttext".
func (d *bratDoc) addText(line, text string, ro runeOffsets) error {
	f := strings.SplitN(line, "\t", 3)
	if len(f) < 2 {
		return fmt.Errorf("text-bound annotation without a tab: %q", line)
	}
	_, ranges, ok := strings.Cut(f[1], " ")
	if !ok {
		return fmt.Errorf("text-bound annotation without offsets: %q", line)
	}
	var frags []Span
	for _, r := range strings.Split(ranges, ";") {
		var s, e int
		bs, be, ok := strings.Cut(strings.TrimSpace(r), " ")
		s, err1 := strconv.Atoi(bs)
		e, err2 := strconv.Atoi(be)
		if !ok || err1 != nil || err2 != nil {
			return fmt.Errorf("bad offsets %q", r)
		}
		sp, err := ro.span(text, s, e)
		if err != nil {
			return err
		}
		frags = append(frags, sp)
	}
	d.spans[f[0]] = frags
	return nil
}

// addEvent parses "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1".
func (d *bratDoc) addEvent(line string, n int) error {
	f := strings.SplitN(line, "\t", 2)
	if len(f) < 2 {
		return fmt.Errorf("event without a tab: %q", line)
	}
	ev := bratEvent{id: f[0], line: n}
	for i, arg := range strings.Fields(f[1]) {
		role, ref, ok := strings.Cut(arg, ":")
		if !ok {
			return fmt.Errorf("bad event argument %q", arg)
		}
		if i == 0 {
			ev.typ, ev.trigger = role, ref
			continue
		}
		ev.args = append(ev.args, [2]string{role, ref})
	}
	d.events = append(d.events, ev)
	return nil
}

// quote converts an attribution event; ok is false for other events and those without content.
func (d *bratDoc) quote(text string, ev bratEvent) (Quote, bool, error) {
	if !strings.HasPrefix(ev.typ, "Attribution") {
		return Quote{}, false, nil
	}
	var content, source, cue []Span
	for _, arg := range ev.args {
		frags, ok := d.spans[arg[1]]
		if !ok {
			return Quote{}, false, fmt.Errorf("%w: line %d: event %s names unknown %s", ErrBRAT, ev.line, ev.id, arg[1])
		}
		switch role := strings.TrimRight(arg[0], "0123456789"); role {
		case "Content":
			content = append(content, frags...)
		case "Source":
			source = append(source, frags...)
		case "Cue":
			cue = append(cue, frags...)
		}
	}
	if len(content) == 0 {
		return Quote{}, false, nil
	}
	if len(cue) == 0 {
		cue = d.spans[ev.trigger]
	}
	c := cover(text, content)
	kind, s, e := kindByMarks(text, c.Start, c.End)
	q := Quote{Start: s, End: e, Text: text[s:e], Kind: kind, Speaker: coverPtr(text, source),
		Cue: coverPtr(text, cue), Discontinuous: len(content) > 1}
	return q, true, nil
}

// cover returns the span from the first start to the last end of frags (non-empty).
func cover(text string, frags []Span) Span {
	s := slices.MinFunc(frags, func(a, b Span) int { return a.Start - b.Start }).Start
	e := slices.MaxFunc(frags, func(a, b Span) int { return a.End - b.End }).End
	return NewSpan(text, s, e)
}

func coverPtr(text string, frags []Span) *Span {
	if len(frags) == 0 {
		return nil
	}
	c := cover(text, frags)
	return &c
}
