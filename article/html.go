package article

import (
	"errors"
	"io"
	"net/url"
)

// ParseHTML parses an HTML page. Placeholder until the HTML parser lands.
func ParseHTML(r io.Reader, contentType string, base *url.URL) (*Article, error) {
	return nil, errors.New("article: ParseHTML not implemented")
}

// ParseMarkdown parses a Markdown document. Placeholder until the Markdown parser lands.
func ParseMarkdown(r io.Reader) (*Article, error) {
	return nil, errors.New("article: ParseMarkdown not implemented")
}
