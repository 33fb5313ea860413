package main

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/rules"
)

func rulesCommand() *cli.Command {
	dirs := &cli.StringSliceFlag{Name: "rules", Usage: "also load custom rules from `DIR` (repeatable)"}
	return &cli.Command{
		Name:  "rules",
		Usage: "list, show and test rules",
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list the rules",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "table, json or markdown"},
					dirs,
				},
				Action: rulesList,
			},
			{
				Name:      "show",
				Usage:     "show one rule's metadata",
				ArgsUsage: "ID",
				Flags:     []cli.Flag{dirs},
				Action:    rulesShow,
			},
			{
				Name:      "test",
				Usage:     "run the _test.rego files of a rules directory",
				ArgsUsage: "DIR...",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "run", Usage: "run only the tests whose name (package.rule) matches `REGEX`"},
				},
				Action: rulesTest,
			},
		},
	}
}

func rulesList(c *cli.Context) error {
	set, err := loadRuleSet(c.StringSlice("rules"))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	w := c.App.Writer
	switch strings.ToLower(c.String("format")) {
	case "json":
		return writeRulesJSON(w, set.Rules)
	case "markdown", "md":
		_, err := io.WriteString(w, rules.Markdown(set.Rules))
		return err
	case "table":
		return writeRulesTable(w, set.Rules)
	}
	return cli.Exit(fmt.Sprintf("unknown format %q (valid: table, json, markdown)", c.String("format")), 2)
}

func writeRulesJSON(w io.Writer, rs []rules.Rule) error {
	if rs == nil {
		rs = []rules.Rule{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rs)
}

func writeRulesTable(w io.Writer, rs []rules.Rule) error {
	t := tablewriter.NewTable(w)
	t.Header("ID", "Severity", "Ruleset", "OWASP", "Title")
	for _, r := range rs {
		if err := t.Append(r.ID, string(r.Severity), r.Ruleset, strings.Join(r.OWASP, ","), r.Title); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d rules\n", len(rs))
	return err
}

func rulesShow(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageError(c, "rules show needs one rule ID")
	}
	set, err := loadRuleSet(c.StringSlice("rules"))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	r, ok := set.Lookup(c.Args().First())
	if !ok {
		return cli.Exit(fmt.Sprintf("no rule %q (see oasguard rules list)", c.Args().First()), 2)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "%s\n  %s\n\nseverity:    %s\nruleset:     %s\nowasp:       %s\ncwe:         %s\nsource:      %s\n\n%s\n\nremediation: %s\n",
		r.ID, r.Title, r.Severity, r.Ruleset, strings.Join(r.OWASP, ", "), cweText(r.CWE), r.File, r.Description, r.Remediation)
	if len(r.Supersedes) > 0 {
		fmt.Fprintf(w, "supersedes:  %s\n", strings.Join(r.Supersedes, ", "))
	}
	for _, ref := range r.References {
		fmt.Fprintf(w, "see:         %s\n", ref)
	}
	return nil
}

func cweText(cwe []int) string {
	parts := make([]string, len(cwe))
	for i, c := range cwe {
		parts[i] = fmt.Sprintf("CWE-%d", c)
	}
	return strings.Join(parts, ", ")
}

func rulesTest(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError(c, "rules test needs a rules DIR")
	}
	if _, err := regexp.Compile(c.String("run")); err != nil {
		return usageError(c, fmt.Sprintf("--run: %v", err))
	}
	builtin, err := rules.Builtin()
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	failed, total := 0, 0
	for _, dir := range c.Args().Slice() {
		set, err := rules.LoadDir(dir)
		if err != nil {
			return cli.Exit(err.Error(), 2)
		}
		results, err := set.RunTests(c.Context, builtin.Helpers(), c.String("run"))
		if err != nil {
			return cli.Exit(err.Error(), 2)
		}
		for _, r := range results {
			total++
			status := "PASS"
			if !r.Pass {
				status, failed = "FAIL", failed+1
			}
			fmt.Fprintf(c.App.Writer, "%s %s.%s (%s)", status, r.Package, r.Name, r.File)
			if r.Error != "" {
				fmt.Fprintf(c.App.Writer, ": %s", r.Error)
			}
			fmt.Fprintln(c.App.Writer)
			for _, line := range strings.Split(strings.TrimRight(r.Output, "\n"), "\n") {
				if line != "" {
					fmt.Fprintf(c.App.Writer, "  print: %s\n", line)
				}
			}
		}
	}
	fmt.Fprintf(c.App.Writer, "%d passed, %d failed\n", total-failed, failed)
	if failed > 0 {
		return cli.Exit("", 1)
	}
	if total == 0 {
		return cli.Exit("no tests found", 1)
	}
	return nil
}
