package fetch

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"

	"code.dny.dev/ssrf"
)

// guardian returns the dial-time address check: the code.dny.dev/ssrf defaults (IANA
// special-purpose registries for IPv4 and IPv6, tcp only, ports 80 and 443), widened for
// loopback and any port only when the options say so.
func guardian(o Options) *ssrf.Guardian {
	var opts []ssrf.Option
	if o.AllowLoopback {
		opts = append(opts,
			ssrf.WithAllowedV4Prefixes(netip.MustParsePrefix("127.0.0.0/8")),
			ssrf.WithAllowedV6Prefixes(netip.MustParsePrefix("::1/128")))
	}
	if o.AnyPort {
		opts = append(opts, ssrf.WithAnyPort())
	}
	return ssrf.New(opts...)
}

// newTransport builds the one transport of a Client. The Control hook runs after DNS, for
// every connection (redirects, robots.txt and archive requests included).
func newTransport(o Options) *http.Transport {
	d := &net.Dialer{
		Timeout: o.ConnectTimeout,
		Control: guardian(o).Safe,
	}
	return &http.Transport{
		Proxy:                 o.Proxy,
		DialContext:           d.DialContext,
		TLSClientConfig:       &tls.Config{MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ResponseHeaderTimeout: o.HeaderTimeout,
		MaxIdleConnsPerHost:   2,
		ForceAttemptHTTP2:     true,
	}
}

// checkRedirect enforces the redirect policy: at most max hops, no loop, http and https
// only; then calls hop (robots.txt and rate limit of the target).
func checkRedirect(max int, hop func(*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("%w: more than %d redirects", ErrRedirect, max)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("%w: redirect to scheme %q", ErrRedirect, req.URL.Scheme)
		}
		next := req.URL.String()
		if slices.ContainsFunc(via, func(r *http.Request) bool { return r.URL.String() == next }) {
			return fmt.Errorf("%w: redirect loop at %s", ErrRedirect, next)
		}
		if hop == nil {
			return nil
		}
		return hop(req)
	}
}

// redirectChain lists the URLs after the first request that led to resp, in order.
func redirectChain(resp *http.Response) []string {
	var chain []string
	for r := resp.Request; r != nil && r.Response != nil; r = r.Response.Request {
		chain = append(chain, r.URL.String())
	}
	slices.Reverse(chain)
	return chain
}

// parseURL accepts absolute http and https URLs with a host; the fragment is dropped.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: scheme %q (only http and https)", ErrURL, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("%w: no host", ErrURL)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// isBlocked reports whether err comes from the dial-time address check.
func isBlocked(err error) bool {
	return errors.Is(err, ssrf.ErrProhibitedIP) || errors.Is(err, ssrf.ErrProhibitedPort) ||
		errors.Is(err, ssrf.ErrProhibitedNetwork) || errors.Is(err, ssrf.ErrInvalidHostPort)
}

// isDNSNotFound reports whether err says the host name does not exist.
func isDNSNotFound(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de) && de.IsNotFound
}
