package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	var rep extractReport
	var total gold.Scorer
	tot := fileResult{File: "all"}
	errs := newErrorLog(cfg.errors)
	if preds == nil {
		warmUp(lib)
	}
	for _, path := range cfg.gold {
		fr, err := scoreFile(path, cfg, lib, preds, out, &total, errs)
		if err != nil {
			closeOut()
			return err
		}
		rep.Files = append(rep.Files, fr)
		tot.Articles, tot.Bytes, tot.Seconds = tot.Articles+fr.Articles, tot.Bytes+fr.Bytes, tot.Seconds+fr.Seconds
		tot.CPUSeconds += fr.CPUSeconds
	}
	if err := closeOut(); err != nil {
		return err
	}
	if len(rep.Files) > 1 {
		tot.Score = total.Result()
		rep.Total = &tot
	}
	rep.Misses, rep.FalseAlarms, rep.Speakers = errs.worst()
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

// scoreFile runs (or looks up) the predictions of every article of one gold file.
func scoreFile(path string, cfg config, lib engine, preds map[string]*gold.Article, out *json.Encoder,
	total *gold.Scorer, errs *errorLog) (fileResult, error) {
	articles, err := loadGold(path, cfg)
	if err != nil {
		return fileResult{}, err
	}
	fr := fileResult{File: filepath.Base(path)}
	var sc gold.Scorer
	var spent, cpuSpent time.Duration
	cpuOK := true
	for i := range articles {
		g := &articles[i]
		var p *gold.Article
		if preds != nil {
			p = preds[g.ID]
		} else {
			start := time.Now()
			cpu0, ok0 := cpuTime()
			a := lib.predict(g)
			spent += time.Since(start)
			cpu1, ok1 := cpuTime()
			cpuSpent += cpu1 - cpu0
			cpuOK = cpuOK && ok0 && ok1
			p = &a
			fr.Bytes += len(g.Text)
		}
		if p != nil && p.Quotes == nil {
			p.Quotes = []gold.Quote{} // the schema wants a list, never null
		}
		if out != nil && p != nil {
			if err := out.Encode(p); err != nil {
				return fr, fmt.Errorf("writing predictions: %w", err)
			}
		}
		sc.Add(g, p)
		total.Add(g, p)
		errs.add(fr.File, g, p)
	}
	if cpuOK {
		fr.CPUSeconds = cpuSpent.Seconds()
	}
	fr.Articles, fr.Seconds, fr.Score = len(articles), spent.Seconds(), sc.Result()
	return fr, nil
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
