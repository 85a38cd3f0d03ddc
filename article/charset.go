package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// decodeHTML turns raw page bytes into valid UTF-8, following the encoding sniffing
// algorithm of the HTML standard as implemented by golang.org/x/net/html/charset
// (byte order mark, then the charset parameter of contentType, then a <meta> in the first
// 1024 bytes, then a guess), and then checking the declaration against the bytes:
//
//   - declared or guessed UTF-8 but invalid UTF-8: when the valid multi-byte sequences
//     outnumber the invalid ones the page is kept as UTF-8 with each invalid sequence replaced
//     by U+FFFD; otherwise it is decoded as Windows-1252 (the WHATWG replacement for
//     ISO-8859-1);
//   - a legacy encoding declared or guessed, single-byte (Windows-1252, ISO-8859-x, KOI8…)
//     or multi-byte (Shift_JIS, EUC-JP, EUC-KR, GBK, GB18030, Big5), but the bytes are valid
//     UTF-8 with at least one multi-byte sequence: decoded as UTF-8 (mojibake such as "Ã©" or
//     "ç¾åœ¨" is the alternative; text really written in those encodings is almost never
//     valid UTF-8, since their trail bytes do not follow UTF-8's pattern);
//   - UTF-16 declared (by the HTTP header: a <meta> saying UTF-16 already means UTF-8) with
//     no byte order mark, but the bytes are valid UTF-8 with no NUL (UTF-16 text of a page,
//     whose markup is ASCII, has a NUL in every other byte): decoded as UTF-8 with a warning;
//   - ISO-2022-JP declared but the bytes are valid UTF-8 with at least one multi-byte
//     sequence and no escape byte (ISO-2022-JP is 7-bit and switches sets by escapes):
//     decoded as UTF-8 with a warning;
//   - the first 1024 bytes are ASCII and nothing is declared: UTF-8 if the whole page is.
//
// It returns the UTF-8 bytes (BOM removed), the name of the encoding used and warnings.
func decodeHTML(raw []byte, contentType string) ([]byte, string, []string) {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	raw = trimBOM(raw, name)
	if name == "utf-8" {
		return decodeUTF8(raw, certain)
	}
	if isLegacy(name) && utf8.Valid(raw) {
		if !hasMultiByte(raw) {
			return raw, name, nil
		}
		if certain || declaresCharset(raw) {
			return raw, "utf-8", []string{fmt.Sprintf("page declares %s but its bytes are valid UTF-8; decoded as UTF-8", name)}
		}
		return raw, "utf-8", nil
	}
	if utf8Misdeclared(name, raw) {
		return raw, "utf-8", []string{fmt.Sprintf("page declares %s but its bytes are valid UTF-8; decoded as UTF-8", name)}
	}
	if noUTF16(name, raw) { // not UTF-8 either: read as a page said to be UTF-8 (windows-1252 or U+FFFD)
		out, used, warns := decodeUTF8(raw, true)
		return out, used, append([]string{fmt.Sprintf("page declares %s but its bytes have no NUL, which UTF-16 markup has; decoded as %s", name, used)}, warns...)
	}
	out, err := decodeWith(enc, raw)
	if err != nil {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), "utf-8", []string{fmt.Sprintf("decoding as %s failed (%v); invalid bytes replaced by U+FFFD", name, err)}
	}
	var warns []string
	if !certain && !declaresCharset(raw) && hasHighBit(raw) {
		warns = append(warns, fmt.Sprintf("page declares no charset and is not UTF-8; decoded as %s", name))
	}
	if n := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(raw, []byte("\uFFFD")); n > 0 {
		warns = append(warns, fmt.Sprintf("%d byte sequences invalid in %s replaced by U+FFFD", n, name))
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, warns
}

// decodeUTF8 handles a page declared or guessed to be UTF-8.
func decodeUTF8(raw []byte, certain bool) ([]byte, string, []string) {
	if utf8.Valid(raw) {
		return raw, "utf-8", nil
	}
	valid, invalid := countUTF8(raw)
	if valid > invalid {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), "utf-8",
			[]string{fmt.Sprintf("%d invalid UTF-8 sequences replaced by U+FFFD", invalid)}
	}
	out, _ := decodeWith(charmap.Windows1252, raw)
	what := "guessed"
	if certain || declaresCharset(raw) {
		what = "declared"
	}
	return out, "windows-1252", []string{fmt.Sprintf("page %s as UTF-8 is not valid UTF-8; decoded as windows-1252", what)}
}

// decodeWith decodes raw with e and drops a leading byte order mark.
func decodeWith(e encoding.Encoding, raw []byte) ([]byte, error) {
	out, _, err := transform.Bytes(e.NewDecoder(), raw)
	return bytes.TrimPrefix(out, []byte("\uFEFF")), err
}

// countUTF8 counts valid multi-byte sequences and invalid bytes of b.
func countUTF8(b []byte) (valid, invalid int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[n:]
	}
	return valid, invalid
}

func trimBOM(raw []byte, name string) []byte {
	switch name {
	case "utf-8":
		return bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	}
	return raw
}

// utf8Misdeclared reports whether raw, declared in the encoding name, is UTF-8 the
// declaration gets wrong: UTF-16 with no byte order mark and no NUL byte, or ISO-2022-JP with
// multi-byte sequences and no escape byte, and valid UTF-8 in both cases.
func utf8Misdeclared(name string, raw []byte) bool {
	switch name {
	case "utf-16le", "utf-16be":
		if !noUTF16(name, raw) {
			return false
		}
	case "iso-2022-jp":
		if bytes.IndexByte(raw, 0x1b) >= 0 || !hasMultiByte(raw) {
			return false
		}
	default:
		return false
	}
	return utf8.Valid(raw)
}

// noUTF16 reports whether raw, declared in the encoding name, is said to be UTF-16 but has
// no byte order mark and no NUL byte.
func noUTF16(name string, raw []byte) bool {
	return (name == "utf-16le" || name == "utf-16be") && len(raw) > 0 &&
		!bytes.HasPrefix(raw, []byte("\xff\xfe")) && !bytes.HasPrefix(raw, []byte("\xfe\xff")) && bytes.IndexByte(raw, 0) < 0
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

func hasMultiByte(b []byte) bool { return hasHighBit(b) }

// isLegacy reports whether the WHATWG encoding name is a legacy encoding whose text is
// ASCII-compatible: single-byte (windows-125x, iso-8859-x, koi8…) or multi-byte (Shift_JIS,
// EUC-JP, EUC-KR, GBK, gb18030, Big5). Not UTF-16, ISO-2022-JP (7-bit) or "replacement".
func isLegacy(name string) bool {
	switch name {
	case "shift_jis", "euc-jp", "euc-kr", "gbk", "gb18030", "big5", "macintosh", "ibm866", "x-mac-cyrillic":
		return true
	}
	return strings.HasPrefix(name, "windows-") || strings.HasPrefix(name, "iso-8859-") || strings.HasPrefix(name, "koi8")
}

// declaresCharset reports whether the first 64 KiB of the page hold a charset declaration.
func declaresCharset(raw []byte) bool {
	head := raw[:min(len(raw), 64<<10)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// Charset returns the WHATWG name of the encoding ParseHTML decodes raw from ("utf-8",
// "windows-1252", …), given the HTTP Content-Type ("" when none). The encoding is found as
// the HTML standard's sniffing algorithm does (byte order mark, then the charset parameter
// of contentType, then a <meta> in the first 1024 bytes, then a guess), then checked
// against the bytes: a page said to be UTF-8 whose bytes are mostly invalid UTF-8 is read
// as Windows-1252; a page said to be in a legacy encoding (single-byte, or the CJK
// multi-byte ones) whose bytes are valid UTF-8 with multi-byte sequences is read as UTF-8, as
// is a page said to be UTF-16 (no byte order mark) whose bytes are valid UTF-8 with no NUL
// or said to be ISO-2022-JP whose bytes are valid UTF-8 with multi-byte sequences and no
// escape; a page with ASCII first 1024 bytes and
// no declaration is UTF-8 when the whole page is valid UTF-8. It decodes raw to check the
// bytes against the declaration, so it costs about one decoding.
func Charset(raw []byte, contentType string) string {
	_, name, _ := decodeHTML(raw, contentType)
	return name
}
