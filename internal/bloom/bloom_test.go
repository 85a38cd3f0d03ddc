package bloom

import (
	"fmt"
	"testing"
)

func TestFilterHoldsWhatWasAdded(t *testing.T) {
	var f Filter
	words := []string{"", "a", "said", "déclaré", "l'", "according", "Reuters"}
	for i := range 2000 {
		words = append(words, fmt.Sprintf("word%d", i))
	}
	for _, w := range words {
		f.Add(w)
	}
	for _, w := range words {
		if !f.MayHold(w) {
			t.Errorf("MayHold(%q) = false after Add", w)
		}
	}
}

func TestFilterAnswersMostOtherWordsNo(t *testing.T) {
	var f Filter
	for i := range 1000 {
		f.Add(fmt.Sprintf("in%d", i))
	}
	yes := 0
	for i := range 10000 {
		if f.MayHold(fmt.Sprintf("out-%d-x", i)) {
			yes++
		}
	}
	if yes > 1000 { // two bits of 65,536 for 1,000 words: about 0.1% false positives expected
		t.Errorf("%d of 10000 words never added may be held", yes)
	}
}

func TestEmptyFilterHoldsNothing(t *testing.T) {
	var f Filter
	for _, w := range []string{"", "a", "said"} {
		if f.MayHold(w) {
			t.Errorf("empty filter: MayHold(%q) = true", w)
		}
	}
}
