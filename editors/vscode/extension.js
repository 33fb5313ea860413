// oasguard for VS Code: starts `oasguard lsp` for YAML and JSON files and
// shows its findings as diagnostics. The server decides which files are
// OpenAPI documents; others get nothing.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function settings() {
  const c = vscode.workspace.getConfiguration('oasguard');
  const out = { maxDiagnostics: c.get('maxDiagnostics'), debounceMs: c.get('debounceMs') };
  if (c.get('profile')) out.profile = c.get('profile');
  if (c.get('ruleset')) out.ruleset = c.get('ruleset');
  return out;
}

async function activate(context) {
  const command = vscode.workspace.getConfiguration('oasguard').get('path') || 'oasguard';
  const serverOptions = { command, args: ['lsp'] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
    ],
    initializationOptions: settings(),
  };
  client = new LanguageClient('oasguard', 'oasguard', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('oasguard') && client) {
      client.sendNotification('workspace/didChangeConfiguration', { settings: { oasguard: settings() } });
    }
  }));
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
