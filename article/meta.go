package article

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// readMetadata reads what the page says about itself. Each field takes the first value found
// in this order: schema.org JSON-LD (the first object of an article type, looking inside
// arrays and @graph), OpenGraph and article:* properties (ogp.me), other <meta> tags (Dublin
// Core, name="author", name="date", …), then the page itself (<title> without a trailing
// " | Outlet", <html lang>, itemprop="datePublished" or a <time> in the <article>). The
// canonical URL is the exception: <link rel=canonical> (RFC 6596) first, then og:url, then
// the JSON-LD url. Values are trimmed and white space is collapsed; empty values are skipped.
func readMetadata(doc *html.Node, base *url.URL) Metadata {
	d := goquery.NewDocumentFromNode(doc)
	var m Metadata
	ld := jsonLDArticle(d)
	metas := metaValues(d)
	fromJSONLD(&m, ld)
	set := func(f *Field, o Origin, keys ...string) {
		for _, k := range keys {
			if f.Value == "" {
				if v := metas[k]; v != "" {
					*f = Field{v, o}
				}
			}
		}
	}
	set(&m.Title, OriginOpenGraph, "og:title")
	set(&m.Outlet, OriginOpenGraph, "og:site_name")
	set(&m.Title, OriginMeta, "dc.title", "dcterm:title", "twitter:title", "title", "sailthru.title", "parsely-title")
	set(&m.Outlet, OriginMeta, "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone")
	if len(m.Authors) == 0 {
		var a Field
		set(&a, OriginOpenGraph, "article:author")
		if a.Value != "" && !looksLikeURL(a.Value) {
			m.Authors = []Field{{authorName(a.Value), a.Origin}}
		}
	}
	if len(m.Authors) == 0 {
		var a Field
		set(&a, OriginMeta, "author", "dc.creator", "dcterm:creator", "byl", "sailthru.author", "parsely-author", "article.author")
		if a.Value != "" && !looksLikeURL(a.Value) {
			m.Authors = []Field{{authorName(a.Value), a.Origin}}
		}
	}
	setTime(&m.Published, metas, OriginOpenGraph, "article:published_time", "og:published_time")
	setTime(&m.Published, metas, OriginMeta, "datepublished", "date", "pubdate", "publishdate", "publish-date",
		"dc.date", "dc.date.issued", "dcterms.created", "article.published", "sailthru.date", "parsely-pub-date", "citation_publication_date")
	setTime(&m.Modified, metas, OriginOpenGraph, "article:modified_time", "og:updated_time")
	setTime(&m.Modified, metas, OriginMeta, "datemodified", "last-modified", "dc.date.modified", "dcterms.modified", "article.updated")
	var lang Field
	set(&lang, OriginMeta, "content-language", "language", "dc.language")
	if m.Language.Value == "" && languageTag(lang.Value) {
		m.Language = lang
	}
	if m.Language.Value == "" {
		if v := clean(d.Find("html").First().AttrOr("lang", "")); v != "" {
			m.Language = Field{v, OriginPage}
		} else if v := metas["og:locale"]; v != "" {
			m.Language = Field{strings.ReplaceAll(v, "_", "-"), OriginOpenGraph}
		}
	}
	if m.Title.Value == "" {
		if v := clean(d.Find("title").First().Text()); v != "" {
			m.Title = Field{trimSiteSuffix(v, m.Outlet.Value), OriginPage}
		} else if v := clean(d.Find("h1").First().Text()); v != "" {
			m.Title = Field{v, OriginPage}
		}
	}
	if m.Published.Origin == OriginNone {
		m.Published = pageTime(d)
	}
	m.Canonical = canonical(d, metas, base, m.Canonical)
	return m
}

// trimSiteSuffix removes the outlet's name from the end of a <title> ("Story | Outlet",
// "Story - Outlet", "Story — Outlet").
func trimSiteSuffix(title, outlet string) string {
	if outlet == "" || len(title) <= len(outlet) || !strings.EqualFold(title[len(title)-len(outlet):], outlet) {
		return title
	}
	rest := strings.TrimRight(title[:len(title)-len(outlet)], " ")
	for _, sep := range []string{"|", "-", "–", "—", "·", ":"} {
		if t, ok := strings.CutSuffix(rest, sep); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// pageTime reads the publication time from the page's elements: an element with
// itemprop="datePublished" (schema.org microdata), then the first <time datetime> inside an
// <article>.
func pageTime(d *goquery.Document) TimeField {
	for _, sel := range []string{"[itemprop=datePublished]", "article time[datetime]", "time[pubdate]"} {
		s := d.Find(sel).First()
		for _, k := range []string{"datetime", "content"} {
			if v := clean(s.AttrOr(k, "")); v != "" {
				if t, ok := parseTime(v); ok {
					return TimeField{t, v, OriginPage}
				}
			}
		}
	}
	return TimeField{}
}

// metaValues collects <meta> content by lower-cased property, name, itemprop or http-equiv;
// the first value of a key wins.
func metaValues(d *goquery.Document) map[string]string {
	out := map[string]string{}
	d.Find("meta").Each(func(_ int, s *goquery.Selection) {
		v := clean(s.AttrOr("content", ""))
		if v == "" {
			return
		}
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			for _, key := range strings.Fields(strings.ToLower(s.AttrOr(k, ""))) {
				if _, ok := out[key]; !ok {
					out[key] = v
				}
			}
		}
	})
	return out
}

func setTime(t *TimeField, metas map[string]string, o Origin, keys ...string) {
	for _, k := range keys {
		if t.Origin != OriginNone {
			return
		}
		if v := metas[k]; v != "" {
			if tm, ok := parseTime(v); ok {
				*t = TimeField{Time: tm, Raw: v, Origin: o}
			}
		}
	}
}

// canonical picks <link rel=canonical>, then og:url, then the JSON-LD url, made absolute.
func canonical(d *goquery.Document, metas map[string]string, base *url.URL, ld Field) Field {
	try := func(v string, o Origin) (Field, bool) {
		v = clean(v)
		if v == "" {
			return Field{}, false
		}
		u, err := url.Parse(v)
		if err != nil {
			return Field{}, false
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if !u.IsAbs() {
			return Field{}, false
		}
		return Field{u.String(), o}, true
	}
	var link string
	d.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, r := range strings.Fields(strings.ToLower(s.AttrOr("rel", ""))) {
			if r == "canonical" {
				link = s.AttrOr("href", "")
				return false
			}
		}
		return true
	})
	if f, ok := try(link, OriginMeta); ok {
		return f
	}
	if f, ok := try(metas["og:url"], OriginOpenGraph); ok {
		return f
	}
	if f, ok := try(ld.Value, OriginJSONLD); ok {
		return f
	}
	return Field{}
}

// articleTypes are the schema.org types whose JSON-LD describes the article itself.
var articleTypes = map[string]int{
	"newsarticle": 1, "reportagenewsarticle": 1, "analysisnewsarticle": 1, "opinionnewsarticle": 1,
	"backgroundnewsarticle": 1, "reviewnewsarticle": 1, "askpublicnewsarticle": 1, "article": 1,
	"blogposting": 1, "liveblogposting": 1, "socialmediaposting": 1, "report": 1,
	"scholarlyarticle": 1, "techarticle": 1, "satiricalarticle": 1, "posting": 1,
	"webpage": 2, "itempage": 2, "videoobject": 2, "creativework": 2,
}

// jsonLDArticle returns the JSON-LD object that best describes the article and the
// name of the site, found in all <script type="application/ld+json"> blocks.
func jsonLDArticle(d *goquery.Document) ldInfo {
	var info ldInfo
	best := 3
	d.Find(`script[type]`).Each(func(_ int, s *goquery.Selection) {
		if !strings.Contains(strings.ToLower(s.AttrOr("type", "")), "ld+json") {
			return
		}
		var v any
		if json.Unmarshal([]byte(unwrapScript(s.Text())), &v) != nil {
			return
		}
		eachLDObject(v, 0, func(o map[string]any) {
			rank := 3
			for _, t := range ldTypes(o) {
				if r, ok := articleTypes[strings.ToLower(t)]; ok && r < rank {
					rank = r
				}
				if (t == "WebSite" || t == "NewsMediaOrganization") && info.site == "" {
					info.site = ldString(o["name"])
				}
			}
			if rank < best {
				best, info.obj = rank, o
			}
		})
	})
	return info
}

// unwrapScript removes the CDATA section or HTML comment some pages wrap around a script's
// JSON ("<![CDATA[ … ]]>", "//<![CDATA[ … //]]>", "<!-- … -->").
func unwrapScript(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		if strings.HasPrefix(s, w[0]) {
			s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[len(w[0]):]), w[1]))
		}
	}
	return s
}

type ldInfo struct {
	obj  map[string]any
	site string
}

// eachLDObject calls f for every object of v, descending into arrays and @graph (depth ≤ 8).
func eachLDObject(v any, depth int, f func(map[string]any)) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			eachLDObject(e, depth+1, f)
		}
	case map[string]any:
		f(x)
		if g, ok := x["@graph"]; ok {
			eachLDObject(g, depth+1, f)
		}
	}
}

// ldTypes returns the @type of o: a string or an array of strings, prefixes such as
// "schema:" or "http://schema.org/" removed.
func ldTypes(o map[string]any) []string {
	var out []string
	add := func(s string) {
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		out = append(out, s)
	}
	switch t := o["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

func fromJSONLD(m *Metadata, info ldInfo) {
	o := info.obj
	if o == nil {
		if info.site != "" {
			m.Outlet = Field{info.site, OriginJSONLD}
		}
		return
	}
	if v := ldName(o["publisher"]); v != "" {
		m.Outlet = Field{v, OriginJSONLD}
	} else if v := ldName(o["isPartOf"]); v != "" {
		m.Outlet = Field{v, OriginJSONLD}
	} else if info.site != "" {
		m.Outlet = Field{info.site, OriginJSONLD}
	}
	// A name that is the outlet's is not the article's title (pages put the site in "name").
	if v := firstString(o["headline"]); v != "" {
		m.Title = Field{v, OriginJSONLD}
	} else if v := firstString(o["name"]); v != "" && v != m.Outlet.Value {
		m.Title = Field{v, OriginJSONLD}
	}
	for _, n := range ldNames(o["author"]) {
		m.Authors = append(m.Authors, Field{n, OriginJSONLD})
	}
	if raw := ldString(o["datePublished"]); raw != "" {
		if t, ok := parseTime(raw); ok {
			m.Published = TimeField{t, raw, OriginJSONLD}
		}
	}
	if raw := ldString(o["dateModified"]); raw != "" {
		if t, ok := parseTime(raw); ok {
			m.Modified = TimeField{t, raw, OriginJSONLD}
		}
	}
	if v := firstString(o["inLanguage"]); v != "" {
		m.Language = Field{v, OriginJSONLD}
	} else if v := ldName(o["inLanguage"]); v != "" {
		m.Language = Field{v, OriginJSONLD}
	}
	if v := firstString(o["url"]); v != "" {
		m.Canonical = Field{v, OriginJSONLD}
	} else if v := ldID(o["mainEntityOfPage"]); v != "" {
		m.Canonical = Field{v, OriginJSONLD}
	}
}

// ldString returns a JSON string value, cleaned; "" otherwise.
func ldString(v any) string {
	s, _ := v.(string)
	return clean(s)
}

func firstString(vs ...any) string {
	for _, v := range vs {
		if a, ok := v.([]any); ok && len(a) > 0 {
			v = a[0]
		}
		if s := ldString(v); s != "" {
			return s
		}
	}
	return ""
}

// ldName returns the name of a person or organization given as a string, an object with a
// name, or an array of those (the first).
func ldName(v any) string {
	if n := ldNames(v); len(n) > 0 {
		return n[0]
	}
	return ""
}

// ldNames returns every name in v, in order, duplicates removed; URLs are not names.
func ldNames(v any) []string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case string:
			if s := authorName(x); s != "" && !looksLikeURL(s) {
				for _, o := range out {
					if o == s {
						return
					}
				}
				out = append(out, s)
			}
		case map[string]any:
			add(x["name"], depth+1)
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		}
	}
	add(v, 0)
	return out
}

// authorName cleans a credited name: white space collapsed and a leading "By", "Par",
// "Von" or "Por" (the byline convention of English, French, German, Spanish and Portuguese
// news) removed.
func authorName(s string) string {
	s = clean(s)
	for _, p := range []string{"by ", "par ", "von ", "por "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

func ldID(v any) string {
	if o, ok := v.(map[string]any); ok {
		return ldString(o["@id"])
	}
	return ldString(v)
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

// clean trims s and collapses runs of white space to one space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// timeLayouts are the date formats met in news metadata: ISO 8601 / RFC 3339 variants (with
// or without zone, fractional seconds, a zone without colon), RFC 1123 and plain dates.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999Z0700",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 -0700 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006",
	"2006-01-02",
	"20060102",
	"2006/01/02",
}

// parseTime parses a metadata date; a date without zone is taken as UTC.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// languageTag reports whether v has the shape of a BCP 47 language tag (RFC 5646): a primary
// subtag of 2 or 3 letters, then subtags of 1 to 8 letters or digits after "-" or "_". A
// <meta name="language"> of "italiano (italian)" is none, so the page's <html lang> decides.
func languageTag(v string) bool {
	for i, sub := range strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '_' }) {
		n := len(sub)
		if i == 0 && (n < 2 || n > 3) || n < 1 || n > 8 {
			return false
		}
		for _, r := range sub {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return v != "" && !strings.HasPrefix(v, "-") && !strings.HasSuffix(v, "-") && !strings.Contains(v, "--")
}
