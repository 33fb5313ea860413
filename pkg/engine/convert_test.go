package engine

import (
	"encoding/json"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestConverterMatchesInterfaceToValue: the converter yields the same Rego
// values as ast.InterfaceToValue for everything the loader produces.
func TestConverterMatchesInterfaceToValue(t *testing.T) {
	in := map[string]any{
		"s": "text", "e": "", "t": true, "f": false, "n": nil,
		"i": json.Number("42"), "x": json.Number("-1.5e3"), "big": json.Number("123456789012345678901234567890"),
		"empty_list": []any{}, "empty_map": map[string]any{},
		"list":   []any{"a", json.Number("1"), nil, []any{}, map[string]any{"k": []any{}}},
		"nested": map[string]any{"a": map[string]any{"b": map[string]any{}}, "c": []any{map[string]any{}}},
		"views": []any{
			map[string]any{"id": "a", "properties": []any{}, "required": []any{}},
			map[string]any{"id": "b", "properties": []any{}, "required": []any{"x"}},
		},
	}
	want, err := ast.InterfaceToValue(in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := newConverter().value(in)
	if err != nil {
		t.Fatal(err)
	}
	if want.Compare(got) != 0 {
		t.Fatalf("converter differs:\nwant %v\ngot  %v", want, got)
	}
	c := newConverter()
	if _, err := c.value(map[string]any{"a": "x", "b": map[string]any{"c": json.Number("not a number")}}); err == nil {
		t.Error("an invalid number converted without error")
	}
	// A failed conversion leaves the converter's scratch space as it was.
	if got, err := c.value(in); err != nil || want.Compare(got) != 0 {
		t.Fatalf("after a failed conversion: %v, %v", got, err)
	}
}
