package fetch

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

// benchPage is a synthetic news page of about 40 KB.
var benchPage = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Minister speaks</title></head><body><article><h1>Minister speaks</h1>" +
	strings.Repeat("<p>“We will not give up on this,” the minister said on Tuesday, according to a statement. The opposition called the plan “a betrayal” of the voters who elected them.</p>\n", 200) +
	"</article></body></html>"

func benchServer(b *testing.B) string {
	srv, _ := newServer(b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"b1"`)
		w.Write([]byte(benchPage))
	}))
	return srv.URL
}

func benchOptions() Options {
	o := testOptions()
	o.HostInterval = time.Nanosecond
	o.MaxConcurrent = 64
	return o
}

// BenchmarkGetCacheHit measures Get of a fresh cache entry: metadata read, body read and
// SHA-256 check, and parsing with article.ParseHTML.
func BenchmarkGetCacheHit(b *testing.B) {
	skipWithoutParser(b)
	u := benchServer(b) + "/p"
	o := benchOptions()
	o.CacheDir = b.TempDir()
	c := New(o)
	ctx := context.Background()
	if _, err := c.Get(ctx, u); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchPage)))
	for b.Loop() {
		res, err := c.Get(ctx, u)
		if err != nil || res.Origin != OriginCache {
			b.Fatal(err)
		}
	}
}

// BenchmarkGetCacheHitNoParse is BenchmarkGetCacheHit without the HTML parser, to show the
// cost of the cache itself.
func BenchmarkGetCacheHitNoParse(b *testing.B) {
	u := benchServer(b) + "/p"
	o := benchOptions()
	o.CacheDir = b.TempDir()
	c := newTestClient(o)
	ctx := context.Background()
	if _, err := c.Get(ctx, u); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchPage)))
	for b.Loop() {
		if _, err := c.Get(ctx, u); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGetLoopback measures a network fetch from a loopback server and parsing with
// article.ParseHTML, no cache.
func BenchmarkGetLoopback(b *testing.B) {
	skipWithoutParser(b)
	u := benchServer(b) + "/p"
	c := New(benchOptions())
	ctx := context.Background()
	b.SetBytes(int64(len(benchPage)))
	for b.Loop() {
		res, err := c.Get(ctx, u)
		if err != nil || res.Origin != OriginNetwork {
			b.Fatal(err)
		}
	}
}

// BenchmarkGetLoopbackNoParse is BenchmarkGetLoopback without the HTML parser.
func BenchmarkGetLoopbackNoParse(b *testing.B) {
	u := benchServer(b) + "/p"
	c := newTestClient(benchOptions())
	ctx := context.Background()
	b.SetBytes(int64(len(benchPage)))
	for b.Loop() {
		if _, err := c.Get(ctx, u); err != nil {
			b.Fatal(err)
		}
	}
}
