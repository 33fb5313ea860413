package main

import (
	"fmt"
	"io"
	"os"
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
	"github.com/oasguard/oasguard/pkg/rules"
	"github.com/oasguard/oasguard/pkg/traffic"
)

func trafficCommand() *cli.Command {
	return &cli.Command{
		Name:      "traffic",
		Usage:     "hold captured traffic (HAR, access logs, JSON lines) against the spec",
		ArgsUsage: "CAPTURE...",
		Description: "Reads HAR 1.2 files, access logs (combined, common, or --log-format), JSON lines, gzip-compressed " +
			"or not, - for standard input, and reports shadow and zombie endpoints, unauthenticated successes, " +
			"undeclared response properties, secrets in query strings and more (--list-checks), each with its capture " +
			"location. Same formats, suppressions and exit codes as scan. See docs/traffic.md.",
		Flags:  trafficFlags(),
		Action: trafficAction,
	}
}

func trafficFlags() []cli.Flag {
	return append(reportFlags(),
		&cli.StringSliceFlag{Name: "spec", Aliases: []string{"s"}, Usage: "OpenAPI or Swagger `FILE` the traffic should match (repeatable; matched by server host and base path)"},
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "configuration `FILE` (default: .oasguard.yaml in the current directory)"},
		&cli.StringFlag{Name: "capture-format", Value: "auto", Usage: "`FORMAT` of the captures: auto, har, log, jsonl"},
		&cli.StringFlag{Name: "log-format", Usage: "nginx log_format `LINE` of the access logs (default: combined, then common)"},
		&cli.StringSliceFlag{Name: "host", Usage: "`HOST` that belongs to the API besides its servers' (repeatable); requests to other hosts are left out"},
		&cli.IntFlag{Name: "max-line-bytes", Value: 64 << 10, Usage: "longest log or JSON lines record read, in `BYTES`; longer ones are skipped"},
		&cli.IntFlag{Name: "max-body-bytes", Value: 1 << 20, Usage: "part of each body analysed, in `BYTES`"},
		&cli.Int64Flag{Name: "max-file-size", Value: loader.DefaultMaxFileSize, Usage: "largest spec file read, in `BYTES`"},
		&cli.StringFlag{Name: "ref-root", Usage: "directory that the specs' $refs may read from (default: each spec's directory, or its git repository)"},
		&cli.BoolFlag{Name: "list-checks", Usage: "list the traffic checks and exit"},
	)
}

func trafficAction(c *cli.Context) error {
	if c.Bool("list-checks") {
		return writeRulesTable(c.App.Writer, trafficRules())
	}
	if len(c.StringSlice("spec")) == 0 || c.NArg() == 0 {
		return usageError(c, "traffic needs --spec SPEC and at least one CAPTURE (a file, or - for standard input)")
	}
	s, err := trafficSession(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	failOn, err := s.failOn(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	s.set = rules.NewSet()
	policy, outOpts, err := s.scanPolicy(c, failOn)
	if err != nil {
		return fail(c, err)
	}
	opts, err := trafficOptions(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	outs := traffic.Run(c.Context, opts)
	results := trafficResults(outs, s.cfg)
	for _, o := range outs {
		for _, n := range o.Notes {
			fmt.Fprintln(c.App.ErrWriter, "oasguard:", n)
		}
	}
	rep, warnings := engine.Assemble(results, tool(), policy)
	for _, w := range warnings {
		fmt.Fprintln(c.App.ErrWriter, "oasguard: warning:", w)
	}
	outOpts.Rules, outOpts.ReadSource = trafficRules(), sourceReader(results)
	f, err := output.New(s.format(c), outOpts)
	if err != nil {
		return fail(c, usageErr("%v", err))
	}
	if err := writeReport(c, f, s.format(c), rep, outOpts); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	return exitCode(engine.AnyFatal(results), rep, failOn, 0, false)
}

// trafficSession reads the configuration only: traffic runs no Rego rule.
// Ignores may name scan rules and traffic checks alike.
func trafficSession(c *cli.Context) (*session, error) {
	cfg, err := loadConfig(c)
	if err != nil {
		return nil, err
	}
	if cfg != nil {
		set, err := loadRuleSet(cfg.RuleDirs())
		if err != nil {
			return nil, err
		}
		if err := cfg.Validate(append(ruleIDs(set), traffic.CheckIDs()...)); err != nil {
			return nil, err
		}
	}
	return &session{cfg: cfg}, nil
}

func trafficOptions(c *cli.Context) (traffic.Options, error) {
	format, err := traffic.ParseFormat(c.String("capture-format"))
	if err != nil {
		return traffic.Options{}, fmt.Errorf("--capture-format: %w", err)
	}
	return traffic.Options{
		Specs:    c.StringSlice("spec"),
		Captures: c.Args().Slice(),
		Stdin:    os.Stdin,
		Hosts:    c.StringSlice("host"),
		Progress: byteProgress(c.App.ErrWriter),
		Read: traffic.ReadOptions{Format: format, LogFormat: c.String("log-format"),
			MaxLineBytes: c.Int("max-line-bytes"), MaxBodyBytes: c.Int("max-body-bytes")},
		Load: loader.Options{MaxFileSize: c.Int64("max-file-size"), RefRoot: c.String("ref-root")},
	}, nil
}

// trafficResults hands the traffic outputs to the scan's report assembly
// (severity overrides, ignores, baseline), leaving out disabled checks.
func trafficResults(outs []traffic.Output, cfg *config.Config) []engine.Result {
	results := make([]engine.Result, 0, len(outs))
	for _, o := range outs {
		r := engine.Result{File: o.File, Fatal: o.Fatal}
		for _, f := range o.Findings {
			if checkEnabled(cfg, f.RuleID) {
				r.Findings = append(r.Findings, f)
			}
		}
		if o.File.OAS != "capture" && !o.Fatal {
			r.Sources = []string{o.File.Path}
		}
		results = append(results, r)
	}
	return results
}

// checkEnabled applies the rules section to a traffic check: disable always
// applies, enable only when it names some traffic check.
func checkEnabled(cfg *config.Config, id string) bool {
	if cfg == nil || slices.Contains(cfg.Rules.Disable, id) {
		return cfg == nil
	}
	for _, e := range cfg.Rules.Enable {
		if strings.HasPrefix(e, "traffic-") {
			return slices.Contains(cfg.Rules.Enable, id)
		}
	}
	return true
}

// trafficRules presents the traffic checks as rules, for the formats that
// describe the rules behind the findings (SARIF, HTML, Markdown).
func trafficRules() []rules.Rule {
	var out []rules.Rule
	for _, ch := range traffic.Checks() {
		out = append(out, rules.Rule{ID: ch.ID, Title: ch.Title, Description: ch.Description, Severity: ch.Severity,
			OWASP: ch.OWASP, CWE: ch.CWE, Remediation: ch.Remediation, Ruleset: rules.RulesetRecommended,
			Package: "oasguard.traffic", File: "pkg/traffic/catalog.go", Builtin: true})
	}
	return out
}

// byteProgress draws a progress bar on w while a long capture is read; nil
// (no bar) when w is not a terminal.
func byteProgress(w io.Writer) func(capture string, read, total int64) {
	fh, ok := w.(*os.File)
	if !ok || !isatty.IsTerminal(fh.Fd()) {
		return nil
	}
	var bar *progressbar.ProgressBar
	current := ""
	return func(capture string, read, total int64) {
		if capture != current {
			if bar != nil {
				_ = bar.Finish()
			}
			bar, current = nil, capture
		}
		if bar == nil && read >= 8<<20 {
			bar = progressbar.NewOptions64(total, progressbar.OptionSetWriter(fh),
				progressbar.OptionSetDescription(capture), progressbar.OptionShowBytes(true),
				progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		}
		if bar != nil {
			_ = bar.Set64(read)
		}
	}
}
