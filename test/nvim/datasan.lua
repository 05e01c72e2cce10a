-- Driven by nvim.test.ts: Neovim (headless, no config) runs `datasan lsp --stdio` as any user would, opens
-- each file given in DATASAN_FILES ("path=filetype;..."), waits for a pii/email diagnostic, asks for code
-- actions at it with Neovim's own code-action command (the first one chosen), writes the buffer and waits
-- for the email's diagnostic to go. What happened is written as JSON to DATASAN_RESULT; the test judges it.
local result = { files = {} }

local function write_result()
  local f = assert(io.open(os.getenv('DATASAN_RESULT'), 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function emails(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'pii/email' then table.insert(out, d) end
  end
  return out
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'datasan',
    cmd = { os.getenv('DATASAN_NODE'), os.getenv('DATASAN_BIN'), 'lsp', '--stdio' },
    root_dir = os.getenv('DATASAN_ROOT'),
    settings = { datasan = { names = { enable = false } } },
  })
  assert(client_id, 'the server did not start')
  result.client = true
  -- The first code action offered is the one taken, as when a user picks item 1 of the menu.
  vim.ui.select = function(items, _, on_choice)
    on_choice(items[1], 1)
  end
  for spec in string.gmatch(os.getenv('DATASAN_FILES'), '[^;]+') do
    local path, filetype = string.match(spec, '^(.-)=(.*)$')
    local file = { path = path, filetype = filetype }
    table.insert(result.files, file)
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = filetype
    vim.lsp.buf_attach_client(bufnr, client_id)
    file.diagnosed = vim.wait(20000, function() return #emails(bufnr) > 0 end, 20)
    if not file.diagnosed then return end
    file.codes = vim.tbl_map(function(d) return d.code end, vim.diagnostic.get(bufnr))
    local email = emails(bufnr)[1]
    vim.api.nvim_win_set_cursor(0, { email.lnum + 1, email.col })
    local before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    vim.lsp.buf.code_action()
    file.edited = vim.wait(10000, function()
      return not vim.deep_equal(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), before)
    end, 20)
    if not file.edited then return end
    vim.cmd('write')
    file.cleared = vim.wait(20000, function() return #emails(bufnr) == 0 end, 20)
  end
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qa!')
