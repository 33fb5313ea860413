package traffic

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/go-json-experiment/json/jsontext"
)

// harReader streams the entries of a HAR 1.2 document one at a time: the
// document is read with a token decoder and only the current entry is held
// in memory.
type harReader struct {
	name  string
	dec   *jsontext.Decoder
	opts  ReadOptions
	entry int
	done  bool
	skips Skips
}

// harEntry is the part of a HAR entry the checks use.
type harEntry struct {
	StartedDateTime string `json:"startedDateTime"`
	Request         struct {
		Method   string      `json:"method"`
		URL      string      `json:"url"`
		Headers  []harHeader `json:"headers"`
		Cookies  []harHeader `json:"cookies"`
		PostData *struct {
			MimeType string `json:"mimeType"`
			Text     string `json:"text"`
		} `json:"postData"`
	} `json:"request"`
	Response *struct {
		Status  int         `json:"status"`
		Headers []harHeader `json:"headers"`
		Content struct {
			MimeType string `json:"mimeType"`
			Text     string `json:"text"`
			Encoding string `json:"encoding"`
		} `json:"content"`
	} `json:"response"`
	ResourceType string `json:"_resourceType"`
}

type harHeader struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func newHARReader(name string, r io.Reader, opts ReadOptions) (*harReader, error) {
	h := &harReader{name: name, opts: opts,
		dec: jsontext.NewDecoder(r, jsontext.AllowInvalidUTF8(true), jsontext.AllowDuplicateNames(true))}
	if err := h.seekEntries(); err != nil {
		return nil, err
	}
	return h, nil
}

// seekEntries positions the decoder inside log.entries.
func (h *harReader) seekEntries() error {
	if err := h.enter('{', "a JSON object"); err != nil {
		return err
	}
	if !h.findMember("log") {
		return fmt.Errorf("%s: not a HAR file: no \"log\" object", h.name)
	}
	if err := h.enter('{', `"log" to be an object`); err != nil {
		return err
	}
	if !h.findMember("entries") {
		return fmt.Errorf("%s: not a HAR file: no \"log.entries\" array", h.name)
	}
	return h.enter('[', `"log.entries" to be an array`)
}

func (h *harReader) enter(kind jsontext.Kind, what string) error {
	tok, err := h.dec.ReadToken()
	if err != nil {
		return fmt.Errorf("%s: not a HAR file: %w", h.name, harSyntax(err))
	}
	if tok.Kind() != kind {
		return fmt.Errorf("%s: not a HAR file: expected %s", h.name, what)
	}
	return nil
}

// findMember reads the members of the current object until key; false when
// the object ends (or breaks) without it.
func (h *harReader) findMember(key string) bool {
	for h.dec.PeekKind() == '"' {
		tok, err := h.dec.ReadToken()
		if err != nil {
			return false
		}
		if tok.String() == key {
			return true
		}
		if h.dec.SkipValue() != nil {
			return false
		}
	}
	return false
}

// harSyntax shortens a decoder error to what a user can act on.
func harSyntax(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errors.New("the file ends early (truncated)")
	}
	var se *jsontext.SyntacticError
	if errors.As(err, &se) {
		return fmt.Errorf("invalid JSON at byte %d", se.ByteOffset)
	}
	return err
}

func (h *harReader) Skips() *Skips { return &h.skips }

func (h *harReader) Next() (*Record, error) {
	for {
		if h.done || h.dec.PeekKind() == ']' {
			h.done = true
			return nil, io.EOF
		}
		raw, err := h.dec.ReadValue()
		if err != nil {
			h.done = true
			return nil, fmt.Errorf("%s: after entry %d: %w", h.name, h.entry, harSyntax(err))
		}
		h.entry++
		rec, reason := h.record(raw)
		if reason != "" {
			h.skips.Add(reason)
			continue
		}
		return rec, nil
	}
}

// record turns one entry into a Record, or returns why it cannot.
func (h *harReader) record(raw []byte) (*Record, string) {
	var e harEntry
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, "entry is not a HAR entry"
	}
	if e.Request.Method == "" || e.Request.URL == "" {
		return nil, "entry without request method or URL"
	}
	u, err := url.Parse(e.Request.URL)
	if err != nil {
		return nil, "invalid URL"
	}
	rec := &Record{Capture: h.name, Entry: h.entry, Method: strings.ToUpper(e.Request.Method), URL: u,
		ReqHeader: harHeaders(e.Request.Headers), ReqHeaderAll: true, ResourceType: e.ResourceType}
	if t, err := time.Parse(time.RFC3339Nano, e.StartedDateTime); err == nil {
		rec.Time = t
	}
	if len(e.Request.Cookies) > 0 && rec.ReqHeader.Get("Cookie") == "" {
		var parts []string
		for _, c := range e.Request.Cookies {
			parts = append(parts, c.Name+"="+c.Value)
		}
		rec.ReqHeader.Set("Cookie", strings.Join(parts, "; "))
	}
	if pd := e.Request.PostData; pd != nil && pd.Text != "" {
		rec.ReqBody, rec.HasReqBody = cutBody([]byte(pd.Text), h.opts.MaxBodyBytes), true
		if pd.MimeType != "" && rec.ReqHeader.Get("Content-Type") == "" {
			rec.ReqHeader.Set("Content-Type", pd.MimeType)
		}
	}
	if resp := e.Response; resp != nil {
		rec.Status = resp.Status
		rec.RespHeader, rec.RespHeaderAll = harHeaders(resp.Headers), true
		if rec.RespHeader.Get("Content-Type") == "" && resp.Content.MimeType != "" {
			rec.RespHeader.Set("Content-Type", resp.Content.MimeType)
		}
		if body, ok := harBody(resp.Content.Text, resp.Content.Encoding); ok {
			rec.RespBody, rec.HasRespBody = cutBody(body, h.opts.MaxBodyBytes), true
		}
	}
	return rec, ""
}

func harBody(text, encoding string) ([]byte, bool) {
	if text == "" {
		return nil, false
	}
	if strings.EqualFold(encoding, "base64") {
		b, err := base64.StdEncoding.DecodeString(text)
		return b, err == nil
	}
	return []byte(text), true
}

func harHeaders(hs []harHeader) http.Header {
	out := make(http.Header, len(hs))
	for _, h := range hs {
		if h.Name == "" || strings.HasPrefix(h.Name, ":") {
			continue // HTTP/2 pseudo-headers
		}
		out.Add(h.Name, h.Value)
	}
	return out
}
