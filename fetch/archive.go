package fetch

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// waybackTime is the timestamp layout of the Wayback Machine (14 digits, UTC).
const waybackTime = "20060102150405"

// availability is the answer of the Wayback Machine availability API.
type availability struct {
	ArchivedSnapshots struct {
		Closest *struct {
			Available bool   `json:"available"`
			URL       string `json:"url"`
			Timestamp string `json:"timestamp"`
			Status    string `json:"status"`
		} `json:"closest"`
	} `json:"archived_snapshots"`
}

// archive asks the availability API for the capture of u closest to cited (the latest
// when cited is zero), then fetches the raw capture (the "id_" form, which the Wayback
// Machine serves without its banner and link rewriting). The page is marked OriginArchive
// with ArchivedAt set to the capture time.
func (c *Client) archive(ctx context.Context, u *url.URL, cited time.Time) (*page, error) {
	capURL, at, err := c.closestCapture(ctx, u, cited)
	if err != nil {
		return nil, err
	}
	cu, err := parseURL(capURL)
	if err != nil {
		return nil, err
	}
	p, err := c.network(ctx, cu, nil)
	if err != nil {
		return nil, fmt.Errorf("archived capture %s: %w", capURL, err)
	}
	p.ev.RequestedURL = u.String()
	p.ev.Origin = OriginArchive
	p.ev.ArchivedAt = at
	p.base = u
	return p, nil
}

// closestCapture queries Options.ArchiveEndpoint and returns the raw-capture URL and the
// capture time.
func (c *Client) closestCapture(ctx context.Context, u *url.URL, cited time.Time) (string, time.Time, error) {
	q := url.Values{"url": {u.String()}}
	if !cited.IsZero() {
		q.Set("timestamp", cited.UTC().Format(waybackTime))
	}
	var a availability
	if err := c.getJSON(ctx, c.o.ArchiveEndpoint+"?"+q.Encode(), &a); err != nil {
		return "", time.Time{}, fmt.Errorf("archive availability: %w", err)
	}
	cl := a.ArchivedSnapshots.Closest
	if cl == nil || !cl.Available || cl.URL == "" || (cl.Status != "" && cl.Status != "200") {
		return "", time.Time{}, fmt.Errorf("%w: no archived capture", ErrNotFound)
	}
	at, err := time.Parse(waybackTime, cl.Timestamp)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("archive availability: timestamp %q: %v", cl.Timestamp, err)
	}
	return rawCapture(cl.URL, cl.Timestamp), at, nil
}

// rawCapture turns .../web/<ts>/<url> into .../web/<ts>id_/<url>.
func rawCapture(capURL, ts string) string {
	return strings.Replace(capURL, "/web/"+ts+"/", "/web/"+ts+"id_/", 1)
}

// getJSON fetches a small JSON document (at most 1 MiB) through the guarded transport,
// after the host's rate limit.
func (c *Client) getJSON(ctx context.Context, rawURL string, v any) error {
	u, err := parseURL(rawURL)
	if err != nil {
		return err
	}
	if err := c.polite.host(u).limiter.Wait(ctx); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, c.o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", c.o.UserAgent)
	req.Header.Set("Accept", "application/json")
	resp, err := c.polite.client.Do(req)
	if err != nil {
		return classify(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return &Error{URL: rawURL, Status: resp.StatusCode, Err: ErrStatus}
	}
	return json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(v)
}
