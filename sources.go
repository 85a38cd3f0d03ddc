package quotecheck

import (
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/article"
	"github.com/quotecheck/quotecheck/attribution"
	"github.com/quotecheck/quotecheck/quotes"
)

// sourcePlan is the list of sources of a report and, per quote, the sources it is checked
// against.
type sourcePlan struct {
	reports  []SourceReport
	perQuote [][]int // indexes into reports, ascending
}

// planSources merges the caller's sources and those the article credits
// (attribution.Sources). An outlet named in the text and linked on the same words becomes one
// source with the link's URL; a URL is listed once. Each quote is checked against the
// caller's sources, the article's story-level sources (credit lines, cited outlets, the
// first link whose anchor names each outlet; at most maxStory of them) and the sources attribution.SourcesFor gives for it. A link
// to the article's own host, or to a social network, is a source only when it is
// story-level or credits a quote (see creditsQuote): otherwise it is a topic, tag or section
// page of the site, an author's profile or a share button.
func planSources(a *article.Article, qs []quotes.Quote, given []Source) sourcePlan {
	var p sourcePlan
	var story []int
	byURL := map[string]int{}
	byOutlet := map[string]int{}     // sources without URL, by outlet, relation and via
	storyLinked := map[string]bool{} // the outlets, relations and vias with a story-level link
	for _, g := range given {
		story = append(story, len(p.reports))
		p.reports = append(p.reports, SourceReport{Outlet: sourceName(g), URL: g.URL, Kind: "given", Relation: "given"})
	}
	srcs := attribution.Sources(a)
	per := attribution.SourcesFor(a, qs, srcs)
	idx := make([]int, len(srcs))
	urls, absorbed := linkedNames(srcs)
	by := make([][]int, len(srcs)) // the quotes each source supports, from per
	for q, list := range per {
		for _, i := range list {
			if i >= 0 && i < len(by) {
				by[i] = append(by[i], q)
			}
		}
	}
	for i, s := range srcs {
		u := urls[i]
		if absorbed[i] {
			continue // resolved below, by the URL its named source took
		}
		if k, ok := byURL[u]; ok && u != "" {
			idx[i] = k
			continue
		}
		if (ownPage(a, s) || socialLink(s)) && !storyLevel(a, s) && !creditsQuote(qs, by[i], s) {
			idx[i] = -1 // a link to the article's own site (a topic, tag or section page) or to a social network (an author's profile, a share button) that credits no quote
			continue
		}
		r := sourceReport(a, s, u)
		key := sourceKey(r)
		if k, ok := byOutlet[key]; ok && u == "" {
			idx[i] = k // "le Journal du dimanche" named again, "JDD": one source
			continue
		}
		idx[i] = len(p.reports)
		if u != "" {
			byURL[u] = idx[i]
		} else if r.Outlet != "" {
			byOutlet[key] = idx[i]
		}
		p.reports = append(p.reports, r)
		if storyLevel(a, s) && len(story) < maxStory {
			if k := sourceKey(r); u == "" || !storyLinked[k] {
				storyLinked[k] = u != ""
				story = append(story, idx[i]) // a linked outlet once: its other links support the quotes near them
			}
		}
	}
	for j := range srcs {
		if absorbed[j] {
			idx[j] = -1
			if k, ok := byURL[urls[j]]; ok {
				idx[j] = k
			}
		}
	}
	story = p.mergeUnlinked(idx, story, len(given))
	p.perQuote = make([][]int, len(qs))
	for q := range qs {
		set := slices.Clone(story)
		if q < len(per) {
			for _, i := range per[q] {
				if i >= 0 && i < len(idx) && idx[i] >= 0 {
					set = append(set, idx[i])
				}
			}
		}
		slices.Sort(set)
		p.perQuote[q] = slices.Compact(set)
	}
	return p
}

// sourceKey is what makes two reported sources one: outlet, relation and chain.
func sourceKey(r SourceReport) string { return r.Outlet + "\x00" + r.Relation + "\x00" + r.Via }

// mergeUnlinked folds a source named without a URL into a linked one of the same outlet,
// relation and chain ("Associated Press" cited in the text, "AP" linked elsewhere): one source
// in the report, the one that can be fetched. It renumbers idx (report index per attribution
// source, -1 for none) and story, and returns story; the first given reports (the caller's
// own) are never merged.
func (p *sourcePlan) mergeUnlinked(idx, story []int, given int) []int {
	linked := map[string]int{}
	for i, r := range p.reports[given:] {
		if r.URL != "" && r.Outlet != "" {
			if _, ok := linked[sourceKey(r)]; !ok {
				linked[sourceKey(r)] = given + i
			}
		}
	}
	if len(linked) == 0 {
		return story
	}
	to := make([]int, len(p.reports)) // old report index → new one
	var kept []SourceReport
	for i, r := range p.reports {
		if k, ok := linked[sourceKey(r)]; ok && i >= given && r.URL == "" && r.Outlet != "" {
			to[i] = -1 - k // merged into report k, renumbered below
			continue
		}
		to[i] = len(kept)
		kept = append(kept, r)
	}
	if len(kept) == len(p.reports) {
		return story
	}
	for i, t := range to {
		if t < 0 {
			to[i] = to[-1-t]
		}
	}
	p.reports = kept
	for j, i := range idx {
		if i >= 0 {
			idx[j] = to[i]
		}
	}
	for j, i := range story {
		story[j] = to[i]
	}
	slices.Sort(story)
	return slices.Compact(story)
}

// maxStory caps the story-level sources, which every quote is checked against: past it, a
// source supports only the quotes near it (attribution.SourcesFor), so that a page of
// thousands of credits costs each quote a bounded list.
const maxStory = 32

// ownPage reports whether s is a link to the article's own host.
func ownPage(a *article.Article, s attribution.Source) bool {
	if s.URL == "" || a.URL == nil {
		return false
	}
	u, err := url.Parse(s.URL)
	return err == nil && strings.EqualFold(strings.TrimPrefix(u.Hostname(), "www."), strings.TrimPrefix(a.URL.Hostname(), "www."))
}

// socialLink reports whether s is a link to a social network (twitter.com, x.com,
// facebook.com, instagram.com…): in an article it is an author's profile or a share button
// unless it credits a quote ("she wrote <a>on Twitter</a>").
func socialLink(s attribution.Source) bool {
	if s.URL == "" {
		return false
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		return false
	}
	for h := strings.ToLower(u.Hostname()); h != ""; { // the host or a parent domain: "m.facebook.com", "fr-fr.facebook.com"
		if socialHosts[h] {
			return true
		}
		_, h, _ = strings.Cut(h, ".")
	}
	return false
}

var socialHosts = map[string]bool{"twitter.com": true, "x.com": true, "facebook.com": true, "instagram.com": true,
	"linkedin.com": true, "tiktok.com": true, "threads.net": true, "bsky.app": true, "youtube.com": true,
	"pinterest.com": true, "reddit.com": true, "t.me": true, "wa.me": true, "whatsapp.com": true}

// creditsQuote reports whether the link s credits a quote it supports (of qs, the indexes
// supported; its work grows with them, not with all quotes): it is the
// cite of a quote element (no anchor text), or its anchor text overlaps the quote's cue
// ("Senator Roe <a>told the paper in an interview</a> that …") or the words of a direct or
// block quote. A link to the article's own site elsewhere in the quote's paragraph or in the
// reported clause of an indirect quote (a topic page on "Ukraine") does not.
func creditsQuote(qs []quotes.Quote, supported []int, s attribution.Source) bool {
	for _, q := range supported {
		if q >= len(qs) {
			continue
		}
		q := qs[q]
		quoted := q.Kind == quotes.Direct || q.Kind == quotes.Blockquote
		if s.Span.Len() == 0 || (quoted && s.Span.Overlaps(q.Span)) || (q.Cue != nil && s.Span.Overlaps(q.Cue.Span)) {
			return true
		}
	}
	return false
}

// linkedNames gives each source its URL: its own, or for an outlet named without a link, the
// URL of the link printed on the same words. absorbed marks those links: they are reported
// through the named source, which keeps its relation and its via.
func linkedNames(srcs []attribution.Source) (urls []string, absorbed []bool) {
	urls, absorbed = make([]string, len(srcs)), make([]bool, len(srcs))
	var links []int // sources with a URL, by span start
	for i, s := range srcs {
		urls[i] = s.URL
		if s.URL != "" {
			links = append(links, i)
		}
	}
	slices.SortStableFunc(links, func(a, b int) int { return srcs[a].Span.Start - srcs[b].Span.Start })
	// Anchors never nest, so their spans sorted by start are sorted by end too and the links
	// that overlap a span are one run of links: found by binary search, not by a scan per name.
	disjoint := slices.IsSortedFunc(links, func(a, b int) int { return srcs[a].Span.End - srcs[b].Span.End })
	for i, s := range srcs {
		if s.URL != "" || s.Span.Len() == 0 {
			continue
		}
		lo, hi := 0, len(links)
		if disjoint {
			lo = sort.Search(len(links), func(k int) bool { return srcs[links[k]].Span.End > s.Span.Start })
			hi = sort.Search(len(links), func(k int) bool { return srcs[links[k]].Span.Start >= s.Span.End })
		}
		best := -1 // the first overlapping link in source order, as before
		for _, j := range links[lo:max(lo, hi)] {
			if !absorbed[j] && srcs[j].Span.Overlaps(s.Span) && (best < 0 || j < best) {
				best = j
			}
		}
		if best >= 0 {
			urls[i], absorbed[best] = srcs[best].URL, true
		}
	}
	return urls, absorbed
}

func sourceReport(a *article.Article, s attribution.Source, u string) SourceReport {
	r := SourceReport{Outlet: s.Name, URL: u, Kind: s.Kind.String(), Relation: s.Relation.String()}
	if s.Outlet != nil {
		r.Outlet = s.Outlet.Name
	} else if s.URL != "" {
		if pu, err := url.Parse(s.URL); err == nil {
			r.Outlet = hostName(pu)
		}
	}
	if s.Span.Len() > 0 {
		r.Mention = a.Text[s.Span.Start:s.Span.End]
	}
	if s.Via != nil {
		r.Via = s.Via.Name
	}
	return r
}

// storyLevel reports whether s supports every quote of the article: a credit line, an
// outlet the article cites, or a link whose anchor text names a known outlet.
func storyLevel(a *article.Article, s attribution.Source) bool {
	switch s.Relation {
	case attribution.RelationCredit, attribution.RelationCited:
		return true
	}
	if s.URL == "" || s.Outlet == nil || s.Span.Len() == 0 {
		return false
	}
	o, ok := attribution.LookupOutlet(strings.TrimSpace(a.Text[s.Span.Start:s.Span.End]))
	return ok && o.Name == s.Outlet.Name
}

func hostName(u *url.URL) string {
	if o, ok := attribution.LookupHost(u.Hostname()); ok {
		return o.Name
	}
	return u.Hostname()
}
