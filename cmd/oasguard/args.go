package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// The CLI library stops reading flags at the first positional argument.
// reorderArgs moves every flag of the command being run (and its value)
// before the positional arguments, so that `oasguard scan api.yaml -f json`
// works as `oasguard scan -f json api.yaml` does. It reads each command's own
// flag definitions, so new commands and flags need no code here. `--` ends
// the flags: what follows is positional, even when it starts with '-'.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) == 0 {
		return args
	}
	out := []string{args[0]}
	rest := args[1:]
	flags, cmds := app.Flags, app.Commands
	for {
		lead, tail := leadingFlags(rest, flags)
		out = append(out, lead...)
		rest = tail
		if len(rest) == 0 || rest[0] == "--" {
			break
		}
		cmd := findCommand(cmds, rest[0])
		if cmd == nil || len(cmd.Subcommands) == 0 {
			if cmd != nil {
				out = append(out, rest[0])
				flags, rest = cmd.Flags, rest[1:]
			}
			break
		}
		out = append(out, rest[0])
		flags, cmds, rest = cmd.Flags, cmd.Subcommands, rest[1:]
	}
	moved, positional := splitFlags(rest, flags)
	out = append(out, moved...)
	if askedHelp(moved) {
		return out // `scan api.yaml --help` shows the help of scan
	}
	if len(positional) > 0 {
		out = append(out, "--")
		out = append(out, positional...)
	}
	return out
}

// leadingFlags returns the flags (with their values) at the start of args,
// and what follows them.
func leadingFlags(args []string, flags []cli.Flag) (lead, rest []string) {
	i := 0
	for i < len(args) && isFlag(args[i]) {
		i += 1 + valueArgs(args[i], flags, i+1 < len(args))
	}
	i = min(i, len(args))
	return args[:i], args[i:]
}

// splitFlags separates flags (with their values) from positional arguments,
// keeping the order of each.
func splitFlags(args []string, flags []cli.Flag) (moved, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return moved, append(positional, args[i+1:]...)
		}
		if !isFlag(a) {
			positional = append(positional, a)
			continue
		}
		moved = append(moved, a)
		if valueArgs(a, flags, i+1 < len(args)) == 1 {
			i++
			moved = append(moved, args[i])
		}
	}
	return moved, positional
}

// askedHelp tells whether the flags ask for the help text.
func askedHelp(flags []string) bool {
	for _, f := range flags {
		if f == "-h" || f == "--help" || f == "-help" {
			return true
		}
	}
	return false
}

// isFlag tells a flag from a positional argument ("-" is standard input).
func isFlag(a string) bool { return len(a) > 1 && a[0] == '-' && a != "--" }

// valueArgs is 1 when flag a takes its value from the next argument.
func valueArgs(a string, flags []cli.Flag, hasNext bool) int {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") || !hasNext {
		return 0
	}
	for _, f := range append(flags, cli.HelpFlag) {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			if tv, ok := f.(interface{ TakesValue() bool }); ok && tv.TakesValue() {
				return 1
			}
			return 0
		}
	}
	return 0 // an unknown flag: the CLI library reports it
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		for _, n := range c.Names() {
			if n == name {
				return c
			}
		}
	}
	return nil
}

// usageError is a mistake in the command line: exit 2 with one line naming
// it and where to read the usage.
func usageError(c *cli.Context, msg string) error {
	name := "oasguard"
	if c != nil && c.Command != nil && c.Command.HelpName != "" {
		name = c.Command.HelpName
	}
	return cli.Exit(fmt.Sprintf("%s (see '%s --help')", msg, name), 2)
}

// strictCommands makes every command answer a usage mistake (bad flag or
// value, unknown subcommand) with usageError instead of its help text.
func strictCommands(cmds []*cli.Command) {
	for _, cmd := range cmds {
		cmd.OnUsageError = func(c *cli.Context, err error, _ bool) error { return usageError(c, err.Error()) }
		if len(cmd.Subcommands) > 0 {
			strictCommands(cmd.Subcommands)
			if cmd.Action == nil {
				cmd.Action = unknownCommand
			}
		}
	}
}

// unknownCommand is the action of the app and of commands that only group
// subcommands: with no argument it shows the help, else the argument is not
// a command.
func unknownCommand(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.ShowSubcommandHelp(c)
	}
	return usageError(c, fmt.Sprintf("unknown command %q", c.Args().First()))
}
