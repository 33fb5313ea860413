package report

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestMeasureSignal(t *testing.T) {
	ops := 10
	r := &Report{Files: []FileResult{{Path: "a/api.yaml", Operations: ops}, {Path: "b.yaml", Operations: 2}}}
	for i := range ops {
		r.Findings = append(r.Findings, Finding{RuleID: "every", Severity: Low, File: "a/api.yaml",
			Pointer: fmt.Sprintf("/paths/~1p%d/get/responses", i)})
	}
	r.Findings = append(r.Findings,
		Finding{RuleID: "other", Severity: High, File: "a/api.yaml", Pointer: "/paths/~1p0/get/responses"},
		Finding{RuleID: "frag", Severity: Critical, File: "a/common/x.yaml", Pointer: "/x"},
		Finding{RuleID: "b", Severity: Medium, File: "b.yaml", Pointer: "/paths/~1q/post"},
		Finding{RuleID: "gone", Severity: High, File: "b.yaml", Pointer: "/", Suppression: &Suppression{Kind: KindInline}},
	)
	s := MeasureSignal(r)
	if s.Operations != 12 || s.Findings != 13 || s.HighCritical != 2 || s.SharedNode != 2 {
		t.Fatalf("totals %+v", s)
	}
	a := s.Specs[0]
	if a.Findings != 12 || !slices.Equal(a.Saturated, []string{"every"}) {
		t.Errorf("spec a: %+v", a)
	}
	// a: 12/10 = 1.2, b: 1/2 = 0.5; the median of two is their mean.
	if s.MedianPerOperation != 0.85 {
		t.Errorf("median %v", s.MedianPerOperation)
	}
	if got := s.HighCriticalPer100(); got < 16.6 || got > 16.7 {
		t.Errorf("high+critical per 100 %v", got)
	}
}

func TestOperationOf(t *testing.T) {
	for p, want := range map[string]string{
		"/paths/~1a/get":                  "/paths/~1a/get",
		"/paths/~1a/post/parameters/0":    "/paths/~1a/post",
		"/paths/~1a/parameters/0":         "",
		"/webhooks/new/post/requestBody":  "/webhooks/new/post",
		"/components/schemas/get/paths/x": "",
	} {
		got, ok := OperationOf(p)
		if got != want || ok != (want != "") {
			t.Errorf("%s: %q %v", p, got, ok)
		}
	}
}

// TestSignalReport prints the signal of the JSON report named by
// OASGUARD_SIGNAL_REPORT (`make signal` scans the corpus into one); it
// skips without it.
func TestSignalReport(t *testing.T) {
	name := os.Getenv("OASGUARD_SIGNAL_REPORT")
	if name == "" {
		t.Skip("OASGUARD_SIGNAL_REPORT is not set (run make signal)")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	PrintSignal(os.Stdout, MeasureSignal(&r))
}

// PrintSignal writes a signal as a table per document and its totals.
func PrintSignal(w io.Writer, s Signal) {
	fmt.Fprintf(w, "%-70s %5s %6s %7s %5s %6s  %s\n", "spec", "ops", "finds", "per-op", "h+c", "shared", "rules on >=90% of ops")
	for _, sp := range s.Specs {
		fmt.Fprintf(w, "%-70s %5d %6d %7.2f %5d %6d  %s\n", trimLeft(sp.Path, 70), sp.Operations, sp.Findings,
			sp.PerOperation(), sp.HighCritical, sp.SharedNode, strings.Join(sp.Saturated, ","))
	}
	fmt.Fprintf(w, "\nspecs %d, operations %d, findings %d\n", len(s.Specs), s.Operations, s.Findings)
	fmt.Fprintf(w, "median findings per operation:       %.3f (target <= 0.5)\n", s.MedianPerOperation)
	fmt.Fprintf(w, "high+critical per 100 operations:    %.2f (target <= 4)\n", s.HighCriticalPer100())
	fmt.Fprintf(w, "specs with a rule on >= 90%% of ops:  %d (target 0)\n", s.SaturatedSpecs())
	fmt.Fprintf(w, "findings sharing a node with another rule: %.2f %% (target <= 5 %%)\n", 100*s.SharedNodeShare())
}

func trimLeft(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n+1:]
}
