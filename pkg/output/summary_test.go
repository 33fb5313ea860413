package output

import (
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
)

func TestSummaryLineShowsBaseline(t *testing.T) {
	s := report.Summary{Files: 1, Findings: 2, BySeverity: map[string]int{"high": 2}, Suppressed: 5, Baselined: 5, BaselineGone: 3}
	got := summaryLine(&report.Report{Summary: s})
	if !strings.Contains(got, "5 in the baseline, 3 baseline findings gone") {
		t.Errorf("summary %q", got)
	}
	if strings.Contains(summaryLine(&report.Report{Summary: report.Summary{Files: 1}}), "baseline") {
		t.Error("baseline mentioned without a baseline")
	}
}
