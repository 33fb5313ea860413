package loader

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/oasguard/oasguard/pkg/validate"
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

// TestUntrustedLongPatterns: 50 long patterns (each within Go's own limits
// but costing it most of a second) are not all compiled: the loader, kin-openapi
// and the JSON Schema validator together stay within the budget, and each
// pattern left unchecked is reported.
func TestUntrustedLongPatterns(t *testing.T) {
	var b strings.Builder
	b.WriteString(hostileMinimal + "components:\n  schemas:\n")
	for i := range 50 {
		fmt.Fprintf(&b, "    R%d: {type: string, pattern: '%s%d'}\n", i, strings.Repeat(`\pL{1000}`, 2900), i)
	}
	fmt.Fprintf(&b, "    Short: {type: string, pattern: '(unclosed'}\n")
	dir := hostileDir(t, map[string]string{"api.yaml": b.String()})
	v, err := validate.New()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	doc, err := LoadFile(filepath.Join(dir, "api.yaml"), Options{RefRoot: dir, Validator: v})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > hostileBudget() {
		t.Errorf("50 long patterns took %s (budget %s)", d, hostileBudget())
	}
	unchecked, invalid := 0, 0
	for _, p := range doc.Problems {
		switch {
		case p.Kind == "regex" && strings.Contains(p.Message, "was not checked"):
			unchecked++
		case p.Kind == "regex" && strings.Contains(p.Message, "cannot be compiled"):
			invalid++
		}
	}
	if unchecked != 50 || invalid != 1 {
		t.Errorf("%d unchecked and %d invalid patterns reported, want 50 and 1", unchecked, invalid)
	}
}

// TestUntrustedWideMapsAndLongChains: kin-openapi's YAML reader compares
// the keys of a map pairwise and its resolver recurses along $ref chains; a
// document past its bounds is not handed to it (the problem says so) and the
// rest of the loading stays linear. (The full-size bombs, 200,000 keys and a
// 150,000-link chain, are measured in docs/security.md.)
func TestUntrustedWideMapsAndLongChains(t *testing.T) {
	n := 3 * maxKinMapKeys
	if testing.Short() {
		n = maxKinMapKeys + 10
	}
	var b strings.Builder
	b.WriteString(hostileMinimal + "components:\n  schemas:\n")
	for i := range n {
		fmt.Fprintf(&b, "    S%d: {allOf: [{$ref: '#/components/schemas/S%d'}]}\n", i, i+1)
	}
	fmt.Fprintf(&b, "    S%d: {type: string}\n", n)
	dir := hostileDir(t, map[string]string{"api.yaml": b.String()})
	start := time.Now()
	doc, err := LoadFile(filepath.Join(dir, "api.yaml"), Options{RefRoot: dir})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*hostileBudget() {
		t.Errorf("%d schemas took %s", n, d)
	}
	found := false
	for _, p := range doc.Problems {
		if p.Kind == "openapi" && strings.Contains(p.Message, "not validated by kin-openapi") && p.Pointer == "/components/schemas" {
			found = true
		}
	}
	if !found {
		t.Errorf("no problem says kin-openapi was skipped: %v", doc.Problems)
	}
}

// TestUntrustedYAMLNodesCountedBeforeParsing: a YAML flow sequence with more
// items than the value limit is refused before the YAML parser builds its
// nodes (an 8 MB one used to take 1 GB), with little allocation.
func TestUntrustedYAMLNodesCountedBeforeParsing(t *testing.T) {
	limits := Limits{MaxDepth: 512, MaxNodes: 100_000}
	for name, data := range map[string]string{
		"flow sequence":  "x: [" + strings.Repeat("1,", 400_000) + "1]\n",
		"flow map":       "x: {" + strings.Repeat("a: 1, ", 200_000) + "}\n",
		"block sequence": "x:\n" + strings.Repeat("- 1\n", 400_000),
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _, err := ParseYAML([]byte(data), limits)
		runtime.ReadMemStats(&after)
		if err == nil || !strings.Contains(err.Error(), "counted before parsing") {
			t.Errorf("%s: error %v, want the values counted before parsing", name, err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
			t.Errorf("%s: %d MiB allocated to refuse %d KiB", name, alloc>>20, len(data)>>10)
		}
	}
	ok := "x: [" + strings.Repeat("'a, b: c', ", 1000) + "1]\n"
	if _, _, err := ParseYAML([]byte(ok), limits); err != nil {
		t.Errorf("a small document is refused: %v", err)
	}
}
