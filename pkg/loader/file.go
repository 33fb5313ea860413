package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/oasguard/oasguard/pkg/safefile"
)

// Problem is something wrong with a document, found while loading it.
type Problem struct {
	Kind    string `json:"kind"` // parse, ref, schema, openapi
	Message string `json:"message"`
	Pointer string `json:"pointer"`
	File    string `json:"file"`
}

// File is one parsed file: a root document or a fragment it references.
type File struct {
	Path   string // as displayed in reports
	Abs    string // absolute path; "" for standard input
	Format string // json or yaml
	Root   *Node
	Data   []byte
}

// Locate returns the line and column of a pointer in the file: the key of the
// element when it is a map member, else the value. A pointer that does not
// resolve completely is located at the deepest element it reaches.
func (f *File) Locate(pointer string) (line, col int, exact bool) {
	if f == nil || f.Root == nil {
		return 1, 1, false
	}
	n, deepest := f.Root.Lookup(pointer)
	if n == nil {
		n = deepest
	}
	return int(n.KeyLine), int(n.KeyCol), n == deepest && n != nil
}

// MaxFileSizeCeiling bounds --max-file-size: larger values (up to the
// largest int64, which overflowed) read at most this much.
const MaxFileSizeCeiling = 1 << 31

// ErrTooLarge is returned for files over the size limit.
var ErrTooLarge = errors.New("file too large")

func readLimited(r io.Reader, max int64) ([]byte, error) {
	max = min(max, MaxFileSizeCeiling) // max+1 cannot overflow
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: over %d bytes (raise --max-file-size)", ErrTooLarge, max)
	}
	return data, nil
}

// readFile reads a regular file of at most max bytes. FIFOs, devices and
// pseudo-files are refused before anything is read (safefile.Open).
func readFile(path string, max int64) ([]byte, error) {
	fh, err := safefile.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes, over %d (raise --max-file-size)", ErrTooLarge, st.Size(), max)
	}
	return readLimited(fh, max)
}

// parseData parses bytes as JSON or YAML. JSON is recognised by the file
// extension or by a leading '{' or '['.
func parseData(name string, data []byte, limits Limits) (*File, []Problem, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, errors.New("empty file")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, nil, errors.New("binary file (contains NUL bytes), not JSON or YAML")
	}
	if !utf8.Valid(data) {
		return nil, nil, errors.New("not valid UTF-8 text")
	}
	f := &File{Path: name, Data: data}
	var (
		root *Node
		dups []Problem
		err  error
	)
	switch looksJSON(name, data) {
	case 2:
		f.Format = "json"
		root, dups, err = ParseJSON(data, limits)
	case 1:
		f.Format = "json"
		root, dups, err = ParseJSON(data, limits)
		if err != nil {
			if yroot, ydups, yerr := ParseYAML(data, limits); yerr == nil {
				f.Format, root, dups, err = "yaml", yroot, ydups, nil
			}
		}
	default:
		f.Format = "yaml"
		root, dups, err = ParseYAML(data, limits)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("invalid %s: %w", strings.ToUpper(f.Format), err)
	}
	f.Root = root
	for i := range dups {
		dups[i].File = name
	}
	return f, dups, nil
}

// looksJSON is 2 for a .json file, 1 for other text that starts like JSON
// (tried as JSON, then as YAML), 0 for YAML.
func looksJSON(name string, data []byte) int {
	if strings.EqualFold(filepath.Ext(name), ".json") {
		return 2
	}
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return 1
	}
	return 0
}
