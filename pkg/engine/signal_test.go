package engine

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

var (
	recommendedOnce sync.Once
	recommendedEng  *Engine
	recommendedErr  error
)

// recommendedEngine compiles the built-in rules of the recommended ruleset,
// what a default scan runs, once per test binary.
func recommendedEngine(t testing.TB) *Engine {
	recommendedOnce.Do(func() {
		set, err := rules.Builtin()
		if err != nil {
			recommendedErr = err
			return
		}
		set = set.Filter(func(r rules.Rule) bool { return r.InRuleset(rules.RulesetRecommended) })
		if recommendedEng, recommendedErr = New(context.Background(), set, 0); recommendedErr == nil {
			recommendedErr = recommendedEng.Wait()
		}
	})
	if recommendedErr != nil {
		t.Fatal(recommendedErr)
	}
	return recommendedEng
}

// defaultScores scans paths as a default scan does and returns each
// document's overall score by path.
func defaultScores(t *testing.T, refRoot string, paths ...string) map[string]int {
	eng := recommendedEngine(t)
	results := eng.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: refRoot, Validator: testValidator(t)}}, false)
	r, _ := Assemble(results, report.Tool{}, Policy{})
	scores := map[string]int{}
	for _, f := range r.Files {
		if f.Score == nil {
			t.Fatalf("%s: not scored: %v", f.Path, f.Errors)
		}
		scores[f.Path] = f.Score.Overall
	}
	return scores
}

// TestShowcaseScores: the intentionally insecure showcase scores far below
// its fixed twin, which scores at least 90 (docs/scoring.md).
func TestShowcaseScores(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "specs-examples", "showcase")
	bad, good := filepath.Join(dir, "insecure-api.yaml"), filepath.Join(dir, "secure-api.yaml")
	s := defaultScores(t, dir, bad, good)
	if s[good] < 90 {
		t.Errorf("secure showcase scores %d, want >= 90", s[good])
	}
	if s[bad] >= 50 || s[bad] >= s[good] {
		t.Errorf("insecure showcase scores %d (secure twin %d), want < 50", s[bad], s[good])
	}
}

// TestScoreOrderCorpus: the insecure showcase scores below each of the
// mature public APIs of the corpus (issue 12); skips without the corpus.
func TestScoreOrderCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus tests run without -short")
	}
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("../shared/corpus is absent")
	}
	mature := []string{
		"stripe-openapi/openapi/spec3.json",
		"openai-openapi/openapi.yaml",
		"twilio-oai/spec/yaml/twilio_api_v2010.yaml",
		"slack-api-specs/web-api/slack_web_openapi_v2.json",
		"digitalocean-openapi/specification/DigitalOcean-public.v2.yaml",
	}
	showcase := filepath.Join(repoRoot(t), "specs-examples", "showcase", "insecure-api.yaml")
	insecure := defaultScores(t, filepath.Dir(showcase), showcase)[showcase]
	paths := make([]string, len(mature))
	for i, m := range mature {
		paths[i] = filepath.Join(dir, m)
	}
	scores := defaultScores(t, dir, paths...)
	for _, p := range paths {
		s, ok := scores[p]
		if !ok {
			t.Errorf("%s: not scanned (%v)", p, keys(scores))
			continue
		}
		t.Logf("%s: %d (insecure showcase %d)", strings.TrimPrefix(p, dir+"/"), s, insecure)
		if s <= insecure {
			t.Errorf("%s scores %d, not above the insecure showcase (%d)", p, s, insecure)
		}
	}
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
