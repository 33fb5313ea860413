package engine

import (
	"reflect"
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

// TestByAreaKeepsAreasWholeCostliestFirst: every rule is in exactly one
// group, the rules of an area are together (and with the areas it shares
// helpers with), and the groups come costliest first (an area of custom
// rules counts one per rule).
func TestByAreaKeepsAreasWholeCostliestFirst(t *testing.T) {
	all := []rules.Rule{
		{ID: "a", Package: rules.PackagePrefix + "auth.a"},
		{ID: "b", Package: rules.PackagePrefix + "resources.b"},
		{ID: "c", Package: rules.PackagePrefix + "mine.c"},
		{ID: "d", Package: rules.PackagePrefix + "resources.d"},
		{ID: "e", Package: rules.PackagePrefix + "mine.e"},
		{ID: "f", Package: rules.PackagePrefix + "ssrf.f"},
		{ID: "g", Package: rules.PackagePrefix + "exposure.g"},
		{ID: "h", Package: rules.PackagePrefix + "ssrf.h"},
	}
	got := byArea(all, []int{0, 1, 2, 3, 4, 5, 6, 7})
	// resources 187; ssrf 45 + exposure 126 = 171; auth 10; mine 2
	want := [][]int{{1, 3}, {5, 6, 7}, {0}, {2, 4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("byArea = %v, want %v", got, want)
	}
}
