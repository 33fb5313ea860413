package semantic

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
)

// BenchmarkAnalyzeOpenAI measures the semantic layer on the OpenAI spec of
// the shared corpus (skipped when the corpus is absent).
func BenchmarkAnalyzeOpenAI(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "openai-openapi", "openapi.yaml")
	if _, err := os.Stat(path); err != nil {
		b.Skip("corpus not present")
	}
	doc, err := loader.LoadFile(path, loader.Options{SkipValidation: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		Analyze(doc.Input).View()
	}
}
