package engine

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/oasguard/oasguard/pkg/loader"
)

// benchSpec is one document of the benchmarks; corpus specs are skipped when
// ../shared/corpus is absent.
type benchSpec struct {
	name, path string
	corpus     bool
}

func benchSpecs(b *testing.B) []benchSpec {
	root := repoRoot(b)
	return []benchSpec{
		{name: "small", path: filepath.Join(root, "specs-examples", "operation-without-security", "bad.yaml")},
		{name: "medium", path: filepath.Join(root, "specs-examples", "showcase", "insecure-api.yaml")},
		{name: "openai", path: filepath.Join("openai-openapi", "openapi.yaml"), corpus: true},
		{name: "stripe", path: filepath.Join("stripe-openapi", "openapi", "spec3.json"), corpus: true},
	}
}

// resolve returns the spec's path, or skips the benchmark.
func (s benchSpec) resolve(b *testing.B) string {
	if !s.corpus {
		return s.path
	}
	dir := corpusDir(b)
	if dir == "" {
		b.Skip("../shared/corpus is absent")
	}
	return filepath.Join(dir, s.path)
}

// BenchmarkParse parses a spec into the positioned node tree, nothing else.
func BenchmarkParse(b *testing.B) {
	for _, s := range benchSpecs(b) {
		b.Run(s.name, func(b *testing.B) {
			path := s.resolve(b)
			data, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var err error
				if filepath.Ext(path) == ".json" {
					_, _, err = loader.ParseJSON(data, loader.DefaultLimits())
				} else {
					_, _, err = loader.ParseYAML(data, loader.DefaultLimits())
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad parses, resolves refs, builds the rule input and validates
// (kin-openapi and the official JSON Schema): everything but the rules.
func BenchmarkLoad(b *testing.B) {
	v := testValidator(b)
	for _, s := range benchSpecs(b) {
		b.Run(s.name, func(b *testing.B) {
			path := s.resolve(b)
			opts := loader.Options{RefRoot: filepath.Dir(path), Validator: v}
			for b.Loop() {
				if _, err := loader.LoadFile(path, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScan is the full scan of one document: load, validate and
// evaluate every built-in rule (rules compiled once, outside the loop). It
// reports scan/load, the scan's time as a multiple of loading the document
// alone (the best of three loads, timed before the loop).
func BenchmarkScan(b *testing.B) {
	v := testValidator(b)
	eng := builtinEngine(b)
	for _, s := range benchSpecs(b) {
		b.Run(s.name, func(b *testing.B) {
			path := s.resolve(b)
			opts := ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(path), Validator: v}}
			load := bestLoad(b, path, opts.Load)
			b.ResetTimer()
			for b.Loop() {
				res := eng.Scan(context.Background(), []string{path}, opts, false)
				if len(res) != 1 || res[0].Fatal || len(res[0].File.Errors) > 0 {
					b.Fatalf("scan failed: %+v", res)
				}
			}
			b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(load), "scan/load")
		})
	}
}

// bestLoad is the shortest of three loads of path.
func bestLoad(b *testing.B, path string, opts loader.Options) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		if _, err := loader.LoadFile(path, opts); err != nil {
			b.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	return best
}

// BenchmarkCLI runs the oasguard binary as a user would (start-up, rule
// compilation and JSON output included) and reports its peak memory
// (peak-MiB, the maximum resident set size). The corpus case scans every
// root spec of INDEX.tsv in one invocation.
func BenchmarkCLI(b *testing.B) {
	bin := buildCLI(b)
	cases := map[string][]string{}
	dir := corpusDir(b)
	for _, s := range benchSpecs(b) {
		switch {
		case !s.corpus:
			cases[s.name] = []string{s.path}
		case dir != "":
			cases[s.name] = []string{filepath.Join(dir, s.path)}
		}
	}
	if dir != "" {
		for p := range corpusRoots(b, dir) {
			cases["corpus"] = append(cases["corpus"], p)
		}
		sort.Strings(cases["corpus"])
	}
	for _, name := range []string{"small", "medium", "openai", "stripe", "corpus"} {
		args, ok := cases[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			var peak int64
			for b.Loop() {
				peak = max(peak, runCLI(b, bin, args))
			}
			b.ReportMetric(float64(peak)/1024, "peak-MiB")
		})
	}
}

// buildCLI builds the oasguard binary once into a temporary directory.
func buildCLI(b *testing.B) string {
	bin := filepath.Join(b.TempDir(), "oasguard")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/oasguard")
	cmd.Dir = repoRoot(b)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runCLI scans paths (absolute) with JSON output and returns the peak RSS in
// KiB, or 0 when GNU time is not installed. The binary runs under
// /usr/bin/time because a child's own rusage would count the address space of
// this (large) benchmark process, which exec replaces.
func runCLI(b *testing.B, bin string, paths []string) int64 {
	args := append([]string{"scan", "--format", "json", "--fail-on", "none"}, paths...)
	name, report := bin, ""
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		report = filepath.Join(b.TempDir(), "rss")
		args = append([]string{"-f", "%M", "-o", report, bin}, args...)
		name = "/usr/bin/time"
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = "/" // paths are absolute; the ref root is the whole tree
	start := time.Now()
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("%s after %s: %v (%d bytes of output)", bin, time.Since(start), err, len(out))
	}
	if report == "" {
		return 0
	}
	data, err := os.ReadFile(report)
	if err != nil {
		b.Fatal(err)
	}
	kib, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	if err != nil {
		b.Fatalf("peak RSS %q: %v", data, err)
	}
	return kib
}
