package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/internal/norm"
	unorm "golang.org/x/text/unicode/norm"
)

// token is one word of a quote or a source, after contractions are expanded.
type token struct {
	key   string // folded word
	loose string // key without diacritics, ligatures or digit grouping
	hash  uint64 // hash of key
	start int    // bytes into the original text: the whole written word
	end   int
	// contr: the token comes from a contraction ("didn't" gives "did" and "not").
	contr bool
	// capital: the written word starts with an upper-case letter not at a sentence start.
	capital bool
	// Quote tokens only.
	edited    bool // a word with a bracketed part ("[T]he", "work[s]")
	wild      bool // a [bracketed] insertion: matches any few source words
	gapBefore bool // a marked ellipsis comes right before this token
}

// sourceTokens splits a source text into tokens, streaming its words (see norm.WordSeq) so
// that a long source is not held twice.
func sourceTokens(s string) []token {
	out := make([]token, 0, len(s)/6+16)
	prevEnd, first := 0, true
	emit := func(w norm.Word) {
		out = appendSymbols(out, s, prevEnd, w.Start)
		sent := first || startsSentence(between(s, prevEnd, w.Start))
		out = appendWord(out, s, w, sent)
		prevEnd, first = max(prevEnd, w.End), false
	}
	var pend norm.Word
	have, merged := false, false
	for w := range norm.WordSeq(s) {
		// An initialism written with stops ("U.S.") is one word (see mergeInitialisms).
		if have && (merged || singleLetter(pend.Text)) && singleLetter(w.Text) && between(s, pend.End, w.Start) == "." {
			pend.Text += w.Text
			pend.End, pend.FoldEnd = w.End, w.FoldEnd
			merged = true
			continue
		}
		if have {
			emit(pend)
		}
		pend, have, merged = w, true, false
	}
	if have {
		emit(pend)
	}
	return appendSymbols(out, s, prevEnd, len(s))
}

// appendSymbols appends tokens for the signs of s[from:to] (the text between two words) that
// stand for words: a free-standing "&" matches "and", a "%" right after a number matches
// "percent", both as typography (the BASIL guidelines count the ampersand as equivalent).
func appendSymbols(out []token, s string, from, to int) []token {
	gap := between(s, from, to)
	if strings.HasPrefix(gap, "%") && from > 0 && '0' <= s[from-1] && s[from-1] <= '9' {
		out = append(out, token{key: "%", loose: "percent", hash: hashString("percent"), start: from, end: from + 1})
	}
	if i := strings.Index(gap, " & "); i >= 0 {
		at := from + i + 1
		out = append(out, token{key: "&", loose: "and", hash: hashString("and"), start: at, end: at + 1})
	}
	return out
}

// mergeInitialisms joins the letters of an initialism written with full stops ("U.S.",
// "I.R.S.") into one word ("us", "irs"), so that it matches the form without stops.
func mergeInitialisms(s string, ws []norm.Word) []norm.Word {
	out := ws[:0] // compaction in place: the write index never passes the read index
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		j := i
		for j+1 < len(ws) && singleLetter(ws[j].Text) && singleLetter(ws[j+1].Text) && between(s, ws[j].End, ws[j+1].Start) == "." {
			j++
		}
		if j > i {
			var b strings.Builder
			for k := i; k <= j; k++ {
				b.WriteString(ws[k].Text)
			}
			w.Text, w.End, w.FoldEnd = b.String(), ws[j].End, ws[j].FoldEnd
			i = j
		}
		out = append(out, w)
	}
	return out
}

func singleLetter(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsLetter(r)
}

// appendWord appends the tokens of one word, expanding contractions.
func appendWord(out []token, s string, w norm.Word, sentStart bool) []token {
	capital := !sentStart && startsUpper(s[w.Start:w.End])
	if strings.IndexByte(w.Text, '\'') < 0 { // no contraction or elision: one token
		return append(out, token{key: w.Text, loose: looseKey(w.Text), hash: hashString(w.Text), start: w.Start, end: w.End, capital: capital})
	}
	parts, contr := expand(w.Text)
	start := w.Start
	for i, p := range parts {
		end := w.End
		if i < len(parts)-1 && !contr {
			// A French elision ("l'", "qu'") ends after the first apostrophe of the written word.
			if k := apostropheEnd(s[start:w.End]); k > 0 {
				end = start + k
			}
		}
		loose := looseKey(p)
		if full, ok := elisionFull[p]; ok {
			loose = full
		}
		out = append(out, token{key: p, loose: loose, hash: hashString(p), start: start, end: end, contr: contr, capital: capital && i == 0})
		if end < w.End {
			start = end
		}
	}
	return out
}

// apostropheEnd is the byte offset just after the first apostrophe of w (any glyph that
// internal/norm folds to '), 0 when none.
func apostropheEnd(w string) int {
	for i, r := range w {
		switch r {
		case '\'', '’', '‘', 'ʼ', '´', '`', '′', '‛':
			return i + utf8.RuneLen(r)
		}
	}
	return 0
}

// startsSentence reports whether the text between two words ends a sentence: it holds
// sentence-ending punctuation, a line break or an opening quote mark.
func startsSentence(gap string) bool {
	return strings.ContainsAny(gap, ".!?:;…\n\"“«")
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// expand splits an English contraction or a French elision into its words. contr is true
// for an English contraction (the spelling differs from the expanded words). The elisions
// are taken one by one from the front ("l'l'l'…": work linear in the word).
func expand(w string) (parts []string, contr bool) {
	for {
		i := strings.IndexByte(w, '\'')
		if i < 0 {
			return append(parts, w), false
		}
		j := i + 1
		if !frenchElision[w[:j]] || j >= len(w) {
			break
		}
		parts = append(parts, w[:j])
		w = w[j:]
	}
	i := strings.IndexByte(w, '\'')
	switch {
	case strings.HasSuffix(w, "n't") && len(w) > 3:
		base := w[:len(w)-3]
		switch base {
		case "wo":
			base = "will"
		case "ca":
			base = "can"
		case "sha":
			base = "shall"
		case "ai":
			base = "am"
		}
		return append(parts, base, "not"), true
	case i > 0 && englishClitic[w[i:]] != "" && (w[i:] != "'s" || sIsVerb[w[:i]]):
		return append(parts, w[:i], englishClitic[w[i:]]), true
	}
	return append(parts, w), false
}

var frenchElision = map[string]bool{
	"l'": true, "d'": true, "qu'": true, "n'": true, "j'": true, "c'": true, "s'": true, "m'": true,
	"t'": true, "jusqu'": true, "lorsqu'": true, "puisqu'": true, "quoiqu'": true,
}

// elisionFull is the full form of each French elision: "c'est" and "ce est" differ only in
// spelling for the alignment.
var elisionFull = map[string]string{
	"l'": "le", "d'": "de", "qu'": "que", "n'": "ne", "j'": "je", "c'": "ce", "s'": "se", "m'": "me",
	"t'": "te", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque", "quoiqu'": "quoique",
}

var englishClitic = map[string]string{"'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would", "'s": "is"}

// sIsVerb lists the words whose "'s" is "is" rather than a possessive.
var sIsVerb = map[string]bool{
	"it": true, "that": true, "there": true, "here": true, "what": true, "who": true, "he": true,
	"she": true, "where": true, "how": true, "this": true,
}

// looseKey drops what the Equivalent verdict ignores inside a word: diacritics, the œ and æ
// ligatures, digit grouping and apostrophes.
func looseKey(k string) string {
	ascii := true
	for i := 0; i < len(k); i++ {
		if c := k[i]; c >= utf8.RuneSelf || c == '\'' || c == ',' || c == '.' {
			ascii = false
			break
		}
	}
	if ascii {
		return k
	}
	var b strings.Builder
	for _, r := range unorm.NFD.String(k) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == ',', r == '.':
		case r == 'œ':
			b.WriteString("oe")
		case r == 'æ':
			b.WriteString("ae")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hashString is FNV-1a, 64 bits.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
