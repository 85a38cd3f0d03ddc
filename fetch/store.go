package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempFile is the part of *os.File that atomic writes use; tests replace it to simulate a
// crash in the middle of a write.
type tempFile interface {
	io.Writer
	Name() string
	Sync() error
	Close() error
}

// createTempFunc creates a temporary file in dir, as os.CreateTemp does.
type createTempFunc func(dir, pattern string) (tempFile, error)

func osCreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }

// tempPrefix starts the name of every file being written; readers ignore such files.
const tempPrefix = ".tmp-"

// writeAtomic writes data to dir/name through a temporary file in dir, synced and renamed,
// so a reader sees the whole file or none; the temporary file is removed on failure.
func writeAtomic(create createTempFunc, dir, name string, data []byte) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := create(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), filepath.Join(dir, name))
}

// urlKey is the file name stem for a URL: the hex SHA-256 of its string form.
func urlKey(u string) string {
	h := sha256.Sum256([]byte(u))
	return hex.EncodeToString(h[:])
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// entry is the JSON metadata record of the cache and of recordings.
type entry struct {
	URL          string    `json:"url"`
	Evidence     *Evidence `json:"evidence,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	StoredAt     time.Time `json:"stored_at"`
	// Failure records a failed fetch (recordings only) so Replay gives the same answer.
	Failure *failure `json:"failure,omitempty"`
}

// failure is a recorded error: its kind (a sentinel name), status and message.
type failure struct {
	Kind    string `json:"kind"`
	Status  int    `json:"status,omitempty"`
	Message string `json:"message"`
}

var sentinels = []struct {
	name string
	err  error
}{
	{"blocked", ErrBlocked}, {"robots", ErrRobots}, {"too-large", ErrTooLarge},
	{"not-html", ErrNotHTML}, {"not-found", ErrNotFound}, {"redirect", ErrRedirect},
	{"status", ErrStatus}, {"url", ErrURL},
}

func failureOf(err error) *failure {
	f := &failure{Kind: "other", Message: err.Error()}
	for _, s := range sentinels {
		if errors.Is(err, s.err) {
			f.Kind = s.name
			break
		}
	}
	var fe *Error
	if errors.As(err, &fe) {
		f.Status = fe.Status
		f.Message = fe.Err.Error() // the URL is the record's own
	}
	return f
}

func (f *failure) err(rawURL string) error {
	cause := errors.New(f.Message)
	for _, s := range sentinels {
		if s.name == f.Kind {
			msg := strings.TrimPrefix(strings.TrimPrefix(f.Message, s.err.Error()), ": ")
			cause = fmt.Errorf("%w (recorded: %s)", s.err, msg)
		}
	}
	return &Error{URL: rawURL, Status: f.Status, Err: cause}
}

// store is a directory of metadata records and bodies.
//
// Cache layout (content-addressed): meta/<sha256 of URL>.json and bodies/<sha256 of body>.
// Recording layout (flat, for people to read): <sha256 of URL>.json and
// <sha256 of URL>.body.
type store struct {
	dir    string
	flat   bool // recording layout
	create createTempFunc
}

func (s *store) metaPath(u string) (dir, name string) {
	if s.flat {
		return s.dir, urlKey(u) + ".json"
	}
	return filepath.Join(s.dir, "meta"), urlKey(u) + ".json"
}

func (s *store) bodyPath(u, sum string) (dir, name string) {
	if s.flat {
		return s.dir, urlKey(u) + ".body"
	}
	return filepath.Join(s.dir, "bodies"), sum
}

// put writes the body (if any), then the metadata, each atomically: a crash leaves either
// no entry or a complete one (a body without metadata is never read).
func (s *store) put(e *entry, body []byte) error {
	if e.Evidence != nil {
		dir, name := s.bodyPath(e.URL, e.Evidence.SHA256)
		if err := writeAtomic(s.create, dir, name, body); err != nil {
			return err
		}
	}
	data, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	dir, name := s.metaPath(e.URL)
	return writeAtomic(s.create, dir, name, append(data, '\n'))
}

// get reads the entry for u. ok is false when there is none, or when it is unreadable or its
// body is missing or does not match its SHA-256 (such an entry is treated as absent).
func (s *store) get(u string) (e *entry, body []byte, ok bool) {
	dir, name := s.metaPath(u)
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, nil, false
	}
	e = &entry{}
	if json.Unmarshal(data, e) != nil || e.URL != u {
		return nil, nil, false
	}
	if e.Evidence == nil {
		return e, nil, e.Failure != nil
	}
	dir, name = s.bodyPath(u, e.Evidence.SHA256)
	if strings.ContainsAny(e.Evidence.SHA256, `/\.`) {
		return nil, nil, false
	}
	body, err = os.ReadFile(filepath.Join(dir, name))
	if err != nil || sha256Hex(body) != e.Evidence.SHA256 {
		return nil, nil, false
	}
	return e, body, true
}

// WriteRecording writes one answer into a recordings directory, in the format the Replay mode
// reads (see the package doc), for recordings made without the network (constructed pages,
// fixtures). With err nil, body is the page and ev its evidence (ev.SHA256 and ev.Size are set
// from body); with err non-nil, the failure is recorded and Replay returns it again, with the
// sentinel and HTTP status that err carries. The record's stored_at is ev.FetchedAt.
func WriteRecording(dir, rawURL string, ev Evidence, body []byte, err error) error {
	if mkErr := os.MkdirAll(dir, 0o755); mkErr != nil {
		return mkErr
	}
	s := &store{dir: dir, flat: true, create: osCreateTemp}
	e := &entry{URL: rawURL, StoredAt: ev.FetchedAt}
	if err != nil {
		e.Failure = failureOf(err)
		return s.put(e, nil)
	}
	ev.SHA256, ev.Size = sha256Hex(body), int64(len(body))
	e.Evidence = &ev
	return s.put(e, body)
}
