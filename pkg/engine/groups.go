package engine

import (
	"sort"
	"strings"

	"github.com/oasguard/oasguard/pkg/rules"
)

// areaCost is the relative cost of each built-in rule area on a large
// document: the single-threaded evaluation of the area's rules on the Stripe
// and OpenAI specs, in milliseconds, averaged (see docs/performance.md). An
// area not listed (custom rules) counts one per rule.
var areaCost = map[string]int{
	"resources": 187, "exposure": 126, "config": 84, "ssrf": 45, "hygiene": 45, "function": 16,
	"flows": 13, "bola": 11, "auth": 10, "inventory": 5, "structure": 4, "consumption": 1,
}

// area is the segment of a rule's package after the rules prefix:
// oasguard.rules.resources.string_without_max_length is in "resources".
func area(r rules.Rule) string {
	a, _, _ := strings.Cut(strings.TrimPrefix(r.Package, rules.PackagePrefix), ".")
	return a
}

// byArea groups the rules idx by area, costliest area first. The rules of
// an area stay together: they share helpers, which one evaluation computes
// once. Workers that take the groups in this order finish together
// (longest processing time first), whichever area a document makes costly.
func byArea(all []rules.Rule, idx []int) [][]int {
	groups := map[string][]int{}
	var areas []string
	for _, i := range idx {
		a := area(all[i])
		if groups[a] == nil {
			areas = append(areas, a)
		}
		groups[a] = append(groups[a], i)
	}
	cost := func(a string) int {
		if c, ok := areaCost[a]; ok {
			return c
		}
		return len(groups[a])
	}
	sort.SliceStable(areas, func(i, j int) bool { return cost(areas[i]) > cost(areas[j]) })
	out := make([][]int, 0, len(areas))
	for _, a := range areas {
		out = append(out, groups[a])
	}
	return out
}
