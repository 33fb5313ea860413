// Package traffic holds captured HTTP traffic against the OpenAPI documents
// that describe it: streaming readers per capture format (HAR 1.2, access
// logs, JSON lines), matching of requests to operations with kin-openapi's
// router, runtime checks, aggregation per endpoint and redaction of secrets.
// Its findings are ordinary report.Findings carrying report.Evidence.
package traffic

import (
	"net/http"
	"net/url"
	"time"
)

// Record is one captured request and, when the capture has it, its response.
type Record struct {
	// Capture is the capture file as displayed; Line is the 1-based line of
	// a log or JSON lines record, Entry the 1-based index of a HAR entry.
	Capture string
	Line    int
	Entry   int

	Time   time.Time // zero when the capture has no time
	Method string
	URL    *url.URL // path and query always; scheme and host when captured
	Status int      // 0 when unknown (aborted request)

	// ReqHeader holds the captured request headers. When ReqHeaderAll is
	// false only the headers named in ReqKnown were captured, so the absence
	// of another header means nothing.
	ReqHeader    http.Header
	ReqHeaderAll bool
	ReqKnown     map[string]bool
	// RespHeader is like ReqHeader for the response.
	RespHeader    http.Header
	RespHeaderAll bool
	RespKnown     map[string]bool

	// ReqBody and RespBody are the bodies when captured (HasReqBody,
	// HasRespBody), cut to the analysis limit.
	ReqBody, RespBody       []byte
	HasReqBody, HasRespBody bool
	// RemoteUser is the access log's authenticated user ("" when none).
	RemoteUser string
	// ResourceType is the browser's resource type in a HAR (xhr, fetch,
	// document, script…), "" when unknown.
	ResourceType string
}

// reqHeaderKnown reports whether the capture would show the request header
// name if it had been sent.
func (r *Record) reqHeaderKnown(name string) bool {
	return r.ReqHeaderAll || r.ReqKnown[http.CanonicalHeaderKey(name)]
}
