package lang

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// parse reads one data file (format in data/README.md). Malformed lines are skipped and
// reported in the error; the returned Lang holds everything that could be read.
func parse(src string) (*Lang, error) {
	l := &Lang{
		verbs: map[string]string{}, comps: map[string]bool{}, aux: map[string]bool{},
		inserts: map[string]bool{}, initial: map[string]bool{}, pronouns: map[string]Pronoun{},
		titles: map[string]Title{}, stop: map[string]bool{}, phrasal: map[string][]Phrasal{},
		words: map[string]map[string]bool{},
	}
	var errs []string
	section := ""
	for n, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		if err := l.parseLine(section, line); err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", n+1, err))
		}
	}
	l.finish()
	if l.Code == "" {
		errs = append(errs, "no code line")
	}
	if len(errs) > 0 {
		return l, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return l, nil
}

func (l *Lang) parseLine(section, line string) error {
	f := strings.Fields(line)
	switch section {
	case "":
		return l.header(f)
	case "pairs":
		if len(f) < 2 {
			return fmt.Errorf("pair needs an opener and closers: %q", line)
		}
		for _, c := range f[1:] {
			l.Pairs = append(l.Pairs, Pair{Open: f[0], Close: c})
		}
	case "verbs":
		return l.verbLine(line)
	case "phrasal":
		return l.phrasalLine(line)
	case "exclude":
		l.exclude = append(l.exclude, f...)
	case "aux":
		addAll(l.aux, f)
	case "inserts":
		addAll(l.inserts, f)
	case "complementizers":
		addAll(l.comps, f)
	case "stopwords":
		addAll(l.stop, f)
	case "initial":
		addAll(l.initial, f)
	case "markers":
		l.markers = append(l.markers, Fold(strings.Join(f, " ")))
	case "credits":
		l.credits = append(l.credits, Fold(strings.Join(f, " ")))
	case "pronouns":
		return l.pronounLine(f)
	case "titles":
		return l.titleLine(f)
	default:
		if !wordSets[section] {
			return fmt.Errorf("unknown section [%s]", section)
		}
		if l.words[section] == nil {
			l.words[section] = map[string]bool{}
		}
		l.words[section][Fold(strings.Join(f, " "))] = true // one entry a line: "point out"
	}
	return nil
}

// wordSets are the sections that hold plain word sets, read by [Lang.Words]; their meaning is
// in data/README.md.
var wordSets = map[string]bool{
	"hearsay": true, "headline-verbs": true, "weak-verbs": true, "reflexive-other": true,
	"np-verbs": true, "object-verbs": true, "as-verbs": true, "inverted-verbs": true,
	"postposed-verbs": true, "bare-verbs": true, "object-first-verbs": true, "passive-other": true, "to-verbs": true, "inf-verbs": true,
	"wh-verbs": true, "told-verbs": true, "that-nouns": true, "to-nouns": true, "poll-nouns": true, "act-verbs": true, "intent-verbs": true,
}

func (l *Lang) header(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("header line needs a key and a value")
	}
	switch f[0] {
	case "code":
		l.Code = strings.ToLower(f[1])
	case "name":
		l.Name = strings.Join(f[1:], " ")
	default:
		return fmt.Errorf("unknown header key %q", f[0])
	}
	return nil
}

// verbLine reads "lemma", "lemma: extra forms" (generated forms plus the extras) or
// "lemma = forms" (only the listed forms and the lemma).
func (l *Lang) verbLine(line string) error {
	head, rest, only := line, "", false
	if i := strings.IndexAny(line, ":="); i >= 0 {
		head, rest, only = line[:i], line[i+1:], line[i] == '='
	}
	lemma := Fold(strings.TrimSpace(head))
	if lemma == "" || strings.ContainsAny(lemma, " \t") {
		return fmt.Errorf("bad verb lemma %q", head)
	}
	forms := strings.Fields(Fold(rest))
	if !only {
		forms = append(forms, Inflect(l.Code, lemma)...)
	}
	forms = append(forms, lemma)
	for _, f := range forms {
		if _, dup := l.verbs[f]; !dup {
			l.verbs[f] = lemma
		}
	}
	l.lemmas = append(l.lemmas, lemma)
	return nil
}

// phrasalLine reads "head particle…[: extra head forms]" ("faire part: fait font").
func (l *Lang) phrasalLine(line string) error {
	head, rest := line, ""
	if i := strings.IndexByte(line, ':'); i >= 0 {
		head, rest = line[:i], line[i+1:]
	}
	words := strings.Fields(Fold(head))
	if len(words) < 2 {
		return fmt.Errorf("phrasal verb needs a verb and a particle: %q", head)
	}
	ph := Phrasal{Lemma: strings.Join(words, " "), Particle: words[1:]}
	forms := append(strings.Fields(Fold(rest)), Inflect(l.Code, words[0])...)
	forms = append(forms, words[0])
	seen := map[string]bool{}
	for _, f := range forms {
		if !seen[f] {
			seen[f] = true
			l.phrasal[f] = append(l.phrasal[f], ph)
		}
	}
	l.lemmas = append(l.lemmas, ph.Lemma)
	return nil
}

func (l *Lang) pronounLine(f []string) error {
	if len(f) != 4 {
		return fmt.Errorf("pronoun line needs form gender number person: %q", strings.Join(f, " "))
	}
	g, err := parseGender(f[1])
	if err != nil {
		return err
	}
	var num Number
	switch f[2] {
	case "s":
		num = Singular
	case "p":
		num = Plural
	case "-":
	default:
		return fmt.Errorf("bad number %q", f[2])
	}
	p, err := strconv.Atoi(f[3])
	if err != nil || p < 0 || p > 3 {
		return fmt.Errorf("bad person %q", f[3])
	}
	l.pronouns[Fold(f[0])] = Pronoun{Gender: g, Number: num, Person: p}
	return nil
}

func (l *Lang) titleLine(f []string) error {
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("title line needs form gender [role]: %q", strings.Join(f, " "))
	}
	g, err := parseGender(f[1])
	if err != nil {
		return err
	}
	t := Title{Gender: g, Role: len(f) == 3 && f[2] == "role"}
	l.titles[strings.TrimSuffix(Fold(f[0]), ".")] = t
	return nil
}

func parseGender(s string) (Gender, error) {
	switch s {
	case "m":
		return Masculine, nil
	case "f":
		return Feminine, nil
	case "n":
		return Neuter, nil
	case "-":
		return AnyGender, nil
	}
	return 0, fmt.Errorf("bad gender %q", s)
}

func addAll(m map[string]bool, f []string) {
	for _, w := range f {
		m[Fold(w)] = true
	}
}

func (l *Lang) finish() {
	l.afterAux = map[string]string{}
	for _, w := range l.exclude {
		if lemma, ok := l.verbs[Fold(w)]; ok {
			l.afterAux[Fold(w)] = lemma
			l.known.Add(Fold(w))
		}
		delete(l.verbs, Fold(w))
		delete(l.phrasal, Fold(w))
	}
	l.exclude = nil
	l.classes = map[string]Class{}
	add := func(c Class, words ...string) {
		for _, w := range words {
			l.classes[w] |= c
			l.known.Add(w)
		}
	}
	for w := range l.verbs {
		add(ClassVerb, w)
	}
	for w := range l.phrasal {
		add(ClassPhrasal, w)
	}
	for _, m := range []struct {
		c Class
		m map[string]bool
	}{{ClassAux, l.aux}, {ClassInsert, l.inserts}, {ClassComplementizer, l.comps}, {ClassInitial, l.initial}, {ClassStopword, l.stop}} {
		for w := range m.m {
			add(m.c, w)
		}
	}
	for w := range l.pronouns {
		add(ClassPronoun, w)
	}
	for w := range l.titles {
		add(ClassTitle, w)
	}
	for _, m := range l.markers {
		f := strings.Fields(m)[0]
		if i := strings.IndexByte(f, '\''); i >= 0 && i < len(f)-1 {
			f = f[:i+1] // "d'après" starts with the elided "d'"
		}
		add(ClassMarker, f)
	}
	byLen := func(s []string) {
		sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	}
	byLen(l.markers)
	byLen(l.credits)
	sort.Strings(l.lemmas)
}
