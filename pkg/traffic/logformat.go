package traffic

import (
	"bytes"
	"fmt"
	"strings"
)

// The built-in access log formats in nginx log_format syntax. The second
// field is $ident so that Apache's %l matches as well as nginx's "-".
const (
	CommonLogFormat   = `$remote_addr $ident $remote_user [$time_local] "$request" $status $body_bytes_sent`
	CombinedLogFormat = CommonLogFormat + ` "$http_referer" "$http_user_agent"`
)

// logFormat is a compiled nginx log_format: literals and variables
// alternate. Trailing text after the last element is allowed, so that a
// log with extra fields still matches the combined format.
type logFormat struct {
	text  string
	parts []logPart
	vars  []logPart // the variables, in order
	// reqKnown and respKnown are the headers the format captures.
	reqKnown, respKnown map[string]bool
}

type logPart struct {
	literal []byte // a literal, or nil for a variable
	name    string // the variable's name without "$"
	// header is the header a $http_ or $sent_http_ variable holds, resp
	// tells which of request and response.
	header string
	resp   bool
}

// compileLogFormat compiles an nginx log_format string. Two variables in a
// row cannot be told apart and are an error.
func compileLogFormat(text string) (*logFormat, error) {
	f := &logFormat{text: text, reqKnown: map[string]bool{}, respKnown: map[string]bool{}}
	s := text
	for s != "" {
		i := strings.IndexByte(s, '$')
		if i < 0 {
			f.parts = append(f.parts, logPart{literal: []byte(s)})
			break
		}
		if i > 0 {
			f.parts = append(f.parts, logPart{literal: []byte(s[:i])})
		}
		name, rest, err := varName(s[i+1:])
		if err != nil {
			return nil, fmt.Errorf("log format %q: %w", text, err)
		}
		if n := len(f.parts); n > 0 && f.parts[n-1].literal == nil {
			return nil, fmt.Errorf("log format %q: $%s follows $%s without a separator", text, name, f.parts[n-1].name)
		}
		p := f.part(name)
		f.parts = append(f.parts, p)
		f.vars = append(f.vars, p)
		s = rest
	}
	if len(f.parts) == 0 {
		return nil, fmt.Errorf("log format is empty")
	}
	return f, nil
}

func varName(s string) (name, rest string, err error) {
	if strings.HasPrefix(s, "{") {
		end := strings.IndexByte(s, '}')
		if end < 2 {
			return "", "", fmt.Errorf("unclosed ${")
		}
		return strings.ToLower(s[1:end]), s[end+1:], nil
	}
	n := 0
	for n < len(s) && (s[n] == '_' || s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || s[n] >= '0' && s[n] <= '9') {
		n++
	}
	if n == 0 {
		return "", "", fmt.Errorf("$ without a variable name")
	}
	return strings.ToLower(s[:n]), s[n:], nil
}

// part describes a variable and notes the headers it captures.
func (f *logFormat) part(name string) logPart {
	p := logPart{name: name}
	if h, ok := strings.CutPrefix(name, "http_"); ok {
		p.header = headerName(h)
		f.reqKnown[p.header] = true
	} else if h, ok := strings.CutPrefix(name, "sent_http_"); ok {
		p.header, p.resp = headerName(h), true
		f.respKnown[p.header] = true
	}
	return p
}

// headerName turns an nginx variable suffix into a canonical header name:
// x_api_key -> X-Api-Key.
func headerName(v string) string {
	parts := strings.Split(v, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

// match splits a line into the values of the format's variables, in order;
// false when the line does not have the format's shape.
func (f *logFormat) match(line []byte, vals [][]byte) ([][]byte, bool) {
	vals = vals[:0]
	pos := 0
	for i, p := range f.parts {
		if p.literal != nil {
			if !bytes.HasPrefix(line[pos:], p.literal) {
				return vals, false
			}
			pos += len(p.literal)
			continue
		}
		end := len(line)
		if i+1 < len(f.parts) {
			next := f.parts[i+1].literal
			j := bytes.Index(line[pos:], next)
			if j < 0 {
				return vals, false
			}
			end = pos + j
		} else if sp := bytes.IndexByte(line[pos:], ' '); sp >= 0 && !spacedVar(p.name) {
			end = pos + sp
		}
		vals = append(vals, line[pos:end])
		pos = end
	}
	return vals, true
}

// spacedVar tells the variables whose values contain spaces, which extend to
// the end of the line when they come last.
func spacedVar(name string) bool {
	switch name {
	case "request", "time_local", "http_user_agent", "http_referer":
		return true
	}
	return false
}
