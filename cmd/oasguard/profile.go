package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/urfave/cli/v2"
)

// cpuProfileFlag writes a Go CPU profile of the whole run, for performance
// work: `make pgo` merges such profiles into cmd/oasguard/default.pgo, which
// `go build` uses for profile-guided optimization.
var cpuProfileFlag = &cli.StringFlag{
	Name:  "cpu-profile",
	Usage: "write a Go CPU profile of the run to `FILE` (for performance work)",
}

// startProfile starts the CPU profile named by --cpu-profile, if any.
func startProfile(c *cli.Context) error {
	path := c.String(cpuProfileFlag.Name)
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return cli.Exit(fmt.Sprintf("--cpu-profile: %v", err), 2)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return cli.Exit(fmt.Sprintf("--cpu-profile: %v", err), 2)
	}
	return nil
}

// stopProfile ends a profile started by startProfile.
func stopProfile(c *cli.Context) error {
	if c.String(cpuProfileFlag.Name) != "" {
		pprof.StopCPUProfile()
	}
	return nil
}
