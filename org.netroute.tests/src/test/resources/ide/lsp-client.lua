-- Drives the NetRoute language server from Neovim's own LSP client (0.7), headless, as a user's
-- editor would: open a file, wait for diagnostics, ask for completion and hover, apply the quick
-- fix of the first diagnostic, save, and write what happened as JSON for the test to check.
local java = os.getenv('NETROUTE_JAVA')
local classpath = os.getenv('NETROUTE_CLASSPATH')
local file = os.getenv('NETROUTE_FILE')
local out = os.getenv('NETROUTE_OUT')
-- the server: an installed command (NETROUTE_COMMAND, e.g. bin/netroute), or a main class on the
-- test's class path (the language server itself, or the command line's), and its arguments
local main = os.getenv('NETROUTE_MAIN') or 'org.netroute.dsl.ide.server.NetRouteLanguageServer'
local server = { java, '-cp', classpath, main }
if os.getenv('NETROUTE_COMMAND') then
  server = { os.getenv('NETROUTE_COMMAND') }
end
for word in string.gmatch(os.getenv('NETROUTE_ARGS') or '', '%S+') do
  table.insert(server, word)
end
local result = { diagnostics = {}, completion = {}, hover = '', actions = {}, errors = {} }

local function finish()
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qa!')
end

local ok, failure = pcall(function()
  local published = nil
  local client_id = vim.lsp.start_client({
    cmd = server,
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if #params.diagnostics > 0 then
          published = params.diagnostics
        end
      end,
    },
  })
  vim.cmd('edit ' .. file)
  vim.bo.filetype = 'netroute'
  local buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buffer, client_id)
  if not vim.wait(60000, function() return published ~= nil end, 100) then
    table.insert(result.errors, 'no diagnostics within 60 s')
    return
  end
  result.diagnostics = published
  local client = vim.lsp.get_client_by_id(client_id)
  local document = { uri = vim.uri_from_bufnr(buffer) }

  -- completion on the empty line inside the cluster (line 1, character 4)
  local completion = client.request_sync('textDocument/completion',
    { textDocument = document, position = { line = 1, character = 4 } }, 30000, buffer)
  if completion and completion.result then
    local items = completion.result.items or completion.result
    for _, item in ipairs(items) do
      table.insert(result.completion, item.label)
    end
  end

  -- hover on the node's address (line 6, character 21)
  local hover = client.request_sync('textDocument/hover',
    { textDocument = document, position = { line = 6, character = 21 } }, 30000, buffer)
  if hover and hover.result and hover.result.contents then
    result.hover = hover.result.contents.value or ''
  end

  -- the quick fix of the first diagnostic, applied to the buffer and saved
  local diagnostic = published[1]
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = document, range = diagnostic.range, context = { diagnostics = { diagnostic } },
  }, 30000, buffer)
  if actions and actions.result then
    for _, action in ipairs(actions.result) do
      table.insert(result.actions, action.title)
    end
    if actions.result[1] and actions.result[1].edit then
      vim.lsp.util.apply_workspace_edit(actions.result[1].edit, client.offset_encoding or 'utf-16')
      vim.cmd('write')
    end
  end
  client.stop()
end)
if not ok then
  table.insert(result.errors, tostring(failure))
end
finish()
