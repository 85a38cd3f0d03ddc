// Command verify checks the quotes of a news article against the sources it cites.
//
//	go run ./examples/verify [flags] [FILE|URL|-]
//
// With no argument it checks the built-in sample (testdata/sample: the seed article as HTML
// and recorded pages of the sources it cites), fully offline. FILE may be HTML, Markdown
// (.md) or plain text; "-" reads standard input, read as HTML when it starts like a page and as
// Markdown when it opens with front matter or a "# " heading. Flags:
//
//	-format text|json|html  output format (default text; JSON is stable, see docs/report.md)
//	-no-fetch               fetch nothing: quotes, speakers and sources with no check, except
//	                        against the -source files (their text needs no fetch)
//	-source FILE|URL        compare every quote against this source too (repeatable)
//	-offline                never touch the network (cache only)
//	-cache DIR              on-disk cache of fetched pages
//	-lang CODE              force the article's language (en, fr, …)
//	-acts                   also list the attributions with no words to check: stances and
//	                        acts ("endorsed Clinton"), short noun phrases ("denied the
//	                        allegations"), intentions ("refused to comment")
//
// Exit status: 0 on success whatever the verdicts, 2 on a usage or input error.
package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/fetch"
	"github.com/quotecheck/quotecheck/lang"
)

type sourceFlags []string

func (s *sourceFlags) String() string     { return strings.Join(*s, ",") }
func (s *sourceFlags) Set(v string) error { *s = append(*s, v); return nil }

type config struct {
	format, cache, lang string
	noFetch, offline    bool
	acts                bool
	sources             sourceFlags
	input               string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// usageError is an error in the command line or the input: exit status 2.
type usageError struct{ error }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if err := verify(ctx, cfg, stdin, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "verify:", err)
		return 2
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.format, "format", "text", "output format: text, json or html")
	fs.BoolVar(&cfg.noFetch, "no-fetch", false, "fetch nothing: report quotes, speakers and sources with no check, except against -source files")
	fs.Var(&cfg.sources, "source", "compare every quote against this `FILE or URL` too (repeatable)")
	fs.BoolVar(&cfg.offline, "offline", false, "never touch the network: use the cache only")
	fs.StringVar(&cfg.cache, "cache", "", "on-disk cache `DIR` for fetched pages")
	fs.StringVar(&cfg.lang, "lang", "", "force the article's language `CODE` (en, fr, …)")
	fs.BoolVar(&cfg.acts, "acts", false, "also list the attributions that carry no words to check: stances and acts (\"endorsed Clinton\", \"voted for the bill\"), short noun phrases (\"denied the allegations\") and intentions or expectations (\"refused to comment\", \"is expected to rule\")")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: verify [flags] [FILE|URL|-]\n\nWith no argument, checks the built-in sample offline.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	switch cfg.format {
	case "text", "json", "html":
	default:
		fmt.Fprintf(stderr, "verify: unknown -format %q (want text, json or html)\n", cfg.format)
		return cfg, errors.New("bad format")
	}
	if cfg.lang != "" {
		if _, ok := lang.Get(cfg.lang); !ok {
			fmt.Fprintf(stderr, "verify: no data for -lang %q (have %s)\n", cfg.lang, strings.Join(lang.Codes(), ", "))
			return cfg, errors.New("bad lang")
		}
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "verify: at most one article (FILE, URL or -)")
		return cfg, errors.New("too many arguments")
	}
	cfg.input = fs.Arg(0)
	return cfg, nil
}

func verify(ctx context.Context, cfg config, stdin io.Reader, stdout, stderr io.Writer) error {
	client, a, err := load(ctx, cfg, stdin)
	if err != nil {
		return err
	}
	srcs, err := loadSources(cfg)
	if err != nil {
		return err
	}
	opts := quotecheck.Options{NoFetch: cfg.noFetch, Sources: srcs, Lang: cfg.lang, Acts: cfg.acts}
	if client != nil {
		opts.Fetcher = client
	}
	if isTerminal(stderr) && !cfg.noFetch {
		opts.Progress = func(done, total int) {
			fmt.Fprintf(stderr, "\rfetching sources: %d/%d", done, total)
			if done == total {
				fmt.Fprint(stderr, "\r\x1b[K")
			}
		}
	}
	rep, err := quotecheck.New(opts).Check(ctx, a)
	if err != nil {
		return err
	}
	return write(stdout, cfg.format, rep, a)
}

func write(w io.Writer, format string, rep *quotecheck.Report, a *article.Article) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case "html":
		return rep.WriteHTML(w, a)
	}
	color := isTerminal(w) && os.Getenv("NO_COLOR") == ""
	return rep.WriteText(w, quotecheck.TextOptions{Color: color})
}

// load returns the article to check and the fetch client for its sources.
func load(ctx context.Context, cfg config, stdin io.Reader) (*fetch.Client, *article.Article, error) {
	if cfg.input == "" {
		return loadSample()
	}
	client := newClient(cfg)
	if isURL(cfg.input) {
		if cfg.noFetch && cfg.offline {
			return nil, nil, usageError{errors.New("cannot read a URL with -no-fetch and -offline")}
		}
		res, err := client.Get(ctx, cfg.input)
		if dns := (*net.DNSError)(nil); errors.As(err, &dns) {
			return nil, nil, fmt.Errorf("cannot reach %s: DNS lookup failed (is the network available? save the page and pass the file instead)", dns.Name)
		}
		if errors.Is(err, fetch.ErrBlocked) {
			return nil, nil, fmt.Errorf("%s is refused: %s (see go doc ./fetch); save the page and pass the file instead", cfg.input, refusedWhy(cfg.input))
		}
		if err != nil {
			return nil, nil, err
		}
		return client, res.Article, nil
	}
	if err := checkScheme(cfg.input); err != nil {
		return nil, nil, err
	}
	a, err := parseFile(cfg.input, stdin)
	if err == nil && strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.PageText) == "" {
		return nil, nil, fmt.Errorf("%s: no text to check (the input is empty or has no visible text)", cfg.input)
	}
	if err == nil && a.Metadata.Title.Value == "" {
		a.Metadata.Title = article.Field{Value: titleOf(a, cfg.input), Origin: article.OriginCaller}
	}
	return client, a, err
}

// titleOf names a document that gives no title: its first paragraph when that reads as a
// headline (short, no final full stop; plain-text news files start so), else the file name.
func titleOf(a *article.Article, name string) string {
	if len(a.Paragraphs) > 1 {
		p := a.Paragraphs[0]
		first := strings.TrimSpace(a.Text[p.Start:p.End])
		if n := len([]rune(first)); n > 0 && n <= 150 && !strings.HasSuffix(first, ".") && !strings.ContainsAny(first, "\n") {
			return first
		}
	}
	if name == "-" {
		return "(standard input)"
	}
	return filepath.Base(name)
}

func newClient(cfg config) *fetch.Client {
	o := fetch.Options{CacheDir: cfg.cache}
	if cfg.offline {
		o.Mode = fetch.Offline
	}
	return fetch.New(o)
}

// loadSample reads the built-in sample from testdata/sample of the module root, with a
// client that replays the recorded source pages.
func loadSample() (*fetch.Client, *article.Article, error) {
	dir, err := sampleDir()
	if err != nil {
		return nil, nil, err
	}
	f, err := os.Open(filepath.Join(dir, "article.html"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	base, _ := url.Parse("https://news.example.org/monde/2019/08/27/moscou-teheran-cooperation")
	a, err := article.ParseHTML(f, "text/html; charset=utf-8", base)
	if err != nil {
		return nil, nil, err
	}
	client := fetch.New(fetch.Options{Mode: fetch.Replay, RecordDir: filepath.Join(dir, "recordings")})
	return client, a, nil
}

// sampleDir finds testdata/sample by walking up from the working directory to go.mod.
func sampleDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "testdata", "sample")
		if _, err := os.Stat(filepath.Join(p, "article.html")); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("built-in sample not found: run from a clone of quotecheck (testdata/sample), or give a FILE or URL")
		}
	}
}

func loadSources(cfg config) ([]quotecheck.Source, error) {
	var out []quotecheck.Source
	for _, s := range cfg.sources {
		if err := checkScheme(s); err != nil {
			return nil, fmt.Errorf("-source %w", err)
		}
		if isURL(s) {
			out = append(out, quotecheck.Source{URL: s})
			continue
		}
		a, err := parseFile(s, nil)
		if err != nil {
			return nil, fmt.Errorf("-source %s: %w", s, err)
		}
		out = append(out, quotecheck.Source{Name: filepath.Base(s), Article: a})
	}
	return out, nil
}

// checkScheme rejects a URL of a scheme other than http and https ("ftp://…"), which would
// otherwise be read as a file name.
func checkScheme(s string) error {
	if u, err := url.Parse(s); err == nil && strings.Contains(s, "://") && u.Scheme != "" && !isURL(s) {
		return usageError{fmt.Errorf("%s: unsupported URL scheme %q (give an http or https URL, or a file)", s, u.Scheme)}
	}
	return nil
}

// refusedWhy says why the fetch client refuses the URL s: a port other than 80 and 443, or
// an address that is not public.
func refusedWhy(s string) string {
	if u, err := url.Parse(s); err == nil && u.Port() != "" && u.Port() != "80" && u.Port() != "443" {
		return "port " + u.Port() + " is not allowed (only 80 and 443)"
	}
	return "its address is private, loopback or link-local"
}

func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// parseFile parses an HTML, Markdown or text file ("-" is stdin) by extension, sniffing
// HTML, and without an extension Markdown (front matter or a "# " heading first), when the
// extension says nothing.
func parseFile(name string, stdin io.Reader) (*article.Article, error) {
	var r io.Reader
	if name == "-" {
		if stdin == nil {
			return nil, errors.New("standard input is not available here")
		}
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	data, err := io.ReadAll(io.LimitReader(r, article.MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > article.MaxInputBytes {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, article.MaxInputBytes)
	}
	if sniff := http.DetectContentType(data); !strings.HasPrefix(sniff, "text/") {
		return nil, fmt.Errorf("%s: not a text, HTML or Markdown file (it looks like %s)", name, sniff)
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(name, ".gz")))
	switch {
	case ext == ".md" || ext == ".markdown":
		return article.ParseMarkdown(strings.NewReader(string(data)))
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksHTML(data):
		return parseSavedHTML(data)
	case ext == "" && looksMarkdown(data):
		return article.ParseMarkdown(strings.NewReader(string(data)))
	default:
		return article.ParseText(strings.NewReader(string(data)))
	}
}

// parseSavedHTML parses a page read from a file. A saved page has no URL of its own, so the
// URL it declares (<link rel=canonical>, else og:url, as article.Metadata.Canonical, when
// absolute http or https) is its base: its relative links resolve against it and links to
// its own site are known as such. A <base href> of the page applies in both cases.
func parseSavedHTML(data []byte) (*article.Article, error) {
	a, err := article.ParseHTML(strings.NewReader(string(data)), "text/html", nil)
	if err != nil || a.URL != nil {
		return a, err
	}
	base, perr := url.Parse(a.Metadata.Canonical.Value)
	if perr != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return a, nil
	}
	return article.ParseHTML(strings.NewReader(string(data)), "text/html", base)
}

// looksMarkdown reports whether input without an extension (standard input) is Markdown: it
// opens with YAML front matter ("---") or its first line is an ATX heading ("# Title").
func looksMarkdown(b []byte) bool {
	head := strings.TrimPrefix(string(b[:min(len(b), 1024)]), "\ufeff")
	head = strings.TrimLeft(head, " \t\r\n")
	if strings.HasPrefix(head, "---\n") || strings.HasPrefix(head, "---\r\n") {
		return true
	}
	line, _, _ := strings.Cut(head, "\n")
	hashes := len(line) - len(strings.TrimLeft(line, "#"))
	return hashes >= 1 && hashes <= 6 && len(line) > hashes && line[hashes] == ' '
}

func looksHTML(b []byte) bool {
	head := strings.ToLower(strings.TrimSpace(string(b[:min(len(b), 1024)])))
	head = strings.TrimPrefix(head, "\ufeff")
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") || strings.Contains(head, "<body")
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
