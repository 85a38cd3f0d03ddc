package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// maxRobotsBytes caps a robots.txt file; RFC 9309 asks crawlers to read at least 500 KiB.
const maxRobotsBytes = 512 << 10

// hostState is what the client knows about one scheme://host:port (robots.txt applies per
// scheme, host and port, RFC 9309 §2.3); the limiter is shared by all ports and schemes of
// a host name.
type hostState struct {
	mu      sync.Mutex
	robots  *robotstxt.RobotsData // nil until loaded; a failed load is retried on next use
	limiter *rate.Limiter
}

// polite holds the per-host robots.txt cache and rate limiters.
type polite struct {
	agent    string
	interval time.Duration
	client   *http.Client // for robots.txt; same transport, plain redirect policy

	mu       sync.Mutex
	hosts    map[string]*hostState
	limiters map[string]*rate.Limiter // by host name
}

func newPolite(o Options, tr http.RoundTripper) *polite {
	return &polite{
		agent:    o.UserAgent,
		interval: o.HostInterval,
		client: &http.Client{
			Transport:     tr,
			CheckRedirect: checkRedirect(DefaultMaxRedirects, nil),
			Timeout:       o.Timeout,
		},
		hosts:    map[string]*hostState{},
		limiters: map[string]*rate.Limiter{},
	}
}

func hostKey(u *url.URL) string { return u.Scheme + "://" + u.Host }

func (p *polite) host(u *url.URL) *hostState {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := hostKey(u)
	h := p.hosts[k]
	if h == nil {
		name := strings.ToLower(u.Hostname())
		l := p.limiters[name]
		if l == nil {
			l = rate.NewLimiter(rate.Every(p.interval), 1)
			p.limiters[name] = l
		}
		h = &hostState{limiter: l}
		p.hosts[k] = h
	}
	return h
}

// allow checks u against its host's robots.txt, fetching the file on first use, and then
// waits for the host's rate limiter. A 4xx robots.txt allows everything, a 5xx disallows
// everything (github.com/temoto/robotstxt, after Google's and RFC 9309's rules); a
// Crawl-delay longer than the host interval slows the limiter (capped at MaxCrawlDelay).
func (p *polite) allow(ctx context.Context, u *url.URL) error {
	h := p.host(u)
	r, err := p.robots(ctx, u, h)
	if err != nil {
		return err
	}
	path := robotsPath(u.EscapedPath())
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if path == "" {
		path = "/"
	}
	if !r.TestAgent(path, p.agent) {
		return fmt.Errorf("%w: %s", ErrRobots, u.Redacted())
	}
	return h.limiter.Wait(ctx)
}

// robotsPath decodes the percent-encoded unreserved characters of an escaped path (RFC 3986
// §2.3: letters, digits, "-", ".", "_", "~"), as RFC 9309 §2.2.2 asks before a path is
// compared with the rules: "/%70rivate" is "/private", and a rule for the one applies to
// the other. Other escapes are kept, with their hex digits in upper case.
func robotsPath(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '%' && i+2 < len(p) && isHex(p[i+1]) && isHex(p[i+2]) {
			c := unhex(p[i+1])<<4 | unhex(p[i+2])
			if isUnreserved(c) {
				b.WriteByte(c)
			} else {
				b.WriteByte('%')
				b.WriteString(strings.ToUpper(p[i+1 : i+3]))
			}
			i += 2
			continue
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// robots returns the robots.txt rules of u's host, fetching them on first use. Callers for
// one host wait for a single fetch; a fetch that fails (connection error) is not kept.
func (p *polite) robots(ctx context.Context, u *url.URL, h *hostState) (*robotstxt.RobotsData, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.robots != nil {
		return h.robots, nil
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	status, body, err := p.get(ctx, ru.String())
	if err != nil {
		return nil, fmt.Errorf("robots.txt: %w", err)
	}
	r, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil || r == nil {
		r, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil) // unparsable: no rules
	}
	h.robots = r
	if d := min(r.FindGroup(p.agent).CrawlDelay, MaxCrawlDelay); d > p.interval && rate.Every(d) < h.limiter.Limit() {
		h.limiter.SetLimit(rate.Every(d))
	}
	return r, nil
}

func (p *polite) get(ctx context.Context, rawURL string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("User-Agent", p.agent)
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return resp.StatusCode, nil, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	return resp.StatusCode, body, err
}
