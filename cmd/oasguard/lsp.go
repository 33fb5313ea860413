package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/lsp"
)

func lspCommand() *cli.Command {
	return &cli.Command{
		Name:  "lsp",
		Usage: "run the language server over standard input and output (for editors; see docs/editors.md)",
		Description: "Editors start `oasguard lsp` and speak the Language Server Protocol with it: findings " +
			"appear as diagnostics while a spec is edited. The workspace's .oasguard.yaml applies; the " +
			"client's initializationOptions override it. The log goes to standard error.\n\n" +
			"Exit codes: 0 after shutdown and exit, 1 when the client exits or disconnects without shutdown.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "configuration `FILE` (default: .oasguard.yaml in the workspace root)"},
			&cli.StringSliceFlag{Name: "rules", Usage: "also load custom rules from `DIR` (repeatable)"},
			&cli.DurationFlag{Name: "debounce", Value: lsp.DefaultDebounce, Usage: "pause after an edit before the document is checked again"},
			&cli.IntFlag{Name: "max-diagnostics", Value: lsp.DefaultMaxDiagnostics, Usage: "most diagnostics shown per file, a summary included"},
			&cli.Int64Flag{Name: "max-file-size", Value: lsp.DefaultMaxFileSize, Usage: "largest document or fragment checked, in `BYTES`"},
			&cli.DurationFlag{Name: "timeout", Usage: "time limit for the rules on one check (default: the scanner's)"},
			&cli.BoolFlag{Name: "verbose", Usage: "log the server's activity on standard error"},
		},
		Action: func(c *cli.Context) error {
			opts := lsp.Options{
				ConfigPath: c.String("config"), RulesDirs: c.StringSlice("rules"), Debounce: c.Duration("debounce"),
				MaxDiagnostics: c.Int("max-diagnostics"), MaxFileSize: c.Int64("max-file-size"), Timeout: c.Duration("timeout"),
			}
			if c.Bool("verbose") {
				opts.Log = c.App.ErrWriter
			}
			s, err := lsp.New(opts)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			if code := s.Serve(c.Context, lsp.Stdio(os.Stdin, os.Stdout)); code != 0 {
				return cli.Exit("", code)
			}
			return nil
		},
	}
}
