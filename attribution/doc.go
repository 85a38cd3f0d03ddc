// Package attribution says who said each quote of an article and where the information came
// from.
//
// The verbs are [Speakers], which gives one [Attribution] per quote (the speaker [Entity], the
// mention that links them, the [Method] used and a confidence), [Sources], which lists the
// outlets, documents and links the article credits, chains such as "Tasnim via Sputnik"
// included, and [SourcesFor], which picks the sources that support each quote. [LookupOutlet]
// and [LookupHost] query the embedded outlet directory.
//
// Everything works without a statistical model: names are capitalised word sequences with
// their particles and titles, and the speaker of a quote is found by a cascade of sieves, most
// precise first (the design follows the rule-based systems of Pareti 2015, Muzny et al. 2017
// "A Two-stage Sieve Approach for Quote Attribution", and the Gender Gap Tracker). Every span
// is a UTF-8 byte range into Article.Text, from 0, end exclusive. Results are deterministic.
package attribution
