package quotecheck

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/fetch"
)

var update = flag.Bool("update", false, "regenerate golden files and the sample's recordings")

// sampleSources are the pages of testdata/sample/sources as the sample's links cite them.
// A page "" is a dead link, recorded as HTTP 404.
var sampleSources = []struct{ url, page string }{
	{"https://www.tasnimnews.com/fr/news/2019/08/27/2083541/cooperation-militaire-iran-russie", "tasnim.html"},
	{"https://www.presstv.ir/Detail/2019/08/27/604476/Russia-Iran-military-cooperation", "presstv.html"},
	{"https://fr.sputniknews.com/international/201908271042037265-moscou-teheran-terrorisme/", ""},
}

// recordedAt is the fixed fetch time of the sample's recordings, so they never change.
var recordedAt = time.Date(2019, 8, 28, 9, 0, 0, 0, time.UTC)

// TestSampleRecordings checks that testdata/sample/recordings hold exactly the pages of
// testdata/sample/sources in the fetch package's recording format (-update rewrites them).
func TestSampleRecordings(t *testing.T) {
	dir := filepath.Join("testdata", "sample", "recordings")
	want := map[string][]byte{}
	for _, s := range sampleSources {
		key := hexSum([]byte(s.url))
		rec := map[string]any{"url": s.url, "stored_at": recordedAt}
		if s.page == "" {
			rec["failure"] = map[string]any{"kind": "not-found", "status": 404, "message": "HTTP 404 Not Found"}
		} else {
			body, err := os.ReadFile(filepath.Join("testdata", "sample", "sources", s.page))
			if err != nil {
				t.Fatal(err)
			}
			want[key+".body"] = body
			rec["evidence"] = fetch.Evidence{RequestedURL: s.url, FinalURL: s.url, Status: 200,
				ContentType: "text/html; charset=utf-8", Charset: "utf-8", FetchedAt: recordedAt,
				SHA256: hexSum(body), Size: int64(len(body)), Origin: fetch.OriginNetwork}
		}
		meta, err := json.MarshalIndent(rec, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want[key+".json"] = append(meta, '\n')
	}
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range want {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(want) {
		t.Errorf("%s has %d files, want %d (run go test -update)", dir, len(entries), len(want))
	}
	for name, data := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s is stale or missing (run go test -run TestSampleRecordings -update)", name)
		}
	}
}

func hexSum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
