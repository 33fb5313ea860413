package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/semantic"
)

func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print what the semantic layer concluded about a node and why",
		ArgsUsage: "FILE POINTER",
		Description: "Loads FILE and prints the identifiers, data classes, operation roles and version " +
			"families the semantic layer found at the JSON pointer POINTER (e.g. " +
			"'/paths/~1users~1{id}/get/parameters/0'), each with the evidence that decided it. " +
			"When nothing is concluded about the node itself, its nearest ancestor is explained.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "ref-root", Usage: "directory that relative $refs may read from (default: the current directory)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return cli.Exit("explain needs FILE and POINTER", 2)
			}
			file, pointer := c.Args().Get(0), c.Args().Get(1)
			doc, err := loader.LoadFile(file, loader.Options{RefRoot: c.String("ref-root"), SkipValidation: true})
			if err != nil {
				return cli.Exit(fmt.Sprintf("load %s: %v", file, err), 2)
			}
			explained, cs := semantic.Analyze(doc.Input).Explain(doc.Path, pointer)
			return output.Explanation(c.App.Writer, doc.Path, pointer, explained, cs)
		},
	}
}
