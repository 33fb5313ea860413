package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/oasguard/oasguard/pkg/safefile"
)

// BaselineVersion is the version of the baseline format written here.
const BaselineVersion = 1

// BaselineEntry is one accepted finding. Only the fingerprint is matched; the
// other fields make the file readable and reviewable.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	File        string `json:"file"`
	Pointer     string `json:"pointer"`
	Message     string `json:"message"`
}

// Baseline is a set of accepted findings: new findings fail a build, the
// ones already in the baseline do not.
type Baseline struct {
	Version int             `json:"version"`
	Created string          `json:"created"`
	Entries []BaselineEntry `json:"entries"`
	// Source is where the baseline was read from, for suppression reasons.
	Source string `json:"-"`
}

// fingerprintOf returns the finding's fingerprint, computing it when unset.
func fingerprintOf(f *Finding) string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	return Fingerprint(f.RuleID, f.File, f.Pointer)
}

// NewBaseline builds a baseline from the unsuppressed findings: one entry per
// fingerprint, sorted by file, pointer and rule id.
func NewBaseline(findings []Finding, created time.Time) *Baseline {
	b := &Baseline{Version: BaselineVersion, Created: created.UTC().Format(time.RFC3339), Entries: []BaselineEntry{}}
	seen := map[string]bool{}
	for i := range findings {
		f := &findings[i]
		fp := fingerprintOf(f)
		if f.Suppressed() || seen[fp] {
			continue
		}
		seen[fp] = true
		b.Entries = append(b.Entries, BaselineEntry{Fingerprint: fp, RuleID: f.RuleID, File: f.File, Pointer: f.Pointer, Message: f.Message})
	}
	slices.SortFunc(b.Entries, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Pointer, y.Pointer),
			cmp.Compare(x.RuleID, y.RuleID), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	return b
}

// WriteBaseline writes the baseline of the unsuppressed findings as indented
// JSON. created is recorded in the file (pass time.Now()).
func WriteBaseline(w io.Writer, findings []Finding, created time.Time) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(NewBaseline(findings, created)); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// ReadBaseline reads and checks a baseline.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var b Baseline
	if err := json.NewDecoder(r).Decode(&b); err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("read baseline: unsupported version %d (want %d)", b.Version, BaselineVersion)
	}
	for i, e := range b.Entries {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("read baseline: entry %d has no fingerprint", i)
		}
	}
	return &b, nil
}

// ReadBaselineFile reads the baseline at path and records path as its Source.
func ReadBaselineFile(path string) (*Baseline, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	defer f.Close()
	b, err := ReadBaseline(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b.Source = path
	return b, nil
}

// Apply suppresses the findings whose fingerprint is in the baseline and
// returns how many baseline entries matched no finding (fixed or moved).
// Findings that are already suppressed keep their suppression but still
// count as seen.
func (b *Baseline) Apply(findings []Finding) (gone int) {
	known := make(map[string]bool, len(b.Entries))
	for _, e := range b.Entries {
		known[e.Fingerprint] = true
	}
	reason := "in baseline"
	if b.Source != "" {
		reason += " " + b.Source
	}
	seen := map[string]bool{}
	for i := range findings {
		f := &findings[i]
		fp := fingerprintOf(f)
		if !known[fp] {
			continue
		}
		seen[fp] = true
		if !f.Suppressed() {
			f.Suppression = &Suppression{Kind: KindBaseline, Reason: reason}
		}
	}
	return len(known) - len(seen)
}
