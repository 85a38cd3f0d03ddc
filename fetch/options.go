package fetch

import (
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// Version is the version of quotecheck that the default User-Agent announces.
const Version = "0.1.0"

// DefaultUserAgent is the User-Agent sent when Options.UserAgent is empty.
const DefaultUserAgent = "quotecheck/" + Version + " (+https://github.com/quotecheck/quotecheck)"

// DefaultArchiveEndpoint is the Wayback Machine availability API
// (https://archive.org/help/wayback_api.php).
const DefaultArchiveEndpoint = "https://archive.org/wayback/available"

// Defaults used for zero Options fields.
const (
	DefaultMaxBodyBytes   = 10 << 20 // 10 MiB of decoded body
	DefaultMaxRedirects   = 5
	DefaultMaxTries       = 3
	DefaultConnectTimeout = 10 * time.Second
	DefaultHeaderTimeout  = 15 * time.Second
	DefaultTimeout        = 60 * time.Second
	DefaultHostInterval   = time.Second
	DefaultMaxConcurrent  = 4
	DefaultBackoff        = time.Second
	DefaultMaxRetryWait   = 60 * time.Second
	DefaultMaxAge         = 24 * time.Hour
	// MaxCrawlDelay caps the Crawl-delay a robots.txt can impose, so that a hostile file
	// cannot stall the client; a longer delay is cut to this value.
	MaxCrawlDelay = 60 * time.Second
)

// Mode says where [Client.Get] may take a page from.
type Mode int

// Modes. Stable: new values are added only at the end.
const (
	// Live fetches from the network, through the cache when Options.CacheDir is set.
	Live Mode = iota
	// Offline answers from the cache only; a miss is an error wrapping [ErrNotCached].
	Offline
	// Record behaves as Live and writes every answer (page or failure) into
	// Options.RecordDir.
	Record
	// Replay answers from Options.RecordDir only, never touching the network; a miss is an
	// error wrapping [ErrRecordingMissing] that names the URL.
	Replay
)

var modeNames = [...]string{"live", "offline", "record", "replay"}

func (m Mode) String() string {
	if m >= 0 && int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "unknown"
}

// Options configure a [Client]. The zero value is safe: no loopback, private or other
// special-purpose address, ports 80 and 443 only, no proxy, the limits given by the
// Default constants, robots.txt obeyed, archive fallback on, no cache.
type Options struct {
	Mode Mode

	// UserAgent replaces [DefaultUserAgent]. It is also the agent name matched against
	// robots.txt groups.
	UserAgent string

	// AllowLoopback permits connections to loopback addresses (127.0.0.0/8, ::1). For
	// tests against httptest servers; never set it when fetching URLs from untrusted pages.
	AllowLoopback bool
	// AnyPort permits destination ports other than 80 and 443.
	AnyPort bool
	// Proxy selects a proxy for each request, as http.Transport.Proxy does; nil means no
	// proxy (the environment's HTTP_PROXY and friends are ignored). Note that the address
	// check then applies to the proxy, not to the final server.
	Proxy func(*http.Request) (*url.URL, error)

	ConnectTimeout time.Duration // TCP connect and TLS handshake; 0 means DefaultConnectTimeout
	HeaderTimeout  time.Duration // from request sent to response headers; 0 means DefaultHeaderTimeout
	Timeout        time.Duration // one whole try, body included; 0 means DefaultTimeout

	MaxRedirects int   // 0 means DefaultMaxRedirects (5); negative means none followed; at most 5
	MaxBodyBytes int64 // decoded (after Content-Encoding) body cap in bytes; 0 means 10 MiB
	MaxTries     int   // tries per URL, 1 to 3; 0 means 3

	// Backoff is the first retry delay, doubled on each retry, with jitter (a uniform
	// draw from the upper half). 0 means DefaultBackoff.
	Backoff time.Duration
	// MaxRetryWait is the longest wait before a retry (Retry-After included); a server
	// asking for more ends the retries. 0 means DefaultMaxRetryWait.
	MaxRetryWait time.Duration

	// HostInterval is the least time between two requests to one host; a longer
	// robots.txt Crawl-delay wins. 0 means DefaultHostInterval.
	HostInterval time.Duration
	// MaxConcurrent caps the page requests in flight across all hosts. 0 means
	// DefaultMaxConcurrent.
	MaxConcurrent int

	// CacheDir, when set, holds the on-disk cache (see the package doc).
	CacheDir string
	// MaxAge is how long a cached page is used without asking the server; after it the
	// page is revalidated with If-None-Match / If-Modified-Since. 0 means DefaultMaxAge.
	MaxAge time.Duration

	// RecordDir is the recordings directory for the Record and Replay modes.
	RecordDir string

	// NoArchive turns off the archive fallback for dead sources (404, 410, DNS name not
	// found).
	NoArchive bool
	// ArchiveEndpoint replaces [DefaultArchiveEndpoint] (tests point it at httptest).
	ArchiveEndpoint string

	// Logger receives debug and warning records; nil means silent.
	Logger *slog.Logger
}

// withDefaults returns o with every zero field set to its default.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	o.ConnectTimeout = orDur(o.ConnectTimeout, DefaultConnectTimeout)
	o.HeaderTimeout = orDur(o.HeaderTimeout, DefaultHeaderTimeout)
	o.Timeout = orDur(o.Timeout, DefaultTimeout)
	o.Backoff = orDur(o.Backoff, DefaultBackoff)
	o.MaxRetryWait = orDur(o.MaxRetryWait, DefaultMaxRetryWait)
	o.HostInterval = orDur(o.HostInterval, DefaultHostInterval)
	o.MaxAge = orDur(o.MaxAge, DefaultMaxAge)
	switch {
	case o.MaxRedirects == 0 || o.MaxRedirects > DefaultMaxRedirects:
		o.MaxRedirects = DefaultMaxRedirects
	case o.MaxRedirects < 0:
		o.MaxRedirects = 0
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxTries <= 0 || o.MaxTries > DefaultMaxTries {
		o.MaxTries = DefaultMaxTries
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = DefaultMaxConcurrent
	}
	if o.ArchiveEndpoint == "" {
		o.ArchiveEndpoint = DefaultArchiveEndpoint
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

func orDur(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}
