package compare

import (
	"fmt"
	"strings"
	"testing"
)

// longText returns n sentences of ten words each, no two alike (a deterministic mix of a
// small vocabulary and the sentence number written as a word).
func longText(n, seed int) []string {
	subj := []string{"The minister", "Our party", "The council", "Every family", "The union", "This government"}
	verb := []string{"wants", "promised", "refused", "planned", "hoped", "decided"}
	obj := []string{"better schools", "cheaper housing", "safer streets", "cleaner rivers", "fairer taxes", "faster trains"}
	place := []string{"in the north", "across the region", "for the city", "along the coast", "near the border", "in every town"}
	out := make([]string, n)
	for i := range n {
		k := i + seed
		out[i] = fmt.Sprintf("%s %s to deliver %s %s by year %s.", subj[k%6], verb[(k/6)%6], obj[(k/36)%6], place[(k/216)%6], numberName(k))
	}
	return out
}

func numberName(k int) string {
	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	var parts []string
	for _, c := range fmt.Sprint(k) {
		parts = append(parts, ones[c-'0'])
	}
	return strings.Join(parts, "")
}

// alienText returns n sentences of ten words that share no word with longText.
func alienText(n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = fmt.Sprintf("Gardeners quietly planted tulips beside old mossy walls, %s.", numberName(i+90000))
	}
	return out
}

// A quote longer than one alignment can hold (about 2,800 words against its window) used to
// be cut to the first window words and called not-found. It is now found whole: word for
// word in linear time, otherwise piece by piece.
func TestLocateLongQuote(t *testing.T) {
	rep := strings.Repeat("The minister said on Monday that we will not give up on the people of this country, whatever it costs. ", 300)
	sents := longText(700, 0) // 7,000 words
	src := strings.Join(sents, " ")
	pre := "Opening remarks were short. "
	cases := []struct {
		name, quote, source string
		verdict             Verdict
		passage             string // expected source text at Match.Source
	}{
		{"repeated-exact", rep, rep, Exact, strings.TrimSpace(rep)},
		{"repeated-in-longer-source", strings.TrimSpace(rep), pre + rep + "Then the meeting ended.", Exact, strings.TrimSpace(rep)},
		{"distinct-exact", strings.Join(sents[100:650], " "), src, Exact, strings.Join(sents[100:650], " ")},
		{"letter-forms", strings.ReplaceAll(strings.Join(sents[0:400], " "), "Our party", "OUR PARTY"), src, Equivalent, strings.Join(sents[0:400], " ")},
		{"one-word-changed", strings.Replace(strings.Join(sents[50:450], " "), "wants to deliver", "wishes to deliver", 1), src, Altered, strings.Join(sents[50:450], " ")},
		{"one-negation-added", strings.Replace(strings.Join(sents[50:450], " "), "refused to deliver", "refused not to deliver", 1), src, MeaningChanged, strings.Join(sents[50:450], " ")},
		{"marked-omission", strings.Join(sents[10:200], " ") + " … " + strings.Join(sents[400:600], " "), src, Elided, strings.Join(sents[10:600], " ")},
		{"long-unmarked-omission", strings.Join(sents[10:200], " ") + " " + strings.Join(sents[400:600], " "), src, Altered, strings.Join(sents[10:600], " ")},
		{"tail-not-in-source", strings.Join(sents[0:400], " ") + " " + strings.Join(alienText(200), " "), src, Altered, strings.Join(sents[0:400], " ")},
		{"mostly-not-in-source", strings.Join(sents[0:100], " ") + " " + strings.Join(alienText(300), " "), src, NotFound, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := LocateText(c.quote, c.source, Options{})
			if m.Verdict != c.verdict {
				t.Errorf("verdict %v, want %v (similarity %.3f, WER %.3f, %d edits)", m.Verdict, c.verdict, m.Similarity, m.WER, len(m.Edits))
			}
			if got := c.source[m.Source.Start:m.Source.End]; got != strings.TrimSuffix(c.passage, ".") {
				t.Errorf("passage %d:%d (%d bytes), want %d bytes", m.Source.Start, m.Source.End, len(got), len(c.passage))
			}
			if (m.Verdict == Exact || m.Verdict == Equivalent) && (m.Similarity != 1 || m.WER != 0) {
				t.Errorf("%v with similarity %.3f, WER %.3f", m.Verdict, m.Similarity, m.WER)
			}
			t.Logf("%v similarity %.3f WER %.3f", m.Verdict, m.Similarity, m.WER)
		})
	}
}

// An accent on a small letter ("ńot", here written with a combining mark) used to be equal
// in the figures (similarity 1, WER 0) and a changed negation in the verdict. It is a
// spelling difference: counted as one substituted word, and the word is still a negation.
// An accent on a capital stays a letter form.
func TestLocateAccentFigures(t *testing.T) {
	src := "They said that we will not give up today."
	cases := []struct {
		quote   string
		verdict Verdict
		wer     float64
	}{
		{"we will n\u0301ot give up", Altered, 0.2},
		{"we will ńot give up", Altered, 0.2},
		{"we will NÓT give up", Equivalent, 0},
		{"we will not give up", Exact, 0},
	}
	for _, c := range cases {
		m := LocateText(c.quote, src, Options{})
		if m.Verdict != c.verdict || m.WER != c.wer || src[m.Source.Start:m.Source.End] != "we will not give up" {
			t.Errorf("%q: %v WER %.2f similarity %.2f passage %q, want %v WER %.2f", c.quote, m.Verdict, m.WER, m.Similarity, src[m.Source.Start:m.Source.End], c.verdict, c.wer)
		}
		if (m.WER == 0) != (m.Similarity == 1) || (m.WER == 0) != (m.Verdict <= Equivalent) {
			t.Errorf("%q: verdict %v disagrees with WER %.2f, similarity %.2f", c.quote, m.Verdict, m.WER, m.Similarity)
		}
	}
}
