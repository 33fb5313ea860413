package output

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func htmlOptions() Options {
	return Options{Rules: fixtureRules(), ReadSource: fixtureSource}
}

func TestHTMLGolden(t *testing.T) {
	golden(t, "html", render(t, "html", htmlOptions(), fixtureReport()))
	golden(t, "html-empty", render(t, "html", Options{}, emptyReport()))
}

func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	out := string(render(t, "html", htmlOptions(), fixtureReport()))
	if strings.Count(out, "<script") != 1 || !strings.Contains(out, "<script>// Filters of the oasguard HTML report") {
		t.Error("page has a script element besides its own filters (an unescaped message?)")
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("message not HTML-escaped")
	}
	if !strings.Contains(out, "&lt;b&gt;not bold&lt;/b&gt;") {
		t.Error("snippet not HTML-escaped")
	}
	// Nothing may be fetched: no src attributes, no stylesheet links, no url() in CSS.
	for _, re := range []string{`\ssrc=`, `<link\b`, `url\(`, `@import`} {
		if regexp.MustCompile(re).MatchString(out) {
			t.Errorf("page loads an external resource (%s)", re)
		}
	}
	if got := strings.Count(out, `<tr data-s=`); got != 5 {
		t.Errorf("%d finding rows, want 5", got)
	}
	if got := strings.Count(out, `<details class="rule `); got != 5 {
		t.Errorf("%d rule groups, want 5", got)
	}
	for _, want := range []string{`<a href="#cat-API2-2023">API2:2023 Broken Authentication</a> (2)`, `id="f-sev"`, `id="f-rule"`, `id="f-file"`,
		`<option value="0">api.yaml</option>`} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if got := strings.Count(out, `<tr class="suppressed"`); got != 2 {
		t.Errorf("%d suppressed rows, want 2", got)
	}
	if !strings.Contains(out, `<div class="hit"><span class="no">42</span>    get:</div>`) {
		t.Error("snippet does not highlight line 42")
	}
}

func TestHTMLWithoutSourceHasNoSnippet(t *testing.T) {
	out := string(render(t, "html", Options{Rules: fixtureRules()}, fixtureReport()))
	if strings.Contains(out, `class="snippet"`) {
		t.Error("snippet rendered without ReadSource")
	}
}

func TestGaugeAndCharts(t *testing.T) {
	g := gauge(75)
	if g.Class != "score-fair" || g.Value != 75 || !strings.HasPrefix(g.DashArray, "245.04 ") {
		t.Errorf("gauge(75) = %+v", g)
	}
	active, _ := split(fixtureReport().Findings)
	c := owaspChart(active)
	if len(c.Bars) != 10 || c.Bars[1].Label != "API2 · Broken Authentication" || c.Bars[1].Count != 2 ||
		c.Bars[1].Width != barMaxWidth || c.Bars[3].Width != barMaxWidth/2 || c.Bars[0].Width != 0 {
		t.Errorf("owasp chart bars %+v", c.Bars)
	}
}

// TestHTMLInChromium renders the page in headless Chromium, checks the
// screenshot and the rendered DOM. It is skipped when chromium is missing.
func TestHTMLInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not on PATH")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, render(t, "html", htmlOptions(), fixtureReport()), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	chromium(t, bin, dir, "--screenshot="+shot, "--window-size=1280,2000", "file://"+page)
	if keep := os.Getenv("OASGUARD_KEEP_SCREENSHOT"); keep != "" {
		if b, err := os.ReadFile(shot); err == nil {
			_ = os.WriteFile(keep, b, 0o644)
		}
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 1000 || b.Dy() < 1000 {
		t.Errorf("screenshot is %v", b)
	}
	colors := map[uint32]bool{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y += 7 {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colors[(r>>11)<<10|(g>>11)<<5|b>>11] = true
		}
	}
	if len(colors) < 20 {
		t.Errorf("screenshot has only %d colours: blank page?", len(colors))
	}

	dom := chromium(t, bin, dir, "--dump-dom", "file://"+page)
	for _, want := range []string{
		`<details class="rule critical" data-rule="api-key-in-query" open="">`,
		`<details class="rule high" data-rule="operation-without-security" open="">`,
		`<td>partner/legacy.json:7:14</td>`,
		`<tr class="suppressed" data-rule="operation-without-security">`,
		"health check is public by design",
		"$ref \"#/definitions/Missing\" does not resolve",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	if strings.Contains(dom, "<script>alert(1)") {
		t.Error("message became a script element in the DOM")
	}
	// The filters run offline: from the address, only high and above, in
	// api.yaml (file 0), are shown.
	dom = chromium(t, bin, dir, "--dump-dom", "file://"+page+"#sev=high&file=0")
	for _, want := range []string{`<b id="f-shown">2</b>`, `<tr data-s="medium" data-f="0" hidden="">`,
		`<tr data-s="critical" data-f="0">`, `<tr data-s="low" data-f="1" hidden="">`} {
		if !strings.Contains(dom, want) {
			t.Errorf("filtered DOM lacks %q", want)
		}
	}
}

// TestHTMLScalesToLargeSpecs: the rule's text is given once however many
// findings it has, and a snippet of a minified spec is bounded.
func TestHTMLScalesToLargeSpecs(t *testing.T) {
	r := fixtureReport()
	base := r.Findings[0]
	for i := 0; i < 2000; i++ {
		f := base
		f.Line, f.Pointer = 1, fmt.Sprintf("/paths/p%d", i)
		f.Suppression = nil
		r.Findings = append(r.Findings, f)
	}
	r.Finalize()
	minified := func(string) ([]byte, error) { return bytes.Repeat([]byte("x"), 1<<20), nil }
	out := render(t, "html", Options{Rules: fixtureRules(), ReadSource: minified}, r)
	if n := len(out); n > 600<<10 {
		t.Errorf("page is %d bytes for 2,000 findings", n)
	}
	desc := fixtureRules()[0].Remediation
	if c := strings.Count(string(out), strings.Split(desc, "`")[0]); c != 1 {
		t.Errorf("remediation written %d times", c)
	}
}

func chromium(t *testing.T, bin, dir string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return stdout.String()
}
