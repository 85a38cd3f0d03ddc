package fetch

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"", "0", "120", "-1", "Sat, 01 Mar 2025 12:00:30 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "1e9"} {
		f.Add(s)
	}
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d := parseRetryAfter(s, now)
		if d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %v < 0", s, d)
		}
		if s == "" && d != 0 {
			t.Fatalf("empty value gave %v", d)
		}
	})
}

// FuzzCharset checks that any body and Content-Type give a known charset name, that plain
// text decodes to valid UTF-8 without error, and that the media type check never panics.
func FuzzCharset(f *testing.F) {
	f.Add([]byte("<meta charset=iso-8859-1><p>caf\xe9"), "text/html")
	f.Add([]byte("\xef\xbb\xbfhello"), "text/plain")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "")
	f.Add([]byte("Za\xbf\xf3\xb3\xe6"), "text/plain; charset=iso-8859-2")
	f.Add([]byte("<p>é</p>"), "text/html; charset=shift_jis")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		kind, err := mediaKind(ct, body)
		if err != nil {
			return
		}
		name := charsetOf(body, ct, kind)
		out, err := toUTF8(body, name)
		if err != nil {
			t.Fatalf("toUTF8(%q, %q): %v", body, name, err)
		}
		if name != "utf-8" && !utf8.Valid(out) {
			t.Fatalf("decoding %q as %s gave invalid UTF-8 %q", body, name, out)
		}
	})
}

// FuzzStoreEntry checks that any metadata record is read without panic and that a record
// naming a body path outside the store is refused.
func FuzzStoreEntry(f *testing.F) {
	f.Add(`{"url":"http://a/","evidence":{"sha256":"../../etc/passwd"},"stored_at":"2025-01-01T00:00:00Z"}`)
	f.Add(`{"url":"http://a/","failure":{"kind":"not-found","status":404,"message":"x"}}`)
	f.Add(`{"url":"http://a/","evidence":{"origin":"bogus"}}`)
	f.Fuzz(func(t *testing.T, meta string) {
		dir := t.TempDir()
		s := &store{dir: dir, create: osCreateTemp}
		mdir, name := s.metaPath("http://a/")
		if err := writeAtomic(osCreateTemp, mdir, name, []byte(meta)); err != nil {
			t.Fatal(err)
		}
		e, body, ok := s.get("http://a/")
		if !ok {
			return
		}
		if e.Evidence != nil && (strings.ContainsAny(e.Evidence.SHA256, "/\\.") || sha256Hex(body) != e.Evidence.SHA256) {
			t.Fatalf("accepted entry with sha256 %q", e.Evidence.SHA256)
		}
		if e.Failure != nil {
			_ = e.Failure.err("http://a/").Error()
		}
		if _, err := json.Marshal(e); err != nil {
			t.Fatal(err)
		}
	})
}
