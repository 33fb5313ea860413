package engine

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// inputValue converts the rule input into a Rego object. The schemas, about
// half of the work on a large document, convert on a second goroutine while
// this one does the other fields.
func inputValue(in map[string]any) (ast.Object, error) {
	var schemas ast.Value
	var schemasErr error
	var wg sync.WaitGroup
	if s, ok := in["schemas"]; ok {
		wg.Add(1)
		go func() {
			defer wg.Done()
			schemas, schemasErr = ast.InterfaceToValue(s)
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
	}
	wg.Wait()
	if schemasErr != nil {
		return nil, schemasErr
	}
	if schemas != nil {
		obj.Insert(ast.StringTerm("schemas"), ast.NewTerm(schemas))
	}
	return obj, nil
}
