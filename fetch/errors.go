package fetch

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by [Client.Get] is an [*Error] whose chain holds one
// of these when the failure is of that kind, so callers test with errors.Is.
var (
	// ErrBlocked: the destination address (after DNS) or port is refused: loopback,
	// private, link-local, CGNAT or another special-purpose range (IANA registries), or a
	// port other than 80 and 443. The chain also holds the code.dny.dev/ssrf error.
	ErrBlocked = errors.New("fetch: destination address refused")
	// ErrRobots: the site's robots.txt disallows the path for our User-Agent.
	ErrRobots = errors.New("fetch: disallowed by robots.txt")
	// ErrTooLarge: the decoded body is longer than Options.MaxBodyBytes.
	ErrTooLarge = errors.New("fetch: body too large")
	// ErrNotHTML: the Content-Type is neither text/html, application/xhtml+xml nor
	// text/plain, or the Content-Encoding is not supported.
	ErrNotHTML = errors.New("fetch: not an HTML or plain-text page")
	// ErrNotFound: the source is gone: HTTP 404 or 410, or its host name does not exist.
	ErrNotFound = errors.New("fetch: source not found")
	// ErrRecordingMissing: Replay mode has no recording for the URL.
	ErrRecordingMissing = errors.New("fetch: no recording for URL")
	// ErrNotCached: Offline mode has no cache entry for the URL.
	ErrNotCached = errors.New("fetch: not in cache")
	// ErrRedirect: more redirects than allowed, a redirect loop, or a redirect to a
	// scheme other than http and https.
	ErrRedirect = errors.New("fetch: redirect refused")
	// ErrStatus: an HTTP status other than 2xx, 304, 404 and 410 (see [Error.Status]).
	ErrStatus = errors.New("fetch: unexpected HTTP status")
	// ErrURL: the URL does not parse, or its scheme is not http or https.
	ErrURL = errors.New("fetch: invalid URL")
)

// Error is the error type of [Client.Get]: the URL asked for, the HTTP status when one was
// received (0 otherwise) and the cause. Use errors.As to read it and errors.Is to test the
// cause against the sentinels above.
type Error struct {
	URL    string // the URL given to Get
	Status int    // the last HTTP status received, 0 when none
	Err    error  // the cause
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("fetch %s: HTTP %d: %v", e.URL, e.Status, e.Err)
	}
	return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// wrapErr makes err an *Error for rawURL, keeping an existing *Error's status.
func wrapErr(rawURL string, err error) error {
	if err == nil {
		return nil
	}
	var fe *Error
	if errors.As(err, &fe) {
		if fe.URL == rawURL {
			return fe
		}
		return &Error{URL: rawURL, Status: fe.Status, Err: err}
	}
	return &Error{URL: rawURL, Err: err}
}
