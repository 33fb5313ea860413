package traffic

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is a capture format.
type Format string

// The capture formats. FormatAuto detects the format from the content.
const (
	FormatAuto  Format = ""
	FormatHAR   Format = "har"
	FormatLog   Format = "log"
	FormatJSONL Format = "jsonl"
)

// ParseFormat reads a --capture-format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case FormatAuto, "auto":
		return FormatAuto, nil
	case FormatHAR, FormatLog, FormatJSONL:
		return f, nil
	}
	return "", fmt.Errorf("unknown capture format %q (want auto, har, log or jsonl)", s)
}

// Reader yields the records of one capture. Next returns io.EOF at the end;
// any other error stops the capture (the records already read stay valid).
// Entries that cannot be read are skipped and counted in Skips.
type Reader interface {
	Next() (*Record, error)
	Skips() *Skips
}

// Skips counts the entries of a capture left out, by reason.
type Skips struct {
	counts map[string]int
	order  []string
}

// Add counts one skipped entry for reason.
func (s *Skips) Add(reason string) {
	if s.counts == nil {
		s.counts = map[string]int{}
	}
	if s.counts[reason] == 0 {
		s.order = append(s.order, reason)
	}
	s.counts[reason]++
}

// Total is the number of skipped entries.
func (s *Skips) Total() int {
	n := 0
	for _, c := range s.counts {
		n += c
	}
	return n
}

// Lines returns one "skipped N entries (reason)" line per reason, in the
// order the reasons were first met.
func (s *Skips) Lines() []string {
	out := make([]string, 0, len(s.order))
	for _, r := range s.order {
		n := s.counts[r]
		word := "entries"
		if n == 1 {
			word = "entry"
		}
		out = append(out, fmt.Sprintf("skipped %d %s (%s)", n, word, r))
	}
	return out
}

// ReadOptions tune the readers.
type ReadOptions struct {
	Format Format
	// LogFormat is a custom nginx log_format line for access logs; empty
	// tries combined, then common.
	LogFormat string
	// MaxLineBytes bounds a log or JSON lines record (default 64 KiB);
	// longer lines are skipped.
	MaxLineBytes int
	// MaxBodyBytes bounds the part of a body kept for analysis (default
	// 1 MiB).
	MaxBodyBytes int
	// Progress, when set, is called with the bytes read so far.
	Progress func(read int64)
}

func (o ReadOptions) withDefaults() ReadOptions {
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = 64 << 10
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	return o
}

// Capture is an opened capture file.
type Capture struct {
	Name   string // as displayed
	Format Format
	Size   int64 // bytes on disk, -1 when unknown (stdin, gzip)
	Reader
	closer io.Closer
}

// Close closes the underlying file.
func (c *Capture) Close() error {
	if c.closer == nil {
		return nil
	}
	return c.closer.Close()
}

// Open opens a capture: path "-" reads stdin. Gzip is detected by its magic
// bytes, the format by the content unless opts.Format names it.
func Open(path string, stdin io.Reader, opts ReadOptions) (*Capture, error) {
	opts = opts.withDefaults()
	c := &Capture{Name: filepath.ToSlash(path), Size: -1}
	var r io.Reader
	if path == "-" {
		c.Name = "stdin"
		r = stdin
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open capture: %w", err)
		}
		if st, err := fh.Stat(); err == nil {
			if st.IsDir() {
				fh.Close()
				return nil, fmt.Errorf("%s is a directory, not a capture", path)
			}
			c.Size = st.Size()
		}
		r, c.closer = fh, fh
	}
	if opts.Progress != nil {
		r = &countingReader{r: r, report: opts.Progress}
	}
	br := bufio.NewReaderSize(r, 256<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("%s: gzip: %w", c.Name, err)
		}
		br = bufio.NewReaderSize(zr, 256<<10)
	}
	format := opts.Format
	if format == FormatAuto {
		format = detect(br, path)
	}
	c.Format = format
	var err error
	switch format {
	case FormatHAR:
		c.Reader, err = newHARReader(c.Name, br, opts)
	case FormatJSONL:
		c.Reader = newJSONLReader(c.Name, br, opts)
	default:
		c.Format = FormatLog
		c.Reader, err = newLogReader(c.Name, br, opts)
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// detect tells HAR, JSON lines and access logs apart from the first bytes:
// a JSON object whose first member is "log", or a lone "{" on the first
// line (a pretty-printed document), is a HAR; another JSON object a JSON
// lines record; anything else an access log. The extensions .har, .jsonl
// and .ndjson decide when the content does not.
func detect(br *bufio.Reader, path string) Format {
	head, _ := br.Peek(4096)
	trimmed := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case len(trimmed) > 0 && trimmed[0] == '{':
		if bytes.HasPrefix(bytes.TrimLeft(trimmed[1:], " \t\r\n"), []byte(`"log"`)) {
			return FormatHAR
		}
		first, _, _ := bytes.Cut(trimmed, []byte("\n"))
		if len(bytes.TrimSpace(first)) == 1 {
			return FormatHAR
		}
		return FormatJSONL
	case ext == ".har":
		return FormatHAR // reported as not a HAR by the reader
	case ext == ".jsonl" || ext == ".ndjson":
		return FormatJSONL
	}
	return FormatLog
}

// countingReader reports the bytes read through it.
type countingReader struct {
	r      io.Reader
	n      int64
	report func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.report(c.n)
	return n, err
}

// lineScanner reads lines bounded in length; a longer line is skipped whole
// and reported as too long.
type lineScanner struct {
	br   *bufio.Reader
	max  int
	line int
	buf  []byte
}

var errLineTooLong = errors.New("line too long")

// next returns the next line without its end of line, or io.EOF. A line
// over the limit returns errLineTooLong after the line is consumed.
func (s *lineScanner) next() ([]byte, error) {
	s.buf = s.buf[:0]
	tooLong := false
	for {
		chunk, err := s.br.ReadSlice('\n')
		if !tooLong {
			if len(s.buf)+len(chunk) > s.max+2 {
				tooLong = true
				s.buf = s.buf[:0]
			} else {
				s.buf = append(s.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && (err != io.EOF || (len(s.buf) == 0 && !tooLong)) {
			return nil, err
		}
		s.line++
		if tooLong {
			return nil, errLineTooLong
		}
		return bytes.TrimRight(s.buf, "\r\n"), nil
	}
}
