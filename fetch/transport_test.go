package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"
)

func TestClassify(t *testing.T) {
	dns := &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "gone.example", IsNotFound: true}}
	tests := []struct {
		name      string
		err       error
		want      error
		retryable bool
		reason    string
	}{
		{"dns not found", dns, ErrNotFound, false, "an unknown host is a dead source (archive fallback), not retried"},
		{"dns temporary", &net.DNSError{Err: "timeout", IsTimeout: true}, nil, true, "a resolver timeout is retried"},
		{"refused", &net.OpError{Op: "dial", Err: errors.New("connection refused")}, nil, true, "connection errors are retried"},
		{"canceled", fmt.Errorf("get: %w", context.Canceled), nil, false, "the caller's cancellation is final"},
		{"robots", ErrRobots, ErrRobots, false, "robots.txt refusals are final"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classify(tt.err)
			if tt.want != nil && !errors.Is(got, tt.want) {
				t.Errorf("%s: classify = %v, want %v", tt.reason, got, tt.want)
			}
			if r := retryable(tt.err) == 0; r != tt.retryable {
				t.Errorf("%s: retryable = %v, want %v", tt.reason, r, tt.retryable)
			}
		})
	}
}

func TestZeroOptions(t *testing.T) {
	t.Setenv("HTTP_PROXY", "http://192.0.2.1:3128")
	t.Setenv("HTTPS_PROXY", "http://192.0.2.1:3128")
	o := Options{}.withDefaults()
	if tr := newTransport(o); tr.Proxy != nil {
		t.Error("zero Options use a proxy; want none unless Options.Proxy is set")
	}
	want := Options{
		UserAgent: DefaultUserAgent, ConnectTimeout: DefaultConnectTimeout, HeaderTimeout: DefaultHeaderTimeout,
		Timeout: DefaultTimeout, MaxRedirects: 5, MaxBodyBytes: 10 << 20, MaxTries: 3,
		Backoff: DefaultBackoff, MaxRetryWait: DefaultMaxRetryWait, HostInterval: time.Second,
		MaxConcurrent: DefaultMaxConcurrent, MaxAge: DefaultMaxAge, ArchiveEndpoint: DefaultArchiveEndpoint,
	}
	o.Logger = nil
	if o.AllowLoopback || o.AnyPort || o.NoArchive || o.Mode != Live {
		t.Errorf("zero Options are not the safe defaults: %+v", o)
	}
	o.Proxy = nil
	if fmt.Sprintf("%+v", want) != fmt.Sprintf("%+v", o) {
		t.Errorf("defaults:\n got %+v\nwant %+v", o, want)
	}
}

func TestUserAgentOverride(t *testing.T) {
	var got []string
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.UserAgent())
		w.WriteHeader(http.StatusNotFound)
	})
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.UserAgent())
		htmlHandler(page1)(w, r)
	})
	srv, _ := newServer(t, mux)
	o := testOptions()
	o.UserAgent = "newsroom-bot/2.0"
	if _, err := newTestClient(o).Get(context.Background(), srv.URL+"/p"); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != o.UserAgent || got[1] != o.UserAgent {
		t.Errorf("User-Agents %q, want %q for robots.txt and the page", got, o.UserAgent)
	}
}
