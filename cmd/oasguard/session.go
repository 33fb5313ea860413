package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/config"
	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
	"github.com/oasguard/oasguard/pkg/validate"
)

// commonFlags are shared by every command that scans documents.
func commonFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "configuration `FILE` (default: .oasguard.yaml in the current directory)"},
		&cli.StringSliceFlag{Name: "rules", Usage: "also load custom rules from `DIR` (repeatable)"},
		&cli.StringFlag{Name: "profile", Usage: "severity profile for the API's audience: public, partner, internal"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "documents scanned at once (default: number of CPUs)"},
		&cli.Int64Flag{Name: "max-file-size", Value: loader.DefaultMaxFileSize, Usage: "largest file read, in `BYTES`"},
		&cli.StringFlag{Name: "ref-root", Usage: "directory that $refs may read from (default: the current directory)"},
		&cli.DurationFlag{Name: "timeout", Value: engine.DefaultTimeout, Usage: "time limit for the rules on one document"},
		&cli.BoolFlag{Name: "skip-non-openapi", Usage: "skip files named on the command line that are not OpenAPI documents (for hooks)"},
	}
}

// session is the configuration, rules and engine of one command.
type session struct {
	cfg       *config.Config
	set       *rules.Set
	engine    *engine.Engine
	validator *validate.Validator
}

func newSession(c *cli.Context) (*session, error) {
	s := &session{}
	var err error
	if s.cfg, err = loadConfig(c.String("config")); err != nil {
		return nil, err
	}
	if p := c.String("profile"); p != "" {
		if _, ok := config.LookupProfile(p); !ok {
			return nil, fmt.Errorf("--profile: unknown profile %q (valid: %v)", p, config.ProfileNames())
		}
		if s.cfg == nil {
			s.cfg = &config.Config{}
		}
		s.cfg.Profile = p
	}
	dirs := append(s.cfg.RuleDirs(), c.StringSlice("rules")...)
	if s.set, err = loadRuleSet(dirs); err != nil {
		return nil, err
	}
	if s.cfg != nil {
		if err := s.cfg.Validate(ruleIDs(s.set)); err != nil {
			return nil, err
		}
		s.set = s.set.Filter(func(r rules.Rule) bool { return s.cfg.RuleEnabled(r.ID) })
	}
	if s.validator, err = validate.New(); err != nil {
		return nil, err
	}
	if s.engine, err = engine.New(c.Context, s.set, c.Duration("timeout")); err != nil {
		return nil, err
	}
	return s, nil
}

func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		found, ok := config.Find(".")
		if !ok {
			return nil, nil
		}
		path = found
	}
	return config.Load(path)
}

func ruleIDs(set *rules.Set) []string {
	ids := make([]string, len(set.Rules))
	for i, r := range set.Rules {
		ids[i] = r.ID
	}
	return ids
}

func loadRuleSet(dirs []string) (*rules.Set, error) {
	set, err := rules.Builtin()
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		custom, err := rules.LoadDir(d)
		if err != nil {
			return nil, err
		}
		if err := set.Merge(custom); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// setting is the flag's value when given, else the configuration's, else
// the flag's default.
func (s *session) setting(c *cli.Context, flag, fromConfig string) string {
	if c.IsSet(flag) || fromConfig == "" {
		return c.String(flag)
	}
	return fromConfig
}

func (s *session) cfgValue(get func(*config.Config) string) string {
	if s.cfg == nil {
		return ""
	}
	return get(s.cfg)
}

func (s *session) scanOptions(c *cli.Context) engine.ScanOptions {
	return engine.ScanOptions{
		Jobs:           c.Int("jobs"),
		SkipNonOpenAPI: c.Bool("skip-non-openapi"),
		Load: loader.Options{
			MaxFileSize: c.Int64("max-file-size"),
			RefRoot:     c.String("ref-root"),
			Validator:   s.validator,
		},
	}
}

func (s *session) outputOptions(c *cli.Context, results []engine.Result) output.Options {
	return output.Options{
		Color:          useColor(c),
		ShowSuppressed: c.Bool("show-suppressed"),
		Rules:          s.set.Rules,
		ReadSource:     sourceReader(results),
	}
}

// sourceReader reads only the files that the scan read.
func sourceReader(results []engine.Result) func(string) ([]byte, error) {
	allowed := map[string]bool{}
	for _, r := range results {
		for _, p := range r.Sources {
			allowed[p] = true
		}
	}
	return func(path string) ([]byte, error) {
		if !allowed[path] {
			return nil, fmt.Errorf("%s was not scanned", path)
		}
		return os.ReadFile(filepath.FromSlash(path))
	}
}

func useColor(c *cli.Context) bool {
	if c.Bool("no-color") || os.Getenv("NO_COLOR") != "" || (c.String("output") != "" && c.String("output") != "-") {
		return false
	}
	fh, ok := c.App.Writer.(*os.File)
	return ok && isatty.IsTerminal(fh.Fd())
}

func tool() report.Tool { return report.Tool{Name: "oasguard", Version: version()} }
