package quotecheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// TestHTMLInBrowser renders the sample's HTML report in headless Chromium and checks, in
// the DOM the browser built, that every quote is highlighted with the quote's own words.
func TestHTMLInBrowser(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no Chromium installed (Debian: apt-get install chromium); skipping the browser rendering test")
	}
	rep, a := checkSample(t)
	var page bytes.Buffer
	if err := rep.WriteHTML(&page, a); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var dom []byte
	for attempt := 1; ; attempt++ {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+filepath.Join(dir, fmt.Sprint("profile", attempt)), "--dump-dom", "file://"+file)
		out, err := cmd.Output()
		cancel()
		if err == nil {
			dom = out
			break
		}
		// the browser itself crashing (a signal) says nothing of the page: try again, then skip
		var exit *exec.ExitError
		if errors.As(err, &exit) && !exit.Exited() {
			if attempt < 3 {
				continue
			}
			t.Skipf("chromium crashed %d times (%v); skipping the browser rendering test", attempt, err)
		}
		t.Fatalf("chromium: %v", err)
	}
	marks := regexp.MustCompile(`(?s)<mark class="quote (\w+)" id="q(\d+)"[^>]*>(.*?)</mark>`).FindAllSubmatch(dom, -1)
	if len(marks) == 0 {
		t.Fatalf("the browser's DOM has no highlighted quote:\n%.2000s", dom)
	}
	seen := map[string]bool{}
	for _, m := range marks {
		seen[string(m[2])] = true
		if len(bytes.TrimSpace(m[3])) == 0 {
			t.Errorf("quote q%s is highlighted but empty", m[2])
		}
	}
	for i, q := range rep.Quotes {
		if q.Kind == "direct" && !nestedIn(q, rep.Quotes) && !seen[strconv.Itoa(i+1)] {
			t.Errorf("direct quote %d (%q) is not highlighted in the rendered page", i+1, q.Text)
		}
	}
}

// nestedIn reports whether q lies inside another quote of qs (only the outer one is marked).
func nestedIn(q QuoteReport, qs []QuoteReport) bool {
	for _, o := range qs {
		if o.Start <= q.Start && q.End <= o.End && (o.Start != q.Start || o.End != q.End) {
			return true
		}
	}
	return false
}
