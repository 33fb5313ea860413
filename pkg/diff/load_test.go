package diff

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

const multiRoot = `openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: "https://api.example.com"}]
security: [{key: []}]
paths:
  /me:
    get:
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "schemas/user.yaml#/User"}}}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
`

const userFragment = `User:
  type: object
  properties:
    id: {type: string, format: uuid}
    password: {type: string, maxLength: 64}
`

func loadOpts(root string) LoadOptions {
	return LoadOptions{
		Scan: engine.ScanOptions{Jobs: 1, Load: loader.Options{RefRoot: root}},
		Tool: report.Tool{Name: "oasguard", Version: "test"},
	}
}

func ruleIDs(fs []report.Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.RuleID)
	}
	return ids
}

// TestFindingsMatchAcrossFileNames compares a spec moved to another
// directory and renamed: findings in the root and in a fragment stay matched
// because they are keyed by the file relative to the root document.
func TestFindingsMatchAcrossFileNames(t *testing.T) {
	k := kit(t)
	root := t.TempDir()
	newRoot := strings.Replace(multiRoot, `in: header`, `in: query`, 1)
	writeFiles(t, root, map[string]string{
		"v1/api.yaml": multiRoot, "v1/schemas/user.yaml": userFragment,
		"v2/openapi.yaml": newRoot, "v2/schemas/user.yaml": userFragment,
	})
	ctx := context.Background()
	old, err := Load(ctx, k.eng, Source{Arg: "old", Path: filepath.Join(root, "v1/api.yaml")}, loadOpts(root))
	if err != nil {
		t.Fatal(err)
	}
	new, err := Load(ctx, k.eng, Source{Arg: "new", Path: filepath.Join(root, "v2/openapi.yaml")}, loadOpts(root))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ruleIDs(old.Findings), "password-in-response") {
		t.Fatalf("fixture: old findings %v lack password-in-response", ruleIDs(old.Findings))
	}
	r := Compare(*old, *new, k.cls)
	if ids := ruleIDs(r.Appeared); !slices.Equal(ids, []string{"api-key-in-query"}) {
		t.Errorf("appeared %v, want only api-key-in-query", ids)
	}
	if ids := ruleIDs(r.Disappeared); !slices.Contains(ids, "api-key-static-secret") || slices.Contains(ids, "password-in-response") {
		t.Errorf("disappeared %v", ids)
	}
	if r.Unchanged < 2 {
		t.Errorf("unchanged = %d, want the fragment's and the root's findings matched", r.Unchanged)
	}
	if g := only(t, r, SchemeWeakened, 1)[0]; !strings.HasSuffix(g.File, "v2/openapi.yaml") {
		t.Errorf("regression located in %s", g.File)
	}
}

func TestPointerKey(t *testing.T) {
	a := pointerKey("/paths/~1users~1{id}/get/responses/200")
	b := pointerKey("/paths/~1users~1{userId}/get/responses/200")
	if a != b || pointerKey("/components/schemas/{id}") != "/components/schemas/{id}" {
		t.Errorf("pointer keys %q %q", a, b)
	}
	if pointerKey("/paths/~1users~1{id}/get") == pointerKey("/paths/~1users~1{id}/put") {
		t.Error("different operations share a key")
	}
}

func TestParseSource(t *testing.T) {
	s, err := ParseSource("git:origin/main:specs/../api.yaml")
	if err != nil || s.Rev != "origin/main" || s.Path != "api.yaml" || !s.Git() {
		t.Errorf("git source = %+v, %v", s, err)
	}
	if s, err := ParseSource("api.yaml"); err != nil || s.Git() || s.Path != "api.yaml" {
		t.Errorf("file source = %+v, %v", s, err)
	}
	for _, bad := range []string{"git:HEAD", "git::api.yaml", "git:HEAD:", "git:--output=x:api.yaml", "git:HEAD:/etc/passwd", ""} {
		if _, err := ParseSource(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestGitSide commits a two-file spec, changes both files in the working
// tree, and compares git:HEAD:api.yaml with the working tree from a
// subdirectory of the repository.
func TestGitSide(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	k := kit(t)
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		"specs/api.yaml": multiRoot, "specs/schemas/user.yaml": strings.Replace(userFragment, "maxLength: 64}", "maxLength: 64, writeOnly: true}", 1),
		"secret.yaml": "User: {type: object}\n",
	})
	git(t, repo, "init", "-q")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "v1")
	writeFiles(t, repo, map[string]string{
		"specs/api.yaml":          strings.Replace(multiRoot, "https://", "http://", 1),
		"specs/schemas/user.yaml": userFragment,
	})
	t.Chdir(filepath.Join(repo, "specs"))

	ctx := context.Background()
	src, err := ParseSource("git:HEAD:api.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old, err := Load(ctx, k.eng, src, loadOpts(""))
	if err != nil {
		t.Fatal(err)
	}
	if old.Name != "HEAD:api.yaml" || old.File.Path != "HEAD:api.yaml" {
		t.Errorf("git side named %q / %q", old.Name, old.File.Path)
	}
	if ids := ruleIDs(old.Findings); slices.Contains(ids, "unresolved-ref") || slices.Contains(ids, "password-in-response") {
		t.Errorf("the fragment was not read from HEAD: findings %v", ids)
	}
	new, err := Load(ctx, k.eng, Source{Arg: "api.yaml", Path: "api.yaml"}, loadOpts(""))
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(*old, *new, k.cls)
	kinds := map[Kind]string{}
	for _, g := range r.Regressions {
		kinds[g.Kind] = g.File
	}
	if kinds[ServerCleartext] != "api.yaml" || kinds[NewSensitiveField] != "schemas/user.yaml" {
		t.Errorf("regressions %s", describe(r.Regressions))
	}
	if !slices.Contains(ruleIDs(r.Appeared), "password-in-response") {
		t.Errorf("appeared %v", ruleIDs(r.Appeared))
	}
	for _, f := range r.Disappeared {
		if !strings.HasPrefix(f.File, "HEAD:") {
			t.Errorf("disappeared finding shown in %q, want HEAD:…", f.File)
		}
	}
}

func TestGitSideErrors(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	k := kit(t)
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{"api.yaml": multiRoot})
	git(t, repo, "init", "-q")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "v1")
	t.Chdir(repo)
	for _, arg := range []string{"git:HEAD:missing.yaml", "git:no-such-rev:api.yaml", "git:HEAD:../outside.yaml"} {
		src, err := ParseSource(arg)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Load(context.Background(), k.eng, src, loadOpts(""))
		var le *LoadError
		if !errors.As(err, &le) || le.Arg != arg {
			t.Errorf("%s: error %v, want a LoadError", arg, err)
		}
	}
}

// TestGitRefsStayInRefRoot reads $refs from the revision only inside the
// ref root: a ref that leaves it is reported, not read.
func TestGitRefsStayInRefRoot(t *testing.T) {
	l := &repoLayout{refRoot: "specs"}
	if within("secret.yaml", l.refRoot) || !within("specs/schemas/user.yaml", l.refRoot) || within("../x", "") {
		t.Error("within is wrong")
	}
	refs := fileRefs("specs/api.yaml", []byte(`a: {$ref: "../secret.yaml#/User"}
b: {$ref: "schemas/user%20v2.yaml"}
c: {$ref: "https://example.com/x.yaml"}
d: {$ref: "#/local"}`))
	if !slices.Equal(refs, []string{"secret.yaml", "specs/schemas/user v2.yaml"}) {
		t.Errorf("refs = %v", refs)
	}
}
