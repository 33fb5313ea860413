// Package config reads .oasguard.yaml: which rules run, severity overrides,
// a deployment profile, ignores with mandatory reasons, and CLI defaults.
// It is independent of the CLI; see docs/configuration.md.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/oasguard/oasguard/pkg/safefile"
)

// FileNames are the names Find looks for, in order.
func FileNames() []string { return []string{".oasguard.yaml", ".oasguard.yml"} }

// maxSize bounds the configuration file.
const maxSize = 1 << 20

// Config is the content of a configuration file.
type Config struct {
	Rules       RuleSelection     `yaml:"rules"`
	Severity    map[string]string `yaml:"severity"`
	Ignore      []Ignore          `yaml:"ignore"`
	FailOn      string            `yaml:"fail-on"`
	MinSeverity string            `yaml:"min-severity"`
	Format      string            `yaml:"format"`
	RulesDirs   []string          `yaml:"rules-dirs"`
	Profile     string            `yaml:"profile"`
	// Ruleset is recommended (the default) or all; --ruleset overrides it.
	Ruleset string `yaml:"ruleset"`

	// Path is the file the configuration was loaded from.
	Path string `yaml:"-"`
	// root is the parsed document, for line numbers in errors.
	root *yaml.Node
}

// RuleSelection picks the rules that run. When Enable is not empty only
// those rules run; Disable removes rules in any case.
type RuleSelection struct {
	Enable  []string `yaml:"enable"`
	Disable []string `yaml:"disable"`
}

// Ignore is one ignore entry as written in the file.
type Ignore struct {
	Rule    string `yaml:"rule"`    // rule id or "*"
	Files   Globs  `yaml:"files"`   // one glob or a list; empty = every file
	Pointer string `yaml:"pointer"` // optional JSON pointer prefix
	Reason  string `yaml:"reason"`  // mandatory
	Expires string `yaml:"expires"` // optional, YYYY-MM-DD
}

// Globs is a list of globs that may be written as a single string.
type Globs []string

// UnmarshalYAML accepts a scalar or a sequence of scalars; null is empty.
func (g *Globs) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		*g = nil
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		*g = Globs{n.Value}
		return nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*g = list
	return nil
}

// Find returns the configuration file in dir, if there is one.
func Find(dir string) (path string, ok bool) {
	for _, name := range FileNames() {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
	}
	return "", false
}

// Load reads and parses the configuration at path. Unknown keys are errors
// with their line. Load does not check rule ids: call Validate.
func Load(path string) (*Config, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("load config %s: %w", path, err)
	}
	if len(data) > maxSize {
		return nil, fmt.Errorf("load config %s: larger than %d bytes", path, maxSize)
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; path names it in errors.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(path, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(path, err)
	}
	c.root = &root
	return c, nil
}

var (
	unknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type \S+$`)
	lineMessage  = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	wrongType    = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)$")
)

// yamlError rewrites yaml errors as "path:line: message", one per problem.
func yamlError(path string, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		if m := lineMessage.FindStringSubmatch(err.Error()); m != nil {
			return fmt.Errorf("%s:%s: %s", path, m[1], m[2])
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	var errs []error
	for _, e := range te.Errors {
		if m := unknownField.FindStringSubmatch(e); m != nil {
			errs = append(errs, fmt.Errorf("%s:%s: unknown key %q", path, m[1], m[2]))
		} else if m := lineMessage.FindStringSubmatch(e); m != nil {
			errs = append(errs, fmt.Errorf("%s:%s: %s", path, m[1], typeMessage(m[2])))
		} else {
			errs = append(errs, fmt.Errorf("%s: %s", path, e))
		}
	}
	return errors.Join(errs...)
}

// typeMessage rewrites "cannot unmarshal !!int `3` into []string" as
// "expected a list, found a number (3)".
func typeMessage(msg string) string {
	m := wrongType.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	found := map[string]string{"int": "a number", "float": "a number", "str": "a string", "bool": "a boolean",
		"seq": "a list", "map": "a mapping", "null": "nothing", "timestamp": "a date"}[m[1]]
	if found == "" {
		found = m[1]
	}
	if m[2] != "" {
		found += " (" + m[2] + ")"
	}
	want := "a mapping"
	switch {
	case strings.HasPrefix(m[3], "[]"):
		want = "a list"
	case m[3] == "string":
		want = "a string"
	}
	return "expected " + want + ", found " + found
}

// RuleEnabled reports whether the rules section lets rule id run. A nil
// configuration enables every rule.
func (c *Config) RuleEnabled(id string) bool {
	if c == nil {
		return true
	}
	for _, d := range c.Rules.Disable {
		if d == id {
			return false
		}
	}
	if len(c.Rules.Enable) == 0 {
		return true
	}
	for _, e := range c.Rules.Enable {
		if e == id {
			return true
		}
	}
	return false
}

// RuleDirs returns the custom rule directories, relative ones resolved
// against the directory of the configuration file.
func (c *Config) RuleDirs() []string {
	if c == nil {
		return nil
	}
	base := filepath.Dir(c.Path)
	out := make([]string, 0, len(c.RulesDirs))
	for _, d := range c.RulesDirs {
		if !filepath.IsAbs(d) {
			d = filepath.Join(base, d)
		}
		out = append(out, d)
	}
	return out
}
