package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/quotecheck/quotecheck/internal/gold"
)

// fileResult is the score of one -gold argument. The JSON form is stable.
type fileResult struct {
	File     string  `json:"file"`
	Articles int     `json:"articles"`
	Bytes    int     `json:"bytes"`   // text bytes run through the library
	Seconds  float64 `json:"seconds"` // wall time spent in the library; 0 with -score
	// CPUSeconds is the process CPU time (user and system, all threads, GC included) over the
	// same calls: on a loaded machine it measures the work better than wall time.
	CPUSeconds float64     `json:"cpu_seconds"`
	Score      gold.Result `json:"score"`
}

// ArticlesPerSecond and MBPerSecond are the throughput of the library (MB = 10^6 bytes).
func (f fileResult) ArticlesPerSecond() float64 { return rate(float64(f.Articles), f.Seconds) }
func (f fileResult) MBPerSecond() float64       { return rate(float64(f.Bytes)/1e6, f.Seconds) }

// MBPerCPUSecond is the throughput per CPU second.
func (f fileResult) MBPerCPUSecond() float64 { return rate(float64(f.Bytes)/1e6, f.CPUSeconds) }

func rate(n, s float64) float64 {
	if s <= 0 {
		return 0
	}
	return n / s
}

// MarshalJSON adds the throughput figures.
func (f fileResult) MarshalJSON() ([]byte, error) {
	type plain fileResult
	return json.Marshal(struct {
		plain
		APS   float64 `json:"articles_per_second"`
		MBPS  float64 `json:"mb_per_second"`
		MBPCS float64 `json:"mb_per_cpu_second"`
	}{plain(f), f.ArticlesPerSecond(), f.MBPerSecond(), f.MBPerCPUSecond()})
}

// extractReport is everything -json prints for extraction. Total is there with several files.
type extractReport struct {
	Files       []fileResult `json:"files"`
	Total       *fileResult  `json:"total,omitempty"`
	Langs       []fileResult `json:"langs,omitempty"` // per language, with several languages
	Misses      []errorCase  `json:"misses,omitempty"`
	FalseAlarms []errorCase  `json:"false_alarms,omitempty"`
	Speakers    []errorCase  `json:"wrong_speakers,omitempty"`
}

func runExtract(cfg config, stdout io.Writer, lib engine) error {
	var preds map[string]*gold.Article
	if cfg.score != "" {
		var err error
		if preds, err = readPredictions(cfg.score); err != nil {
			return err
		}
	}
	out, closeOut, err := predWriter(cfg.pred)
	if err != nil {
		return err
	}
	if preds == nil {
		warmUp(lib)
	}
	run := &extraction{cfg: cfg, lib: lib, preds: preds, out: out, errs: newErrorLog(cfg.errors),
		total: &tally{fr: fileResult{File: "all"}}, langs: map[string]*tally{}}
	var rep extractReport
	for _, path := range cfg.gold {
		fr, err := run.file(path)
		if err != nil {
			closeOut()
			return err
		}
		rep.Files = append(rep.Files, fr)
	}
	if err := closeOut(); err != nil {
		return err
	}
	if len(rep.Files) > 1 {
		t := run.total.result()
		rep.Total = &t
	}
	if len(run.langs) > 1 {
		for _, l := range slices.Sorted(maps.Keys(run.langs)) {
			rep.Langs = append(rep.Langs, run.langs[l].result())
		}
	}
	rep.Misses, rep.FalseAlarms, rep.Speakers = run.errs.worst()
	switch {
	case cfg.json:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case cfg.markdown:
		return writeMarkdown(stdout, rep, cfg)
	}
	return writeText(stdout, rep, cfg)
}

// extraction is one run over the gold files.
type extraction struct {
	cfg   config
	lib   engine
	preds map[string]*gold.Article // -score predictions by id; nil to run the library
	out   *json.Encoder            // the -pred file, nil when none
	errs  *errorLog
	total *tally
	langs map[string]*tally // by the gold article's lang
}

// tally accumulates the score and throughput of a group of articles.
type tally struct {
	fr    fileResult
	sc    gold.Scorer
	cpuNA bool // the CPU time was not available for some article
}

func (t *tally) add(g, p *gold.Article, bytes int, wall, cpu time.Duration, cpuOK bool) {
	t.sc.Add(g, p)
	t.fr.Articles++
	t.fr.Bytes += bytes
	t.fr.Seconds += wall.Seconds()
	t.fr.CPUSeconds += cpu.Seconds()
	t.cpuNA = t.cpuNA || !cpuOK
}

func (t *tally) result() fileResult {
	fr := t.fr
	fr.Score = t.sc.Result()
	if t.cpuNA {
		fr.CPUSeconds = 0
	}
	return fr
}

// file runs (or looks up) the predictions of every article of one gold file.
func (x *extraction) file(path string) (fileResult, error) {
	articles, err := loadGold(path, x.cfg)
	if err != nil {
		return fileResult{}, err
	}
	ft := &tally{fr: fileResult{File: filepath.Base(path)}}
	for i := range articles {
		g := &articles[i]
		p, bytes, wall, cpu, cpuOK := x.predict(g)
		if x.out != nil && p != nil {
			if err := x.out.Encode(p); err != nil {
				return fileResult{}, fmt.Errorf("writing predictions: %w", err)
			}
		}
		lt := x.langs[g.Lang]
		if lt == nil {
			lt = &tally{fr: fileResult{File: "lang " + g.Lang}}
			x.langs[g.Lang] = lt
		}
		for _, t := range []*tally{ft, x.total, lt} {
			t.add(g, p, bytes, wall, cpu, cpuOK)
		}
		x.errs.add(ft.fr.File, g, p)
	}
	return ft.result(), nil
}

// predict returns the prediction for g (nil when -score has none) with the text bytes run
// through the library and the wall and CPU time it took (zero with -score).
func (x *extraction) predict(g *gold.Article) (p *gold.Article, bytes int, wall, cpu time.Duration, cpuOK bool) {
	if x.preds != nil {
		return x.preds[g.ID], 0, 0, 0, true
	}
	start := time.Now()
	cpu0, ok0 := cpuTime()
	a := x.lib.predict(g)
	wall = time.Since(start)
	cpu1, ok1 := cpuTime()
	if a.Quotes == nil {
		a.Quotes = []gold.Quote{} // the schema wants a list, never null
	}
	return &a, len(g.Text), wall, cpu1 - cpu0, ok0 && ok1
}

// predWriter opens the -pred file; close flushes and closes it. Both are no-ops without one.
func predWriter(path string) (*json.Encoder, func() error, error) {
	if path == "" {
		return nil, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc, func() error {
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, nil
}

func readPredictions(path string) (map[string]*gold.Article, error) {
	as, err := readJSONL(path, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]*gold.Article, len(as))
	for i := range as {
		m[as[i].ID] = &as[i]
	}
	return m, nil
}

// warmUp runs the library once on a short text so that one-time set-up (loading the language
// data) is not counted in the throughput of the first file.
func warmUp(lib engine) {
	for _, l := range []string{"en", "fr"} {
		lib.predict(&gold.Article{ID: "warm-up", Lang: l, Text: "Il a dit : « Oui. » He said \"yes\" that day."})
	}
}
