package fetch

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestWriteRecordingReplays: a page and a failure written with WriteRecording come back from
// the Replay mode as they were written.
func TestWriteRecordingReplays(t *testing.T) {
	dir := t.TempDir()
	at := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	page, dead := "https://example.com/a", "https://example.com/gone"
	ev := Evidence{RequestedURL: page, FinalURL: page, Status: 200, ContentType: "text/html; charset=utf-8", Charset: "utf-8", FetchedAt: at}
	if err := WriteRecording(dir, page, ev, []byte("<p>\"We will,\" she said.</p>"), nil); err != nil {
		t.Fatal(err)
	}
	gone := &Error{URL: dead, Status: 404, Err: fmt.Errorf("%w: HTTP 404 Not Found", ErrNotFound)}
	if err := WriteRecording(dir, dead, Evidence{FetchedAt: at}, nil, gone); err != nil {
		t.Fatal(err)
	}
	c := New(Options{Mode: Replay, RecordDir: dir})
	res, err := c.Get(context.Background(), page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Article.Text, "We will") || res.Evidence.Origin != OriginRecording || res.Evidence.SHA256 == "" {
		t.Errorf("replayed %q, origin %v, sha256 %q", res.Article.Text, res.Evidence.Origin, res.Evidence.SHA256)
	}
	_, err = c.Get(context.Background(), dead)
	var fe *Error
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &fe) || fe.Status != 404 {
		t.Errorf("replayed failure %v, want ErrNotFound with status 404", err)
	}
	if err != nil && strings.Count(err.Error(), "source not found") != 1 {
		t.Errorf("replayed failure repeats its cause: %v", err)
	}
}
