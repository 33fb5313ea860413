package engine

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// inputValue converts the rule input into a Rego object. The schemas, about
// two thirds of the work on a large document, are split between a second
// goroutine and this one, which also converts the other fields. With
// release, each converted part is dropped at once (all but problems, which
// grow later), so that the Go and Rego forms of the input are never both
// whole in memory.
func inputValue(in map[string]any, release bool) (ast.Object, error) {
	var schemas []entry
	if m, ok := in["schemas"].(map[string]any); ok {
		schemas = entries(m, release)
	}
	half := schemas[:len(schemas)/2]
	var converted [][2]*ast.Term
	var convErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		converted, convErr = convertEntries(newConverter(), half, release)
	}()
	c := newConverter()
	obj := ast.NewObject()
	for k, v := range in {
		if k == "schemas" {
			continue
		}
		val, err := c.value(v)
		if err != nil {
			wg.Wait()
			return nil, err
		}
		obj.Insert(ast.StringTerm(k), ast.NewTerm(val))
		if release && k != "problems" {
			delete(in, k)
		}
	}
	rest, err := convertEntries(c, schemas[len(half):], release)
	wg.Wait()
	if err == nil {
		err = convErr
	}
	if err != nil {
		return nil, err
	}
	if _, ok := in["schemas"]; ok {
		obj.Insert(ast.StringTerm("schemas"), ast.NewTerm(ast.NewObject(append(converted, rest...)...)))
		if release {
			delete(in, "schemas")
		}
	}
	return obj, nil
}

// entry is one member of a map being converted.
type entry struct {
	key   string
	value any
}

// entries lists a map's members; with release the map is emptied, so that
// the entries hold the only references to its values.
func entries(m map[string]any, release bool) []entry {
	out := make([]entry, 0, len(m))
	for k, v := range m {
		out = append(out, entry{key: k, value: v})
	}
	if release {
		clear(m)
	}
	return out
}

// convertEntries converts entries to object members; with release, each
// value is dropped once converted.
func convertEntries(c *converter, es []entry, release bool) ([][2]*ast.Term, error) {
	kvs := make([][2]*ast.Term, 0, len(es))
	for i := range es {
		val, err := c.value(es[i].value)
		if err != nil {
			return nil, err
		}
		kvs = append(kvs, [2]*ast.Term{ast.StringTerm(es[i].key), ast.NewTerm(val)})
		if release {
			es[i].value = nil
		}
	}
	return kvs, nil
}
