package fetch

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestGetArchiveFallback(t *testing.T) {
	const ts = "20240115083000"
	const archived = "<html><body><p>The archived words.</p></body></html>"
	var gotQuery string
	mux := http.NewServeMux()
	mux.HandleFunc("/dead", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotFound) })
	srvURL := ""
	mux.HandleFunc("/wayback/available", func(w http.ResponseWriter, r *http.Request) {
		gotQuery = r.URL.RawQuery
		json.NewEncoder(w).Encode(map[string]any{"archived_snapshots": map[string]any{"closest": map[string]any{
			"available": true, "status": "200", "timestamp": ts,
			"url": srvURL + "/web/" + ts + "/" + r.URL.Query().Get("url"),
		}}})
	})
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/web/"+ts+"id_/") {
			http.Error(w, "want the raw id_ capture", http.StatusBadRequest)
			return
		}
		htmlHandler(archived)(w, r)
	})
	// A ServeMux would clean the "//" of the embedded URL; the archive does not.
	top := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/web/") {
			web(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})
	srv, _ := newServer(t, top)
	srvURL = srv.URL
	o := testOptions()
	o.ArchiveEndpoint = srv.URL + "/wayback/available"
	c := newTestClient(o)

	cited := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	res, err := c.GetCited(context.Background(), srv.URL+"/dead", cited)
	if err != nil {
		t.Fatal(err)
	}
	want := Evidence{
		RequestedURL: srv.URL + "/dead",
		FinalURL:     srv.URL + "/web/" + ts + "id_/" + srv.URL + "/dead",
		Status:       200,
		ContentType:  "text/html; charset=utf-8",
		Charset:      "utf-8",
		SHA256:       sha256Hex([]byte(archived)),
		Size:         int64(len(archived)),
		Origin:       OriginArchive,
		ArchivedAt:   time.Date(2024, 1, 15, 8, 30, 0, 0, time.UTC),
		FetchedAt:    res.FetchedAt,
	}
	if diff := cmp.Diff(want, res.Evidence); diff != "" {
		t.Errorf("archived evidence (-want +got):\n%s", diff)
	}
	if !res.Archived() || res.Article.URL.String() != srv.URL+"/dead" {
		t.Errorf("Archived() = %v, Article.URL = %v; want true and the original URL", res.Archived(), res.Article.URL)
	}
	if !strings.Contains(gotQuery, "timestamp=20240120000000") {
		t.Errorf("availability query %q lacks the citing date", gotQuery)
	}

	o.NoArchive = true
	_, err = newTestClient(o).Get(context.Background(), srv.URL+"/dead")
	var fe *Error
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &fe) || fe.Status != 404 {
		t.Errorf("NoArchive: err = %v, want ErrNotFound with status 404", err)
	}
}

func TestGetArchiveNoCapture(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/dead", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	mux.HandleFunc("/wayback/available", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"url":"x","archived_snapshots":{}}`))
	})
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.ArchiveEndpoint = srv.URL + "/wayback/available"
	_, err := newTestClient(o).Get(context.Background(), srv.URL+"/dead")
	var fe *Error
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &fe) || fe.Status != 410 {
		t.Errorf("no capture: err = %v, want the original ErrNotFound with status 410", err)
	}
}

func TestRawCapture(t *testing.T) {
	got := rawCapture("http://web.archive.org/web/20130919044612/http://example.com/a", "20130919044612")
	if want := "http://web.archive.org/web/20130919044612id_/http://example.com/a"; got != want {
		t.Errorf("rawCapture = %q, want %q", got, want)
	}
}

// listFiles lists the regular files under dir as slash paths, sorted.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
