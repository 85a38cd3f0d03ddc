package gold

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// wikinewsDoc is one document of the German WikiNews quotation set
// (uhh-lt/german-news-quotation-attribution-2024, data/<split>/*.json). Only the fields the
// conversion needs are decoded.
type wikinewsDoc struct {
	DocumentName string `json:"documentName"`
	OriginalText string `json:"originalText"`
	Annotations  []struct {
		Type    string       `json:"type"`
		Quote   wikinewsPart `json:"quote"`
		Speaker wikinewsPart `json:"speaker"`
		Cue     wikinewsPart `json:"cue"`
	} `json:"annotations"`
}

type wikinewsPart struct {
	Spans []struct {
		CharBegin int `json:"charBegin"`
		CharEnd   int `json:"charEnd"`
	} `json:"spans"`
}

// ReadWikinews converts one document of the German WikiNews quotation set (Petersen-Frey &
// Biemann, LREC-COLING 2024) into an Article: id "german/<split>/<wikinews id>" (the number
// before " - " in documentName), lang "de", outlet "Wikinews", title the documentName, text
// originalText. Each annotation with a quote span becomes a quote: type Direct → direct
// (surrounding „“ marks dropped), every other type → indirect, as corpus/dev/README.md maps
// them; several pieces give the covering span, flagged Discontinuous; an empty speaker or cue
// is nil. Offsets upstream (charBegin, charEnd) are Unicode code points; they become UTF-8
// bytes. An offset outside the text is an error.
func ReadWikinews(r io.Reader, split string) (Article, error) {
	var doc wikinewsDoc
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return Article{}, fmt.Errorf("gold: WikiNews document: %w", err)
	}
	id, _, _ := strings.Cut(doc.DocumentName, " - ")
	a := Article{ID: "german/" + split + "/" + strings.TrimSpace(id), Lang: "de", Outlet: "Wikinews",
		Title: doc.DocumentName, Text: doc.OriginalText, Quotes: []Quote{}}
	ro := newRuneOffsets(a.Text)
	for i, an := range doc.Annotations {
		qs, err := an.Quote.spans(a.Text, ro)
		if err != nil {
			return Article{}, fmt.Errorf("gold: %s annotation %d quote: %w", a.ID, i, err)
		}
		if len(qs) == 0 {
			continue
		}
		sp, err1 := an.Speaker.spans(a.Text, ro)
		cu, err2 := an.Cue.spans(a.Text, ro)
		if err1 != nil || err2 != nil {
			return Article{}, fmt.Errorf("gold: %s annotation %d speaker or cue: %v", a.ID, i, cmpErr(err1, err2))
		}
		c := cover(a.Text, qs)
		q := Quote{Start: c.Start, End: c.End, Kind: KindIndirect, Speaker: coverPtr(a.Text, sp),
			Cue: coverPtr(a.Text, cu), Discontinuous: len(qs) > 1}
		if an.Type == "Direct" {
			q.Kind = KindDirect
			q.Start, q.End = stripMarks(a.Text, q.Start, q.End)
		}
		q.Text = a.Text[q.Start:q.End]
		a.Quotes = append(a.Quotes, q)
	}
	return a, nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func (p wikinewsPart) spans(text string, ro runeOffsets) ([]Span, error) {
	var out []Span
	for _, s := range p.Spans {
		sp, err := ro.span(text, s.CharBegin, s.CharEnd)
		if err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, nil
}

// stripMarks drops white space and one double quote mark from each end of [s, e).
func stripMarks(text string, s, e int) (int, int) {
	s, e = trimSpace(text, s, e)
	if m := markAt(text, s); m > 0 && s+m <= e {
		s += m
	}
	if m := markBefore(text, e); m > 0 && e-m >= s {
		e -= m
	}
	return trimSpace(text, s, e)
}

// LoadWikinews reads the WikiNews document at path; its split is the name of the folder that
// holds it ("train", "dev", "test" upstream).
func LoadWikinews(path string) (Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return Article{}, err
	}
	defer f.Close()
	return ReadWikinews(f, filepath.Base(filepath.Dir(path)))
}
