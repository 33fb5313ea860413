// Command oasguard scans OpenAPI documents for security misconfigurations.
package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

func main() {
	app := newApp()
	if err := run(app, os.Args); err != nil {
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
	app := &cli.App{
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
			trafficCommand(),
			versionCommand(),
			lspCommand(),
			explainCommand(),
		},
		Flags:          []cli.Flag{cpuProfileFlag},
		Before:         startProfile,
		After:          stopProfile,
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usageError(c, err.Error())
		},
		Action: unknownCommand,
	}
	strictCommands(app.Commands)
	return app
}

// run runs the app with the flags of the command moved before its
// positional arguments (see reorderArgs).
func run(app *cli.App, args []string) error { return app.Run(reorderArgs(app, args)) }
