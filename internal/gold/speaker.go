package gold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
)

// titles are the honorifics FORMAT.md drops before comparing references, case-folded, with
// and without their final period ("M." only with it: a bare "M" is an initial).
var titles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "m.": true, "mme": true, "mme.": true, "pr": true, "pr.": true,
}

// NormalizeReference returns the form of a canonical speaker name that [SpeakerCorrect]
// compares: case-folded (Unicode full folding), titles (Mr, Mrs, Ms, Dr, M., Mme, Pr, with
// or without a period, also glued as in "M.Fomine") dropped, white space collapsed to one
// space. The rule is FORMAT.md's.
func NormalizeReference(ref string) string {
	words := strings.Fields(cases.Fold().String(ref))
	out := words[:0]
	for _, w := range words {
		if titles[w] {
			continue
		}
		out = append(out, dropGluedTitle(w))
	}
	return strings.Join(out, " ")
}

// dropGluedTitle removes a title glued to a name by its period ("m.fomine" → "fomine").
func dropGluedTitle(w string) string {
	i := strings.IndexByte(w, '.')
	if i <= 0 || i == len(w)-1 || !titles[w[:i+1]] {
		return w
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	if !unicode.IsLetter(r) {
		return w
	}
	return w[i+1:]
}

// SpeakerCorrect reports whether the predicted quote p names the same speaker as the gold
// quote g, by FORMAT.md's rule: when both references are non-empty, they must be equal after
// [NormalizeReference]; when either is empty, the two speaker spans must overlap. When g has
// neither speaker nor reference, p is correct only if it has neither too.
func SpeakerCorrect(g, p Quote) bool {
	return speakerCorrect(g, p, NormalizeReference(g.Reference), NormalizeReference(p.Reference))
}

// speakerCorrect is SpeakerCorrect with the references already normalized.
func speakerCorrect(g, p Quote, gr, pr string) bool {
	switch {
	case g.Speaker == nil && gr == "":
		return p.Speaker == nil && pr == ""
	case gr != "" && pr != "":
		return gr == pr
	default:
		return g.Speaker != nil && p.Speaker != nil && overlap(*g.Speaker, *p.Speaker) > 0
	}
}

// normalizedRefs returns NormalizeReference of every quote's reference.
func normalizedRefs(qs []Quote) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		if q.Reference != "" {
			out[i] = NormalizeReference(q.Reference)
		}
	}
	return out
}
