package main

import "github.com/urfave/cli/v2"

func baselineCommand() *cli.Command {
	return &cli.Command{Name: "baseline", Usage: "record current findings so that later scans report only new ones", Hidden: true}
}

func diffCommand() *cli.Command {
	return &cli.Command{Name: "diff", Usage: "security regressions between two versions of a spec", Hidden: true}
}
