package lang

import "strings"

// Inflect returns the forms that the rules of language code generate for a verb lemma: for
// English the third person, past and -ing forms of a regular verb ("note" → notes, noted,
// noting); for French the simple tenses, participles and present participle of the first
// (-er) and second (-ir) groups and of the -dre, -ettre, -aître and -enir classes. Irregular
// forms are listed in the data files. Other languages list all forms, so Inflect returns nil.
// A generated form that the language does not use does no harm: it never occurs in text.
func Inflect(code, lemma string) []string {
	switch code {
	case "en":
		return inflectEN(lemma)
	case "fr":
		return inflectFR(lemma)
	}
	return nil
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func inflectEN(v string) []string {
	n := len(v)
	if n < 2 {
		return nil
	}
	last, prev := v[n-1], v[n-2]
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		s = v + "es"
	case last == 'y' && !isVowel(prev):
		s = v[:n-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
	case last == 'y' && !isVowel(prev):
		ed = v[:n-1] + "ied"
	default:
		ed = v + "ed"
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		ing = v[:n-2] + "ying"
	case last == 'e' && prev != 'e' && prev != 'y' && prev != 'o':
		ing = v[:n-1] + "ing"
	default:
		ing = v + "ing"
	}
	out := []string{s, ed, ing}
	// Doubling of a final consonant after one short vowel (admit → admitted, plan →
	// planned); the undoubled forms stay too, so stress need not be known.
	if n >= 3 && !isVowel(last) && strings.IndexByte("wxy", last) < 0 && isVowel(prev) && !isVowel(v[n-3]) {
		out = append(out, v+string(last)+"ed", v+string(last)+"ing")
	}
	return out
}

func inflectFR(v string) []string {
	switch {
	case strings.HasSuffix(v, "enir"):
		return frEnir(v[:len(v)-4])
	case strings.HasSuffix(v, "er"):
		return frER(v[:len(v)-2])
	case strings.HasSuffix(v, "ir"):
		return frIR(v[:len(v)-2])
	case strings.HasSuffix(v, "ettre"):
		return frETTRE(v[:len(v)-5])
	case strings.HasSuffix(v, "aître"):
		return frAITRE(v[:len(v)-len("aître")])
	case strings.HasSuffix(v, "dre"):
		return frDRE(v[:len(v)-2])
	}
	return nil
}

func withEnds(stem string, ends ...string) []string {
	out := make([]string, len(ends))
	for i, e := range ends {
		out[i] = stem + e
	}
	return out
}

// frER conjugates a first-group verb from its stem ("affirm"), with the ç/ge spellings
// before a and o (lancer → lança, juger → jugeant) and the è of répéter → répète.
func frER(st string) []string {
	soft := st
	switch {
	case strings.HasSuffix(st, "c"):
		soft = st[:len(st)-1] + "ç"
	case strings.HasSuffix(st, "g"):
		soft = st + "e"
	}
	out := withEnds(st, "e", "es", "ent", "ez", "é", "ée", "és", "ées", "ais", "ait", "aient",
		"ions", "iez", "èrent", "erai", "era", "eront", "erais", "erait", "eraient", "erons", "erez")
	out = append(out, withEnds(soft, "ons", "ant", "a", "ai", "as", "ait", "ais", "aient", "âmes")...)
	if i := strings.LastIndex(st, "é"); i >= 0 && i+len("é") < len(st) && !strings.ContainsAny(st[i+len("é"):], "aeiouyé") {
		grave := st[:i] + "è" + st[i+len("é"):]
		out = append(out, withEnds(grave, "e", "es", "ent")...)
	}
	return out
}

func frIR(st string) []string {
	return withEnds(st, "is", "it", "issons", "issez", "issent", "issait", "issaient", "issais",
		"issant", "i", "ie", "ies", "ira", "irait", "iront", "iraient", "irent", "îmes")
}

func frEnir(st string) []string { // soutenir, prévenir, maintenir
	return withEnds(st, "iens", "ient", "iennent", "enons", "enez", "enait", "enaient", "enant",
		"enu", "enue", "enus", "enues", "iendra", "iendrait", "iendront", "int", "inrent")
}

func frETTRE(st string) []string { // admettre, promettre
	return withEnds(st, "ets", "et", "ettent", "ettons", "ettez", "ettait", "ettaient", "ettant",
		"is", "ise", "ises", "it", "irent", "ettra", "ettrait", "ettront")
}

func frAITRE(st string) []string { // reconnaître, connaître
	return withEnds(st, "ais", "aît", "ait", "aissent", "aissait", "aissaient", "aissant", "u",
		"ue", "us", "ues", "ut", "urent", "aîtra", "aîtrait", "aitra", "aitrait")
}

func frDRE(st string) []string { // répondre, rendre, prétendre
	return withEnds(st, "s", "", "ent", "ons", "ez", "ait", "aient", "ant", "u", "ue", "us",
		"ues", "it", "irent", "ra", "rait", "ront")
}
