package main

import (
	"fmt"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/report"
)

func baselineCommand() *cli.Command {
	return &cli.Command{
		Name:  "baseline",
		Usage: "record current findings so that later scans report only new ones",
		Subcommands: []*cli.Command{{
			Name:      "create",
			Usage:     "scan PATH... and write its findings to a baseline file",
			ArgsUsage: "PATH...",
			Description: "Later, `oasguard scan --baseline FILE` suppresses the recorded findings (kind " +
				"\"baseline\") and counts the ones that are gone. Findings are matched by fingerprint (rule, " +
				"file and JSON pointer), so edits that only move lines keep them matched.",
			Flags: append(commonFlags(),
				&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "baseline `FILE` to write (required)"},
			),
			Action: baselineCreate,
		}},
	}
}

func baselineCreate(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError(c, "baseline create needs at least one PATH")
	}
	if c.String("output") == "" {
		return usageError(c, "baseline create needs --output FILE")
	}
	s, err := newSession(c)
	if err != nil {
		return fail(c, err)
	}
	paths, cleanup, err := s.inputs(c)
	if err != nil {
		return fail(c, err)
	}
	defer cleanup()
	results := s.engine.Scan(c.Context, paths, s.scanOptions(c), false)
	rep, _ := engine.Assemble(results, tool(), engine.Policy{Config: s.cfg, Now: time.Now()})
	fh, err := os.Create(c.String("output"))
	if err != nil {
		return cli.Exit(fmt.Sprintf("baseline: %v", err), 2)
	}
	if err := report.WriteBaseline(fh, rep.Findings, time.Now().UTC()); err != nil {
		fh.Close()
		return cli.Exit(fmt.Sprintf("write baseline: %v", err), 2)
	}
	if err := fh.Close(); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	fmt.Fprintf(c.App.ErrWriter, "oasguard: baseline %s records %d findings from %d files\n", c.String("output"), rep.Summary.Findings, rep.Summary.Files)
	if engine.AnyFatal(results) {
		return cli.Exit("", 2)
	}
	return nil
}
