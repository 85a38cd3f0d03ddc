package attribution

import (
	"unicode/utf8"

	"testing"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/quotes"
)

// FuzzAttribute runs extraction, attribution and sources on arbitrary text: no panic, one
// attribution per quote, every mention and source span inside the text, methods named.
func FuzzAttribute(f *testing.F) {
	f.Add(benchText)
	f.Add("« Cet appui », a-t-il ajouté.")
	f.Add("M.Fomine a affirmé que l'Iran. (AFP) — Reuters\nSource: Avec PressTV")
	f.Add("\"A,\" he said, \"B.\" — Name")
	f.Add("l'\u2019'.M.:«»\n\n\"")
	f.Add("\"We will win.\" Says (AP) —")         // a dateline that ends the text after a cue
	f.Add("By Reuters Staff\n\n\"No,\" he said.") // a credit word at the first token
	f.Fuzz(func(t *testing.T, text string) {
		a := &article.Article{Text: text}
		qs := quotes.Extract(a, quotes.Options{})
		// a few hostile quotes too: spans outside the text, a cue past the end
		qs = append(qs, quotes.Quote{Span: article.Span{Start: len(text), End: len(text) + 5}, Prev: -1, Next: -1},
			quotes.Quote{Span: article.Span{Start: 0, End: len(text)}, Prev: 7, Next: -1, Cue: &quotes.Cue{Span: article.Span{Start: -3, End: 2}}})
		ats := Speakers(a, qs, Options{})
		if len(ats) != len(qs) {
			t.Fatalf("%d attributions for %d quotes", len(ats), len(qs))
		}
		for i, at := range ats {
			if at.Speaker == nil {
				if at.Method != MethodNone {
					t.Errorf("quote %d: no speaker but method %v", i, at.Method)
				}
				continue
			}
			if at.Mention.Start < 0 || at.Mention.End > len(text) || at.Mention.Start > at.Mention.End {
				t.Errorf("quote %d: mention %v outside the text (%d bytes)", i, at.Mention, len(text))
			} else if utf8.ValidString(text) && !(runeStart(text, at.Mention.Start) && runeStart(text, at.Mention.End)) {
				t.Errorf("quote %d: mention %v cuts a UTF-8 sequence", i, at.Mention)
			}
			if at.Confidence <= 0 || at.Confidence > 1 || at.Method.String() == "unknown" {
				t.Errorf("quote %d: confidence %v method %v", i, at.Confidence, at.Method)
			}
		}
		srcs := Sources(a)
		for _, s := range srcs {
			if s.Span.Start < 0 || s.Span.End > len(text) || s.Span.Start > s.Span.End {
				t.Errorf("source %q span %v outside the text", s.Name, s.Span)
			}
		}
		for _, idx := range SourcesFor(a, qs, srcs) {
			for _, j := range idx {
				if j < 0 || j >= len(srcs) {
					t.Errorf("SourcesFor index %d out of range", j)
				}
			}
		}
	})
}

// FuzzSpeakers fuzzes Speakers and Sources alone, with quotes made from the text's straight
// double quotes and a cue on the word after each, so extraction bugs cannot hide or cause a
// failure here.
func FuzzSpeakers(f *testing.F) {
	f.Add(benchText, 3)
	f.Add("\"A,\" he said, \"B.\" — Name\nSource: Avec PressTV", 1)
	f.Add("« Cet appui », a-t-il ajouté, selon lui.", 0)
	f.Fuzz(func(t *testing.T, text string, shift int) {
		a := &article.Article{Text: text}
		var qs []quotes.Quote
		open := -1
		for i := 0; i < len(text); i++ {
			if text[i] != '"' {
				continue
			}
			if open < 0 {
				open = i + 1
				continue
			}
			q := quotes.Quote{Span: article.Span{Start: open, End: i}, Prev: -1, Next: -1, Kind: quotes.Kind(shift & 3)}
			cs := min(len(text), i+1+(shift&7))
			q.Cue = &quotes.Cue{Span: article.Span{Start: cs, End: min(len(text), cs+5)}}
			qs = append(qs, q)
			open = -1
		}
		ats := Speakers(a, qs, Options{})
		if len(ats) != len(qs) {
			t.Fatalf("%d attributions for %d quotes", len(ats), len(qs))
		}
		for i, at := range ats {
			if at.Speaker != nil && (at.Mention.Start < 0 || at.Mention.End > len(text) || at.Mention.Start > at.Mention.End) {
				t.Errorf("quote %d: mention %v outside the text", i, at.Mention)
			}
		}
		for _, s := range Sources(a) {
			if s.Span.Start < 0 || s.Span.End > len(text) || s.Span.Start > s.Span.End {
				t.Errorf("source span %v outside the text", s.Span)
			}
		}
	})
}

// runeStart reports whether byte offset i of s starts a rune or is the end of s.
func runeStart(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
