package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/go-json-experiment/json/jsontext"
	yamlv4 "go.yaml.in/yaml/v4"
)

// Overlay returns the text of the file at abs (an absolute, clean path) when
// it is being edited, and false to read the file from disk. A language
// server passes its open, unsaved buffers this way, so that a root and the
// fragments it references are checked as they are on screen. The ref root
// and the size limit apply to overlaid files as to files on disk.
type Overlay func(abs string) (data []byte, ok bool)

// read reads a fragment from the overlay, else from disk.
func (s *fileSet) read(abs string) ([]byte, error) {
	if s.opts.Overlay != nil {
		if data, ok := s.opts.Overlay(abs); ok {
			if int64(len(data)) > s.opts.MaxFileSize {
				return nil, fmt.Errorf("%w: %d bytes, over %d (raise --max-file-size)", ErrTooLarge, len(data), s.opts.MaxFileSize)
			}
			return data, nil
		}
	}
	return readFile(abs, s.opts.MaxFileSize)
}

// LoadBytes loads a root document whose text is data and whose file is abs
// (absolute; "" when it has none, then relative $refs resolve against the
// current directory), displayed as name. It is LoadFile for text held in
// memory, such as an editor's buffer.
func LoadBytes(name, abs string, data []byte, opts Options) (*Document, error) {
	dir := "."
	if abs != "" {
		dir = filepath.Dir(filepath.Clean(abs))
	}
	opts = opts.withDefaults(dir)
	if int64(len(data)) > opts.MaxFileSize {
		return nil, fmt.Errorf("%w: %d bytes, over %d (raise --max-file-size)", ErrTooLarge, len(data), opts.MaxFileSize)
	}
	if abs != "" {
		abs = filepath.Clean(abs)
	}
	return load(name, abs, data, opts)
}

// ParseText parses a file's text as JSON or YAML (as the loader does: by
// its name's extension, else by its first character) without loading it as
// a document. A syntax error is a *SyntaxError when its position is known.
func ParseText(name string, data []byte, limits Limits) (*File, error) {
	if limits.MaxDepth <= 0 || limits.MaxNodes <= 0 {
		limits = DefaultLimits()
	}
	f, _, err := parseData(name, data, limits)
	if err == nil {
		return f, nil
	}
	if line, col, ok := syntaxPosition(name, data); ok {
		return nil, &SyntaxError{Line: line, Column: col, Err: err}
	}
	return nil, err
}

// SyntaxError is a JSON or YAML syntax error at a position: 1-based line,
// 1-based column counted in bytes.
type SyntaxError struct {
	Line, Column int
	Err          error
}

func (e *SyntaxError) Error() string { return e.Err.Error() }

// Unwrap returns the parser's error.
func (e *SyntaxError) Unwrap() error { return e.Err }

// syntaxPosition finds where a document stops being valid JSON or YAML,
// from the parsers' typed errors: jsontext's byte offset, yaml's mark.
func syntaxPosition(name string, data []byte) (line, col int, ok bool) {
	ls := newLines(data)
	if looksJSON(name, data) > 0 {
		if off, ok := jsonErrorOffset(data); ok {
			l, c := ls.pos(off)
			return int(l), int(c), true
		}
	}
	var n yamlv4.Node
	err := yamlv4.Unmarshal(data, &n)
	var le *yamlv4.LoadError
	if errors.As(err, &le) && le.Mark.Line > 0 {
		return le.Mark.Line, runeColToByte(data, ls, le.Mark.Line, max(le.Mark.Column, 1)), true
	}
	return 0, 0, false
}

// jsonErrorOffset is the byte offset of the first JSON syntax error in data.
func jsonErrorOffset(data []byte) (int, bool) {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	for {
		_, err := dec.ReadToken()
		var se *jsontext.SyntacticError
		switch {
		case err == nil:
			continue
		case errors.As(err, &se):
			return min(int(se.ByteOffset), len(data)), true
		case errors.Is(err, io.ErrUnexpectedEOF):
			return len(data), true
		}
		return 0, false
	}
}
