package diff

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGitByteBudget: the files copied from a revision are bounded in total,
// not only one by one, and the temporary directory is removed on the error
// path too.
func TestGitByteBudget(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	big := strings.Repeat("x: y\n", 20_000) // 100 kB each
	files := map[string]string{"api.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"}
	for _, n := range []string{"a", "b", "c", "d"} {
		files["api.yaml"] += "    " + n + ": {$ref: '" + n + ".yaml#/x'}\n"
		files[n+".yaml"] = big
	}
	writeFiles(t, repo, files)
	git(t, repo, "init", "-q")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "v1")
	t.Chdir(repo)

	g := &gitRunner{ctx: context.Background(), timeout: 30 * time.Second, maxSize: 1 << 20, budget: 250_000}
	l, err := g.layout("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.materialize("HEAD", "api.yaml", t.TempDir(), l); err == nil || !strings.Contains(err.Error(), "total over 250000 bytes") {
		t.Errorf("error %v, want the byte budget", err)
	}
	g.budget = 0
	if n, err := g.materialize("HEAD", "api.yaml", t.TempDir(), l); err != nil || n != 5 {
		t.Errorf("within the default budget: %d files, %v", n, err)
	}

	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	k := kit(t)
	src, _ := ParseSource("git:HEAD:missing.yaml")
	if _, err := Load(context.Background(), k.eng, src, loadOpts("")); err == nil {
		t.Error("a missing file loaded")
	}
	left, _ := filepath.Glob(filepath.Join(tmp, "oasguard-diff-*"))
	if len(left) > 0 {
		t.Errorf("temporary directories left behind: %v", left)
	}
}
