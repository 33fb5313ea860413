package traffic

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"testing"
)

// FuzzReaders feeds arbitrary bytes to every capture reader and the
// analysis: no input may panic, hang or yield a record without a method or
// URL. Run: go test -run '^$' -fuzz FuzzReaders -fuzztime 30s ./pkg/traffic/
func FuzzReaders(f *testing.F) {
	for _, p := range []string{"testdata/combined.log", "testdata/custom.log", "testdata/shop.jsonl"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"log":{"entries":[{"request":{"method":"GET","url":"http://h/v2/users?api_key=1","headers":[{"name":"Origin","value":"x"}]},` +
		`"response":{"status":200,"headers":[{"name":"Content-Type","value":"application/json"}],"content":{"text":"{\"a\":[1,{}]}"}}}]}}`))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte(`{"log":{"entries":[{"request":{"method":"GET","url":"/%zz"}},`))
	spec, err := LoadSpec(context.Background(), shopSpec, loaderOptions())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{FormatAuto, FormatHAR, FormatLog, FormatJSONL} {
			c, err := Open("-", bytes.NewReader(data), ReadOptions{Format: format, MaxLineBytes: 4096, LogFormat: logFormatFor(format)})
			if err != nil {
				continue
			}
			a := newAnalyzer(context.Background(), []*Spec{spec}, nil)
			a.startCapture()
			for i := 0; i < 10000; i++ {
				rec, err := c.Next()
				if errors.Is(err, io.EOF) || err != nil {
					break
				}
				if rec.Method == "" || rec.URL == nil {
					t.Fatalf("%s: record without method or URL: %+v", format, rec)
				}
				a.record(rec)
			}
			for _, f := range a.finish() {
				if f.Evidence == nil && f.RuleID != CheckOrphans {
					t.Fatalf("finding without evidence: %+v", f)
				}
			}
		}
	})
}

// logFormatFor exercises the custom log format in the log runs.
func logFormatFor(f Format) string {
	if f == FormatLog {
		return `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent $scheme $host "$http_authorization" "$http_origin" "$sent_http_access_control_allow_origin" "$sent_http_access_control_allow_credentials" "$sent_http_server"`
	}
	return ""
}
