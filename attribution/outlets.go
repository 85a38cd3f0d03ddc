package attribution

import (
	"bufio"
	_ "embed"
	"net/url"
	"strings"
	"sync"

	"github.com/quotecheck/quotecheck/internal/bloom"
)

//go:embed data/outlets.tsv
var outletsTSV string

// OutletKind says what an outlet is. Stable: new values are added only at the end.
type OutletKind int

const (
	OutletUnknown     OutletKind = iota // not said
	OutletAgency                        // a news agency (AFP, Reuters, Tasnim)
	OutletNewspaper                     // a daily or weekly newspaper, in print or online
	OutletBroadcaster                   // a television or radio station or network
	OutletMagazine                      // a magazine
	OutletOnline                        // an online-only publication
)

var outletKindNames = [...]string{"", "agency", "newspaper", "broadcaster", "magazine", "online"}

// String returns the stable name of k ("agency", "newspaper", …), "" for OutletUnknown.
func (k OutletKind) String() string {
	if k >= 0 && int(k) < len(outletKindNames) {
		return outletKindNames[k]
	}
	return "unknown"
}

// MarshalText renders k as its name.
func (k OutletKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Outlet is one entry of the embedded outlet directory (attribution/data/outlets.tsv).
type Outlet struct {
	Name     string     // canonical name ("Agence France-Presse")
	Variants []string   // other spellings ("AFP", "Agence France Presse")
	Domains  []string   // registrable domains ("afp.com"); a subdomain resolves to its parent
	Country  string     // ISO 3166-1 alpha-2 code, "ZZ" for international
	Lang     string     // BCP 47 language of its main edition
	Kind     OutletKind //
}

type directory struct {
	outlets []Outlet
	keys    []string       // "outlet:" and the name of each outlet: the key of its entity
	byName  map[string]int // folded name or variant → index
	byHost  map[string]int // domain → index
	// byFirst maps the first word of every name or variant that may be matched in running
	// text to the candidate phrases starting with it, longest first.
	byFirst map[string][]phrase
	// firstBloom is a Bloom filter of the keys of byFirst: most capitalised words of a text
	// start no outlet name and are answered without a map look-up.
	firstBloom bloom.Filter
	// bySecond splits the long lists of byFirst ("The …", "Le …") by their second word: for a
	// second word, the phrases of one word and those that go on with it, in byFirst's order;
	// singles holds the phrases of one word alone.
	bySecond map[string]map[string][]phrase
	singles  map[string][]phrase
}

// splitFrom is the length of a byFirst list from which bySecond splits it.
const splitFrom = 5

// phrasesAt returns the phrases that may start at token i of d: phrases(word(i)), without
// those whose second word is not token i+1.
func (dr *directory) phrasesAt(d *doc, i int) []phrase {
	ps := dr.phrases(d.word(i))
	if len(ps) < splitFrom {
		return ps
	}
	if d.isWord(i + 1) {
		if qs, ok := dr.bySecond[d.word(i)][d.word(i+1)]; ok {
			return qs
		}
	}
	return dr.singles[d.word(i)]
}

// phrases returns byFirst[w], the phrases that may start with the word w.
func (d *directory) phrases(w string) []phrase {
	if !d.firstBloom.MayHold(w) {
		return nil
	}
	return d.byFirst[w]
}

type phrase struct {
	words  []string
	outlet int
}

var dir = sync.OnceValue(loadDirectory)

func loadDirectory() *directory {
	d := &directory{byName: map[string]int{}, byHost: map[string]int{}, byFirst: map[string][]phrase{}}
	sc := bufio.NewScanner(strings.NewReader(outletsTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			continue // the directory test reports malformed lines
		}
		d.add(f)
	}
	d.bySecond, d.singles = map[string]map[string][]phrase{}, map[string][]phrase{}
	for k, ps := range d.byFirst {
		sortPhrases(ps)
		d.byFirst[k] = ps
		if len(ps) >= splitFrom {
			d.split(k, ps)
		}
		d.firstBloom.Add(k)
	}
	return d
}

func (d *directory) add(f []string) {
	i := len(d.outlets)
	o := Outlet{Name: f[0], Domains: splitList(f[2]), Country: f[3], Lang: f[4], Kind: parseOutletKind(f[5])}
	textual := map[string]bool{f[0]: true}
	for _, v := range splitList(f[1]) {
		if strings.HasPrefix(v, "~") {
			v = v[1:]
			textual[v] = false
		} else if _, seen := textual[v]; !seen {
			textual[v] = true
		}
		if v != f[0] {
			o.Variants = append(o.Variants, v)
		}
	}
	if o.Lang == "fr" { // French "de le" and "à le" contract: "le Monde" is written "du Monde", "au Figaro" (the match leaves the contraction out of the span)
		var contracted []string
		for v, inText := range textual {
			if len(v) > 3 && strings.EqualFold(v[:3], "le ") && inText {
				contracted = append(contracted, "du "+v[3:], "au "+v[3:])
			}
		}
		for _, v := range contracted {
			if _, seen := textual[v]; !seen {
				textual[v] = true
			}
		}
	}
	d.outlets = append(d.outlets, o)
	d.keys = append(d.keys, "outlet:"+o.Name)
	for v, inText := range textual {
		if _, dup := d.byName[foldName(v)]; !dup {
			d.byName[foldName(v)] = i
		}
		if inText {
			w := phraseWords(v)
			if len(w) > 0 {
				d.byFirst[w[0]] = append(d.byFirst[w[0]], phrase{w, i})
			}
		}
	}
	for _, h := range o.Domains {
		if _, dup := d.byHost[h]; !dup {
			d.byHost[h] = i
		}
	}
}

// split fills bySecond and singles for the phrases ps of first word k.
func (d *directory) split(k string, ps []phrase) {
	m := map[string][]phrase{}
	for _, p := range ps {
		if len(p.words) > 1 {
			m[p.words[1]] = nil
		}
	}
	for _, p := range ps {
		if len(p.words) == 1 {
			d.singles[k] = append(d.singles[k], p)
			for s := range m {
				m[s] = append(m[s], p)
			}
		} else {
			m[p.words[1]] = append(m[p.words[1]], p)
		}
	}
	d.bySecond[k] = m
}

func sortPhrases(ps []phrase) {
	// insertion sort: longest first, then by outlet index, so matching is deterministic
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func less(a, b phrase) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return a.outlet < b.outlet
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func parseOutletKind(s string) OutletKind {
	for i, n := range outletKindNames {
		if n == s && i > 0 {
			return OutletKind(i)
		}
	}
	return OutletUnknown
}

// foldName lower-cases s, unifies apostrophes and drops a leading article, for lookups.
func foldName(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "’", "'")))
	for _, p := range []string{"the ", "l'", "le ", "la ", "les "} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			s = s[len(p):]
			break
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

// byWords returns the index of the outlet named by words exactly (folded), -1 when none.
func (d *directory) byWords(words []string) int {
	var buf [64]byte
	var i int
	var ok bool
	if b, ascii := appendFoldWords(buf[:0], words); ascii {
		i, ok = d.byName[string(b)]
	} else {
		i, ok = d.byName[foldName(strings.Join(words, " "))]
	}
	if !ok {
		return -1
	}
	return i
}

// appendFoldWords appends foldName(strings.Join(words, " ")) to b without allocating a string;
// ok is false, and b unusable, when a word is not ASCII.
func appendFoldWords(b []byte, words []string) (_ []byte, ok bool) {
	s := len(b)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			switch {
			case c >= 0x80 || c <= ' ':
				return b, false
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	f := b[s:]
	for _, p := range []string{"the ", "l'", "le ", "la ", "les "} {
		if len(f) > len(p) && string(f[:len(p)]) == p {
			n := len(p)
			if f[n] == ' ' { // "l' Express": Fields drops the space
				n++
			}
			b = b[:s+copy(f, f[n:])]
			break
		}
	}
	return b, true
}

// phraseWords splits a name into the words the tokenizer produces for it.
func phraseWords(s string) []string {
	var w []string
	for _, t := range tokenize(s) {
		if t.kind == tokWord {
			w = append(w, s[t.s:t.e])
		}
	}
	return w
}

// Outlets returns a copy of the whole directory, in file order.
func Outlets() []Outlet {
	d := dir()
	return append([]Outlet(nil), d.outlets...)
}

// LookupOutlet finds an outlet by its name or a variant, ignoring case, a leading article
// ("the", "le", "la", "l'") and the apostrophe style: "Reuters", "l'AFP", "the Associated Press".
func LookupOutlet(name string) (Outlet, bool) {
	d := dir()
	i, ok := d.byName[foldName(name)]
	if !ok {
		return Outlet{}, false
	}
	return d.outlets[i], true
}

// LookupHost finds the outlet of a host name or URL: "www.reuters.com", "fr.sputniknews.africa",
// "https://www.tasnimnews.com/en/news/1". Subdomains resolve to the closest listed parent
// domain; a port is ignored.
func LookupHost(host string) (Outlet, bool) {
	if strings.Contains(host, "/") {
		u, err := url.Parse(host)
		if err != nil || u.Host == "" {
			return Outlet{}, false
		}
		host = u.Host
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if h, _, ok := strings.Cut(host, ":"); ok {
		host = h
	}
	d := dir()
	for h := host; ; {
		if i, ok := d.byHost[h]; ok {
			return d.outlets[i], true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok {
			return Outlet{}, false
		}
		h = rest
	}
}
