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
	"resources": 185, "exposure": 125, "config": 99, "ssrf": 45, "hygiene": 43, "function": 15,
	"bola": 11, "auth": 10, "flows": 10, "inventory": 5, "structure": 4, "consumption": 2,
}

// area is the segment of a rule's package after the rules prefix:
// oasguard.rules.resources.string_without_max_length is in "resources".
func area(r rules.Rule) string {
	a, _, _ := strings.Cut(strings.TrimPrefix(r.Package, rules.PackagePrefix), ".")
	return a
}

// splitByArea spreads the rules idx over n groups of about equal cost. The
// rules of an area stay together: they share helpers, which one evaluation
// computes once.
func splitByArea(all []rules.Rule, idx []int, n int) [][]int {
	byArea := map[string][]int{}
	var areas []string
	for _, i := range idx {
		a := area(all[i])
		if byArea[a] == nil {
			areas = append(areas, a)
		}
		byArea[a] = append(byArea[a], i)
	}
	cost := func(a string) int {
		if c, ok := areaCost[a]; ok {
			return c
		}
		return len(byArea[a])
	}
	sort.SliceStable(areas, func(i, j int) bool { return cost(areas[i]) > cost(areas[j]) })
	groups := make([][]int, n)
	load := make([]int, n)
	for _, a := range areas {
		g := 0
		for k := range load {
			if load[k] < load[g] {
				g = k
			}
		}
		groups[g] = append(groups[g], byArea[a]...)
		load[g] += cost(a)
	}
	return groups
}
