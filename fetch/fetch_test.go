package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"code.dny.dev/ssrf"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const page1 = "<html><body><p>“We will not give up,” she said.</p></body></html>"

func TestGetRedirectChain(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/a", http.RedirectHandler("/b", http.StatusMovedPermanently))
	mux.Handle("/b", http.RedirectHandler("/c?x=1", http.StatusFound))
	var ua string
	mux.HandleFunc("/c", func(w http.ResponseWriter, r *http.Request) {
		ua = r.UserAgent()
		htmlHandler(page1)(w, r)
	})
	srv, _ := newServer(t, mux)
	c := newTestClient(testOptions())

	res, err := c.Get(context.Background(), srv.URL+"/a#frag")
	if err != nil {
		t.Fatal(err)
	}
	want := Evidence{
		RequestedURL: srv.URL + "/a",
		FinalURL:     srv.URL + "/c?x=1",
		Redirects:    []string{srv.URL + "/b", srv.URL + "/c?x=1"},
		Status:       200,
		ContentType:  "text/html; charset=utf-8",
		Charset:      "utf-8",
		SHA256:       sha256Hex([]byte(page1)),
		Size:         int64(len(page1)),
		Origin:       OriginNetwork,
	}
	if diff := cmp.Diff(want, res.Evidence, cmpopts.IgnoreFields(Evidence{}, "FetchedAt")); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
	if res.FetchedAt.IsZero() {
		t.Error("FetchedAt is zero")
	}
	if got := res.Article.URL.String(); got != srv.URL+"/c?x=1" {
		t.Errorf("Article.URL = %q, want the final URL", got)
	}
	if ua != DefaultUserAgent || !strings.HasPrefix(ua, "quotecheck/"+Version+" (+https://") {
		t.Errorf("User-Agent = %q, want %q", ua, DefaultUserAgent)
	}
}

func TestGetRefused(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/loop1", http.RedirectHandler("/loop2", http.StatusFound))
	mux.Handle("/loop2", http.RedirectHandler("/loop1", http.StatusFound))
	for i := range 7 {
		mux.Handle(fmt.Sprintf("/hop%d", i), http.RedirectHandler(fmt.Sprintf("/hop%d", i+1), http.StatusFound))
	}
	mux.Handle("/private", http.RedirectHandler("http://10.0.0.1/admin", http.StatusFound))
	mux.Handle("/metadata", http.RedirectHandler("http://169.254.169.254/latest/meta-data/", http.StatusFound))
	mux.Handle("/ftp", http.RedirectHandler("ftp://example.com/x", http.StatusFound))
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.4")
	})
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) })
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.NoArchive = true
	c := newTestClient(o)

	tests := []struct {
		name, path string
		want       error
		status     int
		reason     string
	}{
		{"loop", "/loop1", ErrRedirect, 0, "a URL seen before in the chain ends the chain"},
		{"too many", "/hop0", ErrRedirect, 0, "at most 5 redirects"},
		{"private", "/private", ErrBlocked, 0, "a redirect to 10.0.0.0/8 is refused at dial time"},
		{"link-local", "/metadata", ErrBlocked, 0, "cloud metadata address 169.254.169.254"},
		{"ftp", "/ftp", ErrRedirect, 0, "only http and https"},
		{"pdf", "/pdf", ErrNotHTML, 200, "Content-Type application/pdf"},
		{"sniffed png", "/png", ErrNotHTML, 200, "no Content-Type: sniffed"},
		{"gone", "/gone", ErrNotFound, 410, "410 is a dead source"},
		{"teapot", "/teapot", ErrStatus, 418, "other statuses carry the code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Get(context.Background(), srv.URL+tt.path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("%s: err = %v, want %v", tt.reason, err, tt.want)
			}
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("err %T is not *Error", err)
			}
			if fe.URL != srv.URL+tt.path || fe.Status != tt.status {
				t.Errorf("Error{URL %q, Status %d}, want {%q, %d}", fe.URL, fe.Status, srv.URL+tt.path, tt.status)
			}
		})
	}
}

func TestGetAddressPolicy(t *testing.T) {
	srv, cnt := newServer(t, http.NewServeMux())
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	tests := []struct {
		name   string
		o      Options
		url    string
		cause  error
		reason string
	}{
		{"zero options", Options{}, srv.URL + "/", ssrf.ErrProhibitedPort, "zero Options: ports 80 and 443 only"},
		{"loopback literal", Options{AnyPort: true}, srv.URL + "/", ssrf.ErrProhibitedIP, "127.0.0.1 without AllowLoopback"},
		{"name to loopback", Options{AnyPort: true}, "http://localhost" + port + "/", ssrf.ErrProhibitedIP, "a DNS name resolving to 127.0.0.1 is checked after DNS"},
		{"private port 80", Options{}, "http://192.168.0.1/", ssrf.ErrProhibitedIP, "RFC 1918"},
		{"cgnat", Options{}, "http://100.64.0.1/", ssrf.ErrProhibitedIP, "RFC 6598 shared address space"},
		{"ipv6 loopback", Options{}, "http://[::1]/", ssrf.ErrProhibitedIP, "::1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.o.NoArchive = true
			c := newTestClient(tt.o)
			_, err := c.Get(context.Background(), tt.url)
			if !errors.Is(err, ErrBlocked) || !errors.Is(err, tt.cause) {
				t.Fatalf("%s: err = %v, want ErrBlocked and %v", tt.reason, err, tt.cause)
			}
		})
	}
	if n := cnt.all.Load(); n != 0 {
		t.Errorf("server saw %d requests, want 0", n)
	}
}

func TestGetBadURL(t *testing.T) {
	c := newTestClient(Options{})
	for _, u := range []string{"file:///etc/passwd", "gopher://x/", "http://", "://x", "javascript:alert(1)"} {
		t.Run(u, func(t *testing.T) {
			if _, err := c.Get(context.Background(), u); !errors.Is(err, ErrURL) {
				t.Errorf("err = %v, want ErrURL", err)
			}
		})
	}
}

func TestGetSlowDrip(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
			w.Write([]byte("<p>"))
			w.(http.Flusher).Flush()
		}
	})
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.Timeout = 300 * time.Millisecond
	o.MaxTries = 1
	c := newTestClient(o)
	start := time.Now()
	_, err := c.Get(context.Background(), srv.URL+"/drip")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v, want about the 300ms timeout", d)
	}
}

func TestGetBodyCap(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write([]byte("<html><body>"))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 16 { // 16 MiB decoded, past the 10 MiB cap
		zw.Write(chunk)
	}
	zw.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "20000000")
		w.Write(chunk)
	})
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.Timeout, o.MaxTries = time.Minute, 1 // the race detector on a loaded machine is slow
	small := o
	small.MaxBodyBytes = 1 << 20
	tests := []struct {
		path string
		o    Options
	}{
		{"/endless", small},
		{"/bomb", o}, // the default 10 MiB cap on the decoded body
		{"/declared", o},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := newTestClient(tt.o).Get(context.Background(), srv.URL+tt.path)
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
		})
	}
	if bomb.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed; the test wants a small one", bomb.Len())
	}
}

func TestGetCharset(t *testing.T) {
	latin := "<html><head>%s</head><body><p>Caf\xe9 cr\xe8me, dit-il.</p></body></html>"
	tests := []struct {
		name, ct, body string
		wantCharset    string
		wantText       string
		reason         string
	}{
		{"header", "text/html; charset=ISO-8859-1", fmt.Sprintf(latin, ""), "windows-1252",
			"Café crème", "the Content-Type charset wins (WHATWG maps ISO-8859-1 to windows-1252)"},
		{"meta", "text/html", fmt.Sprintf(latin, `<meta charset="iso-8859-1">`), "windows-1252",
			"Café crème", "<meta charset> in the first 1024 bytes"},
		{"http-equiv", "text/html", fmt.Sprintf(latin, `<meta http-equiv="Content-Type" content="text/html; charset=latin1">`), "windows-1252",
			"Café crème", "<meta http-equiv> form"},
		{"undeclared latin-1", "text/html", fmt.Sprintf(latin, ""), "windows-1252",
			"Café crème", "not valid UTF-8 and undeclared: windows-1252"},
		{"undeclared utf-8", "text/html", "<html><body><p>" + strings.Repeat("x ", 1000) + "Café</p></body></html>", "utf-8",
			"Café", "valid UTF-8 past the 1024-byte prescan window stays UTF-8"},
		{"plain latin-1", "text/plain", "Caf\xe9 cr\xe8me", "windows-1252",
			"Café crème", "text/plain without charset, not UTF-8"},
		{"plain latin-2", "text/plain; charset=iso-8859-2", "Za\xbf\xf3\xb3\xe6", "iso-8859-2",
			"Zażółć", "text/plain with a charset is decoded before article.ParseText"},
		{"mislabelled utf-8", "text/html; charset=iso-8859-1", "<html><body><p>Café crème</p></body></html>", "utf-8",
			"Café crème", "declared Latin-1 but valid multi-byte UTF-8: UTF-8, as article.ParseHTML decides"},
	}
	mux := http.NewServeMux()
	for _, tt := range tests {
		mux.HandleFunc("/"+strings.ReplaceAll(tt.name, " ", "-"), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", tt.ct)
			io.WriteString(w, tt.body)
		})
	}
	srv, _ := newServer(t, mux)
	c := New(testOptions()) // the real article.ParseHTML, which decodes HTML
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := c.Get(context.Background(), srv.URL+"/"+strings.ReplaceAll(tt.name, " ", "-"))
			if err != nil {
				t.Fatal(err)
			}
			if res.Charset != tt.wantCharset {
				t.Errorf("%s: Charset = %q, want %q", tt.reason, res.Charset, tt.wantCharset)
			}
			if !strings.Contains(res.Article.Text, tt.wantText) {
				t.Errorf("%s: text %q does not contain %q", tt.reason, res.Article.Text, tt.wantText)
			}
			if res.SHA256 != sha256Hex([]byte(tt.body)) {
				t.Errorf("SHA256 is not that of the bytes served")
			}
		})
	}
}
