package rules

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Set is a collection of rule modules, helper modules and tests.
type Set struct {
	Rules   []Rule
	Modules map[string]*ast.Module // rule and helper modules, by file
	Tests   map[string]*ast.Module // *_test.rego modules, by file
	// Checked is true when every module is built in: the test suite
	// compiles them with every check, so an engine may skip type checking,
	// which is a tenth of the start-up.
	Checked bool
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{Modules: map[string]*ast.Module{}, Tests: map[string]*ast.Module{}}
}

// Load reads every .rego file under fsys. Files whose package is under
// PackagePrefix are rules and must carry valid metadata; other packages are
// helpers. prefix is prepended to file names in errors and in Rule.File.
func Load(fsys fs.FS, prefix string, builtin bool) (*Set, error) {
	var files, srcs []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("read %s: %w", path.Join(prefix, p), err)
		}
		files, srcs = append(files, path.Join(prefix, p)), append(srcs, string(src))
		return nil
	})
	if err != nil {
		return nil, err
	}
	modules, errs := parseAll(files, srcs)
	s := NewSet()
	s.Checked = builtin
	for i, file := range files {
		if errs[i] != nil {
			return nil, fmt.Errorf("invalid rule module: %w", errs[i])
		}
		if err := s.add(file, modules[i], builtin); err != nil {
			return nil, err
		}
	}
	s.sort()
	return s, nil
}

// parseAll parses modules on every CPU: parsing is most of the start-up.
func parseAll(files, srcs []string) ([]*ast.Module, []error) {
	modules := make([]*ast.Module, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				modules[i], errs[i] = ast.ParseModuleWithOpts(files[i], srcs[i], ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return modules, errs
}

func (s *Set) add(file string, m *ast.Module, builtin bool) error {
	if strings.HasSuffix(file, "_test.rego") {
		s.Tests[file] = m
		return nil
	}
	s.Modules[file] = m
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	if !strings.HasPrefix(pkg, PackagePrefix) {
		if !builtin { // a custom module that is no rule would be ignored in silence
			return fmt.Errorf("%s: package %s is not under %s: a rules directory holds rules (and their _test.rego files) only", file, pkg, strings.TrimSuffix(PackagePrefix, "."))
		}
		return nil
	}
	if !builtin && !DefinesFindings(m) {
		return fmt.Errorf("%s: package %s defines no findings rule (findings contains f if { … })", file, pkg)
	}
	r, err := fromModule(file, m, builtin)
	if err != nil {
		return err
	}
	if prev, ok := s.Lookup(r.ID); ok {
		return fmt.Errorf("%s: duplicate rule id %q (also in %s)", file, r.ID, prev.File)
	}
	for _, o := range s.Rules {
		if o.Package == r.Package {
			return fmt.Errorf("%s: package %s is already rule %q in %s", file, r.Package, o.ID, o.File)
		}
	}
	s.Rules = append(s.Rules, r)
	return nil
}

// Merge adds the rules and modules of o to s; ids must stay unique.
func (s *Set) Merge(o *Set) error {
	for _, r := range o.Rules {
		if prev, ok := s.Lookup(r.ID); ok {
			return fmt.Errorf("%s: duplicate rule id %q (also in %s)", r.File, r.ID, prev.File)
		}
		s.Rules = append(s.Rules, r)
	}
	for k, v := range o.Modules {
		s.Modules[k] = v
	}
	if len(o.Modules) > 0 {
		s.Checked = s.Checked && o.Checked
	}
	for k, v := range o.Tests {
		s.Tests[k] = v
	}
	s.sort()
	return nil
}

// Lookup finds a rule by id.
func (s *Set) Lookup(id string) (Rule, bool) {
	for _, r := range s.Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Filter keeps only the rules for which keep returns true. Helper modules stay.
func (s *Set) Filter(keep func(Rule) bool) *Set {
	out := &Set{Modules: map[string]*ast.Module{}, Tests: s.Tests, Checked: s.Checked}
	drop := map[string]bool{}
	for _, r := range s.Rules {
		if keep(r) {
			out.Rules = append(out.Rules, r)
		} else {
			drop[r.File] = true
		}
	}
	for k, v := range s.Modules {
		if !drop[k] {
			out.Modules[k] = v
		}
	}
	return out
}

func (s *Set) sort() {
	slices.SortFunc(s.Rules, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })
}
