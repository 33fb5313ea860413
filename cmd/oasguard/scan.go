package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

func scanFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(output.Names(), ", ")},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
		&cli.StringFlag{Name: "fail-on", Value: "high", Usage: "exit 1 when a finding is at or above `SEVERITY` (critical, high, medium, low, info)"},
		&cli.StringFlag{Name: "min-severity", Value: "info", Usage: "report only findings at or above `SEVERITY`"},
		&cli.StringSliceFlag{Name: "rules", Usage: "load custom rules from `DIR` (repeatable)"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "documents scanned at once (default: number of CPUs)"},
		&cli.Int64Flag{Name: "max-file-size", Value: loader.DefaultMaxFileSize, Usage: "largest file read, in `BYTES`"},
		&cli.StringFlag{Name: "ref-root", Usage: "directory that $refs may read from (default: the current directory)"},
		&cli.DurationFlag{Name: "timeout", Value: engine.DefaultTimeout, Usage: "time limit for the rules on one document"},
		&cli.BoolFlag{Name: "no-color", Usage: "never colour the table (also: NO_COLOR)"},
	}
}

func scanCommand() *cli.Command {
	return &cli.Command{
		Name:      "scan",
		Usage:     "scan OpenAPI documents (files, directories, - for standard input)",
		ArgsUsage: "PATH...",
		Flags:     scanFlags(),
		Action:    scanAction,
	}
}

// scanSetup is everything a scan needs, read from flags.
type scanSetup struct {
	failOn, minSeverity report.Severity
	format, outPath     string
	scan                engine.ScanOptions
	timeout             time.Duration
	ruleDirs            []string
}

func readScanSetup(c *cli.Context) (*scanSetup, error) {
	s := &scanSetup{format: c.String("format"), outPath: c.String("output"), ruleDirs: c.StringSlice("rules"), timeout: c.Duration("timeout")}
	var err error
	if s.failOn, err = report.ParseSeverity(c.String("fail-on")); err != nil {
		return nil, fmt.Errorf("--fail-on: %w", err)
	}
	if s.minSeverity, err = report.ParseSeverity(c.String("min-severity")); err != nil {
		return nil, fmt.Errorf("--min-severity: %w", err)
	}
	s.scan = engine.ScanOptions{Jobs: c.Int("jobs"), Load: loader.Options{MaxFileSize: c.Int64("max-file-size"), RefRoot: c.String("ref-root")}}
	return s, nil
}

func scanAction(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError(c, "scan needs at least one PATH (a file, a directory, or - for standard input)")
	}
	setup, err := readScanSetup(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	set, err := loadRuleSet(setup.ruleDirs)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	f, err := output.New(setup.format, output.Options{Color: useColor(c, setup.outPath), Rules: set.Rules})
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	eng, err := engine.New(c.Context, set, setup.timeout)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	results := eng.Scan(c.Context, c.Args().Slice(), setup.scan, false)
	rep := engine.Assemble(results, report.Tool{Name: "oasguard", Version: version()})
	rep.Findings = filterSeverity(rep.Findings, setup.minSeverity)
	rep.Finalize()
	if err := write(c, setup.outPath, f, rep); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	return exitCode(results, rep, setup.failOn)
}

func filterSeverity(fs []report.Finding, min report.Severity) []report.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Severity.Rank() >= min.Rank() {
			out = append(out, f)
		}
	}
	return out
}

func exitCode(results []engine.Result, rep *report.Report, failOn report.Severity) error {
	switch {
	case engine.AnyFatal(results):
		return cli.Exit("", 2)
	case rep.Failing(failOn):
		return cli.Exit("", 1)
	}
	return nil
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

func write(c *cli.Context, path string, f output.Formatter, rep *report.Report) error {
	var w io.Writer = c.App.Writer
	if path != "" && path != "-" {
		fh, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("output: %w", err)
		}
		defer fh.Close()
		w = fh
	}
	if err := f.Format(w, rep); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func useColor(c *cli.Context, outPath string) bool {
	if c.Bool("no-color") || os.Getenv("NO_COLOR") != "" || (outPath != "" && outPath != "-") {
		return false
	}
	fh, ok := c.App.Writer.(*os.File)
	return ok && isatty.IsTerminal(fh.Fd())
}

func usageError(c *cli.Context, msg string) error {
	_ = cli.ShowSubcommandHelp(c)
	return cli.Exit(msg, 2)
}

var _ = context.Background
