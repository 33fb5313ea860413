package main

import (
	"errors"
	"fmt"
	"io"
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
	flags := append(commonFlags(), reportFlags()...)
	return append(flags,
		&cli.IntFlag{Name: "min-score", Usage: "exit 1 when a document scores below `N` (0-100)"},
		&cli.BoolFlag{Name: "allow-http", Usage: "allow scanning a document by a plain http:// URL (https:// is always allowed)"},
	)
}

// reportFlags are the flags of every command that writes a findings report
// (scan, traffic): format, destination, exit threshold and display.
func reportFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(output.Names(), ", ")},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output (a one-line summary still goes to standard error)"},
		&cli.StringFlag{Name: "fail-on", Value: "high", Usage: "exit 1 when a finding is at or above `SEVERITY` (critical, high, medium, low, info, none)"},
		&cli.StringFlag{Name: "min-severity", Value: "info", Usage: "show only findings at or above `SEVERITY` (display only: the exit code, score and baseline see every finding)"},
		&cli.BoolFlag{Name: "show-suppressed", Usage: "list suppressed findings in the table and other human formats"},
		&cli.StringFlag{Name: "baseline", Usage: "report only findings not recorded in the baseline `FILE`"},
		&cli.BoolFlag{Name: "no-color", Usage: "never colour the table (also: NO_COLOR)"},
	}
}

func scanCommand() *cli.Command {
	return &cli.Command{
		Name:      "scan",
		Usage:     "scan OpenAPI documents (files, directories, https:// URLs, - for standard input)",
		ArgsUsage: "PATH...",
		Description: "Directories are searched recursively for OpenAPI root documents (.json, .yaml, .yml whose " +
			"top-level mapping has an openapi or swagger key); fragments of multi-file specs are read through " +
			"their $refs. --verbose lists the files skipped and why.\n" +
			"A .oasguard.yaml in the current directory is used unless --config names another file.\n" +
			"Flags may come before or after the paths; -- ends the flags.",
		Flags:  scanFlags(),
		Action: scanAction,
	}
}

// fail turns an error of the command's setup into its exit: a usage error
// for mistakes in the command line, else exit 2 with the error.
func fail(c *cli.Context, err error) error {
	var u usageErrorType
	if errors.As(err, &u) {
		return usageError(c, u.msg)
	}
	return cli.Exit(err.Error(), 2)
}

func scanAction(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError(c, "scan needs at least one PATH (a file, a directory, a URL, or - for standard input)")
	}
	s, err := newSession(c)
	if err != nil {
		return fail(c, err)
	}
	failOn, err := s.failOn(c)
	if err != nil {
		return fail(c, err)
	}
	policy, opts, err := s.scanPolicy(c, failOn)
	if err != nil {
		return fail(c, err)
	}
	var results []engine.Result
	opts.ReadSource = func(path string) ([]byte, error) { return sourceReader(results)(path) }
	f, err := output.New(s.format(c), opts)
	if err != nil {
		return fail(c, usageErr("%v", err))
	}
	paths, cleanup, err := s.inputs(c)
	if err != nil {
		return fail(c, err)
	}
	defer cleanup()
	results = s.engine.Scan(c.Context, paths, s.scanOptions(c), false)
	rep, warnings := engine.Assemble(results, tool(), policy)
	if !c.Bool("quiet") {
		for _, w := range warnings {
			fmt.Fprintln(c.App.ErrWriter, "oasguard: warning:", w)
		}
	}
	if err := writeReport(c, f, s.format(c), rep, opts); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	return exitCode(engine.AnyFatal(results), rep, failOn, c.Int("min-score"), c.IsSet("min-score"))
}

// scanPolicy reads the policy (what counts) and the display options (what
// is shown) of a scan. --min-severity is display only.
func (s *session) scanPolicy(c *cli.Context, failOn report.Severity) (engine.Policy, output.Options, error) {
	p := engine.Policy{Config: s.cfg, Now: time.Now()}
	opts := s.outputOptions(c, nil)
	opts.FailOn = failOn
	min, err := report.ParseSeverity(s.setting(c, "min-severity", s.cfgValue(func(k *config.Config) string { return k.MinSeverity })))
	if err != nil {
		return p, opts, usageErr("--min-severity: %v", err)
	}
	opts.MinSeverity = min
	if path := c.String("baseline"); path != "" {
		b, err := report.ReadBaselineFile(path)
		if err != nil {
			return p, opts, err
		}
		p.Baseline = b
	}
	return p, opts, nil
}

// failOn returns the threshold, or "" for none (never fail on findings).
func (s *session) failOn(c *cli.Context) (report.Severity, error) {
	v := s.setting(c, "fail-on", s.cfgValue(func(k *config.Config) string { return k.FailOn }))
	if strings.EqualFold(v, config.FailNever) {
		return "", nil
	}
	sev, err := report.ParseSeverity(v)
	if err != nil {
		return "", usageErr("--fail-on: %v (or none)", err)
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

// writeReport writes the report to standard output, or to --output with a
// one-line summary on standard error. --quiet writes nothing to either
// (the file is still written) but the errors of the inputs, on standard
// error.
func writeReport(c *cli.Context, f output.Formatter, format string, rep *report.Report, opts output.Options) error {
	path, quiet := c.String("output"), c.Bool("quiet")
	if path == "" || path == "-" {
		if quiet {
			return writeErrors(c.App.ErrWriter, rep)
		}
		if err := f.Format(c.App.Writer, rep); err != nil {
			return err
		}
		if format := strings.ToLower(format); format != "table" && format != "text" {
			return writeErrors(c.App.ErrWriter, rep) // the report is for a program: tell the person too
		}
		return nil
	}
	fh, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := f.Format(fh, rep); err != nil {
		fh.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fh.Close(); err != nil {
		return err
	}
	if err := writeErrors(c.App.ErrWriter, rep); err != nil {
		return err
	}
	if quiet {
		return nil
	}
	_, err = fmt.Fprintf(c.App.ErrWriter, "oasguard: %s; report written to %s\n", output.SummaryLine(rep, opts), path)
	return err
}

// writeErrors lists the inputs that could not be read or scanned.
func writeErrors(w io.Writer, rep *report.Report) error {
	return output.WriteFileErrors(w, rep.Files)
}
