package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFromText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Span
	}{
		{"lines", "ab\ncd", []Span{{0, 2}, {3, 5}}},
		{"blank lines and spaces", "  ab \n\n\u00a0\ncd\n", []Span{{2, 4}, {10, 12}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromText(tt.text)
			if a.Text != tt.text {
				t.Errorf("Text = %q, want %q verbatim", a.Text, tt.text)
			}
			if diff := cmp.Diff(tt.want, a.Paragraphs); diff != "" {
				t.Errorf("Paragraphs (-want +got):\n%s", diff)
			}
		})
	}
	a := FromText("ab\ncdé")
	if got, _ := a.Position(5); got != (Position{Line: 2, Column: 3, Offset: 5}) {
		t.Errorf("Position(5) = %+v, want line 2 column 3 offset 5", got)
	}
}
