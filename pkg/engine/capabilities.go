package engine

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/oasguard/oasguard/pkg/rules"
)

// deniedPrefixes name the built-in functions that rules may not call, with
// the reason: a rule reads the document and nothing else, and gives the same
// findings for the same document on every machine.
var deniedPrefixes = []struct{ prefix, why string }{
	{"http.", "network access"},
	{"net.", "network access"},
	{"opa.runtime", "reads the environment of the process"},
	{"time.now_ns", "reads the clock"},
	{"rand.", "randomness"},
	{"uuid.", "randomness"},
	{"io.jwt.decode_verify", "reads the clock"},
	{"io.jwt.encode_sign", "randomness"},
	{"crypto.x509.parse_and_verify_certificates", "reads the clock"},
	{"json.match_schema", "may fetch remote schemas"},
	{"json.verify_schema", "may fetch remote schemas"},
	{"providers.", "network access and the clock"},
	{"trace", "writes to the evaluation trace"},
}

// deniedBuiltin says why rules may not call the built-in function name, or
// returns "" when they may.
func deniedBuiltin(name string) string {
	for _, d := range deniedPrefixes {
		if name == d.prefix || strings.HasPrefix(name, strings.TrimSuffix(d.prefix, ".")+".") {
			return d.why
		}
	}
	if b, ok := ast.BuiltinMap[name]; ok && b.Nondeterministic {
		return "not deterministic"
	}
	return ""
}

// ruleCapabilities are the OPA capabilities rules compile with: this
// version's built-in functions without the denied ones, and no network
// access for the compiler itself (remote schemas).
func ruleCapabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	c.Builtins = slices.DeleteFunc(c.Builtins, func(b *ast.Builtin) bool { return deniedBuiltin(b.Name) != "" })
	c.AllowNet = []string{}
	return c
}

// checkBuiltins refuses modules that call a denied built-in function, naming
// the file, the rule and the function. The compiler would refuse them too
// (they are not in ruleCapabilities), with a less helpful message.
func checkBuiltins(set *rules.Set) error {
	ruleOf := map[string]string{}
	for _, r := range set.Rules {
		ruleOf[r.File] = "rule " + r.ID
	}
	files := make([]string, 0, len(set.Modules))
	for f := range set.Modules {
		files = append(files, f)
	}
	sort.Strings(files)
	var errs []string
	for _, f := range files {
		owner := ruleOf[f]
		if owner == "" {
			owner = "helper module " + strings.TrimPrefix(set.Modules[f].Package.Path.String(), "data.")
		}
		// A copy: walking sorts object keys in place, and the modules are
		// shared with other compilers that may be reading them.
		for _, c := range deniedCalls(set.Modules[f].Copy()) {
			errs = append(errs, fmt.Sprintf("%s:%d: %s calls %s, which rules may not use (%s)", f, c.line, owner, c.name, c.why))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("refused rules:\n  %s", strings.Join(errs, "\n  "))
	}
	return nil
}

type deniedCall struct {
	name, why string
	line      int
}

// deniedCalls lists the calls of denied built-in functions in m.
func deniedCalls(m *ast.Module) []deniedCall {
	var out []deniedCall
	seen := map[string]bool{}
	add := func(op ast.Ref, loc *ast.Location) {
		name := op.String()
		why := deniedBuiltin(name)
		if why == "" || seen[name] {
			return
		}
		if _, builtin := ast.BuiltinMap[name]; !builtin {
			return // a function of the rules, perhaps named like a built-in one
		}
		seen[name] = true
		line := 0
		if loc != nil {
			line = loc.Row
		}
		out = append(out, deniedCall{name: name, why: why, line: line})
	}
	for _, r := range m.Rules {
		ast.WalkExprs(r, func(e *ast.Expr) bool {
			if e.IsCall() {
				add(e.Operator(), e.Location)
			}
			return false
		})
		ast.WalkTerms(r, func(t *ast.Term) bool {
			if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
				if ref, ok := call[0].Value.(ast.Ref); ok {
					add(ref, t.Location)
				}
			}
			return false
		})
	}
	return out
}
