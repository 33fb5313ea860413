package traffic

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

const shopSpec = "testdata/shop.yaml"

// run analyses captures against the shop spec and returns every finding
// and every output.
func run(t *testing.T, opts Options) ([]report.Finding, []Output) {
	t.Helper()
	if opts.Specs == nil {
		opts.Specs = []string{shopSpec}
	}
	outs := Run(context.Background(), opts)
	var fs []report.Finding
	for _, o := range outs {
		fs = append(fs, o.Findings...)
	}
	return fs, outs
}

// find returns the findings of a check whose message contains text.
func find(fs []report.Finding, check, text string) []report.Finding {
	var out []report.Finding
	for _, f := range fs {
		if f.RuleID == check && strings.Contains(f.Message, text) {
			out = append(out, f)
		}
	}
	return out
}

// want asserts exactly one finding of check with text and returns it.
func want(t *testing.T, fs []report.Finding, check, text string) report.Finding {
	t.Helper()
	got := find(fs, check, text)
	if len(got) != 1 {
		t.Fatalf("%s with %q: %d findings, want 1; all:\n%s", check, text, len(got), dump(fs))
	}
	return got[0]
}

func dump(fs []report.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.RuleID + " " + string(f.Severity) + " " + f.Pointer + " " + f.Message + "\n")
	}
	return b.String()
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// errorsOf returns the file errors of the capture outputs.
func errorsOf(outs []Output) string {
	var b strings.Builder
	for _, o := range outs {
		for _, e := range o.File.Errors {
			b.WriteString(o.File.Path + ": " + e + "\n")
		}
	}
	return b.String()
}

func loaderOptions() loader.Options { return loader.Options{} }
