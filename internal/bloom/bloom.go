// Package bloom holds a cheap word hash and a Bloom filter of words, with which the rule
// packages answer most look-ups of words outside their lists without hashing the words in
// full for a map.
package bloom

// Hash is a cheap hash of a word: of its byte length and of its first, middle and last
// bytes. Words alike in these collide; it spreads words over a filter or a memo table.
func Hash(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	if n > 0 {
		h ^= uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16
		h *= 0x85EBCA6B
		h ^= h >> 15
	}
	return h
}

// Filter is a Bloom filter of words: two bits of 65,536 a word, taken from its Hash. The zero
// Filter holds no word.
type Filter [1 << 10]uint64

// Add adds w to f.
func (f *Filter) Add(w string) {
	h := Hash(w)
	a, b := h&0xffff, h>>16
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

// MayHold reports whether w may have been added to f; false means that it was not.
func (f *Filter) MayHold(w string) bool {
	h := Hash(w)
	a, b := h&0xffff, h>>16
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}
