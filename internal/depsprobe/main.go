package main

import (
	_ "code.dny.dev/ssrf"
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/sergi/go-diff/diffmatchpatch"
	_ "github.com/temoto/robotstxt"
	_ "github.com/yuin/goldmark"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/text/unicode/norm"
	_ "golang.org/x/time/rate"
)

func main() {}
