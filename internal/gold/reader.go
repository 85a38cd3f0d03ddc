package gold

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
)

// MaxLineBytes is the longest line [Reader] accepts (64 MiB); a longer one is an error.
const MaxLineBytes = 64 << 20

// ErrSyntax is wrapped by every error about the content of a line (bad JSON, a span outside
// the text); check it with errors.Is. The error text names the line, from 1.
var ErrSyntax = errors.New("gold: malformed line")

// Reader streams Articles from JSON Lines, one per line; blank lines are skipped.
type Reader struct {
	r    *bufio.Reader
	line int
	ids  map[string]int // line of each id read so far
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader { return &Reader{r: bufio.NewReaderSize(r, 1<<16)} }

// Read returns the next Article, or io.EOF after the last one. A line that is not a JSON
// object, has no id or no quotes list ("quotes": [] when none), repeats the id of an earlier
// line, has a quote kind outside [Kinds], or whose spans fall outside its text or off a UTF-8
// boundary, gives an error wrapping
// [ErrSyntax] and naming the line; reading may go on after it. Errors of the underlying reader
// are returned as they are.
func (r *Reader) Read() (Article, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return Article{}, err
		}
		r.line++
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(line, &a); err != nil {
			return Article{}, fmt.Errorf("%w %d: %v", ErrSyntax, r.line, err)
		}
		if a.ID == "" || a.Quotes == nil {
			return Article{}, fmt.Errorf("%w %d: an article needs an \"id\" and a \"quotes\" list", ErrSyntax, r.line)
		}
		if first, ok := r.ids[a.ID]; ok {
			return Article{}, fmt.Errorf("%w %d: id %q already used on line %d", ErrSyntax, r.line, a.ID, first)
		}
		if err := a.Check(); err != nil {
			return Article{}, fmt.Errorf("%w %d (%s): %v", ErrSyntax, r.line, a.ID, err)
		}
		if r.ids == nil {
			r.ids = make(map[string]int)
		}
		r.ids[a.ID] = r.line
		return a, nil
	}
}

// readLine returns the next line without its newline, io.EOF at the end.
func (r *Reader) readLine() ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.r.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxLineBytes {
			return nil, fmt.Errorf("%w %d: longer than %d bytes", ErrSyntax, r.line+1, MaxLineBytes)
		}
		switch {
		case err == nil:
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(buf) > 0:
			return buf, nil
		default:
			return nil, err
		}
	}
}

// All yields every Article of r with its error; it stops after the first error that does not
// wrap [ErrSyntax] (an I/O error), or when the caller stops.
func (r *Reader) All() iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		for {
			a, err := r.Read()
			if errors.Is(err, io.EOF) {
				return
			}
			if !yield(a, err) || (err != nil && !errors.Is(err, ErrSyntax)) {
				return
			}
		}
	}
}

// ReadAll reads every Article of r; it stops at the first error.
func ReadAll(r io.Reader) ([]Article, error) {
	var out []Article
	for a, err := range NewReader(r).All() {
		if err != nil {
			return out, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Check reports the first quote whose kind is neither empty nor one of [Kinds], or the first
// span of a that lies outside a.Text, ends before it starts or cuts a UTF-8 sequence. The span's Text field is not compared with the article text; see
// [Article.Mismatches].
func (a *Article) Check() error {
	for i, q := range a.Quotes {
		if q.Kind != "" && !slices.Contains(Kinds, q.Kind) {
			return fmt.Errorf("quote %d: kind %q is not one of %v", i, q.Kind, Kinds)
		}
		if err := a.checkSpan(q.Span()); err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
		if q.Speaker != nil {
			if err := a.checkSpan(*q.Speaker); err != nil {
				return fmt.Errorf("quote %d speaker: %w", i, err)
			}
		}
		if q.Cue != nil {
			if err := a.checkSpan(*q.Cue); err != nil {
				return fmt.Errorf("quote %d cue: %w", i, err)
			}
		}
	}
	for i, m := range a.Sources {
		if err := a.checkSpan(m.Span); err != nil {
			return fmt.Errorf("source %d: %w", i, err)
		}
	}
	return nil
}

func (a *Article) checkSpan(s Span) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(a.Text) {
		return fmt.Errorf("span [%d,%d) outside text of %d bytes", s.Start, s.End, len(a.Text))
	}
	if !boundary(a.Text, s.Start) || !boundary(a.Text, s.End) {
		return fmt.Errorf("span [%d,%d) cuts a UTF-8 sequence", s.Start, s.End)
	}
	return nil
}

// boundary reports whether byte offset i of s starts a rune (or is len(s)).
func boundary(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }

// Mismatches lists the spans of a (already checked with [Article.Check]) whose Text field
// differs from a.Text at their offsets, as "quote 3 speaker" and the like.
func (a *Article) Mismatches() []string {
	var out []string
	bad := func(s Span) bool { return a.Text[s.Start:s.End] != s.Text }
	for i, q := range a.Quotes {
		if bad(q.Span()) {
			out = append(out, fmt.Sprintf("quote %d", i))
		}
		if q.Speaker != nil && bad(*q.Speaker) {
			out = append(out, fmt.Sprintf("quote %d speaker", i))
		}
		if q.Cue != nil && bad(*q.Cue) {
			out = append(out, fmt.Sprintf("quote %d cue", i))
		}
	}
	for i, m := range a.Sources {
		if bad(m.Span) {
			out = append(out, fmt.Sprintf("source %d", i))
		}
	}
	return out
}
