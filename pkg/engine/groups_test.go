package engine

import (
	"testing"

	"github.com/oasguard/oasguard/pkg/rules"
)

// TestOnlyProblemRulesWaitForValidation: rules that do not read
// input.problems run while validation is still going on. A helper that reads
// input as a whole would make every rule wait, silently halving throughput.
func TestOnlyProblemRulesWaitForValidation(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if helpersReadProblems(set) {
		t.Fatal("a rules/lib helper reads input.problems or input as a whole: every rule would wait for validation")
	}
	var late []string
	for _, r := range set.Rules {
		if readsInputProblems(set.Modules[r.File]) {
			late = append(late, r.ID)
		}
	}
	if len(late) > 5 {
		t.Errorf("%d rules read input.problems or input as a whole: %v", len(late), late)
	}
}
