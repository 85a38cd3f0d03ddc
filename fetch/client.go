package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/quotecheck/quotecheck/article"
)

// parseFunc is the HTML parser's signature ([article.ParseHTML]).
type parseFunc func(r io.Reader, contentType string, base *url.URL) (*article.Article, error)

// Client fetches sources. It is safe for concurrent use; create it once with [New] and
// share it, so that robots.txt, rate limits and the concurrency cap apply across calls.
type Client struct {
	o      Options
	log    *slog.Logger
	http   *http.Client
	polite *polite
	sem    chan struct{}
	cache  *store // nil without CacheDir
	rec    *store // nil without RecordDir
	locks  keyedMutex
	now    func() time.Time

	parseHTML parseFunc
}

// New returns a Client for the options; zero fields take the defaults of [Options].
func New(o Options) *Client {
	o = o.withDefaults()
	tr := newTransport(o)
	c := &Client{
		o:         o,
		log:       o.Logger,
		polite:    newPolite(o, tr),
		sem:       make(chan struct{}, o.MaxConcurrent),
		now:       func() time.Time { return time.Now().UTC() },
		parseHTML: article.ParseHTML,
	}
	c.http = &http.Client{
		Transport: tr,
		CheckRedirect: checkRedirect(o.MaxRedirects, func(r *http.Request) error {
			return c.polite.allow(r.Context(), r.URL)
		}),
	}
	if o.CacheDir != "" {
		c.cache = &store{dir: o.CacheDir, create: osCreateTemp}
	}
	if o.RecordDir != "" {
		c.rec = &store{dir: o.RecordDir, flat: true, create: osCreateTemp}
	}
	return c
}

// Get fetches rawURL and parses it. It is GetCited with no citing date: an archive
// fallback takes the most recent capture.
func (c *Client) Get(ctx context.Context, rawURL string) (*Result, error) {
	return c.GetCited(ctx, rawURL, time.Time{})
}

// GetCited fetches rawURL (absolute http or https; the fragment is ignored) and parses it
// with [article.ParseHTML] (text/html, application/xhtml+xml) or [article.ParseText]
// (text/plain), after decoding the body to UTF-8. cited is the publication date of the
// article that cites the URL: when the source is dead (404, 410, unknown host) the archive
// fallback asks for the capture closest to it.
//
// Where the page comes from depends on Options.Mode (see [Mode]). Errors are [*Error]
// values wrapping the sentinels of this package (ErrBlocked, ErrRobots, ErrTooLarge,
// ErrNotHTML, ErrNotFound, ErrRecordingMissing, ErrNotCached, ErrRedirect, ErrStatus,
// ErrURL), a context error, or a parser error.
func (c *Client) GetCited(ctx context.Context, rawURL string, cited time.Time) (*Result, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, wrapErr(rawURL, err)
	}
	key := u.String()
	var p *page
	switch c.o.Mode {
	case Replay:
		p, err = c.replay(key)
	case Offline:
		p, err = c.offline(key)
	default:
		p, err = c.liveLocked(ctx, u, cited)
	}
	if err != nil {
		return nil, wrapErr(rawURL, err)
	}
	res, err := c.parse(p)
	return res, wrapErr(rawURL, err)
}

// liveLocked runs live with u locked against concurrent Gets of the same URL, so that one
// fetch fills the cache for all, and records the answer in Record mode.
func (c *Client) liveLocked(ctx context.Context, u *url.URL, cited time.Time) (*page, error) {
	key := u.String()
	unlock, err := c.locks.lock(ctx, key)
	if err != nil {
		return nil, err
	}
	defer unlock()
	p, err := c.live(ctx, u, cited)
	if c.o.Mode == Record {
		c.record(key, p, err)
	}
	return p, err
}

// page is a fetched body with its evidence and validators.
type page struct {
	ev            Evidence
	body          []byte
	etag, lastMod string
	base          *url.URL // base URL for the parser
}

// parse hands p's body to the parser for its media type: HTML as served, with its
// Content-Type (article.ParseHTML decodes it); plain text decoded to UTF-8 first.
func (c *Client) parse(p *page) (*Result, error) {
	kind, err := mediaKind(p.ev.ContentType, p.body)
	if err != nil {
		return nil, err
	}
	var a *article.Article
	if kind == kindHTML {
		a, err = c.parseHTML(bytesReader(p.body), p.ev.ContentType, p.base)
	} else {
		a, err = parseText(p.body, p.ev.Charset, p.base)
	}
	if err != nil {
		return nil, err
	}
	return &Result{Article: a, Evidence: p.ev}, nil
}

func parseText(body []byte, charsetName string, base *url.URL) (*article.Article, error) {
	text, err := toUTF8(body, charsetName)
	if err != nil {
		return nil, err
	}
	a, err := article.ParseText(bytesReader(text))
	if a != nil {
		a.URL = base
	}
	return a, err
}

// replay answers from the recordings.
func (c *Client) replay(key string) (*page, error) {
	if c.rec == nil {
		return nil, fmt.Errorf("%w: %s (Replay mode without RecordDir)", ErrRecordingMissing, key)
	}
	e, body, ok := c.rec.get(key)
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrRecordingMissing, key)
	}
	if e.Failure != nil {
		return nil, e.Failure.err(key)
	}
	p := pageOf(e, body)
	p.ev.Origin = OriginRecording
	return p, nil
}

// offline answers from the cache, whatever the age of the entry.
func (c *Client) offline(key string) (*page, error) {
	if c.cache == nil {
		return nil, fmt.Errorf("%w: offline and no cache directory to read from (Options.Offline without Options.CacheDir; verify: -offline without -cache)", ErrNotCached)
	}
	e, body, ok := c.cache.get(key)
	if !ok || e.Evidence == nil {
		return nil, ErrNotCached
	}
	p := pageOf(e, body)
	p.ev.Origin = OriginCache
	return p, nil
}

// record writes the answer for key into the recordings; failures to write are logged.
func (c *Client) record(key string, p *page, err error) {
	if c.rec == nil {
		c.log.Warn("fetch: Record mode without RecordDir", "url", key)
		return
	}
	if err != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return
	}
	e := &entry{URL: key, StoredAt: c.now()}
	var body []byte
	if err != nil {
		e.Failure = failureOf(err)
	} else {
		ev := p.ev
		e.Evidence, e.ETag, e.LastModified, body = &ev, p.etag, p.lastMod, p.body
	}
	if werr := c.rec.put(e, body); werr != nil {
		c.log.Warn("fetch: writing recording", "url", key, "err", werr)
	}
}

func pageOf(e *entry, body []byte) *page {
	ev := *e.Evidence
	return &page{ev: ev, body: body, etag: e.ETag, lastMod: e.LastModified, base: baseOf(ev)}
}

// baseOf is the parser's base URL: the final URL, or the requested one for an archived copy
// (whose links are the original page's).
func baseOf(ev Evidence) *url.URL {
	s := ev.FinalURL
	if ev.Archived() {
		s = ev.RequestedURL
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// keyedMutex serialises work on one key (one URL) while letting other keys run.
type keyedMutex struct {
	mu sync.Mutex
	m  map[string]*keyedEntry
}

type keyedEntry struct {
	ch   chan struct{} // holds a token while the key is locked
	refs int
}

// lock waits for key, or for ctx to end (then it returns ctx's error).
func (k *keyedMutex) lock(ctx context.Context, key string) (unlock func(), err error) {
	k.mu.Lock()
	if k.m == nil {
		k.m = map[string]*keyedEntry{}
	}
	e := k.m[key]
	if e == nil {
		e = &keyedEntry{ch: make(chan struct{}, 1)}
		k.m[key] = e
	}
	e.refs++
	k.mu.Unlock()
	release := func() {
		k.mu.Lock()
		if e.refs--; e.refs == 0 {
			delete(k.m, key)
		}
		k.mu.Unlock()
	}
	select {
	case e.ch <- struct{}{}:
		return func() { <-e.ch; release() }, nil
	case <-ctx.Done():
		release()
		return nil, ctx.Err()
	}
}
