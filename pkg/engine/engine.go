// Package engine compiles rules once and evaluates them against loaded
// documents, turning rule results into located findings.
package engine

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// Engine holds compiled rules, ready to evaluate documents concurrently.
type Engine struct {
	rules    []rules.Rule
	compiler *ast.Compiler
	all      rego.PreparedEvalQuery
	timeout  time.Duration
}

// DefaultTimeout bounds the rule evaluation of one document.
const DefaultTimeout = 60 * time.Second

// New compiles the rule set. timeout bounds each document's evaluation
// (0 means DefaultTimeout).
func New(ctx context.Context, set *rules.Set, timeout time.Duration) (*Engine, error) {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	c := ast.NewCompiler().WithEnablePrintStatements(false)
	c.Compile(set.Modules)
	if c.Failed() {
		return nil, fmt.Errorf("compile rules: %w", c.Errors)
	}
	if err := checkFindingsRules(set); err != nil {
		return nil, err
	}
	e := &Engine{rules: set.Rules, compiler: c, timeout: timeout}
	q, err := rego.New(rego.Compiler(c), rego.Query(combinedQuery(set.Rules))).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("prepare rules: %w", err)
	}
	e.all = q
	return e, nil
}

// Rules returns the metadata of the compiled rules.
func (e *Engine) Rules() []rules.Rule { return e.rules }

// combinedQuery evaluates every rule in one query: r0 = findings of rule 0, …
func combinedQuery(rs []rules.Rule) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("r%d = %s", i, r.Query())
	}
	return strings.Join(parts, "; ")
}

func checkFindingsRules(set *rules.Set) error {
	for _, r := range set.Rules {
		m := set.Modules[r.File]
		found := false
		for _, rule := range m.Rules {
			if rule.Head.Name.String() == "findings" || rule.Head.Ref().String() == "findings" {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("%s: rule %s defines no `findings` set", r.File, r.ID)
		}
	}
	return nil
}

// RuleError is a rule that failed at run time on one document.
type RuleError struct {
	RuleID string
	Err    error
}

func (e RuleError) Error() string { return fmt.Sprintf("rule %s: %v", e.RuleID, e.Err) }

// Evaluate runs every rule on a document. A rule that fails is reported in
// the returned errors and the other rules' findings are kept.
func (e *Engine) Evaluate(ctx context.Context, doc *loader.Document) ([]report.Finding, []error) {
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	input, err := ast.InterfaceToValue(doc.Input)
	if err != nil {
		return nil, []error{fmt.Errorf("convert input: %w", err)}
	}
	rs, err := e.all.Eval(ctx, rego.EvalParsedInput(input))
	if err == nil && len(rs) == 1 {
		var out []report.Finding
		for i, r := range e.rules {
			out = append(out, e.findings(doc, r, rs[0].Bindings[fmt.Sprintf("r%d", i)])...)
		}
		return dedupe(out), nil
	}
	if ctx.Err() != nil {
		return nil, []error{fmt.Errorf("rule evaluation stopped after %s: %w", e.timeout, ctx.Err())}
	}
	return e.evaluateEach(ctx, doc, input)
}

// evaluateEach isolates failing rules by running them one at a time.
func (e *Engine) evaluateEach(ctx context.Context, doc *loader.Document, input ast.Value) ([]report.Finding, []error) {
	var out []report.Finding
	var errs []error
	for _, r := range e.rules {
		rs, err := rego.New(rego.Compiler(e.compiler), rego.Query(r.Query()), rego.ParsedInput(input)).Eval(ctx)
		switch {
		case err != nil:
			errs = append(errs, RuleError{RuleID: r.ID, Err: cleanError(err)})
		case len(rs) == 1 && len(rs[0].Expressions) == 1:
			out = append(out, e.findings(doc, r, rs[0].Expressions[0].Value)...)
		}
		if ctx.Err() != nil {
			errs = append(errs, fmt.Errorf("rule evaluation stopped after %s: %w", e.timeout, ctx.Err()))
			break
		}
	}
	return dedupe(out), errs
}

func cleanError(err error) error {
	var topdownErr interface{ Error() string }
	if errors.As(err, &topdownErr) {
		return errors.New(strings.TrimSpace(topdownErr.Error()))
	}
	return err
}

// findings converts one rule's result set into located findings.
func (e *Engine) findings(doc *loader.Document, r rules.Rule, v any) []report.Finding {
	items, _ := v.([]any)
	out := make([]report.Finding, 0, len(items))
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		ptr, _ := m["pointer"].(string)
		file, _ := m["file"].(string)
		msg, _ := m["message"].(string)
		if file == "" {
			file = doc.Path
		}
		if msg == "" {
			msg = r.Title
		}
		line, col, _ := doc.File(file).Locate(ptr)
		out = append(out, report.Finding{
			RuleID: r.ID, Severity: r.Severity, Title: r.Title, Message: msg,
			File: file, Pointer: ptr, Line: line, Column: col,
			OWASP: r.OWASP, CWE: r.CWE, Remediation: r.Remediation,
			Fingerprint: report.Fingerprint(r.ID, file, ptr),
		})
	}
	return out
}

// dedupe keeps one finding per rule, file and pointer (the first message in
// sorted order).
func dedupe(fs []report.Finding) []report.Finding {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Message < fs[j].Message })
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := f.RuleID + "\x00" + f.File + "\x00" + f.Pointer
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}
