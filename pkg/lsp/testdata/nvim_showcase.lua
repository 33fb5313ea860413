-- Headless Neovim (0.7+) drives `oasguard lsp` with its built-in client:
-- open the insecure showcase, wait for diagnostics, replace the buffer with
-- the secure twin's text, wait for them to go. Exits 0 on success, 1 with a
-- message on standard error otherwise. Inputs come from the environment:
-- OASGUARD_BIN, OASGUARD_SPEC (the insecure copy), OASGUARD_SECURE.
local function fail(msg)
  io.stderr:write('nvim test: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local bin, spec, secure = os.getenv('OASGUARD_BIN'), os.getenv('OASGUARD_SPEC'), os.getenv('OASGUARD_SECURE')
local root = vim.fn.fnamemodify(spec, ':h')
vim.cmd('edit ' .. vim.fn.fnameescape(spec))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  cmd = { bin, 'lsp', '--debounce', '50ms' },
  root_dir = root,
  name = 'oasguard',
  on_exit = function(code) io.stderr:write('nvim test: server exited with ' .. code .. '\n') end,
})
if not client then fail('could not start oasguard lsp') end
vim.lsp.buf_attach_client(buf, client)

local function diagnostics() return vim.diagnostic.get(buf) end
if not vim.wait(60000, function() return #diagnostics() > 0 end, 100) then
  fail('no diagnostics for the insecure showcase')
end
local found = false
for _, d in ipairs(diagnostics()) do
  if d.source == 'oasguard' and d.code == 'api-key-in-query' then found = true end
end
if not found then fail('no api-key-in-query diagnostic among ' .. #diagnostics()) end
io.stderr:write('nvim test: ' .. #diagnostics() .. ' diagnostics on the insecure showcase\n')

vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.fn.readfile(secure))
if not vim.wait(60000, function() return #diagnostics() == 0 end, 100) then
  fail(#diagnostics() .. ' diagnostics left after the secure text')
end
io.stderr:write('nvim test: diagnostics gone after the secure text\n')
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
vim.cmd('qall!')
