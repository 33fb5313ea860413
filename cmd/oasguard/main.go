// Command oasguard scans OpenAPI documents for security misconfigurations.
package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

func main() {
	app := newApp()
	if err := app.Run(os.Args); err != nil {
		code := 2
		if ec, ok := err.(cli.ExitCoder); ok {
			code = ec.ExitCode()
		}
		if msg := err.Error(); msg != "" {
			fmt.Fprintln(os.Stderr, "oasguard:", msg)
		}
		os.Exit(code)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "oasguard",
		Usage: "find security misconfigurations in OpenAPI and Swagger documents",
		Description: "oasguard reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2 documents (JSON or YAML, " +
			"multi-file specs included), evaluates security rules written in Rego, and reports every " +
			"finding with its file, line and column.\n\n" +
			"Exit codes: 0 no finding at or above --fail-on, 1 at least one, 2 usage error or an input " +
			"that could not be read or parsed.",
		Version:         version(),
		HideHelpCommand: true,
		Commands: []*cli.Command{
			scanCommand(),
			rulesCommand(),
			baselineCommand(),
			diffCommand(),
			versionCommand(),
			explainCommand(),
		},
		Flags:          []cli.Flag{cpuProfileFlag},
		Before:         startProfile,
		After:          stopProfile,
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return cli.Exit(err.Error(), 2)
		},
	}
}
