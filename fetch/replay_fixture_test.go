package fetch

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the recordings in testdata/fetch/replay")

// fixtureDir holds recordings committed with the repository, as CI keeps them next to
// the drafts; regenerate with go test ./fetch -run TestReplayFixture -update.
var fixtureDir = filepath.Join("..", "testdata", "fetch", "replay")

const fixtureURL = "https://example.com/news/minister-statement"

const fixturePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Minister defends the plan</title></head>
<body><article>
<h1>Minister defends the plan</h1>
<p>“We will not give up on this reform,” the minister said on Tuesday.</p>
<p>She added that the plan would be presented to parliament in the spring.</p>
</article></body></html>
`

func writeFixture(t *testing.T) {
	body := []byte(fixturePage)
	ev := Evidence{
		RequestedURL: fixtureURL,
		FinalURL:     fixtureURL,
		Status:       200,
		ContentType:  "text/html; charset=utf-8",
		Charset:      "utf-8",
		FetchedAt:    time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC),
		SHA256:       sha256Hex(body),
		Size:         int64(len(body)),
		Origin:       OriginNetwork,
	}
	s := &store{dir: fixtureDir, flat: true, create: osCreateTemp}
	e := &entry{URL: fixtureURL, Evidence: &ev, ETag: `"fixture-1"`, StoredAt: ev.FetchedAt}
	if err := s.put(e, body); err != nil {
		t.Fatal(err)
	}
	gone := &entry{URL: fixtureURL + "-gone", StoredAt: ev.FetchedAt,
		Failure: &failure{Kind: "not-found", Status: 404, Message: "fetch: source not found"}}
	if err := s.put(gone, nil); err != nil {
		t.Fatal(err)
	}
}

func TestReplayFixture(t *testing.T) {
	if *update {
		writeFixture(t)
	}
	skipWithoutParser(t)
	c := New(Options{Mode: Replay, RecordDir: fixtureDir})
	res, err := c.Get(context.Background(), fixtureURL)
	if err != nil {
		t.Fatal(err)
	}
	if res.Origin != OriginRecording || res.SHA256 != sha256Hex([]byte(fixturePage)) {
		t.Errorf("origin %v sha256 %s; want recording of the fixture page", res.Origin, res.SHA256)
	}
	if !strings.Contains(res.Article.Text, "“We will not give up on this reform,” the minister said") {
		t.Errorf("replayed Article.Text = %q", res.Article.Text)
	}
	if _, err := c.Get(context.Background(), fixtureURL+"-gone"); !isNotFound(err) {
		t.Errorf("recorded 404: err = %v, want ErrNotFound", err)
	}
	meta, err := os.ReadFile(filepath.Join(fixtureDir, urlKey(fixtureURL)+".json"))
	if err != nil || !strings.Contains(string(meta), `"url": "`+fixtureURL+`"`) {
		t.Errorf("recording metadata is not readable JSON naming the URL: %v\n%s", err, meta)
	}
}
