package lang

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoad(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"de", "en", "es", "fr", "it", "pt"}, Codes()); diff != "" {
		t.Errorf("Codes (-want +got):\n%s", diff)
	}
	for code, min := range map[string]int{"en": 200, "fr": 150} {
		if n := len(MustGet(code).Lemmas()); n < min {
			t.Errorf("%s: %d lemmas, want at least %d", code, n, min)
		}
	}
}

func TestVerb(t *testing.T) {
	tests := []struct{ lang, form, want string }{
		{"en", "said", "say"}, {"en", "Says", "say"}, {"en", "told", "tell"},
		{"en", "noted", "note"}, {"en", "noting", "note"}, {"en", "denies", "deny"},
		{"en", "denied", "deny"}, {"en", "admitted", "admit"}, {"en", "tweeted", "tweet"},
		{"en", "wrote", "write"}, {"en", "argues", "argue"},
		{"fr", "affirmé", "affirmer"}, {"fr", "ajoutant", "ajouter"}, {"fr", "dit", "dire"},
		{"fr", "réitère", "réitérer"}, {"fr", "répète", "répéter"}, {"fr", "lança", "lancer"},
		{"fr", "rappelle", "rappeler"}, {"fr", "jugeant", "juger"}, {"fr", "reconnu", "reconnaître"},
		{"fr", "soutient", "soutenir"}, {"fr", "répondu", "répondre"}, {"fr", "admis", "admettre"},
		{"fr", "Déclare", "déclarer"}, {"fr", "estimé", "estimer"}, {"fr", "salué", "saluer"},
		{"de", "sagte", "sagen"}, {"es", "dijo", "decir"}, {"it", "ha", ""}, {"pt", "disse", "dizer"},
		{"en", "table", ""}, {"fr", "maison", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.form, func(t *testing.T) {
			got, _ := MustGet(tt.lang).Verb(tt.form)
			if got != tt.want {
				t.Errorf("Verb(%q) = %q, want %q", tt.form, got, tt.want)
			}
		})
	}
}

func TestPhrasal(t *testing.T) {
	got := MustGet("fr").Phrasal("fait")
	if len(got) == 0 || got[0].Lemma != "faire part" {
		t.Errorf("Phrasal(fait) = %v, want faire part first", got)
	}
}

func TestSplitInverted(t *testing.T) {
	tests := []struct{ in, verb, pron string }{
		{"a-t-il", "a", "il"}, {"affirme-t-elle", "affirme", "elle"}, {"dit-il", "dit", "il"},
		{"ajoute-t-on", "ajoute", "on"}, {"vice-ministre", "", ""}, {"-il", "", ""}, {"a-", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, p, _ := SplitInverted(tt.in)
			if diff := cmp.Diff([2]string{tt.verb, tt.pron}, [2]string{v, p}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestLookups(t *testing.T) {
	fr, en := MustGet("fr"), MustGet("en")
	if p, ok := fr.Pronoun("Elle"); !ok || p != (Pronoun{Feminine, Singular, 3}) {
		t.Errorf("fr Pronoun(Elle) = %v %v", p, ok)
	}
	if p, ok := en.Pronoun("they"); !ok || p.Number != Plural {
		t.Errorf("en Pronoun(they) = %v %v", p, ok)
	}
	if ti, ok := fr.Title("Mme"); !ok || ti.Gender != Feminine {
		t.Errorf("fr Title(Mme) = %v %v", ti, ok)
	}
	if ti, ok := en.Title("Sen."); !ok || ti.Role {
		t.Errorf("en Title(Sen.) = %v %v", ti, ok)
	}
	if !fr.Complementizer("qu’") || !en.Complementizer("that") {
		t.Error("complementizers missing")
	}
	if diff := cmp.Diff([]string{"»", "”", "\""}, fr.Closers("«")); diff != "" {
		t.Errorf("fr Closers(«) (-want +got):\n%s", diff)
	}
	if !fr.Aux("avait") || !en.Aux("has") {
		t.Error("aux missing")
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The minister said that the plan was not ready for the vote.", "en"},
		{"Le ministre a affirmé que le plan n'était pas prêt pour le vote de la loi.", "fr"},
		{"Xyz.", ""},
		{"Il ministro ha detto che il piano non è pronto per il voto della legge.", "it"},
		{"El ministro dijo que el plan no estaba listo para la votación de la ley.", "es"},
		{"O ministro disse que o plano não estava pronto para a votação da lei.", "pt"},
		{"Der Minister sagte, dass der Plan für die Abstimmung nicht fertig ist.", "de"},
		{"per chi non lo sapesse il venerdì nero è l’ennesima consuetudine importata dagli USA", "it"},
		{"FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” during a presidential campaign stop.", "en"},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClass(t *testing.T) {
	fr, en := MustGet("fr"), MustGet("en")
	tests := []struct {
		l    *Lang
		w    string
		want Class
	}{
		{fr, "affirmé", ClassVerb}, {fr, "Avait", ClassAux}, {fr, "selon", ClassMarker},
		{fr, "d’", ClassMarker}, {fr, "fait", ClassPhrasal}, {en, "that", ClassComplementizer | ClassStopword},
		{en, "she", ClassPronoun}, {en, "Mr", ClassTitle}, {fr, "maintenant", 0},
	}
	for _, tt := range tests {
		if got := tt.l.Class(tt.w) & tt.want; got != tt.want {
			t.Errorf("%s Class(%q) = %b, want bits %b", tt.l.Code, tt.w, tt.l.Class(tt.w), tt.want)
		}
	}
	if fr.Class("maintenant")&ClassVerb != 0 {
		t.Error("excluded form maintenant still a verb")
	}
}

// TestFoldShort checks that the allocation-free fold of Detect agrees with Fold.
func TestFoldComposes(t *testing.T) {
	for w, want := range map[string]string{"De\u0301clare\u0301": "déclaré", "a\u0300": "à", "E\u0301TE\u0301": "été", "déclaré": "déclaré"} {
		if got := Fold(w); got != want {
			t.Errorf("Fold(%q) = %q, want %q", w, got, want)
		}
	}
	if v, ok := MustGet("fr").Verb("de\u0301clare\u0301"); !ok || v != "déclarer" {
		t.Errorf("Verb(NFD déclaré) = %q, %v", v, ok)
	}
}

func TestFoldShort(t *testing.T) {
	var buf [64]byte
	for _, w := range []string{"the", "The", "L’Iran", "d’après", "ÉTÉ", "Ça", "qu'il", "ʼtis", "Straße",
		strings.Repeat("a", 64), strings.Repeat("É", 40), "x\xffy", "De\u0301clare\u0301"} {
		n, ok := foldShort(&buf, w)
		if !ok {
			if len(w) <= 32 && w != "x\xffy" && w != "De\u0301clare\u0301" {
				t.Errorf("%q: not folded", w)
			}
			continue
		}
		if got := string(buf[:n]); got != Fold(w) {
			t.Errorf("foldShort(%q) = %q, Fold gives %q", w, got, Fold(w))
		}
	}
}

func TestWords(t *testing.T) {
	en, fr := MustGet("en"), MustGet("fr")
	if !en.Words("hearsay")["reportedly"] || en.Words("hearsay")["said"] {
		t.Errorf("en [hearsay]: %v", en.Words("hearsay"))
	}
	if !fr.Words("reflexive-other")["assurer"] || fr.Words("hearsay") != nil {
		t.Errorf("fr word sets: reflexive-other %v, hearsay %v", fr.Words("reflexive-other"), fr.Words("hearsay"))
	}
	if !en.Words("postposed-verbs")["point out"] || en.Words("postposed-verbs")["point"] {
		t.Errorf("en [postposed-verbs]: a line is one entry: %v", en.Words("postposed-verbs"))
	}
	if (*Lang)(nil).Words("hearsay") != nil {
		t.Error("nil Lang has words")
	}
	if _, err := parse("code xx\n[no-such-set]\nword\n"); err == nil {
		t.Error("unknown section accepted")
	}
}

func TestChoose(t *testing.T) {
	fr := "Le ministre a affirmé que le plan n'était pas prêt pour le vote de la loi, et il a ajouté que les députés de la majorité devaient se réunir dans la semaine."
	en := "The minister said that the plan was not ready for the vote, and he added that the members of the majority would meet in the week to decide what to do."
	for _, c := range []struct{ forced, declared, text, code, tag string }{
		{"", "fr_FR", fr, "fr", "fr-FR"},
		{"", "en", fr, "fr", "fr"},         // the page's template says en, the text is plainly French
		{"de", "en", fr, "de", "de"},       // forced wins
		{"", "fr", "Xyz.", "fr", "fr"},     // nothing to detect: the declaration stands
		{"", "", en, "en", "en"},           // detected
		{"", "xx", "Xyz.", "en", ""},       // no data, nothing detected: English conventions, no tag
		{"", "en", "Le plan.", "en", "en"}, // too little French to overrule the page
	} {
		l, tag := Choose(c.forced, c.declared, c.text)
		if l.Code != c.code || tag != c.tag {
			t.Errorf("Choose(%q, %q, %.20q) = %s, %q; want %s, %q", c.forced, c.declared, c.text, l.Code, tag, c.code, c.tag)
		}
	}
}

// TestStopTable checks that the detector's table answers every stop word of every language
// with the languages that list it, and no language for other words.
func TestStopTable(t *testing.T) {
	d := detector()
	for i, code := range d.codes {
		for w := range MustGet(code).stop {
			if d.stops.get(w)&(1<<i) == 0 {
				t.Errorf("%s stop word %q: languages %08b lack bit %d", code, w, d.stops.get(w), i)
			}
		}
	}
	for _, w := range []string{"ministre", "government", "zzz", "", "thé", "tha"} {
		if langs := d.stops.get(w); langs != 0 {
			t.Errorf("get(%q) = %08b, want no language", w, langs)
		}
	}
}

func TestChooseShortText(t *testing.T) {
	for text, want := range map[string]string{
		"« Nous gagnerons », a déclaré Hélène Dupont.": "fr",
		"Nous gagnerons.":       "fr",
		"He won.":               "en",
		"“We win,” Smith said.": "en",
		"Dupont, 2024.":         "en",
		"« Dupont » 2024":       "fr",
	} {
		if l, _ := Choose("", "", text); l.Code != want {
			t.Errorf("Choose(%q) = %s, want %s", text, l.Code, want)
		}
	}
}
