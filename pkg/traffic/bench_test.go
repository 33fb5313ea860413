package traffic

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"
)

// logLines generates n combined-format access log lines on the fly, so the
// benchmark measures the analysis, not a buffer: a mix of documented
// operations, shadow endpoints with ids, 404s, query strings and tokens.
type logLines struct {
	n, i int
	buf  []byte
}

var benchTargets = []string{
	"GET /v2/users?limit=%d", "GET /v2/users/%d", "DELETE /v2/users/%d", "GET /v2/internal/accounts/%d",
	"GET /v2/users?api_key=k%dabcdefabcdefabcdef", "GET /v2/nothing/%d", "GET /v1/users?page=%d", "POST /v2/orders?x=%d",
}

func (g *logLines) Read(p []byte) (int, error) {
	for len(g.buf) < len(p) && g.i < g.n {
		t := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC).Add(time.Duration(g.i) * time.Millisecond)
		target := fmt.Sprintf(benchTargets[g.i%len(benchTargets)], g.i%5000)
		status := 200
		if g.i%len(benchTargets) == 5 {
			status = 404
		}
		g.buf = fmt.Appendf(g.buf, "203.0.113.%d - - [%s] \"%s HTTP/1.1\" %d 512 \"-\" \"bench/1.0\"\n",
			g.i%250, t.Format("02/Jan/2006:15:04:05 -0700"), target, status)
		g.i++
	}
	if len(g.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, g.buf)
	g.buf = g.buf[:copy(g.buf, g.buf[n:])]
	return n, nil
}

// BenchmarkAccessLog analyses one million access log lines per iteration
// against the shop spec (read, parse, route, check, aggregate) and reports
// the time per line. Run: go test -pgo=off -run '^$' -bench BenchmarkAccessLog -benchtime 1x ./pkg/traffic/
func BenchmarkAccessLog(b *testing.B) {
	const lines = 1_000_000
	spec, err := LoadSpec(context.Background(), shopSpec, loaderOptions())
	if err != nil {
		b.Fatal(err)
	}
	_ = spec
	b.ReportAllocs()
	for b.Loop() {
		outs := Run(context.Background(), Options{Specs: []string{shopSpec}, Captures: []string{"-"}, Stdin: &logLines{n: lines}})
		if len(outs) != 2 || len(outs[0].Findings) == 0 {
			b.Fatalf("outputs %+v", outs)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*lines), "ns/line")
}
