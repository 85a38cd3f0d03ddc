// Package fetch gets the sources an article cites, safely, politely and reproducibly, and
// parses them into [article.Article] values that carry the evidence of where they came from.
//
// The verbs are [New] and [Client.Get] (or [Client.GetCited], which also takes the citing
// article's date for the archive fallback):
//
//	c := fetch.New(fetch.Options{CacheDir: "cache"})
//	res, err := c.Get(ctx, "https://example.com/interview")
//	// res.Article is the parsed page; res.Evidence says where it came from.
//
// A [Result] holds the Article and its [Evidence]: requested URL, final URL and redirect
// chain, HTTP status, Content-Type, the charset used, fetch time, SHA-256 of the body,
// origin (network, cache, recording, archive) and, for an archived copy, the capture time.
// HTML (text/html, application/xhtml+xml) goes to [article.ParseHTML] as served, with its
// Content-Type; text/plain is decoded to UTF-8 and goes to [article.ParseText]; any other
// type is refused with [ErrNotHTML].
//
// # Politeness
//
// Every request carries the User-Agent [DefaultUserAgent]
// ("quotecheck/<Version> (+https://github.com/quotecheck/quotecheck)") unless overridden.
// robots.txt is read once per scheme, host and port with github.com/temoto/robotstxt and kept
// for the life of the Client: 4xx means allow all, 5xx disallow all (RFC 9309 §2.3.1); a
// disallowed URL is refused with [ErrRobots], redirect targets included. A per-host rate
// limit (golang.org/x/time/rate, one request per Options.HostInterval, default 1 s) is slowed
// to the robots.txt Crawl-delay when that is longer (at most [MaxCrawlDelay]). At most
// Options.MaxConcurrent page requests are in flight at once. Only GET is sent; it is retried
// on connection errors and on 429, 502, 503 and 504, at most 3 tries in all, after the
// server's Retry-After (seconds or an HTTP date, RFC 9110 §10.2.3) or an exponential backoff
// with jitter; a Retry-After longer than Options.MaxRetryWait ends the tries.
// Concurrent Gets of one URL are serialised, so a cached URL is fetched once.
//
// # Modes, cache and recordings
//
// [Live] fetches from the network through the cache; [Offline] reads the cache only; [Record]
// is Live and also writes each answer into Options.RecordDir; [Replay] reads the recordings
// only and fails with [ErrRecordingMissing], naming the URL, on a miss. CI runs Replay with
// the recordings committed next to the drafts, so a check gives the same answer every time.
// [WriteRecording] writes a recording without the network (fixtures, constructed pages).
//
// The cache (Options.CacheDir) is content-addressed:
//
//	<CacheDir>/bodies/<sha256 of body>            the body bytes as received
//	<CacheDir>/meta/<sha256 of URL>.json          metadata record (see below)
//
// An entry younger than Options.MaxAge is used as is; an older one is revalidated with
// If-None-Match / If-Modified-Since, and a 304 refreshes it (Evidence.Revalidated).
//
// A recording directory is flat, for people to read and for code review:
//
//	<RecordDir>/<sha256 of URL>.json              metadata record
//	<RecordDir>/<sha256 of URL>.body              the body bytes as received
//
// The URL is the requested URL without its fragment, as a string (net/url form), and the
// hash is lower-case hexadecimal SHA-256. A metadata record is indented JSON:
//
//	{
//	  "url": "https://example.com/interview",
//	  "evidence": { "requested_url": …, "final_url": …, "redirects": […], "status": 200,
//	                "content_type": "text/html; charset=utf-8", "charset": "utf-8",
//	                "fetched_at": "2025-03-01T12:00:00Z", "sha256": "…", "size": 5120,
//	                "origin": "network", "archived_at": … },
//	  "etag": "\"v1\"", "last_modified": "Sat, 01 Mar 2025 12:00:00 GMT",
//	  "stored_at": "2025-03-01T12:00:00Z",
//	  "failure": { "kind": "not-found", "status": 404, "message": "…" }
//	}
//
// where "failure" replaces "evidence" for a recorded failure, which Replay returns again as
// an [*Error] with the same status and sentinel (kinds: blocked, robots, too-large,
// not-html, not-found, redirect, status, url, other). Both files are written to a temporary
// file in the same directory (name starting ".tmp-"), synced and renamed, body first and
// metadata last; an entry whose metadata is unreadable, or whose body is missing or does not
// hash to its "sha256", is treated as absent. A crash mid-write therefore never leaves a
// corrupt entry, only a stray temporary file.
//
// # Archive fallback
//
// When a source is dead (HTTP 404 or 410, or its host name does not exist) and
// Options.NoArchive is false, the Wayback Machine availability API
// (Options.ArchiveEndpoint, https://archive.org/help/wayback_api.php) is asked for the
// capture closest to the citing date, and the raw capture is fetched in its "id_" form
// (https://web.archive.org/web/<timestamp>id_/<url>, the page without the archive's banner
// and rewritten links) through the same guarded client. The result has Origin
// [OriginArchive] and ArchivedAt set; its Article's URL is the original URL. Without a
// capture, the original error is returned.
//
// # Errors
//
// Every error is an [*Error] (URL and HTTP status) whose chain holds one of [ErrBlocked],
// [ErrRobots], [ErrTooLarge], [ErrNotHTML], [ErrNotFound], [ErrRecordingMissing],
// [ErrNotCached], [ErrRedirect], [ErrStatus], [ErrURL], a context error or a transport
// error.
//
// # Security Considerations
//
// The URLs come from untrusted pages and the client often runs inside CI or a newsroom
// network, so it must not be turned against the network it runs in (server-side request
// forgery). Every connection — first request, each redirect hop, robots.txt, archive
// requests — is checked at dial time, after DNS resolution, by code.dny.dev/ssrf as the
// net.Dialer Control function: loopback, private (RFC 1918, fc00::/7), link-local (including
// cloud metadata at 169.254.169.254), CGNAT (100.64.0.0/10) and the other IANA
// special-purpose ranges are refused, as are ports other than 80 and 443 and non-TCP
// networks, with [ErrBlocked]. Checking the address actually dialled defeats DNS rebinding
// and names that resolve to internal addresses. Only http and https URLs are accepted and
// followed; at most 5 redirects, and a loop stops at once. Proxies from the environment are
// ignored; when Options.Proxy is set, the check applies to the proxy's address instead, so
// the proxy must do its own filtering. Options.AllowLoopback and Options.AnyPort exist for
// tests and must never be set for untrusted input. TLS certificates are always verified
// (TLS 1.2 or later); a verification failure is final and never retried without it.
// Resource use is bounded: connect, response-header and whole-try timeouts; a cap on the
// decoded body (10 MiB by default, applied after gzip decoding, so a compression bomb is
// cut off) with [ErrTooLarge]; unsupported Content-Encodings are refused; robots.txt is read
// up to 512 KiB and JSON answers up to 1 MiB; a hostile Crawl-delay or Retry-After cannot
// stall the client beyond [MaxCrawlDelay] and Options.MaxRetryWait. Cache and recording
// file names are hashes, never derived from URL text, so a URL cannot write outside the
// directory. Parsing limits are those of [article.ParseHTML].
package fetch
