package report

import (
	"cmp"
	"slices"
)

// Consolidate turns a document's raw findings into one finding per fix and
// per meaning (DESIGN: group):
//
//   - findings of one rule on one node (file and pointer) become one finding,
//     whose Occurrences are the union of theirs: a rule that reports the node
//     to change and the affected places (the `fix` of a rule result, see
//     docs/custom-rules.md) is reported once there, with every place listed;
//   - a finding of a rule that another rule supersedes is dropped when that
//     rule has a finding on the same node: the same meaning is reported
//     once, by the more specific rule. Its occurrences join the kept one's.
//
// supersedes maps a rule id to the ids it supersedes. The result keeps, of
// the findings merged, the first message in sorted order, so the same input
// gives the same output; its fingerprint is the rule, file and pointer.
func Consolidate(fs []Finding, supersedes map[string][]string) []Finding {
	slices.SortStableFunc(fs, func(a, b Finding) int { return cmp.Compare(a.Message, b.Message) })
	index := map[nodeKey]int{}
	out := fs[:0]
	for _, f := range fs {
		k := nodeKey{f.RuleID, f.File, f.Pointer, f.Suppressed()}
		if i, ok := index[k]; ok {
			out[i].Occurrences = append(out[i].Occurrences, f.Occurrences...)
			continue
		}
		index[k] = len(out)
		out = append(out, f)
	}
	out = dropSuperseded(out, index, supersedes)
	for i := range out {
		out[i].Occurrences = uniqueLocations(out[i].Occurrences)
	}
	return out
}

// nodeKey is a finding's rule and node; suppressed places of a fix (see
// SuppressPlaces) group apart from the others.
type nodeKey struct {
	rule, file, pointer string
	suppressed          bool
}

// dropSuperseded removes the findings superseded on their node; index maps
// each node key to its finding in fs.
func dropSuperseded(fs []Finding, index map[nodeKey]int, supersedes map[string][]string) []Finding {
	drop := make([]bool, len(fs))
	for i, f := range fs {
		if f.Suppressed() {
			continue
		}
		for _, weaker := range supersedes[f.RuleID] {
			j, ok := index[nodeKey{weaker, f.File, f.Pointer, false}]
			if !ok || drop[i] {
				continue
			}
			drop[j] = true
			fs[i].Occurrences = append(fs[i].Occurrences, fs[j].Occurrences...)
		}
	}
	out := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// uniqueLocations sorts locations (file, line, column, pointer) and drops
// repeats; nil stays nil.
func uniqueLocations(ls []Location) []Location {
	if len(ls) == 0 {
		return nil
	}
	slices.SortFunc(ls, func(a, b Location) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), cmp.Compare(a.Pointer, b.Pointer))
	})
	return slices.CompactFunc(ls, func(a, b Location) bool { return a.File == b.File && a.Pointer == b.Pointer })
}

// SuppressPlaces applies inline ignores to the places of a fix before they
// are grouped: a raw finding moved to its fix node (one occurrence, its own
// place) is suppressed when an x-oasguard-ignore covering its place names its
// rule, or a rule it supersedes (the same meaning), so that ignoring one
// operation removes that operation from a finding grouped at the document
// root. Consolidate groups the suppressed places into a suppressed finding of
// their own.
func SuppressPlaces(fs []Finding, ignores []Ignore, supersedes map[string][]string) {
	for i := range fs {
		f := &fs[i]
		if f.Suppressed() || len(f.Occurrences) != 1 {
			continue
		}
		for _, rule := range append([]string{f.RuleID}, supersedes[f.RuleID]...) {
			place := Finding{RuleID: rule, File: f.Occurrences[0].File, Pointer: f.Occurrences[0].Pointer}
			one := []Finding{place}
			ApplyInline(one, ignores)
			if one[0].Suppressed() {
				f.Suppression = one[0].Suppression
				break
			}
		}
	}
}
