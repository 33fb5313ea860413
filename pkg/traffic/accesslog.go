package traffic

import (
	"bufio"
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// logReader reads an access log line by line, in constant memory.
type logReader struct {
	name    string
	lines   lineScanner
	formats []*logFormat
	vals    [][]byte
	matched int
	skips   Skips
}

func newLogReader(name string, br *bufio.Reader, opts ReadOptions) (*logReader, error) {
	texts := []string{CombinedLogFormat, CommonLogFormat}
	if opts.LogFormat != "" {
		texts = []string{opts.LogFormat}
	}
	r := &logReader{name: name, lines: lineScanner{br: br, max: opts.MaxLineBytes}}
	for _, t := range texts {
		f, err := compileLogFormat(t)
		if err != nil {
			return nil, err
		}
		r.formats = append(r.formats, f)
	}
	return r, nil
}

func (r *logReader) Skips() *Skips { return &r.skips }

func (r *logReader) Next() (*Record, error) {
	for {
		line, err := r.lines.next()
		if errors.Is(err, errLineTooLong) {
			r.skips.Add("line longer than the line limit")
			continue
		}
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		rec, reason := r.parse(line)
		if reason != "" {
			r.skips.Add(reason)
			continue
		}
		r.matched++
		return rec, nil
	}
}

func (r *logReader) parse(line []byte) (*Record, string) {
	if bytes.IndexByte(line, 0) >= 0 {
		return nil, "binary data"
	}
	for i, f := range r.formats {
		vals, ok := f.match(line, r.vals)
		r.vals = vals
		if !ok {
			continue
		}
		if i > 0 { // try the format that matched first next time
			r.formats[0], r.formats[i] = r.formats[i], r.formats[0]
		}
		return r.record(f, vals)
	}
	return nil, "line matches no log format"
}

// logFields gathers the variables of one line before building the record.
type logFields struct {
	method, target, path, query, host, scheme, user string
	status                                          int
	time                                            time.Time
}

func (r *logReader) record(f *logFormat, vals [][]byte) (*Record, string) {
	var lf logFields
	rec := &Record{Capture: r.name, Line: r.lines.line, ReqKnown: f.reqKnown, RespKnown: f.respKnown}
	for i, p := range f.vars {
		v := vals[i]
		if len(v) == 1 && v[0] == '-' {
			continue
		}
		if reason := lf.set(rec, p, v); reason != "" {
			return nil, reason
		}
	}
	if lf.method == "" || (lf.target == "" && lf.path == "") {
		return nil, "line without a request"
	}
	target := lf.target
	if target == "" {
		target = lf.path
		if lf.query != "" {
			target += "?" + lf.query
		}
	}
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return nil, "invalid URL"
	}
	if u.Host == "" {
		u.Host, u.Scheme = lf.host, lf.scheme
	}
	if u.Host == "" {
		u.Scheme = ""
	}
	rec.Method, rec.URL, rec.Status, rec.Time, rec.RemoteUser = lf.method, u, lf.status, lf.time, lf.user
	return rec, ""
}

// set records one variable; it returns a reason when the value is unusable.
func (lf *logFields) set(rec *Record, p logPart, v []byte) string {
	name := p.name
	switch name {
	case "request":
		m, rest, ok := bytes.Cut(v, []byte(" "))
		if !ok || !validMethod(m) {
			return "request line is not METHOD TARGET PROTOCOL"
		}
		target, _, _ := bytes.Cut(rest, []byte(" "))
		lf.method, lf.target = string(m), string(target)
	case "request_method":
		if !validMethod(v) {
			return "invalid request method"
		}
		lf.method = string(v)
	case "request_uri":
		lf.target = string(v)
	case "uri":
		lf.path = string(v)
	case "args", "query_string":
		lf.query = string(v)
	case "status":
		n, err := strconv.Atoi(string(v))
		if err != nil || n < 100 || n > 999 {
			return "invalid status"
		}
		lf.status = n
	case "time_local":
		t, err := time.Parse("02/Jan/2006:15:04:05 -0700", string(v))
		if err != nil {
			return "invalid time"
		}
		lf.time = t
	case "time_iso8601":
		t, err := time.Parse(time.RFC3339, string(v))
		if err != nil {
			return "invalid time"
		}
		lf.time = t
	case "host", "http_host", "server_name":
		if lf.host == "" || name == "host" {
			lf.host = strings.ToLower(string(v))
		}
		if name == "http_host" {
			lf.header(rec, "Host", v)
		}
	case "scheme":
		lf.scheme = strings.ToLower(string(v))
	case "https":
		if string(v) == "on" {
			lf.scheme = "https"
		}
	case "remote_user":
		lf.user = string(v)
	default:
		switch {
		case p.header == "" || !keptHeader(p.header):
		case p.resp:
			if rec.RespHeader == nil {
				rec.RespHeader = http.Header{}
			}
			rec.RespHeader[p.header] = append(rec.RespHeader[p.header], string(v))
		default:
			lf.header(rec, p.header, v)
		}
	}
	return ""
}

func (lf *logFields) header(rec *Record, name string, v []byte) {
	if rec.ReqHeader == nil {
		rec.ReqHeader = http.Header{}
	}
	rec.ReqHeader[name] = append(rec.ReqHeader[name], string(v))
}

// keptHeader leaves out the headers no check reads, which most logs record.
func keptHeader(name string) bool {
	return name != "Referer" && name != "User-Agent"
}

// validMethod accepts an HTTP token of upper-case letters.
func validMethod(m []byte) bool {
	if len(m) == 0 || len(m) > 16 {
		return false
	}
	for _, c := range m {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
