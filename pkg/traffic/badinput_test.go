package traffic

import (
	"strings"
	"testing"
)

const oneEntry = `{"startedDateTime":"2026-12-05T10:00:00Z","request":{"method":"GET","url":"https://api.shop.test/v2/hidden/%d",` +
	`"headers":[]},"response":{"status":200,"headers":[],"content":{}}}`

// TestBadCaptures gives a clear error or a counted skip for each kind of bad
// input, analyses the rest, and never stops the other captures.
func TestBadCaptures(t *testing.T) {
	good := writeFile(t, "good.log", `1.2.3.4 - - [05/Dec/2026:10:00:00 +0000] "GET /v2/zzz HTTP/1.1" 200 1`+"\n")
	cases := []struct {
		name, file, text string
		wantErr          string // in the capture's file errors
		fatal            bool
		shadows          int // shadow findings from this capture besides the good one
	}{
		{name: "truncated HAR", file: "t.har",
			text:    `{"log":{"version":"1.2","entries":[` + strings.Replace(oneEntry, "%d", "1", 1) + `,{"startedDateTime":"2026-12-05T10:0`,
			wantErr: "after entry 1: the file ends early (truncated) (the 1 records before were analysed)", shadows: 1},
		{name: "JSON that is not a HAR", file: "x.har", text: `{"log": {"pages": []}}`,
			wantErr: `not a HAR file: no "log.entries" array`, fatal: true},
		{name: "JSON array", file: "x.json", text: `[1, 2, 3]`,
			wantErr: "no record could be read as an access log"},
		{name: "binary garbage", file: "garbage.bin", text: "\x00\x01\x02\xff\xfe\n\x7fELF\x02\x01\x01\x00\x00\x00\n",
			wantErr: "skipped 2 entries (binary data)"},
		{name: "HAR entry of the wrong shape", file: "w.har",
			text:    `{"log":{"entries":[{"request":"nope"},` + strings.Replace(oneEntry, "%d", "2", 1) + `]}}`,
			wantErr: "skipped 1 entry (entry is not a HAR entry)", shadows: 1},
		{name: "invalid URL escape in a HAR", file: "u.har",
			text:    `{"log":{"entries":[` + strings.Replace(oneEntry, "%d", "%zz", 1) + `]}}`,
			wantErr: "skipped 1 entry (invalid URL)"},
		{name: "line over the limit", file: "long.log",
			text:    `1.2.3.4 - - [05/Dec/2026:10:00:00 +0000] "GET /v2/` + strings.Repeat("a", 200) + ` HTTP/1.1" 200 1` + "\n",
			wantErr: "skipped 1 entry (line longer than the line limit)"},
		{name: "missing file", file: "", wantErr: "no such file", fatal: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := "testdata/does-not-exist.log"
			if c.file != "" {
				p = writeFile(t, c.file, c.text)
			}
			fs, outs := run(t, Options{Captures: []string{p, good}, Read: ReadOptions{MaxLineBytes: 150}})
			bad := outs[len(outs)-2]
			if got := strings.Join(bad.File.Errors, "\n"); !strings.Contains(got, c.wantErr) {
				t.Errorf("errors %q, want %q", got, c.wantErr)
			}
			if bad.Fatal != c.fatal {
				t.Errorf("fatal = %v, want %v", bad.Fatal, c.fatal)
			}
			if len(bad.Notes) == 0 {
				t.Errorf("nothing said on standard error")
			}
			if len(find(fs, CheckShadow, "GET /zzz")) != 1 {
				t.Errorf("the good capture after the bad one was not analysed:\n%s", dump(fs))
			}
			if got := len(find(fs, CheckShadow, "/hidden/")); got != c.shadows {
				t.Errorf("%d findings from the bad capture's readable entries, want %d", got, c.shadows)
			}
		})
	}
}

// TestBadSpec reports a spec that cannot be loaded and still analyses the
// captures against the other specs.
func TestBadSpec(t *testing.T) {
	broken := writeFile(t, "broken.yaml", "openapi: 3.0.3\npaths: [\n")
	fs, outs := run(t, Options{Specs: []string{broken, shopSpec}, Captures: []string{"testdata/combined.log"}})
	if !outs[0].Fatal || len(outs[0].File.Errors) == 0 || !strings.Contains(outs[0].File.Errors[0], "broken.yaml") {
		t.Errorf("broken spec output %+v", outs[0])
	}
	want(t, fs, CheckShadow, "GET /admin/export")
}

// TestBadLogFormat rejects a log_format whose variables cannot be told apart.
func TestBadLogFormat(t *testing.T) {
	for _, f := range []string{`$remote_addr$status`, `${status`, `$ "x"`} {
		if _, err := compileLogFormat(f); err == nil {
			t.Errorf("%q: no error", f)
		}
	}
	_, outs := run(t, Options{Captures: []string{"testdata/combined.log"}, Read: ReadOptions{LogFormat: "$a$b"}})
	if last := outs[len(outs)-1]; !last.Fatal || !strings.Contains(last.File.Errors[0], "$b follows $a") {
		t.Errorf("bad log format: %+v", last)
	}
}
