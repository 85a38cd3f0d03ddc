package compare

import (
	"cmp"
	"slices"
)

// MinHash (Broder 1997) with LSH banding (Leskovec, Rajaraman & Ullman, Mining of Massive
// Datasets, ch. 3): numBands bands of bandRows rows put two documents in a common bucket
// with probability 1-(1-J^r)^b for a Jaccard similarity J of their shingle sets; with
// b = 24 and r = 5 the threshold (1/b)^(1/r) is about 0.53.
const (
	numBands     = 24
	bandRows     = 5
	numHashes    = numBands * bandRows
	minJaccard   = 0.5 // candidates are re-checked against this exact Jaccard similarity
	minShingles  = 1
	splitmixSeed = 0x9e3779b97f4a7c15
)

// mix is the splitmix64 finalizer: a cheap, well-spread 64-bit hash of x.
func mix(x uint64) uint64 {
	x += splitmixSeed
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// minhash returns the MinHash signature of a shingle list, nil when it is empty.
func minhash(shingles []uint64) []uint64 {
	if len(shingles) < minShingles {
		return nil
	}
	sig := make([]uint64, numHashes)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range shingles {
		base := mix(s)
		for i := range sig {
			if h := mix(base ^ uint64(i)*0x9e3779b97f4a7c15); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// Duplicate is a pair of whole documents that are near copies.
type Duplicate struct {
	Earlier, Later int  // document numbers, by publication time (see Passage for ties)
	Dated          bool // the two publication times are known and differ
	// Jaccard is the exact Jaccard similarity of the two documents' sets of word 5-grams.
	Jaccard float64
}

// Duplicates returns the pairs of documents whose sets of word 5-grams have a Jaccard
// similarity of at least 0.5: candidates from MinHash signatures with LSH bands, each
// re-checked exactly. Ordered by Earlier, then Later.
func (x *Index) Duplicates() []Duplicate {
	buckets := map[[2]uint64][]int{}
	keys := make([][numBands][2]uint64, len(x.docs))
	for i, d := range x.docs {
		if d.sig == nil {
			continue
		}
		for b := range numBands {
			h := uint64(14695981039346656037)
			for _, v := range d.sig[b*bandRows : (b+1)*bandRows] {
				h = (h ^ v) * 1099511628211
			}
			key := [2]uint64{uint64(b), h}
			keys[i][b] = key
			buckets[key] = append(buckets[key], i)
		}
	}
	// Each candidate pair (i, j), i < j, is checked once: seen[j] == i+1 marks j as done
	// for i. The shingle sets are sorted once per document, not once per pair, so that
	// many copies of one story (each pair of them a candidate) cost little per pair.
	sets := make([][]uint64, len(x.docs))
	set := func(i int) []uint64 {
		if sets[i] == nil {
			sets[i] = uniqueSorted(x.docs[i].shingles)
		}
		return sets[i]
	}
	seen := make([]int, len(x.docs))
	var out []Duplicate
	for i, d := range x.docs {
		if d.sig == nil {
			continue
		}
		for b := range numBands {
			docs := buckets[keys[i][b]]
			// docs is in increasing order: skip to the documents after i.
			k, _ := slices.BinarySearch(docs, i+1)
			for _, j := range docs[k:] {
				if seen[j] == i+1 {
					continue
				}
				seen[j] = i + 1
				jac := jaccardSorted(set(i), set(j))
				if jac < minJaccard {
					continue
				}
				a := Occurrence{Doc: i, Published: x.docs[i].Published}
				b := Occurrence{Doc: j, Published: x.docs[j].Published}
				e, l, dated := provenance(a, b)
				out = append(out, Duplicate{Earlier: e.Doc, Later: l.Doc, Dated: dated, Jaccard: jac})
			}
		}
	}
	slices.SortFunc(out, func(a, b Duplicate) int {
		if c := cmp.Compare(a.Earlier, b.Earlier); c != 0 {
			return c
		}
		return cmp.Compare(a.Later, b.Later)
	})
	return out
}

// jaccardSorted is |A ∩ B| / |A ∪ B| of two sets given as sorted lists without repeats.
func jaccardSorted(sa, sb []uint64) float64 {
	inter, i, j := 0, 0, 0
	for i < len(sa) && j < len(sb) {
		switch {
		case sa[i] == sb[j]:
			inter++
			i++
			j++
		case sa[i] < sb[j]:
			i++
		default:
			j++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func uniqueSorted(a []uint64) []uint64 {
	s := slices.Clone(a)
	slices.Sort(s)
	return slices.Compact(s)
}
