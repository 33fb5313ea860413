package main

import "github.com/urfave/cli/v2"

func diffCommand() *cli.Command {
	return &cli.Command{Name: "diff", Usage: "security regressions between two versions of a spec", Hidden: true}
}
