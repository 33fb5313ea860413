package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/loader"
)

// discoverInputs finds the documents the paths hold, lists the skipped
// files with --verbose, and returns the paths to scan. Paths that hold no
// OpenAPI document at all are a usage error that says so.
func discoverInputs(c *cli.Context, paths []string) ([]string, error) {
	d := loader.DiscoverPaths(paths, c.Int64("max-file-size"))
	if c.Bool("verbose") {
		for _, s := range d.Skipped {
			fmt.Fprintf(c.App.ErrWriter, "oasguard: skipped %s: %s\n", s.Path, s.Reason)
		}
	}
	if len(d.Targets) == 0 {
		return nil, usageErr("%s", noDocuments(paths, d))
	}
	out := make([]string, 0, len(d.Targets)+len(d.Errors))
	for _, t := range d.Targets {
		out = append(out, t.Path)
	}
	for _, err := range d.Errors { // reported by the scan, with the others
		var de loader.DiscoverError
		if errors.As(err, &de) {
			out = append(out, de.Path)
		}
	}
	return out, nil
}

// noDocuments explains why the paths hold no document.
func noDocuments(paths []string, d loader.Discovery) string {
	var why []string
	for _, err := range d.Errors {
		why = append(why, err.Error())
	}
	if n := len(d.Skipped); n > 0 {
		why = append(why, fmt.Sprintf("%d .json/.yaml/.yml files without a top-level openapi or swagger key (--verbose lists them)", n))
	}
	msg := "no OpenAPI document in " + strings.Join(paths, " ")
	if len(why) > 0 {
		msg += ": " + strings.Join(why, "; ")
	}
	return msg
}

// inputs returns the paths to scan, and a function that removes what
// fetching them left behind.
func (s *session) inputs(c *cli.Context) ([]string, func(), error) {
	paths, err := discoverInputs(c, c.Args().Slice())
	return paths, func() {}, err
}
