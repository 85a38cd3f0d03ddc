package fetch

import (
	"github.com/quotecheck/quotecheck/article"

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
	kind := ""
	switch mt {
	case "text/html", "application/xhtml+xml":
		kind = kindHTML
	case "text/plain":
		kind = kindText
	default:
		return "", fmt.Errorf("%w: Content-Type %q", ErrNotHTML, mt)
	}
	if len(body) > 0 {
		// A body labelled as text but sniffed as binary (an image, an archive, random bytes)
		// is refused rather than read as text.
		if sniff := http.DetectContentType(body); !strings.HasPrefix(sniff, "text/") {
			return "", fmt.Errorf("%w: Content-Type %q but the body looks like %s", ErrNotHTML, mt, sniff)
		}
	}
	return kind, nil
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

// charsetOf names the encoding of body (WHATWG names). HTML follows article.ParseHTML,
// which decodes HTML itself (see article.Charset). Plain text takes a BOM or the
// Content-Type charset, else UTF-8 when the body is valid UTF-8, else windows-1252 (as
// article.ParseText).
func charsetOf(body []byte, contentType, kind string) string {
	if kind == kindHTML {
		return article.Charset(body, contentType)
	}
	_, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain {
		name = "windows-1252"
		if utf8.Valid(body) {
			name = "utf-8"
		}
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
