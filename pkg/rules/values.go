package rules

import (
	"encoding/json"
	"fmt"
	"sort"
)

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strList(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func intList(v any) ([]int, error) {
	if v == nil {
		return nil, nil
	}
	items, ok := v.([]any)
	if !ok {
		items = []any{v}
	}
	var out []int
	for _, e := range items {
		switch n := e.(type) {
		case json.Number:
			i, err := n.Int64()
			if err != nil {
				return nil, fmt.Errorf("cwe %v is not an integer", e)
			}
			out = append(out, int(i))
		case float64:
			out = append(out, int(n))
		case int:
			out = append(out, n)
		case uint64:
			out = append(out, int(n))
		case int64:
			out = append(out, int(n))
		default:
			return nil, fmt.Errorf("cwe %v is not an integer", e)
		}
	}
	return out, nil
}

func sorted(s []string) []string {
	sort.Strings(s)
	return s
}
