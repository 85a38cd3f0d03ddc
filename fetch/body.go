package fetch

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Media kinds accepted.
const (
	kindHTML = "html"
	kindText = "text"
)

// mediaKind maps a Content-Type to kindHTML or kindText; ErrNotHTML for anything else.
// An absent Content-Type is sniffed from the body (net/http.DetectContentType, after the
// WHATWG MIME Sniffing standard).
func mediaKind(contentType string, body []byte) (string, error) {
	if strings.TrimSpace(contentType) == "" {
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", fmt.Errorf("%w: Content-Type %q: %v", ErrNotHTML, contentType, err)
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return kindHTML, nil
	case "text/plain":
		return kindText, nil
	}
	return "", fmt.Errorf("%w: Content-Type %q", ErrNotHTML, mt)
}

// readCapped reads at most max bytes of r; more is ErrTooLarge.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// charsetOf picks the encoding of body and returns its WHATWG name: a BOM, then the
// Content-Type charset parameter, then (HTML only) a <meta> charset in the first 1024
// bytes (golang.org/x/net/html/charset, after the WHATWG encoding-sniffing algorithm);
// without a certain answer, UTF-8 when the whole body is valid UTF-8, else the guess of
// that algorithm (windows-1252, which is also what browsers use for ISO-8859-1).
func charsetOf(body []byte, contentType, kind string) string {
	e, name, certain := charset.DetermineEncoding(body, contentType)
	switch {
	case certain:
		return name
	case utf8.Valid(body):
		return "utf-8"
	case kind == kindText || e == nil:
		return "windows-1252"
	}
	return name
}

// toUTF8 decodes body from the named encoding. UTF-8 input is returned unchanged (a BOM is
// kept for the parser to skip).
func toUTF8(body []byte, name string) ([]byte, error) {
	if name == "utf-8" {
		return body, nil
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return nil, fmt.Errorf("unknown charset %q", name)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	return out, err
}

// utf8ContentType is contentType with its charset replaced by utf-8, since the parser gets
// the decoded bytes.
func utf8ContentType(contentType, kind string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" {
		mt = "text/html"
		if kind == kindText {
			mt = "text/plain"
		}
	}
	return mt + "; charset=utf-8"
}
