package diff

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/rules"
)

// shared compiles the built-in rules once for the package's tests.
var shared = sync.OnceValues(func() (*testKit, error) {
	set, err := rules.Builtin()
	if err != nil {
		return nil, err
	}
	eng, err := engine.New(context.Background(), set, 0)
	if err != nil {
		return nil, err
	}
	cls, err := NewClassifier(context.Background(), set)
	if err != nil {
		return nil, err
	}
	return &testKit{eng: eng, cls: cls}, nil
})

type testKit struct {
	eng *engine.Engine
	cls *RegoClassifier
}

func kit(t *testing.T) *testKit {
	t.Helper()
	k, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// writeFiles writes name → text under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// docSide loads a document written in the test, without rule findings.
func docSide(t *testing.T, text string) Side {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"api.yaml": text})
	p := filepath.Join(dir, "api.yaml")
	doc, err := loader.LoadFile(p, loader.Options{RefRoot: dir, SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	return Side{Name: doc.Path, Doc: doc}
}

// compareDocs compares two documents written in the test.
func compareDocs(t *testing.T, old, new string) *Result {
	t.Helper()
	return Compare(docSide(t, old), docSide(t, new), kit(t).cls)
}

// ofKind returns the regressions of one kind.
func ofKind(r *Result, k Kind) []Regression {
	var out []Regression
	for _, g := range r.Regressions {
		if g.Kind == k {
			out = append(out, g)
		}
	}
	return out
}

// only asserts that the result holds exactly n regressions, all of kind k,
// and returns them.
func only(t *testing.T, r *Result, k Kind, n int) []Regression {
	t.Helper()
	gs := ofKind(r, k)
	if len(gs) != n || len(r.Regressions) != n {
		t.Fatalf("want %d %s regressions and nothing else, got %s", n, k, describe(r.Regressions))
	}
	return gs
}

func describe(gs []Regression) string {
	var b strings.Builder
	b.WriteString("[")
	for _, g := range gs {
		b.WriteString("\n  " + string(g.Kind) + " " + g.Pointer + " " + g.Message)
	}
	b.WriteString("]")
	return b.String()
}

// doc builds an OpenAPI 3.0 document from its parts.
func doc(parts ...string) string {
	return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" + strings.Join(parts, "\n") + "\n"
}

const oauthScheme = `components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes: {read: r, write: w, admin: a}`
