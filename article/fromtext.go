package article

// FromText returns an Article whose Text is text byte for byte, for data whose offsets were
// computed against that exact string (annotated corpora, predictions to score). Paragraphs
// are the lines of text (split at "\n", "\r\n" and a lone "\r") that hold more than white
// space, each trimmed of surrounding white space; PageText equals Text; Position maps offsets
// to the lines of text.
// Unlike [ParseText], nothing is decoded, joined or trimmed: invalid UTF-8 stays as it is.
func FromText(text string) *Article {
	a := &Article{Text: text, PageText: text}
	src := []byte(text)
	a.setSource(src)
	b := builder{a: a}
	b.appendExact(text, 0)
	for l := range lineSpans(src) {
		if s, ok := trimSpan(src, l); ok {
			a.Paragraphs = append(a.Paragraphs, s)
		}
	}
	return a
}
