package engine

import (
	"context"
	"fmt"
	"os"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/oasguard/oasguard/pkg/loader"
)

func TestZZStages(t *testing.T) {
	path := os.Getenv("STAGES")
	if path == "" {
		t.Skip()
	}
	v := testValidator(t)
	t0 := time.Now()
	data, _ := os.ReadFile(path)
	if data[0] == '{' {
		loader.ParseJSON(data, loader.DefaultLimits())
	} else {
		loader.ParseYAML(data, loader.DefaultLimits())
	}
	fmt.Println("parse", time.Since(t0))
	t0 = time.Now()
	doc, err := loader.LoadFile(path, loader.Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("load-novalid", time.Since(t0))
	t0 = time.Now()
	_, _ = loader.LoadFile(path, loader.Options{Validator: v})
	fmt.Println("load-full", time.Since(t0))
	eng := builtinEngine(t)
	t0 = time.Now()
	in, _ := ast.InterfaceToValue(doc.Input)
	fmt.Println("tovalue", time.Since(t0))
	t0 = time.Now()
	eng.Evaluate(context.Background(), doc)
	fmt.Println("evaluate", time.Since(t0))
	if os.Getenv("PERRULE") == "" {
		return
	}
	type rt struct {
		id string
		d  time.Duration
	}
	var rts []rt
	var total time.Duration
	for _, r := range eng.rules {
		q, err := rego.New(rego.Compiler(eng.compiler), rego.Query(r.Query())).PrepareForEval(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		t0 := cpuTime()
		_, err = q.Eval(context.Background(), rego.EvalParsedInput(in))
		d := cpuTime() - t0
		total += d
		rts = append(rts, rt{r.ID, d})
	}
	for _, qs := range []string{"x := data.oasguard.lib.resources_input_reachable", "x := [1 | some s in input.schemas]", "x := [1 | some s in input.schemas; s.type == \"string\"]", "x := data.oasguard.lib.data_branch_ids", "x := data.oasguard.lib.resources_allof_branches"} {
		q, _ := rego.New(rego.Compiler(eng.compiler), rego.Query(qs)).PrepareForEval(context.Background())
		t0 := cpuTime()
		q.Eval(context.Background(), rego.EvalParsedInput(in))
		fmt.Println(cpuTime()-t0, qs)
	}
	sort.Slice(rts, func(i, j int) bool { return rts[i].d > rts[j].d })
	for _, r := range rts[:25] {
		fmt.Println(r.d, r.id)
	}
	fmt.Println("total rules", total)
}

func TestZZSizes(t *testing.T) {
	path := os.Getenv("STAGES")
	if path == "" {
		t.Skip()
	}
	doc, err := loader.LoadFile(path, loader.Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range doc.Input {
		switch x := v.(type) {
		case []any:
			fmt.Println(k, len(x))
		case map[string]any:
			fmt.Println(k, len(x))
		}
	}
}

func TestZZProfileEval(t *testing.T) {
	path := os.Getenv("STAGES")
	if path == "" {
		t.Skip()
	}
	doc, err := loader.LoadFile(path, loader.Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	eng := builtinEngine(t)
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		c0 := cpuTime()
		eng.Evaluate(context.Background(), doc)
		fmt.Println("evaluate", time.Since(t0), "cpu", cpuTime()-c0)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZOPAProfile(t *testing.T) {
	path := os.Getenv("STAGES")
	if path == "" {
		t.Skip()
	}
	doc, err := loader.LoadFile(path, loader.Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	eng := builtinEngine(t)
	in, _ := ast.InterfaceToValue(doc.Input)
	p := profiler.New()
	_, err = rego.New(rego.Compiler(eng.compiler), rego.Query(combinedQuery(eng.rules)), rego.ParsedInput(in), rego.QueryTracer(p)).Eval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.ReportTopNResults(40, []string{"total_time_ns"}) {
		fmt.Printf("%8.1fms evals=%-8d redo=%-8d %s:%d\n", float64(s.ExprTimeNs)/1e6, s.NumEval, s.NumRedo, s.Location.File, s.Location.Row)
	}
	fmt.Println("---- by evals")
	for _, s := range p.ReportTopNResults(25, []string{"num_eval"}) {
		fmt.Printf("%8.1fms evals=%-8d redo=%-8d %s:%d\n", float64(s.ExprTimeNs)/1e6, s.NumEval, s.NumRedo, s.Location.File, s.Location.Row)
	}
}

func TestZZProfileLoad(t *testing.T) {
	path := os.Getenv("STAGES")
	if path == "" {
		t.Skip()
	}
	v := testValidator(t)
	t0 := time.Now()
	_, err := loader.LoadFile(path, loader.Options{Validator: v})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("load", time.Since(t0))
}
