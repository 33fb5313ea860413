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

// sharedHelpers joins areas whose rules share most of their helpers into
// one group: rules/lib/data.rego serves the exposure, BOLA, business-flow and
// SSRF rules, which evaluated together compute its name classifications
// once (~20 ms less CPU on Stripe and on OpenAI).
var sharedHelpers = map[string]string{"bola": "exposure", "flows": "exposure", "ssrf": "exposure"}

// area is the segment of a rule's package after the rules prefix:
// oasguard.rules.resources.string_without_max_length is in "resources".
func area(r rules.Rule) string {
	a, _, _ := strings.Cut(strings.TrimPrefix(r.Package, rules.PackagePrefix), ".")
	return a
}

// byArea groups the rules idx by area (areas that share helpers together),
// costliest group first. The rules of an area stay together: they share
// helpers, which one evaluation computes once. Workers that take the groups
// in this order finish together (longest processing time first), whichever
// area a document makes costly.
func byArea(all []rules.Rule, idx []int) [][]int {
	groups := map[string][]int{}
	costs := map[string]int{}
	counted := map[string]bool{}
	var units []string
	for _, i := range idx {
		a := area(all[i])
		u := a
		if shared, ok := sharedHelpers[a]; ok {
			u = shared
		}
		if groups[u] == nil {
			units = append(units, u)
		}
		groups[u] = append(groups[u], i)
		switch c, ok := areaCost[a]; {
		case !ok:
			costs[u]++ // custom rules count one each
		case !counted[a]:
			costs[u] += c
			counted[a] = true
		}
	}
	sort.SliceStable(units, func(i, j int) bool { return costs[units[i]] > costs[units[j]] })
	out := make([][]int, 0, len(units))
	for _, u := range units {
		out = append(out, groups[u])
	}
	return out
}
