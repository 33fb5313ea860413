package output

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// informationURI is the project's home page, shown by SARIF viewers.
const informationURI = "https://github.com/oasguard/oasguard"

// fingerprintKey names oasguard's partial fingerprint in SARIF results.
const fingerprintKey = "oasguard/v1"

// SARIF writes a SARIF 2.1.0 log, as read by GitHub code scanning.
//
// Artifact URIs are relative to Root (the repository root) with the base id
// SRCROOT, which originalUriBaseIds maps to Root, so that code scanning can
// place them; files outside Root get absolute file URIs. A run in which any
// input failed says executionSuccessful: false.
type SARIF struct {
	Rules []rules.Rule // metadata of the rules that ran
	// Root is the absolute directory artifact URIs are relative to; "" is
	// the current directory.
	Root string
}

// srcRoot is the base id of artifact URIs relative to SARIF.Root.
const srcRoot = "SRCROOT"

// Format implements Formatter.
func (s SARIF) Format(w io.Writer, r *report.Report) error {
	log := sarif.NewReport()
	log.AddRun(s.run(r))
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("encode sarif: %w", err)
	}
	return nil
}

func (s SARIF) run(r *report.Report) *sarif.Run {
	name := cmp.Or(r.Tool.Name, "oasguard")
	run := sarif.NewRunWithInformationURI(name, informationURI)
	if r.Tool.Version != "" {
		run.Tool.Driver.WithVersion(r.Tool.Version)
	}
	u := newURIs(s.Root)
	run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{srcRoot: *sarif.NewArtifactLocation().WithURI(u.rootURI())})
	for _, rule := range sarifRules(s.Rules, r.Findings) {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule(rule))
	}
	for i := range r.Findings {
		sarifResult(run, &r.Findings[i], u) // CreateResultForRule adds it to the run
	}
	run.AddInvocation(sarifInvocation(r.Files, u))
	return run
}

// sarifRules merges the rules that ran with those seen in findings only
// (a finding may come from a rule the caller did not pass), sorted by id.
func sarifRules(known []rules.Rule, fs []report.Finding) []rules.Rule {
	idx := map[string]rules.Rule{}
	var out []rules.Rule
	for _, r := range known { // each rule once, even when passed twice
		if _, ok := idx[r.ID]; !ok {
			idx[r.ID] = r
			out = append(out, r)
		}
	}
	for _, f := range fs {
		if _, ok := idx[f.RuleID]; ok {
			continue
		}
		r := rules.Rule{ID: f.RuleID, Title: f.Title, Severity: f.Severity, OWASP: f.OWASP, CWE: f.CWE, Remediation: f.Remediation}
		idx[f.RuleID] = r
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b rules.Rule) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func sarifRule(r rules.Rule) *sarif.ReportingDescriptor {
	d := sarif.NewRule(r.ID).WithName(ruleName(r.ID))
	short := cmp.Or(r.Title, r.ID)
	d.WithShortDescription(sarif.NewMultiformatMessageString().WithText(short))
	d.WithFullDescription(sarif.NewMultiformatMessageString().WithText(cmp.Or(r.Description, short)))
	d.WithHelp(sarif.NewMultiformatMessageString().WithText(helpText(r)).WithMarkdown(helpMarkdown(r)))
	if len(r.References) > 0 {
		d.WithHelpURI(r.References[0])
	}
	d.WithDefaultConfiguration(&sarif.ReportingConfiguration{Enabled: true, Level: sarifLevel(r.Severity), Rank: -1})
	props := sarif.NewPropertyBag()
	props.AddTag("security")
	for _, o := range r.OWASP {
		props.AddTag(o)
	}
	for _, c := range r.CWE {
		props.AddTag(fmt.Sprintf("CWE-%d", c))
	}
	props.Add("security-severity", securitySeverity(r.Severity))
	props.Add("problem.severity", problemSeverity(r.Severity))
	props.Add("precision", "high")
	d.WithProperties(props)
	return d
}

// ruleName turns a kebab-case id into the PascalCase name SARIF suggests.
func ruleName(id string) string {
	var b strings.Builder
	for _, p := range strings.Split(id, "-") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	return b.String()
}

func helpText(r rules.Rule) string {
	var parts []string
	if r.Description != "" {
		parts = append(parts, r.Description)
	}
	if r.Remediation != "" {
		parts = append(parts, "Remediation: "+r.Remediation)
	}
	if len(r.References) > 0 {
		parts = append(parts, "References: "+strings.Join(r.References, " "))
	}
	return cmp.Or(strings.Join(parts, "\n\n"), cmp.Or(r.Title, r.ID))
}

func helpMarkdown(r rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (`%s`, %s)\n", cmp.Or(r.Title, r.ID), r.ID, r.Severity)
	if r.Description != "" {
		fmt.Fprintf(&b, "\n%s\n", r.Description)
	}
	if r.Remediation != "" {
		fmt.Fprintf(&b, "\n**Remediation:** %s\n", r.Remediation)
	}
	if len(r.OWASP) > 0 {
		var cats []string
		for _, o := range r.OWASP {
			cats = append(cats, strings.TrimSpace(o+" "+owaspName(o)))
		}
		fmt.Fprintf(&b, "\n**OWASP API Security Top 10:** %s\n", strings.Join(cats, "; "))
	}
	if len(r.References) > 0 {
		b.WriteString("\n**References:**\n")
		for _, ref := range r.References {
			fmt.Fprintf(&b, "- <%s>\n", ref)
		}
	}
	return b.String()
}

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(s report.Severity) string {
	switch s {
	case report.Critical, report.High:
		return sarif.LevelError
	case report.Medium:
		return sarif.LevelWarning
	default:
		return sarif.LevelNote
	}
}

// securitySeverity is the CVSS-like score GitHub reads to rank alerts:
// above 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, below low.
func securitySeverity(s report.Severity) string {
	switch s {
	case report.Critical:
		return "9.5"
	case report.High:
		return "8.0"
	case report.Medium:
		return "5.5"
	case report.Low:
		return "3.0"
	default:
		return "1.0"
	}
}

func problemSeverity(s report.Severity) string {
	switch sarifLevel(s) {
	case sarif.LevelError:
		return "error"
	case sarif.LevelWarning:
		return "warning"
	default:
		return "recommendation"
	}
}

// sarifResult adds the finding to the run as a result; the other places of
// a grouped finding are its related locations.
func sarifResult(run *sarif.Run, f *report.Finding, u uris) *sarif.Result {
	res := run.CreateResultForRule(f.RuleID).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message)).
		WithPartialFingerprints(map[string]string{fingerprintKey: f.Fingerprint})
	res.AddLocation(sarifLocation(report.Location{File: f.File, Pointer: f.Pointer, Line: f.Line, Column: f.Column}, u))
	for i, o := range f.Occurrences {
		loc := sarifLocation(o, u).WithID(i + 1)
		loc.WithMessage(sarif.NewTextMessage("also here"))
		res.AddRelatedLocation(loc)
	}
	if e := evidenceText(f.Evidence); e != "" {
		res.WithProperties(sarif.NewPropertyBag().Add("evidence", f.Evidence).Add("evidenceText", e))
	}
	if f.Suppression != nil {
		kind := "external"
		if f.Suppression.Kind == "inline" {
			kind = "inSource"
		}
		sup := sarif.NewSuppression().WithKind(kind).WithStatus("accepted")
		if f.Suppression.Reason != "" {
			sup.WithJustification(f.Suppression.Reason)
		}
		sup.WithProperties(sarif.NewPropertyBag().Add("oasguard-kind", f.Suppression.Kind))
		res.AddSuppression(sup)
	}
	return res
}

func sarifLocation(l report.Location, u uris) *sarif.Location {
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(u.artifact(l.File))
	if l.Line > 0 {
		region := sarif.NewRegion().WithStartLine(l.Line)
		if l.Column > 0 {
			region.WithStartColumn(l.Column)
		}
		phys.WithRegion(region)
	}
	loc := sarif.NewLocationWithPhysicalLocation(phys)
	if l.Pointer != "" {
		ll := sarif.NewLogicalLocation().WithFullyQualifiedName(l.Pointer).WithName(pointerName(l.Pointer))
		loc.AddLogicalLocation(ll)
	}
	return loc
}

// pointerName is the last segment of a JSON pointer, unescaped.
func pointerName(p string) string {
	seg := p[strings.LastIndex(p, "/")+1:]
	if seg == "" {
		return p
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(seg)
}

// uris turns report paths into artifact locations relative to a root.
type uris struct{ root string }

func newURIs(root string) uris {
	if root == "" {
		root, _ = os.Getwd()
	}
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	return uris{root: root}
}

// rootURI is the root as a file URI ending in a slash.
func (u uris) rootURI() string {
	p := filepath.ToSlash(u.root)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: strings.TrimSuffix(p, "/") + "/"}).String()
}

// artifact locates a report path: relative to the root with base id
// SRCROOT when it lies under it; an absolute file URI when not; a URL as it
// is; a name that is not a file (standard input) as a relative reference.
func (u uris) artifact(path string) *sarif.ArtifactLocation {
	if strings.HasPrefix(path, "https://") || strings.HasPrefix(path, "http://") {
		return sarif.NewArtifactLocation().WithURI(path)
	}
	if strings.HasPrefix(path, "<") {
		return sarif.NewArtifactLocation().WithURI((&url.URL{Path: path}).String())
	}
	abs, err := filepath.Abs(filepath.FromSlash(path))
	if err == nil {
		if rel, err := filepath.Rel(u.root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return sarif.NewArtifactLocation().WithURI((&url.URL{Path: filepath.ToSlash(rel)}).String()).WithURIBaseID(srcRoot)
		}
		p := filepath.ToSlash(abs)
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		return sarif.NewArtifactLocation().WithURI((&url.URL{Scheme: "file", Path: p}).String())
	}
	return sarif.NewArtifactLocation().WithURI((&url.URL{Path: filepath.ToSlash(path)}).String())
}

// sarifInvocation records the files that could not be read fully as tool
// execution notifications; with any of them the execution was not
// successful.
func sarifInvocation(files []report.FileResult, u uris) *sarif.Invocation {
	ok := true
	inv := sarif.NewInvocation()
	for _, f := range files {
		for _, e := range f.Errors {
			ok = false
			n := sarif.NewNotification().WithLevel(sarif.LevelError).WithMessage(sarif.NewTextMessage(e))
			if f.Path != "" {
				n.AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(u.artifact(f.Path))))
			}
			inv.AddToolExecutionNotification(n)
		}
	}
	return inv.WithExecutionSuccessful(ok)
}
