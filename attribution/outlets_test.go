package attribution

import (
	"bufio"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotecheck/quotecheck/article"
)

func TestDirectoryWellFormed(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader(outletsTSV))
	n, line := 0, 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 6 {
			t.Errorf("outlets.tsv line %d: %d fields, want 6: %q", line, len(f), l)
			continue
		}
		if f[0] == "" || len(f[3]) != 2 || f[4] == "" || parseOutletKind(f[5]) == OutletUnknown {
			t.Errorf("outlets.tsv line %d: bad name, country, language or kind: %q", line, l)
		}
		n++
	}
	if n < 300 || len(Outlets()) != n {
		t.Errorf("%d lines, %d outlets loaded; want the same, at least 300", n, len(Outlets()))
	}
}

func TestLookupOutlet(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"AFP", "Agence France-Presse"},
		{"l’AFP", "Agence France-Presse"},
		{"the Associated Press", "Associated Press"},
		{"AP", "Associated Press"},
		{"reuters", "Reuters"},
		{"Tasnim", "Tasnim"},
		{"Sputnik", "Sputnik"},
		{"Press TV", "PressTV"},
		{"IRNA", "IRNA"},
		{"ITAR-TASS", "TASS"},
		{"RIA Novosti", "RIA Novosti"},
		{"Xinhua", "Xinhua"},
		{"Le Monde", "Le Monde"},
		{"Le Soir", "Le Soir"},
		{"Le Temps", "Le Temps"},
		{"Le Devoir", "Le Devoir"},
		{"The Guardian", "The Guardian"},
		{"New York Times", "The New York Times"},
		{"Time", "Time"},
		{"No Such Outlet", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			o, ok := LookupOutlet(tc.in)
			if ok != (tc.want != "") || o.Name != tc.want {
				t.Errorf("LookupOutlet(%q) = %q, %v; want %q", tc.in, o.Name, ok, tc.want)
			}
		})
	}
}

func TestLookupHost(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"www.tasnimnews.com", "Tasnim"},
		{"https://www.tasnimnews.com/en/news/2019/1", "Tasnim"},
		{"fr.sputniknews.africa", "Sputnik"},
		{"french.presstv.ir", "PressTV"},
		{"edition.cnn.com:443", "CNN"},
		{"www.bbc.co.uk", "BBC"},
		{"ici.radio-canada.ca", "Radio-Canada"},
		{"www.rts.ch", "RTS"},
		{"WWW.LEMONDE.FR.", "Le Monde"},
		{"example.com", ""},
		{"co.uk", ""},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			o, ok := LookupHost(tc.in)
			if ok != (tc.want != "") || o.Name != tc.want {
				t.Errorf("LookupHost(%q) = %q, %v; want %q", tc.in, o.Name, ok, tc.want)
			}
		})
	}
}

func TestStableNames(t *testing.T) {
	got := []string{}
	for m := MethodNone; m <= MethodCoordinated; m++ {
		b, _ := m.MarshalText()
		got = append(got, string(b))
		var back Method
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, m)
		}
	}
	want := []string{"none", "cue", "cue-pronoun", "cue-role", "according-to", "colon", "intro", "byline", "floating", "coordinated"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("method names (-want +got):\n%s", diff)
	}
	var m Method
	if err := m.UnmarshalText([]byte("guess")); err == nil {
		t.Error("UnmarshalText(guess) succeeded")
	}
	for _, s := range []string{Method(99).String(), SourceKind(9).String(), Relation(9).String(), EntityKind(9).String(), OutletKind(9).String()} {
		if s != "unknown" {
			t.Errorf("out-of-range name %q, want unknown", s)
		}
	}
}

// TestPhrasesBloom checks that the Bloom filter in front of byFirst never hides a phrase.
func TestPhrasesBloom(t *testing.T) {
	d := dir()
	for w, ps := range d.byFirst {
		if got := d.phrases(w); len(got) != len(ps) {
			t.Errorf("phrases(%q) gives %d phrases, want %d", w, len(got), len(ps))
		}
	}
	if got := d.phrases("Zzyzx"); got != nil {
		t.Errorf("phrases(%q) = %v, want none", "Zzyzx", got)
	}
}

// TestPhrasesAt checks that the phrases split by second word give the same first match as the
// whole list, on a text of every directory name and variant, alone and run together.
func TestPhrasesAt(t *testing.T) {
	var b strings.Builder
	for _, o := range dir().outlets {
		for _, v := range append([]string{o.Name}, o.Variants...) {
			b.WriteString(v + " said. " + v + " " + o.Name + ", The " + v + "\n")
		}
	}
	d := newDocWith(&article.Article{Text: b.String()}, false)
	defer d.release()
	first := func(ps []phrase, i int) int {
		for k, p := range ps {
			if d.matchPhrase(i, p.words) {
				return k + 1000*p.outlet + 1000000*len(p.words)
			}
		}
		return -1
	}
	n := 0
	for i := range d.toks {
		if !d.isWord(i) {
			continue
		}
		all, at := dir().phrases(d.word(i)), dir().phrasesAt(d, i)
		if len(at) < len(all) {
			n++
		}
		if a, b := first(all, i)/1000, first(at, i)/1000; a != b {
			t.Errorf("token %d %q: first match %d in all phrases, %d in phrasesAt", i, d.word(i), a, b)
		}
	}
	if n == 0 {
		t.Errorf("no list was split")
	}
}
