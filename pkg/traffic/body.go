package traffic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// checkBodies validates the request and the response with openapi3filter
// where the capture has them, and looks for undeclared response properties.
func (a *analyzer) checkBodies(si int, s *Spec, rec *Record, r route) {
	ctx := a.ctx
	input := a.requestInput(rec, r)
	if input == nil {
		return
	}
	if rec.Status >= 200 && rec.Status <= 299 {
		if err := openapi3filter.ValidateRequest(ctx, input); err != nil {
			detail := describe(err)
			op := r.op
			a.agg.add(aggKey{check: CheckInvalidRequest, spec: si, file: op.File, pointer: op.Pointer, detail: detail}, report.Low, rec, func() string {
				return fmt.Sprintf("%s %s accepted (%d) a request whose %s does not match the spec", op.Method, op.Path, rec.Status, detail)
			})
		}
	}
	a.checkResponse(ctx, si, rec, r, input)
}

// requestInput builds openapi3filter's input from a record whose request
// headers were all captured; nil otherwise (a header parameter missing from
// an access log would be a false alarm).
func (a *analyzer) requestInput(rec *Record, r route) *openapi3filter.RequestValidationInput {
	if !rec.ReqHeaderAll {
		return nil
	}
	req := &http.Request{Method: rec.Method, URL: rec.URL, Header: rec.ReqHeader, Body: http.NoBody}
	opts := &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, ExcludeRequestBody: true,
		SkipSettingDefaults: true}
	if rec.HasReqBody {
		if jsonType(rec.ReqHeader.Get("Content-Type")) && !json.Valid(rec.ReqBody) {
			a.skips.Add("request bodies that are not what their Content-Type says, not validated")
		} else {
			req.Body, req.ContentLength = io.NopCloser(bytes.NewReader(rec.ReqBody)), int64(len(rec.ReqBody))
			opts.ExcludeRequestBody = false
		}
	}
	return &openapi3filter.RequestValidationInput{Request: req, PathParams: r.params, Route: r.kin, Options: opts}
}

func jsonType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json"))
}

// checkResponse validates a JSON response body and walks it for properties
// its schema does not declare.
func (a *analyzer) checkResponse(ctx context.Context, si int, rec *Record, r route, in *openapi3filter.RequestValidationInput) {
	if !rec.HasRespBody || !rec.RespHeaderAll || !jsonType(rec.RespHeader.Get("Content-Type")) {
		return
	}
	var value any
	if err := json.Unmarshal(rec.RespBody, &value); err != nil {
		a.skips.Add("response bodies that are not what their Content-Type says, not validated")
		return
	}
	rs := r.kin.Operation.Responses
	if rs == nil {
		return
	}
	ref, key := rs.Status(rec.Status), strconv.Itoa(rec.Status)
	if ref != nil && rs.Value(key) == nil {
		key = key[:1] + "XX"
	}
	if ref == nil {
		ref, key = rs.Default(), "DEFAULT"
	}
	if ref == nil || ref.Value == nil {
		return
	}
	mt, _, _ := mime.ParseMediaType(rec.RespHeader.Get("Content-Type"))
	media := ref.Value.Content.Get(mt)
	if media == nil || media.Schema == nil {
		return
	}
	op := r.op
	where := r.op.Responses[key]
	if where.Pointer == "" {
		where = loc{loader.Join(op.Pointer, "responses"), op.File}
	}
	resp := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Status, Header: rec.RespHeader,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
	resp.SetBodyBytes(rec.RespBody)
	if err := openapi3filter.ValidateResponse(ctx, resp); err != nil {
		detail := describe(err)
		a.agg.add(aggKey{check: CheckResponseSchema, spec: si, file: where.File, pointer: where.Pointer, detail: detail}, report.Low, rec, func() string {
			return fmt.Sprintf("%s %s answered %d with a body whose %s does not match the schema", op.Method, op.Path, rec.Status, detail)
		})
	}
	w := &walker{seen: map[string]bool{}}
	w.walk(media.Schema, value, "", 0)
	for _, p := range w.found {
		class := Classify(p.name)
		prop := p.path
		a.agg.add(aggKey{check: CheckUndeclared, spec: si, file: where.File, pointer: where.Pointer, detail: prop}, undeclaredSeverity(class), rec, func() string {
			return fmt.Sprintf("%s %s response %d carries the property %s, which its schema does not declare%s", op.Method, op.Path,
				rec.Status, prop, classText(class))
		})
	}
}

func classText(c DataClass) string {
	switch c {
	case ClassSecret:
		return " (a secret or credential by its name)"
	case ClassPersonal:
		return " (personal data by its name)"
	}
	return ""
}

// describe names what failed validation from kin-openapi's error types (the
// parameter, the body, the JSON pointer and schema keyword) without the
// value, which may be a secret.
func describe(err error) string {
	var parts []string
	var re *openapi3filter.RequestError
	if errors.As(err, &re) {
		switch {
		case re.Parameter != nil:
			parts = append(parts, fmt.Sprintf("%s parameter %q", re.Parameter.In, re.Parameter.Name))
		case re.RequestBody != nil:
			parts = append(parts, "body")
		}
	}
	var se *openapi3.SchemaError
	if errors.As(err, &se) {
		if len(parts) == 0 {
			parts = append(parts, "body")
		}
		if p := se.JSONPointer(); len(p) > 0 {
			parts = append(parts, "at "+jsonPath(p))
		}
		if se.SchemaField != "" {
			parts = append(parts, "("+se.SchemaField+")")
		}
	}
	if len(parts) == 0 {
		var resp *openapi3filter.ResponseError
		if errors.As(err, &resp) {
			return "body"
		}
		return "parameters or body"
	}
	return strings.Join(parts, " ")
}

// jsonPath renders a JSON pointer's tokens with array indexes as [].
func jsonPath(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		if _, err := strconv.Atoi(t); err == nil {
			b.WriteString("[]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(t)
	}
	return b.String()
}
