package fetch

import (
	"fmt"
	"time"

	"github.com/quotecheck/quotecheck/article"
)

// Origin says where the bytes of a [Result] came from.
type Origin int

// Origins. Stable: new values are added only at the end.
const (
	OriginNetwork   Origin = iota // fetched from the source's server now
	OriginCache                   // read from Options.CacheDir (possibly revalidated)
	OriginRecording               // read from Options.RecordDir in Replay mode
	OriginArchive                 // fetched now from the web archive (the source was dead)
)

var originNames = [...]string{"network", "cache", "recording", "archive"}

func (o Origin) String() string {
	if o >= 0 && int(o) < len(originNames) {
		return originNames[o]
	}
	return "unknown"
}

// MarshalText renders the origin as its name ("network", "cache", "recording", "archive").
func (o Origin) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (o *Origin) UnmarshalText(b []byte) error {
	for i, n := range originNames {
		if n == string(b) {
			*o = Origin(i)
			return nil
		}
	}
	return fmt.Errorf("fetch: unknown origin %q", b)
}

// Evidence is where a page came from, enough to show a reader and to reproduce the check.
// It is stored as JSON in cache and recording metadata; the JSON names are stable.
type Evidence struct {
	RequestedURL string `json:"requested_url"` // the URL given to Get, fragment removed
	FinalURL     string `json:"final_url"`     // the URL whose response was read
	// Redirects lists the URL of each redirect hop after RequestedURL, in order; its last
	// element equals FinalURL. Empty when there was no redirect.
	Redirects   []string `json:"redirects,omitempty"`
	Status      int      `json:"status"`       // HTTP status of the final response (200…299)
	ContentType string   `json:"content_type"` // Content-Type header as served
	// Charset is the WHATWG name of the encoding the body is decoded from ("utf-8",
	// "windows-1252", …). For HTML it follows the rules of article.ParseHTML (BOM,
	// Content-Type charset, <meta> in the first 1024 bytes, then checked against the bytes);
	// for plain text: BOM, Content-Type charset, else UTF-8 when the body is valid UTF-8,
	// else windows-1252.
	Charset   string    `json:"charset"`
	FetchedAt time.Time `json:"fetched_at"` // when the body was received from the network, UTC
	SHA256    string    `json:"sha256"`     // lower-case hex SHA-256 of the body bytes (after Content-Encoding, before charset decoding)
	Size      int64     `json:"size"`       // body length in bytes
	Origin    Origin    `json:"origin"`
	// ArchivedAt is the capture time of an archived copy (UTC); zero for a live page.
	ArchivedAt time.Time `json:"archived_at,omitzero"`
	// Revalidated is true when a stale cache entry was confirmed by the server (HTTP 304).
	Revalidated bool `json:"revalidated,omitempty"`
}

// Archived reports whether the page is an archived copy rather than the live source.
func (e Evidence) Archived() bool { return !e.ArchivedAt.IsZero() }

// Result is a fetched and parsed page with its evidence.
type Result struct {
	Article *article.Article // the parsed page; its URL is the final URL (the original URL for an archived copy)
	Evidence
}
