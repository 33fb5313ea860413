package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHasRootKey covers the ways YAML and JSON can write the top-level key:
// a byte window or a line regex missed the late, quoted, escaped and tagged
// ones, and took nested or commented keys for the real thing.
func TestHasRootKey(t *testing.T) {
	big := strings.Repeat("x", 70<<10)
	roots := map[string]string{
		"yaml plain":          "openapi: 3.1.0\ninfo: {}\n",
		"yaml late":           "info:\n  title: " + big + "\npaths: {}\nopenapi: 3.0.3\n",
		"yaml double quoted":  "\"openapi\": 3.1.0\n",
		"yaml single quoted":  "'swagger': '2.0'\n",
		"yaml escaped":        "\"\\x6fpenapi\": 3.1.0\n",
		"yaml unicode escape": "\"\\u006fpenapi\": 3.1.0\n",
		"yaml tagged":         "info: {}\n!!str openapi: 3.1.0\n",
		"yaml anchored":       "&a openapi: 3.1.0\n",
		"yaml explicit key":   "? openapi\n: 3.1.0\n",
		"yaml flow":           "{info: {}, openapi: 3.1.0}\n",
		"yaml flow multiline": "{\n  info: {title: t},\n  \"openapi\": 3.1.0\n}\n",
		"yaml document start": "%YAML 1.2\n---\n# comment\nopenapi: 3.1.0\n",
		"yaml indented root":  "  info: {}\n  openapi: 3.1.0\n",
		"yaml after comment":  "# openapi: no\ninfo: {}\nswagger: '2.0'\n",
		"yaml bom":            "\xef\xbb\xbfopenapi: 3.1.0\n",
		"json first":          `{"openapi": "3.1.0", "info": {}}`,
		"json late":           `{"info": {"title": "` + big + `"}, "paths": {}, "openapi": "3.0.0"}`,
		"json escaped":        `{"info": {}, "\u006fpenapi": "3.1.0"}`,
		"json spaced":         "{\n\n   \"swagger\"\n   :\n \"2.0\" }",
	}
	for name, doc := range roots {
		if err := HasRootKey([]byte(doc)); err != nil {
			t.Errorf("%s: not found as a root: %v", name, err)
		}
	}
	others := map[string]string{
		"nested yaml":       "info:\n  openapi: 3.1.0\n",
		"nested flow":       "{info: {openapi: 3.1.0}}\n",
		"commented":         "# openapi: 3.1.0\ninfo: {}\n",
		"value not key":     "title: openapi\n",
		"in block scalar":   "description: |\n  openapi: 3.1.0\n",
		"second document":   "info: {}\n---\nopenapi: 3.1.0\n",
		"sequence":          "- openapi: 3.1.0\n",
		"nested json":       `{"info": {"openapi": "3.1.0"}}`,
		"json string value": `{"title": "\"openapi\": 3"}`,
		"json array":        `[{"openapi": "3.1.0"}]`,
		"binary":            "openapi: 3.1.0\x00",
		"empty":             "",
		"fragment":          "type: object\nproperties:\n  id: {type: string}\n",
	}
	for name, doc := range others {
		if err := HasRootKey([]byte(doc)); err == nil {
			t.Errorf("%s: taken for a root document", name)
		}
	}
}

// TestDiscoverPathsSkipsWithReasons: a directory scan lists what it skipped
// and why, and finds a spec whose key comes after the first 64 KiB.
func TestDiscoverPathsSkipsWithReasons(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("late.json", `{"info": {"description": "`+strings.Repeat("y", 100<<10)+`"}, "openapi": "3.0.0"}`)
	write("fragment.yaml", "type: object\n")
	write("notes.txt", "openapi: 3.1.0\n")
	d := DiscoverPaths([]string{dir}, DefaultMaxFileSize)
	if len(d.Targets) != 1 || !strings.HasSuffix(d.Targets[0].Path, "late.json") {
		t.Fatalf("targets = %+v, want late.json", d.Targets)
	}
	if len(d.Skipped) != 1 || !strings.HasSuffix(d.Skipped[0].Path, "fragment.yaml") ||
		!strings.Contains(d.Skipped[0].Reason, "no top-level openapi or swagger key") {
		t.Fatalf("skipped = %+v, want fragment.yaml with its reason", d.Skipped)
	}
}

// TestDiscoverPathsLimit reads no more than maxSize bytes of a file, and says
// so when the key may lie past them.
func TestDiscoverPathsLimit(t *testing.T) {
	dir := t.TempDir()
	text := "info:\n  x: " + strings.Repeat("z", 4096) + "\nopenapi: 3.1.0\n"
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d := DiscoverPaths([]string{dir}, 1024)
	if len(d.Targets) != 0 || len(d.Skipped) != 1 || !strings.Contains(d.Skipped[0].Reason, "first 1024 bytes") {
		t.Fatalf("got %+v", d)
	}
}

// TestCorpusDiscovery: every root document of ../shared/corpus is found by
// a folder scan (Stripe's, Linode's, Slack's and Twilio's were not, when the
// first 64 KiB decided).
func TestCorpusDiscovery(t *testing.T) {
	const corpus = "../../../shared/corpus"
	index, err := os.ReadFile(filepath.Join(corpus, "INDEX.tsv"))
	if err != nil {
		t.Skip("skipped: ../shared/corpus not found")
	}
	d := DiscoverPaths([]string{corpus}, DefaultMaxFileSize)
	found := map[string]bool{}
	for _, tg := range d.Targets {
		found[strings.TrimPrefix(tg.Path, filepath.ToSlash(filepath.Clean(corpus))+"/")] = true
	}
	lines := strings.Split(strings.TrimSpace(string(index)), "\n")[1:]
	for _, l := range lines {
		p := strings.SplitN(l, "\t", 2)[0]
		if !found[p] {
			t.Errorf("root %s not discovered", p)
		}
	}
	t.Logf("%d roots indexed, %d discovered, %d skipped", len(lines), len(d.Targets), len(d.Skipped))
}

// TestDiscoverFollowsFileSymlinks: a spec linked into a folder is found.
func TestDiscoverFollowsFileSymlinks(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	target := filepath.Join(other, "api.yaml")
	if err := os.WriteFile(target, []byte("openapi: 3.1.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "api.yaml")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if d := DiscoverPaths([]string{dir}, DefaultMaxFileSize); len(d.Targets) != 1 {
		t.Fatalf("got %+v", d)
	}
}
