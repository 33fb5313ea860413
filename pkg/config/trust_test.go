package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrustResolve: a configuration found in the directory is used and
// named by default, never under --no-config or --untrusted (whose note names
// the refused rules-dirs); an explicit --config is always used and named.
func TestTrustResolve(t *testing.T) {
	dir := t.TempDir()
	found := filepath.Join(dir, ".oasguard.yaml")
	if err := os.WriteFile(found, []byte("rules-dirs: [evil]\nignore:\n  - {rule: '*', reason: pwned}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(mine, []byte("fail-on: low\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		explicit  string
		trust     Trust
		wantPath  string
		wantNotes []string
		wantErr   string
	}{
		{"found, trusted", "", Trust{}, found, []string{"using configuration " + found}, ""},
		{"found, --no-config", "", Trust{NoConfig: true}, "", []string{"not using configuration " + found, "--no-config"}, ""},
		{"found, --untrusted", "", Trust{Untrusted: true}, "", []string{"not using configuration " + found, "--untrusted", "rules-dirs (evil) are refused"}, ""},
		{"explicit, --untrusted", mine, Trust{Untrusted: true}, mine, []string{"using configuration " + mine}, ""},
		{"explicit and --no-config", mine, Trust{NoConfig: true}, "", nil, "exclude each other"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ch, err := Resolve(c.explicit, dir, c.trust)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("error %v, want %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if ch.Config != nil {
				got = ch.Config.Path
			}
			if got != c.wantPath {
				t.Errorf("config %q, want %q", got, c.wantPath)
			}
			notes := strings.Join(ch.Notes, "\n")
			for _, w := range c.wantNotes {
				if !strings.Contains(notes, w) {
					t.Errorf("notes %q lack %q", notes, w)
				}
			}
		})
	}
}
