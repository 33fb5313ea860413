package lsp

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNeovimClient runs a real client: headless Neovim and its built-in LSP
// client against the oasguard binary (see testdata/nvim_showcase.lua).
// Skipped when nvim is not installed (CI installs it: .ci/run).
func TestNeovimClient(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed")
	}
	dir := workspace(t, map[string]string{"insecure-api.yaml": showcase(t, "insecure-api.yaml")})
	bin := filepath.Join(t.TempDir(), "oasguard")
	build := exec.Command("go", "build", "-pgo=off", "-o", bin, "github.com/oasguard/oasguard/cmd/oasguard")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	script, _ := filepath.Abs(filepath.Join("testdata", "nvim_showcase.lua"))
	secure, _ := filepath.Abs(filepath.Join("..", "..", "specs-examples", "showcase", "secure-api.yaml"))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "OASGUARD_BIN="+bin, "OASGUARD_SPEC="+filepath.Join(dir, "insecure-api.yaml"),
		"OASGUARD_SECURE="+secure, "XDG_STATE_HOME="+t.TempDir(), "XDG_CACHE_HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	t.Logf("nvim output:\n%s", out)
	if err != nil {
		t.Fatalf("nvim: %v", err)
	}
	if !strings.Contains(string(out), "diagnostics gone") {
		t.Error("the script did not reach its end")
	}
}
