// Package attribution says who said each quote of an article and where the information came
// from.
//
// The verbs are [Speakers], which gives one [Attribution] per quote (the speaker [Entity], the
// mention that links them, the [Method] used and a confidence), [Sources], which lists the
// outlets, documents and links the article credits, chains such as "Tasnim via Sputnik"
// included, and [SourcesFor], which picks the sources that support each quote. [LookupOutlet]
// and [LookupHost] query the embedded outlet directory.
//
// Everything works without a statistical model. Names are capitalised word sequences with their
// particles (de, van, von der, al-), titles and initials ("M.Fomine" without a space included);
// the first word of a sentence is no name by itself, and all-caps bylines and wire datelines
// ("MOSCOW (Reuters) -") are none. A name has at most 16 words, particles and titles included
// (a person's has about 8 at most; headlines in title case run longer): a longer run of
// capitalised words is cut into names of 16. Mentions of one person form one [Entity] whose canonical name
// is the longest proper name the text gives, honorifics dropped, with the roles of its
// appositions. The speaker of a quote is found by a cascade of sieves, most precise first, as in
// the rule-based systems of the field (Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
// Attribution"; the Gender Gap Tracker and Radar de Parité rules): a cue with its subject, a
// marker such as "according to" or "selon", a colon lead-in, an introducing sentence or a dash
// byline, a floating quote continuing the previous speaker; pronouns and role nouns resolve to
// the entities they refer to.
//
// The word lists live in embedded data files: data/outlets.tsv (the outlet directory: names and
// variants, domains, country, language, kind), data/lexicon.txt (titles, pronouns with gender
// and number, determiners, particles, role nouns, first names) and data/verbs.txt (reporting
// verbs of English and French, and the forms whose object is a hearer: "told", "a déclaré à").
//
// Every span is a UTF-8 byte range into Article.Text, from 0, end exclusive. Results are
// deterministic. Work is linear in the text: the rules look back at most a few hundred tokens
// and a few dozen quotes, so hostile input cannot make them quadratic. The package never
// prints; Options.Logger receives debug records.
package attribution
