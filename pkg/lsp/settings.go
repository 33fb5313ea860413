package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/oasguard/oasguard/pkg/config"
	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// clientSettings are the settings a client may send in initializationOptions
// (or, under the key "oasguard", in workspace/didChangeConfiguration). Each
// one overrides the workspace's .oasguard.yaml; see docs/editors.md.
type clientSettings struct {
	Config         string            `json:"config"`
	Ruleset        string            `json:"ruleset"`
	Profile        string            `json:"profile"`
	Severity       map[string]string `json:"severity"`
	RulesDirs      []string          `json:"rulesDirs"`
	MaxDiagnostics int               `json:"maxDiagnostics"`
	DebounceMs     *int              `json:"debounceMs"`
	DocsURL        string            `json:"docsUrl"`
	MaxFileSize    int64             `json:"maxFileSize"`
}

func parseClientSettings(raw json.RawMessage) (clientSettings, error) {
	var cs clientSettings
	if len(raw) == 0 || string(raw) == "null" {
		return cs, nil
	}
	var wrapped struct {
		Oasguard json.RawMessage `json:"oasguard"`
	}
	if err := json.Unmarshal(raw, &wrapped); err == nil && len(wrapped.Oasguard) > 0 {
		raw = wrapped.Oasguard
	}
	if err := json.Unmarshal(raw, &cs); err != nil {
		return cs, fmt.Errorf("settings: %w", err)
	}
	return cs, nil
}

// policy is what a check runs with: the compiled rules and the settings
// applied to their findings.
type policy struct {
	cfg      *config.Config // effective configuration; nil when none
	engine   *engine.Engine
	rules    map[string]rules.Rule
	key      string // identifies the rule selection the engine was built for
	docsURL  string
	maxDiag  int
	debounce time.Duration
	maxSize  int64
}

// loadRules loads the built-in rules and those of the custom rule dirs.
func (s *Server) loadRules(dirs []string) (*rules.Set, error) { return rules.ScanSet(dirs) }

// buildPolicy reads the workspace configuration and the client's settings
// and compiles the rules they select, reusing the current engine when the
// selection is unchanged. problems are what is wrong with the configuration
// (shown to the user; the defaults apply in its place).
func (s *Server) buildPolicy(ctx context.Context, root string, cs clientSettings, prev *policy) (*policy, []string) {
	var problems []string
	cfg, cfgPath, err := s.workspaceConfig(root, cs)
	if err != nil {
		problems = append(problems, err.Error())
		cfg = nil
	}
	cfg = withClientSettings(cfg, cs)
	// Custom rule directories named by a workspace configuration are read
	// only inside the workspace; the server's own options and the client's
	// settings are trusted.
	dirs := append(slices.Clone(s.opts.RulesDirs), cs.RulesDirs...)
	for _, d := range cfg.RuleDirs() {
		if cfgPath != "" && root != "" && !within(root, d) {
			problems = append(problems, fmt.Sprintf("%s: rules-dirs %s is outside the workspace %s and is not loaded", cfgPath, d, root))
			continue
		}
		dirs = append(dirs, d)
	}
	p := &policy{docsURL: firstNonEmpty(cs.DocsURL, s.opts.DocsURL, DefaultDocsURL),
		maxDiag:  firstPositive(cs.MaxDiagnostics, s.opts.MaxDiagnostics, DefaultMaxDiagnostics),
		maxSize:  int64(firstPositive(int(cs.MaxFileSize), int(s.opts.MaxFileSize), int(DefaultMaxFileSize))),
		debounce: s.opts.Debounce}
	if cs.DebounceMs != nil && *cs.DebounceMs >= 0 {
		p.debounce = time.Duration(*cs.DebounceMs) * time.Millisecond
	}
	set, err := s.loadRules(dirs)
	if err != nil {
		problems = append(problems, err.Error())
		if set, err = s.loadRules(s.opts.RulesDirs); err != nil {
			problems = append(problems, err.Error())
			return prev, problems
		}
	}
	if err := cfg.Validate(ruleIDs(set)); err != nil && cfg != nil {
		problems = append(problems, err.Error())
		cfg = withClientSettings(nil, clientSettings{})
	}
	p.cfg = cfg
	ruleset := rulesetOf(cs, cfg)
	if !slices.Contains(rules.Rulesets(), ruleset) {
		problems = append(problems, fmt.Sprintf("unknown ruleset %q (valid: %s); using %s",
			ruleset, strings.Join(rules.Rulesets(), ", "), rules.RulesetRecommended))
		ruleset = rules.RulesetRecommended
	}
	set = set.Filter(func(r rules.Rule) bool { return r.InRuleset(ruleset) && cfg.RuleEnabled(r.ID) })
	p.rules = map[string]rules.Rule{}
	for _, r := range set.Rules {
		p.rules[r.ID] = r
	}
	p.key = selectionKey(dirs, set)
	if prev != nil && prev.key == p.key && prev.engine != nil {
		p.engine = prev.engine
		return p, problems
	}
	if p.engine, err = engine.New(ctx, set, s.opts.Timeout); err != nil {
		problems = append(problems, err.Error())
		return prev, problems
	}
	return p, problems
}

// workspaceConfig loads the configuration named by the settings, else the
// .oasguard.yaml of the workspace root; nil when there is none.
func (s *Server) workspaceConfig(root string, cs clientSettings) (*config.Config, string, error) {
	path := firstNonEmpty(cs.Config, s.opts.ConfigPath)
	if path != "" && !filepath.IsAbs(path) && root != "" {
		path = filepath.Join(root, path)
	}
	if path == "" {
		if root == "" {
			return nil, "", nil
		}
		found, ok := config.Find(root)
		if !ok {
			return nil, "", nil
		}
		path = found
	}
	cfg, err := config.Load(path)
	return cfg, path, err
}

// withClientSettings applies the client's profile and severities over a
// configuration (a copy; cfg is not changed).
func withClientSettings(cfg *config.Config, cs clientSettings) *config.Config {
	if cs.Profile == "" && len(cs.Severity) == 0 {
		return cfg
	}
	c := &config.Config{}
	if cfg != nil {
		*c = *cfg
	}
	if cs.Profile != "" {
		c.Profile = cs.Profile
	}
	if len(cs.Severity) > 0 {
		sev := map[string]string{}
		for k, v := range c.Severity {
			sev[k] = v
		}
		for k, v := range cs.Severity {
			sev[k] = v
		}
		c.Severity = sev
	}
	return c
}

func selectionKey(dirs []string, set *rules.Set) string {
	ids := ruleIDs(set)
	return strings.Join(dirs, "\x00") + "\x01" + strings.Join(ids, ",")
}

func ruleIDs(set *rules.Set) []string {
	ids := make([]string, len(set.Rules))
	for i, r := range set.Rules {
		ids[i] = r.ID
	}
	return ids
}

// minSeverity is the configuration's min-severity, "" for none.
func (p *policy) minSeverity() report.Severity {
	if p.cfg == nil || p.cfg.MinSeverity == "" {
		return ""
	}
	s, err := report.ParseSeverity(p.cfg.MinSeverity)
	if err != nil {
		return ""
	}
	return s
}

// within reports whether path lies in dir (both absolute).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func firstPositive(ns ...int) int {
	for _, n := range ns {
		if n > 0 {
			return n
		}
	}
	return 0
}

// rulesetOf is the ruleset that runs: the client's setting, else the
// workspace configuration's `ruleset:`, else recommended.
func rulesetOf(cs clientSettings, cfg *config.Config) string {
	if cs.Ruleset != "" {
		return strings.ToLower(cs.Ruleset)
	}
	if cfg != nil && cfg.Ruleset != "" {
		return strings.ToLower(cfg.Ruleset)
	}
	return rules.RulesetRecommended
}
