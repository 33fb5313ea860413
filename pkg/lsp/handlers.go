package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/oasguard/oasguard/pkg/config"
)

// Commands the server executes (workspace/executeCommand).
const cmdOpenDocs = "oasguard.openRuleDocs"

func (s *Server) handlers() *protocol.Handler {
	return &protocol.Handler{
		Initialize:                      s.initialize,
		Initialized:                     s.initializedNote,
		SetTrace:                        func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		CancelRequest:                   func(*glsp.Context, *protocol.CancelParams) error { return nil },
		TextDocumentDidOpen:             s.didOpen,
		TextDocumentDidChange:           s.didChange,
		TextDocumentDidSave:             s.didSave,
		TextDocumentDidClose:            s.didClose,
		WorkspaceDidChangeWatchedFiles:  s.didChangeWatchedFiles,
		WorkspaceDidChangeConfiguration: s.didChangeConfiguration,
		TextDocumentHover:               s.hover,
		TextDocumentCodeAction:          s.codeAction,
		WorkspaceExecuteCommand:         s.executeCommand,
	}
}

// initializeParams are the parts of the initialize request that glsp's 3.16
// types lack (3.17's position encodings).
type initializeParams struct {
	Capabilities struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
		Workspace struct {
			DidChangeWatchedFiles struct {
				DynamicRegistration bool `json:"dynamicRegistration"`
			} `json:"didChangeWatchedFiles"`
		} `json:"workspace"`
	} `json:"capabilities"`
}

// serverCapabilities adds 3.17's positionEncoding to glsp's 3.16 type.
type serverCapabilities struct {
	protocol.ServerCapabilities
	PositionEncoding string `json:"positionEncoding,omitempty"`
}

type initializeResult struct {
	Capabilities serverCapabilities                   `json:"capabilities"`
	ServerInfo   *protocol.InitializeResultServerInfo `json:"serverInfo,omitempty"`
}

func (s *Server) initialize(ctx *glsp.Context, p *protocol.InitializeParams) (any, error) {
	var raw initializeParams
	_ = json.Unmarshal(ctx.Params, &raw)
	enc := encUTF16
	if slices.Contains(raw.Capabilities.General.PositionEncodings, encUTF8) {
		enc = encUTF8
	}
	root := workspaceRoot(p)
	var cs clientSettings
	var problems []string
	if p.InitializationOptions != nil {
		b, _ := json.Marshal(p.InitializationOptions)
		var err error
		if cs, err = parseClientSettings(b); err != nil {
			problems = append(problems, err.Error())
		}
	}
	pol, more := s.buildPolicy(context.Background(), root, cs, nil)
	problems = append(problems, more...)
	s.mu.Lock()
	s.enc, s.root, s.settings, s.pol, s.initialized = enc, root, cs, pol, true
	s.watch = raw.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	s.mu.Unlock()
	s.showProblems(problems)
	if pol == nil {
		return nil, &jsonErr{"the rules could not be compiled"}
	}
	syncKind := protocol.TextDocumentSyncKindIncremental
	yes := true
	version := "dev"
	return initializeResult{
		Capabilities: serverCapabilities{
			ServerCapabilities: protocol.ServerCapabilities{
				TextDocumentSync: protocol.TextDocumentSyncOptions{OpenClose: &yes, Change: &syncKind,
					Save: protocol.SaveOptions{IncludeText: new(bool)}},
				HoverProvider:          true,
				CodeActionProvider:     protocol.CodeActionOptions{CodeActionKinds: []string{protocol.CodeActionKindQuickFix}},
				ExecuteCommandProvider: &protocol.ExecuteCommandOptions{Commands: []string{cmdOpenDocs}},
			},
			PositionEncoding: enc,
		},
		ServerInfo: &protocol.InitializeResultServerInfo{Name: "oasguard", Version: &version},
	}, nil
}

type jsonErr struct{ msg string }

func (e *jsonErr) Error() string { return e.msg }

// workspaceRoot is the directory of rootUri, else of the first workspace
// folder, else rootPath; "" when the client names none.
func workspaceRoot(p *protocol.InitializeParams) string {
	var candidates []string
	if p.RootURI != nil {
		candidates = append(candidates, *p.RootURI)
	}
	for _, f := range p.WorkspaceFolders {
		candidates = append(candidates, f.URI)
	}
	for _, c := range candidates {
		if path := uriToPath(c); path != "" {
			return canonical(path)
		}
	}
	if p.RootPath != nil && *p.RootPath != "" {
		if abs, err := filepath.Abs(*p.RootPath); err == nil {
			return canonical(abs)
		}
	}
	return ""
}

// initializedNote asks the client to watch the configuration files (and the
// specs, whose fragments may change on disk) when it can.
func (s *Server) initializedNote(*glsp.Context, *protocol.InitializedParams) error {
	s.mu.Lock()
	watch := s.watch
	s.mu.Unlock()
	if !watch {
		return nil
	}
	watchers := []map[string]any{{"globPattern": "**/{" + join(config.FileNames(), ",") + "}"},
		{"globPattern": "**/*.{yaml,yml,json}"}}
	s.conn.call("client/registerCapability", protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID: "oasguard-watch", Method: string(protocol.MethodWorkspaceDidChangeWatchedFiles),
		RegisterOptions: map[string]any{"watchers": watchers},
	}}})
	return nil
}

func (s *Server) didChangeConfiguration(_ *glsp.Context, p *protocol.DidChangeConfigurationParams) error {
	b, _ := json.Marshal(p.Settings)
	var wrapped struct {
		Oasguard json.RawMessage `json:"oasguard"`
	}
	if json.Unmarshal(b, &wrapped) != nil || len(wrapped.Oasguard) == 0 {
		return nil // settings of other tools, or the pull model's empty change
	}
	cs, err := parseClientSettings(wrapped.Oasguard)
	if err != nil {
		s.showProblems([]string{err.Error()})
		return nil
	}
	s.mu.Lock()
	s.settings = cs
	s.mu.Unlock()
	s.reloadPolicy()
	return nil
}

// reloadPolicy re-reads the configuration and re-checks every open document.
func (s *Server) reloadPolicy() {
	s.mu.Lock()
	root, cs, prev := s.root, s.settings, s.pol
	s.mu.Unlock()
	pol, problems := s.buildPolicy(context.Background(), root, cs, prev)
	s.showProblems(problems)
	s.mu.Lock()
	if pol != nil {
		s.pol = pol
	}
	uris := make([]string, 0, len(s.docs))
	for u := range s.docs {
		uris = append(uris, u)
	}
	s.mu.Unlock()
	s.scheduleAll(uris)
}

// isConfig reports whether path is the configuration file in use.
func (s *Server) isConfig(path string) bool {
	if path == "" {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pol != nil && s.pol.cfg != nil && s.pol.cfg.Path != "" && sameFile(s.pol.cfg.Path, path) {
		return true
	}
	return slices.Contains(config.FileNames(), filepath.Base(path)) && s.root != "" && filepath.Dir(path) == s.root
}

func (s *Server) showProblems(problems []string) {
	for _, p := range problems {
		s.log.Print(p)
		s.conn.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeWarning, Message: "oasguard: " + p})
	}
}

func (s *Server) executeCommand(_ *glsp.Context, p *protocol.ExecuteCommandParams) (any, error) {
	if p.Command != cmdOpenDocs || len(p.Arguments) != 1 {
		return nil, &jsonErr{"unknown command " + p.Command}
	}
	url, _ := p.Arguments[0].(string)
	if !isWebURL(url) {
		return nil, &jsonErr{"not a documentation URL"}
	}
	s.conn.call("window/showDocument", map[string]any{"uri": url, "external": true})
	return nil, nil
}
