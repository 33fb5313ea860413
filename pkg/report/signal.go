package report

import (
	"cmp"
	"path"
	"slices"
	"strings"
)

// SaturationShare is the share of a spec's operations from which a rule
// that reports each of them separately is noise: one fix, or none, repeated
// (see docs/severity.md).
const SaturationShare = 0.9

// SaturationMinOperations is the smallest spec on which saturation is
// measured: on a handful of operations 90 % means little.
const SaturationMinOperations = 10

// Signal measures how much of a report is worth a reviewer's time: per
// document and over the report (see `make signal`).
type Signal struct {
	Specs []SpecSignal
	// MedianPerOperation is the median over documents with operations of
	// their findings per operation.
	MedianPerOperation float64
	// Operations, Findings, HighCritical and SharedNode are the totals.
	Operations, Findings, HighCritical, SharedNode int
}

// SpecSignal is the signal of one scanned document.
type SpecSignal struct {
	Path         string
	Operations   int
	Findings     int
	HighCritical int
	// SharedNode counts findings whose file and pointer carry a finding of
	// another rule.
	SharedNode int
	// Saturated are the rules reported separately on at least
	// SaturationShare of the operations (documents with at least
	// SaturationMinOperations operations).
	Saturated []string
}

// PerOperation is the document's findings per operation.
func (s SpecSignal) PerOperation() float64 { return ratio(s.Findings, s.Operations) }

// HighCriticalPer100 is the report's high and critical findings per 100
// operations.
func (s Signal) HighCriticalPer100() float64 { return 100 * ratio(s.HighCritical, s.Operations) }

// SharedNodeShare is the share of findings whose node carries another
// rule's finding.
func (s Signal) SharedNodeShare() float64 { return ratio(s.SharedNode, s.Findings) }

// SaturatedSpecs counts the documents where some rule is saturated.
func (s Signal) SaturatedSpecs() int {
	n := 0
	for _, sp := range s.Specs {
		if len(sp.Saturated) > 0 {
			n++
		}
	}
	return n
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// MeasureSignal computes the signal of a report's unsuppressed findings.
// A finding belongs to the document whose path is its file or, for a file a
// document refers to, whose directory is the longest prefix of the file.
func MeasureSignal(r *Report) Signal {
	byDoc := map[string][]*Finding{}
	for i := range r.Findings {
		f := &r.Findings[i]
		if !f.Suppressed() {
			byDoc[owner(r.Files, f.File)] = append(byDoc[owner(r.Files, f.File)], f)
		}
	}
	var out Signal
	var perOp []float64
	for _, fr := range r.Files {
		sp := measureSpec(fr, byDoc[fr.Path])
		out.Specs = append(out.Specs, sp)
		out.Operations += sp.Operations
		out.Findings += sp.Findings
		out.HighCritical += sp.HighCritical
		out.SharedNode += sp.SharedNode
		if sp.Operations > 0 {
			perOp = append(perOp, sp.PerOperation())
		}
	}
	out.MedianPerOperation = median(perOp)
	return out
}

// owner is the document a finding's file belongs to.
func owner(files []FileResult, file string) string {
	best, bestLen := "", -1
	for _, fr := range files {
		if fr.Path == file {
			return file
		}
		dir := path.Dir(fr.Path) + "/"
		if dir == "./" {
			dir = ""
		}
		if strings.HasPrefix(file, dir) && len(dir) > bestLen {
			best, bestLen = fr.Path, len(dir)
		}
	}
	return best
}

func measureSpec(fr FileResult, fs []*Finding) SpecSignal {
	sp := SpecSignal{Path: fr.Path, Operations: fr.Operations, Findings: len(fs)}
	rulesAt := map[string]map[string]bool{}
	opsOf := map[string]map[string]bool{}
	for _, f := range fs {
		if f.Severity.Rank() >= High.Rank() {
			sp.HighCritical++
		}
		node := f.File + "#" + f.Pointer
		if rulesAt[node] == nil {
			rulesAt[node] = map[string]bool{}
		}
		rulesAt[node][f.RuleID] = true
		if op, ok := OperationOf(f.Pointer); ok && f.File == fr.Path {
			if opsOf[f.RuleID] == nil {
				opsOf[f.RuleID] = map[string]bool{}
			}
			opsOf[f.RuleID][op] = true
		}
	}
	for _, f := range fs {
		if len(rulesAt[f.File+"#"+f.Pointer]) > 1 {
			sp.SharedNode++
		}
	}
	if fr.Operations >= SaturationMinOperations {
		for id, ops := range opsOf {
			if float64(len(ops)) >= SaturationShare*float64(fr.Operations) {
				sp.Saturated = append(sp.Saturated, id)
			}
		}
		slices.Sort(sp.Saturated)
	}
	return sp
}

var httpMethods = map[string]bool{
	"get": true, "put": true, "post": true, "delete": true, "options": true,
	"head": true, "patch": true, "trace": true, "query": true,
}

// OperationOf returns the operation pointer (/paths/P/method or
// /webhooks/W/method) a pointer is in, if any.
func OperationOf(pointer string) (string, bool) {
	parts := strings.SplitN(pointer, "/", 5)
	if len(parts) < 4 || parts[0] != "" || (parts[1] != "paths" && parts[1] != "webhooks") {
		return "", false
	}
	if !httpMethods[parts[3]] {
		return "", false
	}
	return strings.Join(parts[:4], "/"), true
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.SortFunc(s, cmp.Compare[float64])
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
