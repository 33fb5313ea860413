package traffic

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/oasguard/oasguard/pkg/report"
)

// A capture shows whether credentials were sent, never whether they were
// valid: the authentication function given to openapi3filter checks their
// presence, and says when the capture cannot tell.
var (
	errNoCredentials = errors.New("credentials absent")
	errUnknown       = errors.New("the capture does not show this credential")
)

// checkUnauthenticated reports a 2xx answer to a request that carries none
// of the credentials the operation's security requirements name. The
// requirements are evaluated by openapi3filter.ValidateSecurityRequirements.
func (a *analyzer) checkUnauthenticated(si int, rec *Record, r route) {
	if rec.Status < 200 || rec.Status > 299 {
		return
	}
	security := r.kin.Operation.Security
	if security == nil {
		security = &r.kin.Spec.Security
	}
	if len(*security) == 0 {
		return
	}
	req := &http.Request{Method: rec.Method, URL: rec.URL, Header: rec.ReqHeader}
	if req.Header == nil {
		req.Header = http.Header{}
	}
	input := &openapi3filter.RequestValidationInput{Request: req, PathParams: r.params, Route: r.kin,
		Options: &openapi3filter.Options{AuthenticationFunc: presence(rec)}}
	err := openapi3filter.ValidateSecurityRequirements(context.Background(), input, *security)
	var se *openapi3filter.SecurityRequirementsError
	if err == nil || !errors.As(err, &se) {
		return
	}
	for _, e := range se.Errors {
		if !errors.Is(e, errNoCredentials) {
			return // unknown, or a scheme the spec does not declare
		}
	}
	op := r.op
	a.unauth.add(aggKey{check: CheckUnauthenticated, spec: si, file: op.File, pointer: op.Pointer}, report.Critical, rec, func() string {
		return fmt.Sprintf("%s %s requires %s but answered %d to a request without credentials", op.Method, op.Path,
			schemeNames(*security), rec.Status)
	})
}

func schemeNames(srs openapi3.SecurityRequirements) string {
	var alts []string
	for _, sr := range srs {
		var names []string
		for n := range sr {
			names = append(names, n)
		}
		alts = append(alts, strings.Join(names, " + "))
	}
	return strings.Join(alts, " or ")
}

// presence is an openapi3filter.AuthenticationFunc that accepts a scheme
// when the request carries its credential, whatever its value. It returns
// errUnknown when the capture does not record where the credential would
// be, or when a cookie might carry a session in its place.
func presence(rec *Record) openapi3filter.AuthenticationFunc {
	return func(_ context.Context, in *openapi3filter.AuthenticationInput) error {
		s := in.SecurityScheme
		cookie := rec.ReqHeader.Get("Cookie") != ""
		switch strings.ToLower(s.Type) {
		case "apikey":
			return apiKeyPresent(rec, s, cookie)
		case "http", "oauth2", "openidconnect":
			if rec.RemoteUser != "" || rec.ReqHeader.Get("Authorization") != "" {
				return nil
			}
			if rec.URL.Query().Get("access_token") != "" { // RFC 6750 section 2.3
				return nil
			}
			if !rec.reqHeaderKnown("Authorization") || cookie {
				return errUnknown
			}
			return errNoCredentials
		}
		return errUnknown // mutualTLS and unknown types: not visible in a capture
	}
}

func apiKeyPresent(rec *Record, s *openapi3.SecurityScheme, cookie bool) error {
	switch strings.ToLower(s.In) {
	case "query":
		if rec.URL.Query().Has(s.Name) {
			return nil
		}
		if cookie || rec.ReqHeader.Get("Authorization") != "" {
			return errUnknown
		}
		return errNoCredentials
	case "header":
		if rec.ReqHeader.Get(s.Name) != "" {
			return nil
		}
		if !rec.reqHeaderKnown(s.Name) || cookie || rec.ReqHeader.Get("Authorization") != "" {
			return errUnknown
		}
		return errNoCredentials
	case "cookie":
		if !rec.reqHeaderKnown("Cookie") {
			return errUnknown
		}
		req := http.Request{Header: rec.ReqHeader}
		if _, err := req.Cookie(s.Name); err == nil {
			return nil
		}
		return errNoCredentials
	}
	return errUnknown
}

// carriesCredentials reports whether a request shows any credential: an
// Authorization or Cookie header, a log's remote user, an access_token.
func carriesCredentials(rec *Record) bool {
	return rec.RemoteUser != "" || rec.ReqHeader.Get("Authorization") != "" || rec.ReqHeader.Get("Cookie") != "" ||
		strings.Contains(rec.URL.RawQuery, "access_token=")
}

// endCapture keeps the capture's unauthenticated successes only when some
// request of the capture carried credentials: a capture where none does was
// most likely sanitized (browsers strip Authorization and cookies from HAR
// exports by default), and its requests prove nothing about authentication.
func (a *analyzer) endCapture() {
	if len(a.unauth.m) > 0 && !a.sawCredentials {
		n := 0
		for _, g := range a.unauth.m {
			n += g.count
		}
		a.filtered.Add(fmt.Sprintf("unauthenticated-success not judged on %d %s: no request of the capture carries "+
			"Authorization, cookies or a remote user, as in a sanitized HAR export", n, plural(n, "request")))
	} else {
		a.agg.merge(a.unauth)
	}
	a.unauth = newAggregator()
}
