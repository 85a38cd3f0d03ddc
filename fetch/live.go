package fetch

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// live answers through the cache (when set), the network and the archive fallback. A stale
// cache entry that cannot be revalidated (the server fails or the source is gone) is
// returned as it is, rather than an error or an archived copy.
func (c *Client) live(ctx context.Context, u *url.URL, cited time.Time) (*page, error) {
	key := u.String()
	var cached *page
	if c.cache != nil {
		if e, body, ok := c.cache.get(key); ok && e.Evidence != nil {
			cached = pageOf(e, body)
			cached.ev.Origin = OriginCache
			if c.now().Sub(e.StoredAt) < c.o.MaxAge {
				return cached, nil
			}
		}
	}
	validators := cached
	if cached != nil && cached.ev.Archived() {
		validators = nil // the validators are the capture's, not the source's
	}
	p, err := c.network(ctx, u, validators)
	if err != nil && c.dead(err) {
		ap, aerr := c.archive(ctx, u, cited)
		if aerr == nil {
			p, err = ap, nil
		} else {
			c.log.Debug("fetch: archive fallback failed", "url", key, "err", aerr)
		}
	}
	if err != nil && cached != nil && ctx.Err() == nil {
		c.log.Warn("fetch: using stale cache entry", "url", key, "err", err)
		return cached, nil
	}
	if err != nil {
		return nil, err
	}
	if c.cache != nil && (p.ev.Origin != OriginCache || p.ev.Revalidated) {
		ev := p.ev
		ev.Revalidated = false
		if ev.Origin == OriginCache {
			ev.Origin = OriginNetwork
		}
		e := &entry{URL: key, Evidence: &ev, ETag: p.etag, LastModified: p.lastMod, StoredAt: c.now()}
		if werr := c.cache.put(e, p.body); werr != nil {
			c.log.Warn("fetch: writing cache", "url", key, "err", werr)
		}
	}
	return p, nil
}

// dead reports whether err means the source is gone and the archive may be asked.
func (c *Client) dead(err error) bool {
	return !c.o.NoArchive && errors.Is(err, ErrNotFound)
}

// network fetches u with retries. A stale cached page (or nil) supplies the validators; a
// 304 answer returns it marked Revalidated.
func (c *Client) network(ctx context.Context, u *url.URL, cached *page) (*page, error) {
	for try := 1; ; try++ {
		p, wait, err := c.try(ctx, u, cached)
		if err == nil || wait < 0 || try >= c.o.MaxTries {
			return p, err
		}
		if wait == 0 {
			wait = c.backoff(try)
		}
		if wait > c.o.MaxRetryWait {
			return nil, err
		}
		c.log.Debug("fetch: retrying", "url", u.Redacted(), "try", try, "wait", wait, "err", err)
		if serr := sleep(ctx, wait); serr != nil {
			return nil, err
		}
	}
}

// backoff is the delay before try+1: Backoff·2^(try-1), drawn uniformly from its upper half.
func (c *Client) backoff(try int) time.Duration {
	d := c.o.Backoff << (try - 1)
	return d/2 + rand.N(d/2+1)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// try makes one request. wait < 0 means the error is final; wait == 0 with an error means
// retry after the backoff; wait > 0 is the server's Retry-After.
func (c *Client) try(ctx context.Context, u *url.URL, cached *page) (*page, time.Duration, error) {
	if err := c.polite.allow(ctx, u); err != nil {
		return nil, retryable(err), classify(err)
	}
	select {
	case c.sem <- struct{}{}:
		defer func() { <-c.sem }()
	case <-ctx.Done():
		return nil, -1, ctx.Err()
	}
	ctx, cancel := context.WithTimeout(ctx, c.o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, -1, fmt.Errorf("%w: %v", ErrURL, err)
	}
	c.setHeaders(req, cached)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, retryable(err), classify(err)
	}
	defer resp.Body.Close()
	return c.response(u, resp, cached)
}

func (c *Client) setHeaders(req *http.Request, cached *page) {
	req.Header.Set("User-Agent", c.o.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8")
	if cached == nil {
		return
	}
	if cached.etag != "" {
		req.Header.Set("If-None-Match", cached.etag)
	}
	if cached.lastMod != "" {
		req.Header.Set("If-Modified-Since", cached.lastMod)
	}
}

// response turns an HTTP response into a page or a classified error.
func (c *Client) response(u *url.URL, resp *http.Response, cached *page) (*page, time.Duration, error) {
	st := resp.StatusCode
	switch {
	case st == http.StatusNotModified && cached != nil:
		p := *cached
		p.ev.Revalidated = true
		return &p, 0, nil
	case st == http.StatusNotFound || st == http.StatusGone:
		return nil, -1, &Error{URL: u.String(), Status: st, Err: ErrNotFound}
	case st == http.StatusTooManyRequests || st == http.StatusBadGateway ||
		st == http.StatusServiceUnavailable || st == http.StatusGatewayTimeout:
		wait := parseRetryAfter(resp.Header.Get("Retry-After"), c.now())
		return nil, wait, &Error{URL: u.String(), Status: st, Err: ErrStatus}
	case st < 200 || st > 299:
		return nil, -1, &Error{URL: u.String(), Status: st, Err: ErrStatus}
	}
	return c.readPage(u, resp)
}

// readPage checks the type and size and reads the body of a 2xx response.
func (c *Client) readPage(u *url.URL, resp *http.Response) (*page, time.Duration, error) {
	fail := func(err error) (*page, time.Duration, error) {
		return nil, -1, &Error{URL: u.String(), Status: resp.StatusCode, Err: err}
	}
	ct := resp.Header.Get("Content-Type")
	if ce := resp.Header.Get("Content-Encoding"); ce != "" && ce != "identity" {
		return fail(fmt.Errorf("%w: Content-Encoding %q", ErrNotHTML, ce))
	}
	if ct != "" {
		if _, err := mediaKind(ct, nil); err != nil {
			return fail(err)
		}
	}
	if resp.ContentLength > c.o.MaxBodyBytes {
		return fail(fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, resp.ContentLength, c.o.MaxBodyBytes))
	}
	body, err := readCapped(resp.Body, c.o.MaxBodyBytes)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return fail(err)
		}
		return nil, retryable(err), &Error{URL: u.String(), Status: resp.StatusCode, Err: classify(err)}
	}
	kind, err := mediaKind(ct, body)
	if err != nil {
		return fail(err)
	}
	return &page{
		ev: Evidence{
			RequestedURL: u.String(),
			FinalURL:     resp.Request.URL.String(),
			Redirects:    redirectChain(resp),
			Status:       resp.StatusCode,
			ContentType:  ct,
			Charset:      charsetOf(body, ct, kind),
			FetchedAt:    c.now(),
			SHA256:       sha256Hex(body),
			Size:         int64(len(body)),
			Origin:       OriginNetwork,
		},
		body:    body,
		etag:    resp.Header.Get("ETag"),
		lastMod: resp.Header.Get("Last-Modified"),
		base:    resp.Request.URL,
	}, 0, nil
}

// classify adds this package's sentinels to transport errors.
func classify(err error) error {
	switch {
	case isBlocked(err):
		return fmt.Errorf("%w: %w", ErrBlocked, err)
	case isDNSNotFound(err):
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

// retryable returns 0 for a connection error worth retrying and -1 otherwise: refusals
// (address, robots, redirect policy), unknown hosts, TLS verification failures and the
// caller's own cancellation are final.
func retryable(err error) time.Duration {
	switch {
	case isBlocked(err), isDNSNotFound(err),
		errors.Is(err, ErrRobots), errors.Is(err, ErrRedirect), errors.Is(err, ErrURL),
		errors.Is(err, context.Canceled), isTLSVerify(err):
		return -1
	}
	return 0
}

// isTLSVerify reports whether err is a certificate verification failure: it is never
// retried, and verification is never turned off.
func isTLSVerify(err error) bool {
	var (
		ve *tls.CertificateVerificationError
		ua x509.UnknownAuthorityError
		ci x509.CertificateInvalidError
		he x509.HostnameError
	)
	return errors.As(err, &ve) || errors.As(err, &ua) || errors.As(err, &ci) || errors.As(err, &he)
}

// parseRetryAfter reads a Retry-After value (RFC 9110 §10.2.3): delay-seconds or an
// HTTP-date. It returns 0 when absent or unparsable (then the backoff applies) and at least
// 1ns for a valid value, so a date in the past means "now".
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0
		}
		if n > int64(24*time.Hour/time.Second) {
			n = int64(24 * time.Hour / time.Second)
		}
		return max(time.Duration(n)*time.Second, 1)
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0
	}
	return max(t.Sub(now), 1)
}
