package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/config"
	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
	"github.com/oasguard/oasguard/pkg/traffic"
	"github.com/oasguard/oasguard/pkg/validate"
)

// commonFlags are shared by every command that scans documents.
func commonFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "configuration `FILE` (default: .oasguard.yaml in the current directory)"},
		&cli.StringSliceFlag{Name: "rules", Usage: "also load custom rules from `DIR` (repeatable)"},
		&cli.StringFlag{Name: "ruleset", Value: rules.RulesetRecommended, Usage: "rules to run: recommended (the weaknesses a reviewer acts on) or all (adds documentation completeness and hygiene)"},
		&cli.StringFlag{Name: "profile", Usage: "severity profile for the API's audience: public, partner, internal"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "documents scanned at once (default: number of CPUs)"},
		&cli.Int64Flag{Name: "max-file-size", Value: loader.DefaultMaxFileSize, Usage: "largest file read, in `BYTES`"},
		&cli.StringFlag{Name: "ref-root", Usage: "directory that $refs may read from (default: the document's directory, or the git repository that holds it)"},
		&cli.StringSliceFlag{Name: "allow-remote-ref", Usage: "fetch $refs to `HOST` (host or host:port) over HTTPS; repeatable (default: remote refs are reported, never fetched)"},
		&cli.DurationFlag{Name: "timeout", Value: engine.DefaultTimeout, Usage: "time limit for the rules on one document"},
		&cli.BoolFlag{Name: "skip-non-openapi", Usage: "skip files named on the command line that are not OpenAPI documents (for hooks)"},
		&cli.BoolFlag{Name: "no-config", Usage: "use no configuration file, not even .oasguard.yaml in the current directory"},
		&cli.BoolFlag{Name: "no-inline-ignores", Usage: "do not apply the documents' x-oasguard-ignore maps; report what they would suppress"},
		&cli.BoolFlag{Name: "untrusted", Usage: "the documents and their folder are untrusted (fork pull requests, partner specs): no discovered configuration, no inline ignores"},
		&cli.StringSliceFlag{Name: "rule", Usage: "run only the rule `ID` (repeatable)"},
		&cli.StringSliceFlag{Name: "skip-rule", Usage: "do not run the rule `ID` (repeatable)"},
		&cli.StringSliceFlag{Name: "category", Usage: "run only the rules of the OWASP `CATEGORY`, e.g. API1 or API1:2023 (repeatable)"},
		&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list the files of directories that are skipped, and why"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing but errors (the exit code tells the result)"},
	}
}

// startupGCPercent is the garbage collector's target while rules compile.
const startupGCPercent = 800

// session is the configuration, rules and engine of one command.
type session struct {
	cfg       *config.Config
	set       *rules.Set
	engine    *engine.Engine
	validator *validate.Validator
}

func newSession(c *cli.Context) (*session, error) {
	// Parsing and compiling the rules allocates a small heap of short-lived
	// objects: collecting it less often shortens start-up. Scans run with
	// the default again once the rules are compiled (in the background for
	// the built-in set), which keeps their peak memory in check.
	engine.LimitProcessMemory()
	gc := &engine.GCTuner{}
	restore := gc.Raise(startupGCPercent)
	s, err := buildSession(c, gc)
	if err != nil {
		restore()
		return nil, err
	}
	go func() {
		_ = s.engine.Wait()
		restore()
	}()
	return s, nil
}

func buildSession(c *cli.Context, gc *engine.GCTuner) (*session, error) {
	s := &session{}
	var err error
	if s.cfg, err = loadConfig(c); err != nil {
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
		// Ignores may name traffic checks too: one .oasguard.yaml serves scan and traffic.
		if err := s.cfg.Validate(append(ruleIDs(s.set), traffic.CheckIDs()...)); err != nil {
			return nil, err
		}
	}
	if s.set, err = selectRules(c, s.set); err != nil {
		return nil, err
	}
	if s.cfg != nil {
		s.set = s.set.Filter(func(r rules.Rule) bool { return s.cfg.RuleEnabled(r.ID) })
	}
	ruleset := s.setting(c, "ruleset", s.cfgValue(func(k *config.Config) string { return k.Ruleset }))
	if !slices.Contains(rules.Rulesets(), ruleset) {
		return nil, fmt.Errorf("--ruleset: unknown ruleset %q (valid: %s)", ruleset, strings.Join(rules.Rulesets(), ", "))
	}
	s.set = s.set.Filter(func(r rules.Rule) bool { return r.InRuleset(ruleset) })
	if s.validator, err = validate.New(); err != nil {
		return nil, err
	}
	if s.engine, err = engine.New(c.Context, s.set, c.Duration("timeout"), engine.WithGCTuner(gc)); err != nil {
		return nil, err
	}
	return s, nil
}

// loadConfig loads the configuration the run may use, and names it (or the
// one it declined) on standard error.
func loadConfig(c *cli.Context) (*config.Config, error) {
	trust := config.Trust{NoConfig: c.Bool("no-config"), Untrusted: c.Bool("untrusted")}
	ch, err := config.Resolve(c.String("config"), ".", trust)
	for _, n := range ch.Notes {
		fmt.Fprintln(c.App.ErrWriter, "oasguard:", n)
	}
	return ch.Config, err
}

func ruleIDs(set *rules.Set) []string {
	ids := make([]string, len(set.Rules))
	for i, r := range set.Rules {
		ids[i] = r.ID
	}
	return ids
}

func loadRuleSet(dirs []string) (*rules.Set, error) { return rules.ScanSet(dirs) }

// setting is the flag's value when given, else the configuration's, else
// the flag's default.
func (s *session) setting(c *cli.Context, flag, fromConfig string) string {
	if c.IsSet(flag) || fromConfig == "" {
		return c.String(flag)
	}
	return fromConfig
}

// format is the output format: --format, else the configuration's, else table.
func (s *session) format(c *cli.Context) string {
	return s.setting(c, "format", s.cfgValue(func(k *config.Config) string { return k.Format }))
}

func (s *session) cfgValue(get func(*config.Config) string) string {
	if s.cfg == nil {
		return ""
	}
	return get(s.cfg)
}

func (s *session) scanOptions(c *cli.Context) engine.ScanOptions {
	var bar func(done, total int)
	if !c.Bool("quiet") {
		bar = progress(c.App.ErrWriter)
	}
	return engine.ScanOptions{
		Progress:        bar,
		Jobs:            c.Int("jobs"),
		SkipNonOpenAPI:  c.Bool("skip-non-openapi"),
		NoInlineIgnores: c.Bool("no-inline-ignores") || c.Bool("untrusted"),
		Load: loader.Options{
			MaxFileSize:      c.Int64("max-file-size"),
			RefRoot:          c.String("ref-root"),
			AllowRemoteHosts: c.StringSlice("allow-remote-ref"),
			AllowHTTP:        c.Bool("allow-http"),
			Validator:        s.validator,
		},
	}
}

func (s *session) outputOptions(c *cli.Context, results []engine.Result) output.Options {
	return output.Options{
		Color:          useColor(c),
		ShowSuppressed: c.Bool("show-suppressed"),
		Rules:          s.set.Rules,
		ReadSource:     sourceReader(results),
		Width:          terminalWidth(c.App.Writer),
		Root:           repoRoot(),
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

// progress draws a progress bar on w while many documents are scanned; nil
// (no bar) when w is not a terminal. It never writes to standard output.
func progress(w io.Writer) func(done, total int) {
	fh, ok := w.(*os.File)
	if !ok || !isatty.IsTerminal(fh.Fd()) {
		return nil
	}
	var bar *progressbar.ProgressBar
	return func(done, total int) {
		if total < 2 {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(fh),
				progressbar.OptionSetDescription("scanning"),
				progressbar.OptionShowCount(),
				progressbar.OptionSetElapsedTime(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
			)
		}
		_ = bar.Set(done)
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
