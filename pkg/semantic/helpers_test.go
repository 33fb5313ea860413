package semantic

import (
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
)

// analyzeYAML loads an OpenAPI document written in a test and analyzes it.
func analyzeYAML(t *testing.T, src string) *Model {
	t.Helper()
	doc, err := loader.LoadReader("test.yaml", strings.NewReader(src), loader.Options{SkipValidation: true})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return Analyze(doc.Input)
}

// op returns the analyzed operation with the given method and path.
func (m *Model) op(t *testing.T, method, path string) Operation {
	t.Helper()
	for _, o := range m.Operations {
		if o.Method == method && o.Path == path {
			return o
		}
	}
	t.Fatalf("no operation %s %s", method, path)
	return Operation{}
}

// spec wraps paths (indented YAML of the paths object) in a document.
func spec(paths string) string {
	return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths
}
