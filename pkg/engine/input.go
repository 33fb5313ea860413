package engine

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// inputValue converts the rule input into a Rego object. The schemas, about
// half of the work on a large document, convert on a second goroutine while
// this one does the other fields. With release, each converted part is
// dropped from in at once (all but problems, which grow later), so that the
// Go and Rego forms of the input are never both whole in memory.
func inputValue(in map[string]any, release bool) (ast.Object, error) {
	var schemas ast.Value
	var schemasErr error
	var wg sync.WaitGroup
	if m, ok := in["schemas"].(map[string]any); ok {
		wg.Add(1)
		go func() {
			defer wg.Done()
			schemas, schemasErr = objectValue(m, release)
		}()
	}
	obj := ast.NewObject()
	for k, v := range in {
		if k == "schemas" {
			continue
		}
		val, err := ast.InterfaceToValue(v)
		if err != nil {
			wg.Wait()
			return nil, err
		}
		obj.Insert(ast.StringTerm(k), ast.NewTerm(val))
		if release && k != "problems" {
			delete(in, k)
		}
	}
	wg.Wait()
	if schemasErr != nil {
		return nil, schemasErr
	}
	if schemas != nil {
		obj.Insert(ast.StringTerm("schemas"), ast.NewTerm(schemas))
		if release {
			delete(in, "schemas")
		}
	}
	return obj, nil
}

// objectValue converts a map entry by entry, deleting each with release.
func objectValue(m map[string]any, release bool) (ast.Value, error) {
	kvs := make([][2]*ast.Term, 0, len(m))
	for k, v := range m {
		val, err := ast.InterfaceToValue(v)
		if err != nil {
			return nil, err
		}
		kvs = append(kvs, [2]*ast.Term{ast.StringTerm(k), ast.NewTerm(val)})
		if release {
			delete(m, k)
		}
	}
	return ast.NewObject(kvs...), nil
}
