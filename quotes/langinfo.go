package quotes

import (
	"sync"

	"github.com/quotecheck/quotecheck/lang"
)

// langInfo holds what Extract precomputes once per language: the marker index and the
// quote-mark tables.
type langInfo struct {
	markers map[string][][]string // first folded word → marker word lists, longest first
	opens   map[string]bool
	closes  map[[2]string]bool
}

var infoCache sync.Map // *lang.Lang → *langInfo

func infoFor(lg *lang.Lang) *langInfo {
	if v, ok := infoCache.Load(lg); ok {
		return v.(*langInfo)
	}
	li := &langInfo{markers: map[string][][]string{}, opens: map[string]bool{}, closes: map[[2]string]bool{}}
	for _, m := range lg.Markers() {
		ws := phraseWords(m)
		if len(ws) > 0 {
			li.markers[ws[0]] = append(li.markers[ws[0]], ws)
		}
	}
	for _, pr := range lg.Pairs {
		li.opens[pr.Open] = true
		li.closes[[2]string{pr.Open, pr.Close}] = true
	}
	for _, m := range []string{`"`, "“", "„", "«", "``", "''", "‘", "‚", "‹", "「"} {
		li.opens[m] = true
	}
	for _, pr := range [][2]string{{"「", "」"}, {"``", "''"}, {"‹", "›"}, {"‘", "’"}, {"‚", "‘"}} {
		li.closes[pr] = true
	}
	v, _ := infoCache.LoadOrStore(lg, li)
	return v.(*langInfo)
}
