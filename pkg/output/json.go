package output

import (
	"encoding/json"
	"io"

	"github.com/oasguard/oasguard/pkg/report"
)

// JSON writes the canonical JSON report.
type JSON struct{}

// Format implements Formatter.
func (JSON) Format(w io.Writer, r *report.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
