package lsp

import (
	"path/filepath"
	"testing"
)

// TestRulesetSetting: the recommended ruleset runs by default; the client's
// `ruleset: all` also runs documentation-completeness rules.
func TestRulesetSetting(t *testing.T) {
	insecure := showcase(t, "insecure-api.yaml")
	for _, tc := range []struct {
		opts    any
		wantAll bool
	}{{nil, false}, {map[string]any{"ruleset": "all"}, true}} {
		dir := workspace(t, map[string]string{"api.yaml": insecure})
		c := newClient(t, Options{})
		c.initialize(dir, tc.opts)
		uri := c.open(filepath.Join(dir, "api.yaml"), insecure)
		ds := c.waitFor(uri, "api-key-in-query", withRule("api-key-in-query"))
		if got := findRule(ds, "missing-server-error-response") != nil; got != tc.wantAll {
			t.Errorf("settings %v: missing-server-error-response reported %v, want %v", tc.opts, got, tc.wantAll)
		}
	}
}
