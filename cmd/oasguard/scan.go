package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/config"
	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
)

func scanFlags() []cli.Flag {
	return append(commonFlags(),
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(output.Names(), ", ")},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
		&cli.StringFlag{Name: "fail-on", Value: "high", Usage: "exit 1 when a finding is at or above `SEVERITY` (critical, high, medium, low, info, none)"},
		&cli.StringFlag{Name: "min-severity", Value: "info", Usage: "report only findings at or above `SEVERITY`"},
		&cli.IntFlag{Name: "min-score", Usage: "exit 1 when a document scores below `N` (0-100)"},
		&cli.BoolFlag{Name: "show-suppressed", Usage: "list suppressed findings in the table and other human formats"},
		&cli.StringFlag{Name: "baseline", Usage: "report only findings not recorded in the baseline `FILE`"},
		&cli.BoolFlag{Name: "no-color", Usage: "never colour the table (also: NO_COLOR)"},
	)
}

func scanCommand() *cli.Command {
	return &cli.Command{
		Name:      "scan",
		Usage:     "scan OpenAPI documents (files, directories, - for standard input)",
		ArgsUsage: "PATH...",
		Description: "Directories are searched recursively for OpenAPI root documents (.json, .yaml, .yml with a " +
			"top-level openapi or swagger field); fragments of multi-file specs are read through their $refs.\n" +
			"A .oasguard.yaml in the current directory is used unless --config names another file.",
		Flags:  scanFlags(),
		Action: scanAction,
	}
}

func scanAction(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError(c, "scan needs at least one PATH (a file, a directory, or - for standard input)")
	}
	if err := flagAfterArgs(c); err != nil {
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
	policy, err := s.policy(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	format := s.format(c)
	results := s.engine.Scan(c.Context, c.Args().Slice(), s.scanOptions(c), false)
	rep, warnings := engine.Assemble(results, tool(), policy)
	for _, w := range warnings {
		fmt.Fprintln(c.App.ErrWriter, "oasguard: warning:", w)
	}
	f, err := output.New(format, s.outputOptions(c, results))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	if err := writeReport(c, c.String("output"), f, rep); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	return exitCode(engine.AnyFatal(results), rep, failOn, c.Int("min-score"), c.IsSet("min-score"))
}

func (s *session) policy(c *cli.Context) (engine.Policy, error) {
	p := engine.Policy{Config: s.cfg, Now: time.Now()}
	min, err := report.ParseSeverity(s.setting(c, "min-severity", s.cfgValue(func(k *config.Config) string { return k.MinSeverity })))
	if err != nil {
		return p, fmt.Errorf("--min-severity: %w", err)
	}
	p.MinSeverity = min
	if path := c.String("baseline"); path != "" {
		b, err := report.ReadBaselineFile(path)
		if err != nil {
			return p, err
		}
		p.Baseline = b
	}
	return p, nil
}

// failOn returns the threshold, or "" for none (never fail on findings).
func (s *session) failOn(c *cli.Context) (report.Severity, error) {
	v := s.setting(c, "fail-on", s.cfgValue(func(k *config.Config) string { return k.FailOn }))
	if strings.EqualFold(v, config.FailNever) {
		return "", nil
	}
	sev, err := report.ParseSeverity(v)
	if err != nil {
		return "", fmt.Errorf("--fail-on: %w (or none)", err)
	}
	return sev, nil
}

func exitCode(fatal bool, rep *report.Report, failOn report.Severity, minScore int, scoreSet bool) error {
	switch {
	case fatal:
		return cli.Exit("", 2)
	case failOn != "" && rep.Failing(failOn):
		return cli.Exit("", 1)
	case scoreSet && rep.Summary.Score != nil && rep.Summary.Score.Overall < minScore:
		return cli.Exit(fmt.Sprintf("score %d is below --min-score %d", rep.Summary.Score.Overall, minScore), 1)
	}
	return nil
}

func writeReport(c *cli.Context, path string, f output.Formatter, rep *report.Report) error {
	if path == "" || path == "-" {
		return f.Format(c.App.Writer, rep)
	}
	fh, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := f.Format(fh, rep); err != nil {
		fh.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return fh.Close()
}

func usageError(c *cli.Context, msg string) error {
	_ = cli.ShowSubcommandHelp(c)
	return cli.Exit(msg, 2)
}
