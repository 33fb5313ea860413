package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/config"
	"github.com/oasguard/oasguard/pkg/diff"
	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
)

func diffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "security regressions between two versions of a spec",
		ArgsUsage: "OLD NEW",
		Description: "Scans OLD and NEW and reports the findings that appear in NEW (matched by rule, file " +
			"relative to the document and JSON pointer), plus the regressions only a comparison shows: an " +
			"operation that loses its security, a dropped OAuth2 scope, a new unauthenticated operation, a server " +
			"moved to http, a new sensitive field in a response, a weakened security scheme (rule ids diff-…).\n" +
			"Either side may be a git revision, git:REV:path (path relative to the current directory), e.g.\n" +
			"  oasguard diff git:origin/main:api.yaml api.yaml\n" +
			"Exit codes: 1 when an appeared finding or a regression is at or above --fail-on, 2 on a usage error " +
			"or a side that cannot be read, else 0.",
		Flags: append(commonFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(output.Names(), ", ")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
			&cli.StringFlag{Name: "fail-on", Value: "high", Usage: "exit 1 when a new finding or regression is at or above `SEVERITY` (critical, high, medium, low, info, none)"},
			&cli.DurationFlag{Name: "git-timeout", Value: diff.DefaultGitTimeout, Usage: "time limit for each git command"},
			&cli.BoolFlag{Name: "no-color", Usage: "never colour the table (also: NO_COLOR)"},
		),
		Action: diffAction,
	}
}

func diffSources(c *cli.Context) (old, new diff.Source, err error) {
	if c.NArg() != 2 {
		return old, new, fmt.Errorf("diff needs two documents, OLD and NEW (got %d)", c.NArg())
	}
	if old, err = diff.ParseSource(c.Args().Get(0)); err != nil {
		return old, new, err
	}
	if new, err = diff.ParseSource(c.Args().Get(1)); err != nil {
		return old, new, err
	}
	if old.Path == loader.Stdin && new.Path == loader.Stdin && !old.Git() && !new.Git() {
		return old, new, fmt.Errorf("only one side can be standard input")
	}
	return old, new, nil
}

func diffAction(c *cli.Context) error {
	oldSrc, newSrc, err := diffSources(c)
	if err != nil {
		return usageError(c, err.Error())
	}
	s, err := newSession(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	failOn, err := s.failOn(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	format := s.format(c)
	opts := s.outputOptions(c, nil)
	opts.Rules = slices.Concat(s.set.Rules, diff.Rules())
	opts.FailOn = failOn
	if opts.MinSeverity, err = s.configMinSeverity(); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	f, err := output.New(format, opts)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	classes, err := diff.NewClassifier(c.Context, s.set)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	lo, err := s.diffLoadOptions(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	oldSide, err := diff.Load(c.Context, s.engine, oldSrc, lo)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	newSide, err := diff.Load(c.Context, s.engine, newSrc, lo)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	for _, w := range append(oldSide.Warnings, newSide.Warnings...) {
		fmt.Fprintln(c.App.ErrWriter, "oasguard: warning:", w)
	}
	res := diff.Compare(*oldSide, *newSide, classes)
	rep, sec := diff.Report(res, oldSide, newSide, tool())
	if err := writeDiff(c, f, format, rep, sec); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	if failOn != "" && rep.Failing(failOn) {
		return cli.Exit("", 1)
	}
	return nil
}

// configMinSeverity is the configuration's min_severity (display only).
func (s *session) configMinSeverity() (report.Severity, error) {
	v := s.cfgValue(func(k *config.Config) string { return k.MinSeverity })
	if v == "" {
		return report.Info, nil
	}
	min, err := report.ParseSeverity(v)
	if err != nil {
		return "", fmt.Errorf("min_severity: %w", err)
	}
	return min, nil
}

// diffLoadOptions applies the configuration (severity overrides, ignores)
// to both sides; baselines are scan-only.
func (s *session) diffLoadOptions(c *cli.Context) (diff.LoadOptions, error) {
	p := engine.Policy{Config: s.cfg, Now: time.Now()}
	return diff.LoadOptions{Scan: s.scanOptions(c), Policy: p, Tool: tool(), GitTimeout: c.Duration("git-timeout")}, nil
}

func writeDiff(c *cli.Context, f output.Formatter, format string, rep *report.Report, sec *diff.Section) error {
	path := c.String("output")
	if path == "" || path == "-" {
		if c.Bool("quiet") {
			return output.WriteFileErrors(c.App.ErrWriter, rep.Files)
		}
		return output.WriteDiff(c.App.Writer, f, format, rep, sec)
	}
	fh, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := output.WriteDiff(fh, f, format, rep, sec); err != nil {
		fh.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fh.Close(); err != nil {
		return err
	}
	if err := output.WriteFileErrors(c.App.ErrWriter, rep.Files); err != nil || c.Bool("quiet") {
		return err
	}
	_, err = fmt.Fprintf(c.App.ErrWriter, "oasguard: %d appeared, %d regressions; report written to %s\n", sec.Appeared, sec.Regressions, path)
	return err
}
