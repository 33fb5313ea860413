package diff

import (
	"context"
	"fmt"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/oasguard/oasguard/pkg/rules"
)

// Classes is what a Classifier says about names and hosts.
type Classes struct {
	// Sensitive maps each sensitive property name to the kind of data it
	// holds ("password", "secret", …); other names are absent.
	Sensitive map[string]string
	// Loopback holds the hosts that only reach the local machine.
	Loopback map[string]bool
}

// Classifier recognises sensitive property names and loopback hosts.
type Classifier interface {
	Classify(names, hosts []string) (Classes, error)
}

// bridgeModule asks the rule library (rules/lib) the same questions the
// built-in exposure and config rules ask, so the comparison and the rules
// never disagree on what a sensitive name or a loopback host is. Tokens are
// left out: new token fields are what login and refresh operations return.
const bridgeModule = `package oasguard.diffbridge

import data.oasguard.lib

sensitive_kind(name) := "password" if lib.data_password_name(name)
else := "secret" if lib.data_secret_name(name)
else := "payment card data" if lib.data_card_name(name)
else := "government id" if lib.data_government_id_name(name)
else := "birth date" if lib.data_birth_date_name(name)

sensitive := {name: kind | some name in input.names; kind := sensitive_kind(name)}

loopback := {host | some host in input.hosts; lib.config_loopback_host(host)}
`

const libPackage = "data.oasguard.lib"

// RegoClassifier evaluates the rule library's name and host predicates.
type RegoClassifier struct {
	query rego.PreparedEvalQuery
}

// NewClassifier compiles the library modules of set (package oasguard.lib)
// with a small bridge module.
func NewClassifier(ctx context.Context, set *rules.Set) (*RegoClassifier, error) {
	mods := map[string]*ast.Module{}
	for file, m := range set.Modules {
		if m.Package.Path.String() == libPackage {
			mods[file] = m
		}
	}
	bridge, err := ast.ParseModuleWithOpts("diffbridge.rego", bridgeModule, ast.ParserOptions{RegoVersion: ast.RegoV1})
	if err != nil {
		return nil, fmt.Errorf("diff classifier: %w", err)
	}
	mods["diffbridge.rego"] = bridge
	c := ast.NewCompiler()
	if c.Compile(mods); c.Failed() {
		return nil, fmt.Errorf("diff classifier: %w", c.Errors)
	}
	q, err := rego.New(rego.Compiler(c), rego.Query("s = data.oasguard.diffbridge.sensitive; l = data.oasguard.diffbridge.loopback")).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("diff classifier: %w", err)
	}
	return &RegoClassifier{query: q}, nil
}

// Classify implements Classifier. The evaluation is small and bounded by
// the number of names, so it takes no context.
func (r *RegoClassifier) Classify(names, hosts []string) (Classes, error) {
	out := Classes{Sensitive: map[string]string{}, Loopback: map[string]bool{}}
	input := map[string]any{"names": uniq(names), "hosts": uniq(hosts)}
	rs, err := r.query.Eval(context.Background(), rego.EvalInput(input))
	if err != nil {
		return out, fmt.Errorf("classify names: %w", err)
	}
	if len(rs) != 1 {
		return out, fmt.Errorf("classify names: %d results", len(rs))
	}
	if m, ok := rs[0].Bindings["s"].(map[string]any); ok {
		for name, kind := range m {
			if k, ok := kind.(string); ok {
				out.Sensitive[name] = k
			}
		}
	}
	if l, ok := rs[0].Bindings["l"].([]any); ok {
		for _, h := range l {
			if s, ok := h.(string); ok {
				out.Loopback[s] = true
			}
		}
	}
	return out, nil
}

func uniq(xs []string) []any {
	s := slices.Clone(xs)
	slices.Sort(s)
	s = slices.Compact(s)
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out
}
