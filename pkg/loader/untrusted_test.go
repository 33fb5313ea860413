package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Regression tests for issue 13 (untrusted input), listed in docs/security.md.

// TestUntrustedRefRootDefault: with no --ref-root, a document's $refs read
// only under its own directory; run from a home folder, a partner's spec in
// Downloads cannot read ../.config/secret, and no output (input, problems,
// files, the ref's error message) holds the secret's content.
func TestUntrustedRefRootDefault(t *testing.T) {
	home := hostileDir(t, map[string]string{
		".config/secret.yaml":    "token:\n  description: " + hostileSecret + "\n",
		"Downloads/partner.yaml": hostileMinimal + "components: {schemas: {A: {$ref: '../.config/secret.yaml#/token'}, B: {$ref: 'mine.yaml#/x'}}}\n",
		"Downloads/mine.yaml":    "x: {type: string}\n",
	})
	t.Chdir(home)
	doc, err := LoadFile("Downloads/partner.yaml", Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, doc, "../.config/secret.yaml#/token"); st != statusOutsideRoot {
		t.Errorf("$ref to ../.config: status %v, want %s", st, statusOutsideRoot)
	}
	if st := hostileStatus(t, doc, "mine.yaml#/x"); st != statusOK {
		t.Errorf("$ref beside the document: status %v, want ok", st)
	}
	hostileNoSecret(t, doc)
	byRef, _ := hostileRefs(t, doc)
	if msg, _ := byRef["../.config/secret.yaml#/token"]["error"].(string); strings.Contains(msg, hostileSecret) || !strings.Contains(msg, "outside the ref root") {
		t.Errorf("error message %q", msg)
	}
}

// TestUntrustedRefRootGitRepository: a document inside a git repository may
// read anywhere in the repository, not above it.
func TestUntrustedRefRootGitRepository(t *testing.T) {
	base := hostileDir(t, map[string]string{
		"secret.yaml":          "x:\n  description: " + hostileSecret + "\n",
		"repo/.git/HEAD":       "ref: refs/heads/main\n",
		"repo/common/s.yaml":   "x: {type: string}\n",
		"repo/api/v1/api.yaml": hostileMinimal + "components: {schemas: {A: {$ref: '../../common/s.yaml#/x'}, B: {$ref: '../../../secret.yaml#/x'}}}\n",
	})
	doc, err := LoadFile(filepath.Join(base, "repo/api/v1/api.yaml"), Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, doc, "../../common/s.yaml#/x"); st != statusOK {
		t.Errorf("$ref within the repository: status %v, want ok", st)
	}
	if st := hostileStatus(t, doc, "../../../secret.yaml#/x"); st != statusOutsideRoot {
		t.Errorf("$ref above the repository: status %v, want %s", st, statusOutsideRoot)
	}
	hostileNoSecret(t, doc)
}

// TestUntrustedSymlinkedFragmentParsedOnce: a fragment reached under two
// names (a symbolic link and its target) is read and parsed once.
func TestUntrustedSymlinkedFragmentParsedOnce(t *testing.T) {
	dir := hostileDir(t, map[string]string{
		"frag.yaml": "x: {type: string}\ny: {type: integer}\n",
		"api.yaml":  hostileMinimal + "components: {schemas: {A: {$ref: 'frag.yaml#/x'}, B: {$ref: 'link.yaml#/y'}, C: {$ref: 'link2.yaml#/x'}}}\n",
	})
	for _, l := range []string{"link.yaml", "link2.yaml"} {
		if err := os.Symlink("frag.yaml", filepath.Join(dir, l)); err != nil {
			t.Skip("no symlinks:", err)
		}
	}
	doc, err := hostileLoad(t, dir, "api.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{"frag.yaml#/x", "link.yaml#/y", "link2.yaml#/x"} {
		if st := hostileStatus(t, doc, ref); st != statusOK {
			t.Errorf("%s: status %v", ref, st)
		}
	}
	if len(doc.Files) != 2 {
		names, _ := json.Marshal(doc.Files)
		t.Errorf("%d files loaded, want the document and one fragment: %.200s", len(doc.Files), names)
	}
}
