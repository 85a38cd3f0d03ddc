package norm

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Word is one word token of a text: its folded form and where it lies.
type Word struct {
	Text string // the folded word, as in the folded text
	// Start and End are byte offsets into the original text, from 0, End exclusive:
	// s[Start:End] is the word as written, including any character the folding removed
	// inside it (a soft hyphen).
	Start, End int
	// FoldStart and FoldEnd are byte offsets into the folded text of [Fold], End exclusive.
	FoldStart, FoldEnd int
}

// Words folds s (see [Fold]) and splits the folded text into words, in order.
//
// A word is a maximal run of letters, digits and combining marks (Unicode categories L, N
// and M). An apostrophe between two such characters stays inside the word ("don't",
// "l'iran", "aujourd'hui"), and so does a '.' or ',' between two digits ("3.5", "1,000").
// Everything else separates words, hyphens included ("vice-ministre" is two words), so a
// comparison treats "well-known" and "well known" alike.
//
// Word spans are in order: Start and End never decrease from one word to the next. Words
// that one original character folds into (NFKC turns "¼" into "1⁄4") share its span, so
// such spans may overlap.
func Words(s string) []Word {
	t := tokenizer{words: make([]Word, 0, len(s)/5+16)}
	out := fold(s, t.segment)
	t.flush()
	text := string(out)
	for i := range t.words {
		w := &t.words[i]
		w.Text = text[w.FoldStart:w.FoldEnd]
	}
	return t.words
}

// WordSeq yields the words of s as [Words] finds them, one at a time, without holding them
// all: for long texts. Each Word's Text is the folded word; it shares the memory of s when
// the folding left the word unchanged.
func WordSeq(s string) iter.Seq[Word] {
	return func(yield func(Word) bool) {
		var out []byte
		t := tokenizer{emit: func(w Word) bool {
			if seg := out[w.FoldStart:w.FoldEnd]; string(seg) == s[w.Start:w.End] {
				w.Text = s[w.Start:w.End]
			} else {
				w.Text = string(seg)
			}
			return yield(w)
		}}
		out = fold(s, func(start, end, from, to int, buf []byte) bool {
			out = buf
			t.segment(start, end, from, to, buf)
			return !t.stopped
		})
		if !t.stopped {
			t.flush()
		}
	}
}

// tokenizer splits folded text into words as the folding produces it, one segment at a time.
type tokenizer struct {
	words []Word
	in    bool // inside a word
	cur   Word // the word being read (Text is set at the end)
	prev  rune // the last rune of the word
	// pending is a joiner (apostrophe, '.' or ',') read after the word: it stays inside
	// only if the next rune allows it.
	pending rune
	// emit, when set, receives each word instead of words; stopped records that it
	// returned false.
	emit    func(Word) bool
	stopped bool
}

// segment reads the folded bytes out[from:to] of the original segment [start, end).
func (t *tokenizer) segment(start, end, from, to int, out []byte) bool {
	for i := from; i < to && !t.stopped; {
		r, n := utf8.DecodeRune(out[i:to])
		t.rune(r, i, i+n, start, end)
		i += n
	}
	return !t.stopped
}

func (t *tokenizer) rune(r rune, from, to, start, end int) {
	switch {
	case isWordRune(r):
		if t.in && t.pending != 0 && !joins(t.pending, t.prev, r) {
			t.flush()
		}
		if !t.in {
			t.in = true
			t.cur = Word{Start: start, FoldStart: from}
		}
		t.pending = 0
		t.cur.End, t.cur.FoldEnd = end, to
		t.prev = r
	case t.in && t.pending == 0 && (r == '\'' || r == '.' || r == ','):
		t.pending = r
	default:
		t.flush()
	}
}

// flush ends the current word, if any.
func (t *tokenizer) flush() {
	switch {
	case !t.in:
	case t.emit != nil:
		t.stopped = t.stopped || !t.emit(t.cur)
	default:
		t.words = append(t.words, t.cur)
	}
	t.in, t.pending = false, 0
}

// joins reports whether the separator r, between the word runes prev and next, stays inside
// a word: an apostrophe between word characters, a '.' or ',' between digits.
func joins(r, prev, next rune) bool {
	switch r {
	case '\'':
		return true
	case '.', ',':
		return isDigit(prev) && isDigit(next)
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) }
