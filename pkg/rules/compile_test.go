package rules

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestNoKeyedLookupOfPartialRules: OPA evaluates a partial set or object rule
// anew for every lookup by key (`names[x]`) whose key comes from an outer
// iteration, which makes a rule quadratic in the size of the document
// (minutes on large specs). Helpers looked up by key are comprehensions,
// computed once; partial rules other than findings are only iterated.
func TestNoKeyedLookupOfPartialRules(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	partial := map[string]bool{}
	for _, m := range set.Modules {
		for _, r := range m.Rules {
			kind := r.Head.RuleKind()
			if r.Head.Name.String() == "findings" || (kind != ast.MultiValue && r.Head.Key == nil) {
				continue
			}
			partial[m.Package.Path.Extend(staticPrefix(r.Head.Ref())).String()] = true
		}
	}
	for file, m := range set.Modules {
		ast.WalkRules(m, func(r *ast.Rule) bool {
			ast.WalkRefs(r.Body, func(ref ast.Ref) bool {
				if _, ok := ref[0].Value.(ast.Var); !ok {
					return false
				}
				for n := len(ref) - 1; n > 0; n-- {
					if full := qualify(m, ref[:n]); partial[full] {
						t.Errorf("%s:%d: %s looks %s up by key; make it a comprehension", file, ref[0].Location.Row, ref, full)
					}
				}
				return false
			})
			return false
		})
	}
}

// qualify turns a reference to a rule of the module, or to an imported
// package's rule, into its full data path.
func qualify(m *ast.Module, ref ast.Ref) string {
	head := ref[0].String()
	if head == "data" {
		return ref.String()
	}
	for _, imp := range m.Imports {
		p, ok := imp.Path.Value.(ast.Ref)
		if !ok {
			continue
		}
		alias := string(imp.Alias)
		if last, isStr := p[len(p)-1].Value.(ast.String); alias == "" && isStr {
			alias = string(last)
		}
		if alias == head {
			return p.Concat(ref[1:]).String()
		}
	}
	return m.Package.Path.Extend(ref).String()
}

// staticPrefix is the part of a rule head's reference before its first
// variable key: names of `names[x] := v` and `names contains x`.
func staticPrefix(ref ast.Ref) ast.Ref {
	for i := 1; i < len(ref); i++ {
		if _, ok := ref[i].Value.(ast.String); !ok {
			return ref[:i]
		}
	}
	return ref
}

// TestBuiltinRulesTypeCheck: engines skip type checking for sets that are
// Checked (built in only), because the built-in modules pass it here.
func TestBuiltinRulesTypeCheck(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if !set.Checked {
		t.Fatal("built-in set not marked Checked")
	}
	c := ast.NewCompiler()
	if c.Compile(set.Modules); c.Failed() {
		t.Fatalf("built-in rules fail the compiler's checks: %v", c.Errors)
	}
	custom := NewSet()
	custom.Modules["custom/x.rego"] = set.Modules["rules/lib/lib.rego"]
	if err := set.Merge(custom); err != nil {
		t.Fatal(err)
	}
	if set.Checked {
		t.Error("a set with custom modules is still marked Checked")
	}
}
