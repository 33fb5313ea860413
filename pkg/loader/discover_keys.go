package loader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/goccy/go-yaml/scanner"
	"github.com/goccy/go-yaml/token"
)

// rootKeys are the top-level keys that make a document an OpenAPI root.
var rootKeys = map[string]bool{"openapi": true, "swagger": true}

// errNoRootKey is the reason a readable file is not a root document.
var errNoRootKey = errors.New("no top-level openapi or swagger key")

// rootReason returns "" when the file at p is an OpenAPI root document, else
// why it is not.
func rootReason(p string, maxSize int64) string {
	fh, err := os.Open(p)
	if err != nil {
		return unwrapPathError(err).Error()
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxSize))
	if err != nil {
		return unwrapPathError(err).Error()
	}
	if err := HasRootKey(data); err != nil {
		if st, serr := fh.Stat(); serr == nil && st.Size() > maxSize {
			return fmt.Sprintf("%v in its first %d bytes (--max-file-size)", err, maxSize)
		}
		return err.Error()
	}
	return ""
}

// HasRootKey tells whether data, a JSON or YAML document, has an openapi or
// swagger key in its top-level mapping: nil when it does, else the reason it
// does not. It reads tokens and skips nested values; it builds no tree.
func HasRootKey(data []byte) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return errors.New("binary file")
	}
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) > 0 && trimmed[0] == '{' {
		found, err := jsonRootKey(data)
		if err == nil {
			return found
		}
		// Not JSON: a YAML flow mapping ({openapi: 3.1.0}) is read below.
	}
	return yamlRootKey(data)
}

// jsonRootKey reads the top-level object's keys, skipping their values. The
// returned error is a JSON syntax error; the first result is the verdict.
func jsonRootKey(data []byte) (verdict, err error) {
	dec := jsontext.NewDecoder(bufio.NewReader(bytes.NewReader(data)),
		jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return nil, errors.New("not a JSON object")
	}
	for dec.PeekKind() == '"' {
		key, err := dec.ReadToken()
		if err != nil {
			return nil, err
		}
		if rootKeys[key.String()] {
			return nil, nil
		}
		if err := dec.SkipValue(); err != nil {
			return nil, err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	return errNoRootKey, nil
}

// yamlRootKey reads the YAML token stream of the first document and looks
// for a key of the top-level mapping: in a block mapping, a scalar that
// starts a line at the mapping's indentation (after tags, anchors or an
// explicit-key indicator) and is followed by ':'; in a flow mapping, a
// scalar at flow depth 1 followed by ':'.
func yamlRootKey(data []byte) error {
	var s scanner.Scanner
	s.Init(string(data))
	st := yamlKeyState{rootCol: -1}
	for {
		toks, err := s.Scan()
		for _, t := range toks {
			if done, verdict := st.next(t); done {
				return verdict
			}
		}
		if errors.Is(err, io.EOF) || (err == nil && len(toks) == 0) {
			break
		}
		if err != nil {
			return fmt.Errorf("not YAML: %v", err)
		}
	}
	if st.pending != nil && rootKeys[st.pending.Value] && st.pendingColon {
		return nil
	}
	if st.rootCol < 0 {
		return errors.New("empty document")
	}
	if !st.mapping {
		return errors.New("top level is not a mapping")
	}
	return errNoRootKey
}

// yamlKeyState follows the token stream at the top level.
type yamlKeyState struct {
	rootCol  int  // column of the first content token; -1 before it
	flowRoot bool // the document is a flow mapping
	decided  bool // flowRoot is known (the first token after tags and anchors)
	skipName bool // the next token names an anchor or alias
	// directiveLine is the line of a %YAML or %TAG directive, whose tokens
	// are not content.
	directiveLine int
	mapping       bool // a top-level key was seen
	flow          int  // flow nesting depth
	lastLine      int  // line of the previous content token
	lineStart     bool // the current token is the first scalar of its line at rootCol
	pending       *token.Token
	// pendingColon records a ':' right after the pending scalar.
	pendingColon bool
}

// next consumes one token; done is true when the verdict is known.
func (st *yamlKeyState) next(t *token.Token) (done bool, verdict error) {
	if st.skipName { // the name of an anchor or alias
		st.skipName = false
		return false, nil
	}
	if t.Position.Line == st.directiveLine {
		return false, nil
	}
	switch t.Type {
	case token.CommentType, token.SpaceType:
		return false, nil
	case token.DirectiveType:
		st.directiveLine = t.Position.Line
		return false, nil
	case token.DocumentHeaderType:
		if st.rootCol >= 0 { // a second document: the first one is over
			return true, st.end()
		}
		return false, nil
	case token.DocumentEndType:
		return true, st.end()
	}
	col, line := t.Position.Column, t.Position.Line
	if st.rootCol < 0 {
		st.rootCol = col
	}
	if !st.decided && t.Type != token.TagType && t.Type != token.AnchorType {
		st.decided, st.flowRoot = true, t.Type == token.MappingStartType
	}
	if t.Type == token.MappingValueType {
		if st.pending != nil {
			st.mapping = true
			if rootKeys[st.pending.Value] {
				return true, nil
			}
		}
		st.pending = nil
		return false, nil
	}
	st.pending = nil
	firstOnLine := line != st.lastLine
	st.lastLine = line
	switch t.Type {
	case token.MappingStartType, token.SequenceStartType:
		st.flow++
		return false, nil
	case token.MappingEndType, token.SequenceEndType:
		st.flow--
		return false, nil
	case token.TagType, token.AnchorType, token.AliasType, token.MappingKeyType:
		st.skipName = t.Type == token.AnchorType || t.Type == token.AliasType
		if firstOnLine {
			st.lineStart = st.flow == 0 && col == st.rootCol
		}
		return false, nil
	case token.CollectEntryType:
		st.lineStart = false
		return false, nil
	}
	atRoot := false
	if st.flowRoot {
		atRoot = st.flow == 1
	} else {
		atRoot = st.flow == 0 && ((firstOnLine && col == st.rootCol) || (!firstOnLine && st.lineStart))
	}
	st.lineStart = false
	if atRoot && isScalarToken(t.Type) {
		st.pending = t
	}
	return false, nil
}

// end is the verdict at the end of the first document.
func (st *yamlKeyState) end() error {
	if !st.mapping {
		return errors.New("top level is not a mapping")
	}
	return errNoRootKey
}

func isScalarToken(t token.Type) bool {
	switch t {
	case token.StringType, token.DoubleQuoteType, token.SingleQuoteType, token.NullType,
		token.BoolType, token.IntegerType, token.FloatType:
		return true
	}
	return false
}
