package quotecheck

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
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
// testdata/sample/sources as fetch.WriteRecording writes them (-update rewrites them).
func TestSampleRecordings(t *testing.T) {
	dir := filepath.Join("testdata", "sample", "recordings")
	want := t.TempDir()
	if *update {
		want = dir
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range sampleSources {
		ev := fetch.Evidence{RequestedURL: s.url, FinalURL: s.url, Status: 200,
			ContentType: "text/html; charset=utf-8", Charset: "utf-8", FetchedAt: recordedAt, Origin: fetch.OriginNetwork}
		var body []byte
		var failure error
		if s.page == "" {
			failure = &fetch.Error{URL: s.url, Status: 404, Err: fmt.Errorf("%w: HTTP 404 Not Found", fetch.ErrNotFound)}
		} else {
			var err error
			if body, err = os.ReadFile(filepath.Join("testdata", "sample", "sources", s.page)); err != nil {
				t.Fatal(err)
			}
		}
		if err := fetch.WriteRecording(want, s.url, ev, body, failure); err != nil {
			t.Fatal(err)
		}
	}
	if d := cmp.Diff(readDir(t, want), readDir(t, dir)); d != "" {
		t.Errorf("%s is stale (-want +got); run go test -run TestSampleRecordings -update:\n%s", dir, d)
	}
}

// readDir maps the file names of dir to their contents.
func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}
