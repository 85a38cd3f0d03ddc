package fetch

import (
	"errors"
	"testing"
)

func TestMediaKindSniffsBinaryBodies(t *testing.T) {
	tests := []struct {
		name, contentType string
		body              []byte
		want              string
		wantErr           bool
	}{
		{"html", "text/html", []byte("<!DOCTYPE html><p>Hello</p>"), kindHTML, false},
		{"plain text", "text/plain; charset=utf-8", []byte("Hello, world."), kindText, false},
		{"png labelled html", "text/html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", true},
		{"zip labelled html", "text/html", []byte("PK\x03\x04\x14\x00\x00\x00"), "", true},
		{"binary labelled text", "text/plain", []byte{0, 1, 2, 3, 4, 5, 0xff, 0xfe, 0}, "", true},
		{"latin-1 html", "text/html", []byte("<p>caf\xe9</p>"), kindHTML, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := mediaKind(tt.contentType, tt.body)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("mediaKind = %q, %v; want %q, error %v", got, err, tt.want, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrNotHTML) {
				t.Errorf("error %v is not ErrNotHTML", err)
			}
		})
	}
}
