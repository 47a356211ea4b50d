-- churn.py's twin (Lua 5.4 and LuaJIT).
local N = 200000

local function main()
  local xs = {1, 2, 3}
  local total = 0
  for i = 0, N - 1 do
    for j = 0, 7 do
      xs[#xs + 1] = i + j
    end
    for _ = 0, 7 do
      local n = #xs
      local v = xs[n]
      xs[n] = nil
      total = (total + v) % 1000003
    end
  end
  print(total .. " " .. #xs .. " [" .. table.concat(xs, ", ") .. "]")
end

main()
