package diff

import (
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
)

// Section is the comparison part of a diff report; it is rendered by
// pkg/output, with the report, in every format.
type Section = output.DiffSection

// Report turns a comparison into a report every format renders: the
// appeared findings keep their rule ids, each regression becomes a finding
// with rule id diff-<kind>. Regressions honour NEW's x-oasguard-ignore like
// any other finding. The files are OLD's and NEW's.
func Report(r *Result, old, new *Side, tool report.Tool) (*report.Report, *Section) {
	rep := &report.Report{Tool: tool, Files: []report.FileResult{old.File, new.File}}
	rep.Findings = append(rep.Findings, r.Appeared...)
	regs := make([]report.Finding, 0, len(r.Regressions))
	for _, g := range r.Regressions {
		regs = append(regs, g.Finding())
	}
	if new.Doc != nil {
		ignores := make([]report.Ignore, 0, len(new.Doc.Ignores))
		for _, ig := range new.Doc.Ignores {
			ig.File = new.Display(new.Plain(ig.File))
			ignores = append(ignores, ig)
		}
		report.ApplyInline(regs, ignores)
	}
	rep.Findings = append(rep.Findings, regs...)
	rep.Finalize()
	sec := &Section{
		Old: r.Old, New: r.New, Appeared: len(r.Appeared), Regressions: len(r.Regressions),
		Disappeared: len(r.Disappeared), Unchanged: r.Unchanged,
		DisappearedFindings: r.Disappeared, Skipped: r.Skipped,
	}
	if sec.DisappearedFindings == nil {
		sec.DisappearedFindings = []report.Finding{}
	}
	return rep, sec
}
