package fetch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"testing"
)

// A path that percent-encodes unreserved characters is the same path for robots.txt
// (RFC 9309 §2.2.2): "/%70rivate" must not slip past "Disallow: /private".
func TestGetRobotsPercentEncoding(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "User-agent: *\nDisallow: /private\n")
	})
	mux.HandleFunc("/", htmlHandler(page1))
	srv, cnt := newServer(t, mux)
	o := testOptions()
	o.NoArchive = true
	c := newTestClient(o)
	for _, p := range []string{"/private", "/%70rivate", "/%70%72%69vate/x"} {
		if _, err := c.Get(context.Background(), srv.URL+p); !errors.Is(err, ErrRobots) {
			t.Errorf("%s: err = %v, want ErrRobots", p, err)
		}
	}
	if _, err := c.Get(context.Background(), srv.URL+"/public%2Fx"); err != nil {
		t.Errorf("/public%%2Fx: %v, want the page (an encoded slash stays encoded)", err)
	}
	if n := cnt.get("/private"); n != 0 {
		t.Errorf("server saw %d requests for /private, want 0", n)
	}
}

func TestRobotsPath(t *testing.T) {
	for in, want := range map[string]string{
		"/private":       "/private",
		"/%70rivate":     "/private",
		"/%7e%2d%5F%2E":  "/~-_.",
		"/a%2fb":         "/a%2Fb",
		"/caf%C3%A9":     "/caf%C3%A9",
		"/bad%zz%4":      "/bad%zz%4",
		"/%":             "/%",
		"/100%25%20sure": "/100%25%20sure",
	} {
		if got := robotsPath(in); got != want {
			t.Errorf("robotsPath(%q) = %q, want %q", in, got, want)
		}
	}
}
