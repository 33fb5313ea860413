// Package rules embeds oasguard's built-in Rego rules, their tests and the
// shared helpers in lib/.
package rules

import "embed"

// FS holds every built-in .rego file: <area>/<rule>.rego, its _test.rego,
// and lib/*.rego.
//
//go:embed */*.rego
var FS embed.FS
