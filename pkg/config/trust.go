package config

import (
	"errors"
	"fmt"
	"strings"
)

// Trust says which configuration a run may use. The person running the scan
// chooses what is trusted: a configuration named on the command line always
// is; one found in the scanned tree (a pull request, a partner's bundle) may
// have been written by the author of the documents.
type Trust struct {
	// NoConfig uses no configuration at all (--no-config).
	NoConfig bool
	// Untrusted uses no configuration found in the directory (--untrusted):
	// only one named explicitly, which the operator chose.
	Untrusted bool
}

// Choice is the configuration chosen for a run, and what to tell the user
// about it (to print on standard error).
type Choice struct {
	Config *Config // nil: none
	Notes  []string
}

// Resolve picks the configuration: the file named by explicit, else the one
// found in dir, as trust allows. The file in use is always named in the
// notes, and so is a found file that was not used.
func Resolve(explicit, dir string, t Trust) (Choice, error) {
	var ch Choice
	if t.NoConfig && explicit != "" {
		return ch, errors.New("--no-config and --config exclude each other")
	}
	if explicit != "" {
		cfg, err := Load(explicit)
		if err != nil {
			return ch, err
		}
		ch.Config = cfg
		ch.Notes = append(ch.Notes, fmt.Sprintf("using configuration %s (--config)", explicit))
		return ch, nil
	}
	found, ok := Find(dir)
	if !ok {
		return ch, nil
	}
	switch {
	case t.NoConfig:
		ch.Notes = append(ch.Notes, fmt.Sprintf("not using configuration %s (--no-config)", found))
		return ch, nil
	case t.Untrusted:
		ch.Notes = append(ch.Notes, untrustedNote(found))
		return ch, nil
	}
	cfg, err := Load(found)
	if err != nil {
		return ch, err
	}
	ch.Config = cfg
	ch.Notes = append(ch.Notes, fmt.Sprintf("using configuration %s, found in the current directory (--no-config or --untrusted to ignore it)", found))
	return ch, nil
}

// untrustedNote explains that a configuration found under --untrusted is
// not used, naming the rule directories it would have loaded code from.
func untrustedNote(found string) string {
	note := fmt.Sprintf("not using configuration %s found in the current directory (--untrusted; name it with --config to use it)", found)
	cfg, err := Load(found)
	if err != nil || len(cfg.RulesDirs) == 0 {
		return note
	}
	return note + fmt.Sprintf("; its rules-dirs (%s) are refused", strings.Join(cfg.RulesDirs, ", "))
}
