// Package engine compiles rules once and evaluates them against loaded
// documents, turning rule results into located findings.
package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
	"github.com/oasguard/oasguard/pkg/semantic"
)

// Engine holds compiled rules, ready to evaluate documents concurrently.
type Engine struct {
	rules   []rules.Rule
	timeout time.Duration
	// ready is closed once the rules are compiled; compileErr tells how.
	ready      chan struct{}
	compileErr error
	compiler   *ast.Compiler
	// early groups evaluate concurrently, and concurrently with validation;
	// late rules read input.problems and wait for validation.
	early []group
	late  group
	// gc raises GOGC while large inputs convert.
	gc *GCTuner
	// memLimit stops the rules when the heap grows past it.
	memLimit uint64
}

// Option configures an Engine.
type Option func(*Engine)

// WithGCTuner makes the engine raise GOGC through t, which the caller
// shares for its own raises (see GCTuner).
func WithGCTuner(t *GCTuner) Option { return func(e *Engine) { e.gc = t } }

// group is a set of rules evaluated by one prepared query: binding r<i> is
// the findings of rules[idx[i]].
type group struct {
	idx   []int
	query rego.PreparedEvalQuery
}

// ruleWorkers is how many rule groups of one document evaluate at once.
func ruleWorkers() int { return max(1, runtime.GOMAXPROCS(0)) }

// collectAfterConversion is the document size (all its files) from which
// the engine holds the garbage collector back while the rule input converts
// (GOGC conversionGCPercent), then collects once it is converted.
const collectAfterConversion = 1 << 20

// conversionGCPercent is GOGC while a large input converts.
const conversionGCPercent = 400

// DefaultTimeout bounds the rule evaluation of one document.
const DefaultTimeout = 60 * time.Second

// New compiles the rule set. timeout bounds each document's evaluation
// (0 means DefaultTimeout). A set of built-in rules only (rules.Set.Checked)
// is known to compile: it compiles in the background while the first
// documents load, and Evaluate waits for it.
func New(ctx context.Context, set *rules.Set, timeout time.Duration, opts ...Option) (*Engine, error) {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	e := &Engine{rules: set.Rules, timeout: timeout, ready: make(chan struct{}), gc: &GCTuner{}, memLimit: DefaultMemoryLimit}
	for _, o := range opts {
		o(e)
	}
	if e.memLimit == 0 {
		e.memLimit = DefaultMemoryLimit
	}
	if set.Checked {
		go func() {
			defer close(e.ready)
			e.compileErr = e.compile(ctx, set)
		}()
		return e, nil
	}
	defer close(e.ready)
	if err := e.compile(ctx, set); err != nil {
		return nil, err
	}
	return e, nil
}

// Wait blocks until the rules are compiled and returns the compile error.
func (e *Engine) Wait() error {
	<-e.ready
	return e.compileErr
}

// compile compiles the modules and prepares the rule groups.
func (e *Engine) compile(ctx context.Context, set *rules.Set) error {
	if err := checkBuiltins(set); err != nil {
		return err
	}
	c := ast.NewCompiler().WithEnablePrintStatements(false).WithCapabilities(ruleCapabilities())
	if set.Checked {
		c = c.WithSkipStages(ast.StageCheckTypes)
	}
	c.Compile(set.Modules)
	if c.Failed() {
		return fmt.Errorf("compile rules: %w", c.Errors)
	}
	if err := checkFindingsRules(set); err != nil {
		return err
	}
	e.compiler = c
	var early, late []int
	readsProblems := helpersReadProblems(set)
	for i, r := range set.Rules {
		if readsProblems || readsInputProblems(set.Modules[r.File]) {
			late = append(late, i)
		} else {
			early = append(early, i)
		}
	}
	for _, idx := range byArea(set.Rules, early) {
		if len(idx) > 0 {
			g, err := e.prepare(ctx, idx)
			if err != nil {
				return err
			}
			e.early = append(e.early, g)
		}
	}
	var err error
	e.late, err = e.prepare(ctx, late)
	return err
}

func (e *Engine) prepare(ctx context.Context, idx []int) (group, error) {
	g := group{idx: idx}
	if len(idx) == 0 {
		return g, nil
	}
	rs := make([]rules.Rule, len(idx))
	for i, j := range idx {
		rs[i] = e.rules[j]
	}
	q, err := rego.New(rego.Compiler(e.compiler), rego.Query(combinedQuery(rs))).PrepareForEval(ctx)
	if err != nil {
		return g, fmt.Errorf("prepare rules: %w", err)
	}
	g.query = q
	return g, nil
}

var problemsRef = ast.MustParseRef("input.problems")

// readsInputProblems reports whether a module refers to input.problems.
func readsInputProblems(m *ast.Module) bool {
	found := false
	ast.WalkRefs(m, func(r ast.Ref) bool {
		if r.HasPrefix(problemsRef) || (len(r) == 1 && r.Equal(ast.InputRootRef)) {
			found = true
		}
		return found
	})
	return found
}

// helpersReadProblems reports whether a helper module (not a rule) refers to
// input.problems, or to input as a whole; then every rule waits for validation.
func helpersReadProblems(set *rules.Set) bool {
	ruleFiles := map[string]bool{}
	for _, r := range set.Rules {
		ruleFiles[r.File] = true
	}
	for f, m := range set.Modules {
		if !ruleFiles[f] && readsInputProblems(m) {
			return true
		}
	}
	return false
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

// Unwrap returns the rule's error.
func (e RuleError) Unwrap() error { return e.Err }

// Evaluate runs every rule on a document. A rule that fails is reported in
// the returned errors and the other rules' findings are kept. Validation
// deferred by loader.Options.DeferValidation runs concurrently with the rules
// that do not read input.problems.
func (e *Engine) Evaluate(ctx context.Context, doc *loader.Document) ([]report.Finding, []error) {
	return e.evaluate(ctx, doc, false)
}

// evaluate is Evaluate; with release, the document's Go views are dropped
// once converted to Rego values, which lowers the peak memory of a scan.
func (e *Engine) evaluate(ctx context.Context, doc *loader.Document, release bool) ([]report.Finding, []error) {
	if err := e.Wait(); err != nil {
		return nil, []error{err}
	}
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	validated := make(chan []loader.Problem, 1)
	go func() { validated <- doc.Validate() }()
	// On a large document, the Go form of the input turns into garbage as
	// it converts: a collection during the conversion would mark a heap
	// half made of it. The collector waits instead, then runs once when the
	// input is converted, which also sets the heap goal of the rules from
	// what is live then (Stripe: one collection fewer, ~0.1 s of CPU, the
	// same peak).
	semantic.Attach(doc) // input.semantic, built once per document
	large := release && docBytes(doc) >= collectAfterConversion
	restore := func() {}
	if large {
		restore = e.gc.Raise(conversionGCPercent)
	}
	input, err := inputValue(doc.Input, release)
	restore()
	if err != nil {
		<-validated
		return nil, []error{fmt.Errorf("convert input: %w", err)}
	}
	if large {
		runtime.GC()
	}
	ctx, stopWatch := watchMemory(ctx, e.memLimit)
	defer stopWatch()
	bindings := make([]any, len(e.rules))
	failed := e.evalGroups(ctx, e.early, input, bindings)
	doc.AddProblems(<-validated)
	problems, err := ast.InterfaceToValue(doc.Input["problems"])
	if err != nil {
		return nil, []error{fmt.Errorf("convert input: %w", err)}
	}
	input.Insert(ast.InternedTerm("problems"), ast.NewTerm(problems))
	if !failed {
		failed = e.evalGroups(ctx, []group{e.late}, input, bindings)
	}
	if !failed {
		var out []report.Finding
		var errs []error
		for i, r := range e.rules {
			fs, bad := e.findings(doc, r, bindings[i])
			out, errs = append(out, fs...), append(errs, bad...)
		}
		return e.consolidate(doc, out), errs
	}
	if ctx.Err() != nil {
		return nil, []error{e.stopped(ctx)}
	}
	return e.evaluateEach(ctx, doc, input)
}

// evalGroups evaluates groups, storing each rule's findings in bindings;
// it reports whether some group failed. Workers take the groups in order,
// each the next one left when it is done, so that they finish together.
func (e *Engine) evalGroups(ctx context.Context, groups []group, input ast.Value, bindings []any) bool {
	var wg sync.WaitGroup
	var failed atomic.Bool
	var next atomic.Int64
	for range min(ruleWorkers(), len(groups)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < int64(len(groups)); i = next.Add(1) - 1 {
				if !e.evalGroup(ctx, groups[i], input, bindings) {
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	return failed.Load()
}

// evalGroup evaluates one group; false when it failed.
func (e *Engine) evalGroup(ctx context.Context, g group, input ast.Value, bindings []any) bool {
	if len(g.idx) == 0 {
		return true
	}
	rs, err := g.query.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil || len(rs) != 1 {
		return false
	}
	for i, j := range g.idx {
		bindings[j] = rs[0].Bindings[fmt.Sprintf("r%d", i)]
	}
	return true
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
			fs, bad := e.findings(doc, r, rs[0].Expressions[0].Value)
			out, errs = append(out, fs...), append(errs, bad...)
		}
		if ctx.Err() != nil {
			errs = append(errs, e.stopped(ctx))
			break
		}
	}
	return e.consolidate(doc, out), errs
}

// stopped says why the evaluation of a document was stopped: the time or
// the memory limit.
func (e *Engine) stopped(ctx context.Context) error {
	if cause := context.Cause(ctx); errors.Is(cause, ErrMemoryLimit) {
		return fmt.Errorf("rule evaluation stopped, the document is not fully scanned: %w", cause)
	}
	return fmt.Errorf("rule evaluation stopped after %s, the document is not fully scanned (raise --timeout): %w", e.timeout, ctx.Err())
}

func cleanError(err error) error {
	var topdownErr interface{ Error() string }
	if errors.As(err, &topdownErr) {
		return errors.New(strings.TrimSpace(topdownErr.Error()))
	}
	return err
}

// findings converts one rule's result set into located findings. A custom
// rule's results are checked (see checkResult): a mistake in one is a
// RuleError naming the rule's file, wrapping ErrRuleResult.
func (e *Engine) findings(doc *loader.Document, r rules.Rule, v any) ([]report.Finding, []error) {
	items, _ := v.([]any)
	out := make([]report.Finding, 0, len(items))
	var errs []error
	for _, it := range items {
		m, ok := it.(map[string]any)
		if err := checkResult(doc, r, it); err != nil {
			errs = append(errs, RuleError{RuleID: r.ID, Err: fmt.Errorf("%s: %w", r.File, err)})
			continue
		}
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
		f := report.Finding{
			RuleID: r.ID, Severity: r.Severity, Title: r.Title, Message: msg,
			File: file, Pointer: ptr, Line: line, Column: col,
			OWASP: r.OWASP, CWE: r.CWE, Remediation: r.Remediation,
			Fingerprint: report.Fingerprint(r.ID, file, ptr), Ruleset: r.Ruleset,
		}
		if fix, ok := m["fix"].(map[string]any); ok {
			f = atFix(doc, f, fix)
		}
		out = append(out, f)
	}
	return out, errs
}

// ErrRuleResult is a custom rule's result that cannot be a finding.
var ErrRuleResult = errors.New("invalid rule result")

// checkResult refuses, for custom rules, a result that is not an object
// with a string message, and a pointer that does not exist in the document
// (it would be reported at the wrong place). Built-in rules are held to
// this by their tests.
func checkResult(doc *loader.Document, r rules.Rule, it any) error {
	if r.Builtin {
		return nil
	}
	m, ok := it.(map[string]any)
	if !ok {
		return fmt.Errorf("%w: %s is not an object with a message and a pointer", ErrRuleResult, short(it))
	}
	if msg, ok := m["message"].(string); !ok || msg == "" {
		return fmt.Errorf("%w: %s has no message (a string)", ErrRuleResult, short(it))
	}
	ptr, _ := m["pointer"].(string)
	file, _ := m["file"].(string)
	f := doc.File(file)
	if f == nil || f.Root == nil {
		return fmt.Errorf("%w: file %q is not part of the document", ErrRuleResult, file)
	}
	if found, _ := f.Root.Lookup(ptr); found == nil {
		return fmt.Errorf("%w: pointer %q does not exist in %s", ErrRuleResult, ptr, f.Path)
	}
	return nil
}

// short renders a result value for an error message, cut to 120 bytes.
func short(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) > 120 {
		return string(b[:117]) + "..."
	}
	return string(b)
}

// docBytes is the size of a document's files.
func docBytes(doc *loader.Document) int {
	n := 0
	for _, f := range doc.Files {
		n += len(f.Data)
	}
	return n
}
