package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// runApp runs the CLI in-process and returns its exit code and output.
func runApp(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errOut
	err := run(app, append([]string{"oasguard"}, args...))
	code := 0
	if err != nil {
		code = 2
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			code = ec.ExitCode()
		}
		errOut.WriteString(err.Error())
	}
	return code, out.String(), errOut.String()
}

const (
	exampleOld = "../../specs-examples/diff/old.yaml"
	exampleNew = "../../specs-examples/diff/new.yaml"
)

func TestDiffExitCodes(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"regressions at high", []string{"diff", "-f", "json", exampleOld, exampleNew}, 1},
		{"nothing at critical", []string{"diff", "-f", "json", "--fail-on", "critical", exampleOld, exampleNew}, 0},
		{"fail-on none", []string{"diff", "-f", "json", "--fail-on", "none", exampleOld, exampleNew}, 0},
		{"fixes only", []string{"diff", "-f", "json", exampleNew, exampleOld}, 0},
		{"same file", []string{"diff", "-f", "json", "--fail-on", "info", exampleOld, exampleOld}, 0},
		{"one argument", []string{"diff", exampleOld}, 2},
		{"missing file", []string{"diff", exampleOld, "no-such-file.yaml"}, 2},
		{"bad git source", []string{"diff", "git:HEAD", exampleOld}, 2},
		{"unknown format", []string{"diff", "-f", "nope", exampleOld, exampleNew}, 2},
		{"bad severity", []string{"diff", "--fail-on", "severe", exampleOld, exampleNew}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if code, out, errOut := runApp(t, c.args...); code != c.want {
				t.Errorf("exit %d, want %d\nstdout: %.400s\nstderr: %s", code, c.want, out, errOut)
			}
		})
	}
}

func TestDiffJSON(t *testing.T) {
	code, out, errOut := runApp(t, "diff", "--format", "json", exampleOld, exampleNew)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep struct {
		Summary struct {
			Files    int `json:"files"`
			Findings int `json:"findings"`
		} `json:"summary"`
		Findings []struct {
			RuleID   string `json:"rule_id"`
			File     string `json:"file"`
			Severity string `json:"severity"`
		} `json:"findings"`
		Diff struct {
			Old                 string            `json:"old"`
			Appeared            int               `json:"appeared"`
			Regressions         int               `json:"regressions"`
			Disappeared         int               `json:"disappeared"`
			DisappearedFindings []json.RawMessage `json:"disappeared_findings"`
		} `json:"diff"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	regs := 0
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.RuleID, "diff-") {
			regs++
		}
		if !strings.HasSuffix(f.File, "new.yaml") {
			t.Errorf("finding in %s, want NEW only", f.File)
		}
	}
	if rep.Summary.Files != 2 || rep.Summary.Findings != len(rep.Findings) || regs != rep.Diff.Regressions || regs == 0 {
		t.Errorf("summary %+v, %d regressions, diff %+v", rep.Summary, regs, rep.Diff)
	}
	if rep.Diff.Old != filepath.ToSlash(filepath.Clean(exampleOld)) || rep.Diff.Disappeared != len(rep.Diff.DisappearedFindings) || rep.Diff.Appeared+regs != len(rep.Findings) {
		t.Errorf("diff section %+v", rep.Diff)
	}
}

func TestDiffTableToFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diff.txt")
	code, out, errOut := runApp(t, "diff", "--no-color", "--output", path, exampleOld, exampleNew)
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{"diff-scope-dropped", "diff-server-cleartext", "Compared ", "Disappeared", "api-key-static-secret"} {
		if !strings.Contains(text, want) {
			t.Errorf("table lacks %q:\n%s", want, text)
		}
	}
}
