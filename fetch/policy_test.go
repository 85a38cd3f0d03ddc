package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestGetRetries(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	seq := map[string][]int{
		"/429":  {429, 200},
		"/503":  {503, 200},
		"/504x": {504, 504, 504, 200},
		"/500":  {500, 200},
	}
	mux := http.NewServeMux()
	for path, codes := range seq {
		n := 0
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			code := codes[min(n, len(codes)-1)]
			n++
			times = append(times, time.Now())
			mu.Unlock()
			if path == "/429" && code == 429 {
				w.Header().Set("Retry-After", "1")
			}
			if code != 200 {
				w.WriteHeader(code)
				return
			}
			htmlHandler(page1)(w, r)
		})
	}
	srv, cnt := newServer(t, mux)
	c := newTestClient(testOptions())
	tests := []struct {
		path     string
		hits     int
		status   int // 0: success
		minDelay time.Duration
		reason   string
	}{
		{"/429", 2, 0, time.Second, "429 with Retry-After: 1 waits a second, then succeeds"},
		{"/503", 2, 0, 0, "503 then 200"},
		{"/504x", 3, 504, 0, "at most 3 tries"},
		{"/500", 1, 500, 0, "500 is not retried"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			mu.Lock()
			times = nil
			mu.Unlock()
			_, err := c.Get(context.Background(), srv.URL+tt.path)
			var fe *Error
			switch {
			case tt.status == 0 && err != nil:
				t.Fatalf("%s: %v", tt.reason, err)
			case tt.status != 0 && (!errors.As(err, &fe) || fe.Status != tt.status || !errors.Is(err, ErrStatus)):
				t.Fatalf("%s: err = %v, want status %d", tt.reason, err, tt.status)
			}
			if got := cnt.get(tt.path); got != tt.hits {
				t.Errorf("%s: %d requests, want %d", tt.reason, got, tt.hits)
			}
			mu.Lock()
			defer mu.Unlock()
			if tt.minDelay > 0 && len(times) > 1 {
				if d := times[1].Sub(times[0]); d < tt.minDelay-50*time.Millisecond {
					t.Errorf("%s: retried after %v, want at least %v", tt.reason, d, tt.minDelay)
				}
			}
		})
	}
}

func TestGetRetryAfterTooLong(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	srv, cnt := newServer(t, mux)
	c := newTestClient(testOptions())
	start := time.Now()
	_, err := c.Get(context.Background(), srv.URL+"/x")
	var fe *Error
	if !errors.As(err, &fe) || fe.Status != 429 {
		t.Fatalf("err = %v, want an *Error with status 429", err)
	}
	if n := cnt.get("/x"); n != 1 || time.Since(start) > 5*time.Second {
		t.Errorf("%d requests in %v; a Retry-After beyond MaxRetryWait must end the tries at once", n, time.Since(start))
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"0", 1},
		{"5", 5 * time.Second},
		{"-3", 0},
		{"soon", 0},
		{"Sat, 01 Mar 2025 12:00:30 GMT", 30 * time.Second},
		{"Sat, 01 Mar 2025 11:00:00 GMT", 1},
		{"Saturday, 01-Mar-25 12:01:00 GMT", time.Minute},
		{"99999999999", 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseRetryAfter(tt.in, now); got != tt.want {
				t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestGetRobots(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: quotecheck\nDisallow: /no-bots\nCrawl-delay: 0.3\n")
	})
	mux.HandleFunc("/", htmlHandler(page1))
	srv, cnt := newServer(t, mux)
	c := newTestClient(testOptions())
	if _, err := c.Get(context.Background(), srv.URL+"/no-bots/page"); !errors.Is(err, ErrRobots) {
		t.Fatalf("err = %v, want ErrRobots", err)
	}
	if n := cnt.get("/no-bots/page"); n != 0 {
		t.Errorf("disallowed page requested %d times", n)
	}
	var stamps []time.Time
	for i := range 3 {
		if _, err := c.Get(context.Background(), fmt.Sprintf("%s/ok/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
		stamps = append(stamps, time.Now())
	}
	for i := 1; i < len(stamps); i++ {
		if d := stamps[i].Sub(stamps[i-1]); d < 250*time.Millisecond {
			t.Errorf("requests %d and %d %v apart, want Crawl-delay 0.3s", i-1, i, d)
		}
	}
	if n := cnt.get("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1 (cached)", n)
	}
}

func TestGetRobotsStatus(t *testing.T) {
	tests := []struct {
		status int
		want   error
		reason string
	}{
		{404, nil, "4xx robots.txt: full allow"},
		{403, nil, "403 too"},
		{500, ErrRobots, "5xx robots.txt: full disallow"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.status), func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tt.status) })
			mux.HandleFunc("/", htmlHandler(page1))
			srv, _ := newServer(t, mux)
			_, err := newTestClient(testOptions()).Get(context.Background(), srv.URL+"/p")
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Errorf("%s: err = %v, want %v", tt.reason, err, tt.want)
			}
		})
	}
}

func TestGetCacheRevalidation(t *testing.T) {
	var conds []string
	var mu sync.Mutex
	mux := http.NewServeMux()
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		conds = append(conds, r.Header.Get("If-None-Match")+"|"+r.Header.Get("If-Modified-Since"))
		mu.Unlock()
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Sat, 01 Mar 2025 12:00:00 GMT")
		htmlHandler(page1)(w, r)
	})
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.CacheDir = t.TempDir()
	o.MaxAge = time.Hour
	c := newTestClient(o)
	now := time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)
	c.now = func() time.Time { return now }
	ctx := context.Background()

	first, err := c.Get(ctx, srv.URL+"/p")
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := c.Get(ctx, srv.URL+"/p")
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Hour)
	stale, err := c.Get(ctx, srv.URL+"/p")
	if err != nil {
		t.Fatal(err)
	}
	wantConds := []string{"|", `"v1"|Sat, 01 Mar 2025 12:00:00 GMT`}
	if diff := cmp.Diff(wantConds, conds); diff != "" {
		t.Errorf("conditional headers (-want +got):\n%s", diff)
	}
	type sum struct {
		Origin      Origin
		Revalidated bool
		SHA256      string
		Text        string
	}
	got := []sum{}
	for _, r := range []*Result{first, fresh, stale} {
		got = append(got, sum{r.Origin, r.Revalidated, r.SHA256, r.Article.Text})
	}
	h := sha256Hex([]byte(page1))
	want := []sum{{OriginNetwork, false, h, page1}, {OriginCache, false, h, page1}, {OriginCache, true, h, page1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	// The 304 refreshed the entry: a Get within MaxAge of it asks nothing.
	now = now.Add(30 * time.Minute)
	if _, err := c.Get(ctx, srv.URL+"/p"); err != nil || len(conds) != 2 {
		t.Errorf("after revalidation: err %v, %d requests, want 2", err, len(conds))
	}
}

func TestGetConcurrentCache(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		htmlHandler(page1)(w, r)
	})
	srv, cnt := newServer(t, mux)
	o := testOptions()
	o.CacheDir = t.TempDir()
	c := newTestClient(o)
	const n = 16
	sums := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			res, err := c.Get(context.Background(), srv.URL+"/p")
			errs[i] = err
			if err == nil {
				sums[i] = res.SHA256
			}
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil || sums[i] != sha256Hex([]byte(page1)) {
			t.Fatalf("Get %d: %v, sha %q", i, errs[i], sums[i])
		}
	}
	if got := cnt.get("/p"); got != 1 {
		t.Errorf("server saw %d requests for one URL, want 1", got)
	}
	if diff := cmp.Diff([]string{"bodies/" + sums[0], "meta/" + urlKey(srv.URL+"/p") + ".json"}, listFiles(t, o.CacheDir)); diff != "" {
		t.Errorf("cache files (-want +got):\n%s", diff)
	}
}

// failingTemp is a temporary file that dies after limit bytes, as a process killed in the
// middle of a write would.
type failingTemp struct {
	tempFile
	left int
}

func (f *failingTemp) Write(b []byte) (int, error) {
	if len(b) > f.left {
		n, _ := f.tempFile.Write(b[:f.left])
		f.left = 0
		return n, errors.New("killed")
	}
	f.left -= len(b)
	return f.tempFile.Write(b)
}

func TestCacheWriteCrash(t *testing.T) {
	srv, _ := newServer(t, func() *http.ServeMux {
		m := http.NewServeMux()
		m.HandleFunc("/p", htmlHandler(page1))
		return m
	}())
	for _, limit := range []int{0, 10, len(page1) + 20} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			o := testOptions()
			o.CacheDir = t.TempDir()
			c := newTestClient(o)
			c.cache.create = func(dir, pattern string) (tempFile, error) {
				f, err := osCreateTemp(dir, pattern)
				return &failingTemp{tempFile: f, left: limit}, err
			}
			if _, err := c.Get(context.Background(), srv.URL+"/p"); err != nil {
				t.Fatalf("a failed cache write must not fail Get: %v", err)
			}
			if files := listFiles(t, o.CacheDir); len(files) > 1 || (len(files) == 1 && files[0][:5] != "bodie") {
				t.Errorf("files left: %v, want no metadata and no temporary file", files)
			}
			o.Mode = Offline
			if _, err := newTestClient(o).Get(context.Background(), srv.URL+"/p"); !errors.Is(err, ErrNotCached) {
				t.Errorf("Offline after a crashed write: err = %v, want ErrNotCached", err)
			}
		})
	}
}

func TestCacheCorruptEntry(t *testing.T) {
	srv, _ := newServer(t, func() *http.ServeMux {
		m := http.NewServeMux()
		m.HandleFunc("/p", htmlHandler(page1))
		return m
	}())
	o := testOptions()
	o.CacheDir = t.TempDir()
	if _, err := newTestClient(o).Get(context.Background(), srv.URL+"/p"); err != nil {
		t.Fatal(err)
	}
	o.Mode = Offline
	if _, err := newTestClient(o).Get(context.Background(), srv.URL+"/p"); err != nil {
		t.Fatalf("Offline hit: %v", err)
	}
	body := o.CacheDir + "/bodies/" + sha256Hex([]byte(page1))
	if err := writeFile(body, "<p>tampered</p>"); err != nil {
		t.Fatal(err)
	}
	if _, err := newTestClient(o).Get(context.Background(), srv.URL+"/p"); !errors.Is(err, ErrNotCached) {
		t.Errorf("a body whose SHA-256 does not match must be a miss; err = %v", err)
	}
}

func TestRecordReplay(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/r", http.RedirectHandler("/p", http.StatusFound))
	mux.HandleFunc("/p", htmlHandler(page1))
	srv, _ := newServer(t, mux)
	dir := t.TempDir()
	o := testOptions()
	o.RecordDir, o.Mode, o.NoArchive = dir, Record, true
	rec, err := newTestClient(o).Get(context.Background(), srv.URL+"/r")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newTestClient(o).Get(context.Background(), srv.URL+"/missing"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("recording a 404: err = %v", err)
	}
	srv.Close() // Replay must not need the network

	o.Mode = Replay
	c := newTestClient(o)
	got, err := c.Get(context.Background(), srv.URL+"/r")
	if err != nil {
		t.Fatal(err)
	}
	want := rec.Evidence
	want.Origin = OriginRecording
	if diff := cmp.Diff(want, got.Evidence); diff != "" {
		t.Errorf("replayed evidence (-want +got):\n%s", diff)
	}
	if got.Article.Text != page1 {
		t.Errorf("replayed text %q", got.Article.Text)
	}
	_, err = c.Get(context.Background(), srv.URL+"/missing")
	var fe *Error
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &fe) || fe.Status != 404 {
		t.Errorf("replayed 404: err = %v, want ErrNotFound with status 404", err)
	}
	miss := srv.URL + "/never-recorded"
	_, err = c.Get(context.Background(), miss)
	if !errors.Is(err, ErrRecordingMissing) || !errors.As(err, &fe) || fe.URL != miss {
		t.Errorf("Replay miss: err = %v, want ErrRecordingMissing naming %s", err, miss)
	}
	k := urlKey(srv.URL + "/r")
	files := listFiles(t, dir)
	if i := sort.SearchStrings(files, k+".body"); i == len(files) || files[i] != k+".body" {
		t.Errorf("recording files %v lack %s.body", files, k)
	}
}

func TestGetStaleOnError(t *testing.T) {
	up := true
	var mu sync.Mutex
	mux := http.NewServeMux()
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !up {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		htmlHandler(page1)(w, r)
	})
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.CacheDir = t.TempDir()
	o.MaxAge = time.Nanosecond
	c := newTestClient(o)
	if _, err := c.Get(context.Background(), srv.URL+"/p"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	up = false
	mu.Unlock()
	res, err := c.Get(context.Background(), srv.URL+"/p")
	if err != nil || res.Origin != OriginCache || res.Revalidated || res.Article.Text != page1 {
		t.Fatalf("stale entry after a 404: %+v, %v; want the cached page", res, err)
	}
}

func TestKeyedMutex(t *testing.T) {
	var k keyedMutex
	unlock, err := k.lock(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	other, err := k.lock(context.Background(), "b")
	if err != nil {
		t.Fatalf("another key must not wait: %v", err)
	}
	other()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := k.lock(ctx, "a"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting on a held key: err = %v, want the context's deadline", err)
	}
	unlock()
	again, err := k.lock(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	again()
	if n := len(k.m); n != 0 {
		t.Errorf("%d keys left after all unlocks, want 0", n)
	}
}
