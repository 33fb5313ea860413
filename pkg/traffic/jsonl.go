package traffic

import (
	"bufio"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// jsonlReader reads JSON lines: one object per line with method, url (or
// path), status and optional time, host, scheme, request and response
// headers and bodies. See docs/traffic.md for the fields.
type jsonlReader struct {
	name  string
	lines lineScanner
	opts  ReadOptions
	skips Skips
}

// jsonlRecord is one line. Headers are objects of string or string-array
// values, or HAR-style arrays of {name, value}.
type jsonlRecord struct {
	Method          string          `json:"method"`
	URL             string          `json:"url"`
	Path            string          `json:"path"`
	Host            string          `json:"host"`
	Scheme          string          `json:"scheme"`
	Status          int             `json:"status"`
	Time            string          `json:"time"`
	Timestamp       string          `json:"timestamp"`
	Headers         json.RawMessage `json:"headers"`
	RequestHeaders  json.RawMessage `json:"request_headers"`
	ResponseHeaders json.RawMessage `json:"response_headers"`
	RequestBody     *string         `json:"request_body"`
	ResponseBody    *string         `json:"response_body"`
}

func newJSONLReader(name string, br *bufio.Reader, opts ReadOptions) *jsonlReader {
	return &jsonlReader{name: name, lines: lineScanner{br: br, max: opts.MaxLineBytes}, opts: opts}
}

func (r *jsonlReader) Skips() *Skips { return &r.skips }

func (r *jsonlReader) Next() (*Record, error) {
	for {
		line, err := r.lines.next()
		if errors.Is(err, errLineTooLong) {
			r.skips.Add("line longer than the line limit")
			continue
		}
		if err != nil {
			return nil, err
		}
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		rec, reason := r.parse(line)
		if reason != "" {
			r.skips.Add(reason)
			continue
		}
		return rec, nil
	}
}

func (r *jsonlReader) parse(line []byte) (*Record, string) {
	var j jsonlRecord
	if err := json.Unmarshal(line, &j); err != nil {
		return nil, "line is not a JSON object with the expected fields"
	}
	target := j.URL
	if target == "" {
		target = j.Path
	}
	if j.Method == "" || target == "" {
		return nil, "record without method or url"
	}
	u, err := url.Parse(target)
	if err != nil {
		return nil, "invalid URL"
	}
	if u.Host == "" && j.Host != "" {
		u.Host, u.Scheme = strings.ToLower(j.Host), strings.ToLower(j.Scheme)
	}
	rec := &Record{Capture: r.name, Line: r.lines.line, Method: strings.ToUpper(j.Method), URL: u, Status: j.Status}
	for _, ts := range []string{j.Time, j.Timestamp} {
		if t, err := time.Parse(time.RFC3339Nano, ts); err == nil {
			rec.Time = t
			break
		}
	}
	reqRaw := j.RequestHeaders
	if reqRaw == nil {
		reqRaw = j.Headers
	}
	if reqRaw != nil {
		h, ok := jsonHeaders(reqRaw)
		if !ok {
			return nil, "headers are not an object or a list of {name, value}"
		}
		rec.ReqHeader, rec.ReqHeaderAll = h, true
	}
	if j.ResponseHeaders != nil {
		h, ok := jsonHeaders(j.ResponseHeaders)
		if !ok {
			return nil, "headers are not an object or a list of {name, value}"
		}
		rec.RespHeader, rec.RespHeaderAll = h, true
	}
	if j.RequestBody != nil {
		rec.ReqBody, rec.HasReqBody = cutBody([]byte(*j.RequestBody), r.opts.MaxBodyBytes), true
	}
	if j.ResponseBody != nil {
		rec.RespBody, rec.HasRespBody = cutBody([]byte(*j.ResponseBody), r.opts.MaxBodyBytes), true
	}
	return rec, ""
}

func cutBody(b []byte, max int) []byte {
	if len(b) > max {
		return b[:max]
	}
	return b
}

// jsonHeaders reads headers written as {"Name": "v"}, {"Name": ["v1",
// "v2"]} or [{"name": "Name", "value": "v"}].
func jsonHeaders(raw json.RawMessage) (http.Header, bool) {
	out := http.Header{}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err == nil {
		for k, v := range obj {
			var one string
			var many []string
			switch {
			case json.Unmarshal(v, &one) == nil:
				out.Add(k, one)
			case json.Unmarshal(v, &many) == nil:
				for _, m := range many {
					out.Add(k, m)
				}
			default:
				return nil, false
			}
		}
		return out, true
	}
	var list []harHeader
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, false
	}
	for _, h := range list {
		out.Add(h.Name, h.Value)
	}
	return out, true
}
