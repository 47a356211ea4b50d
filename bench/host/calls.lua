-- calls.py's twin (Lua 5.4 and LuaJIT).
local N = 3000000

local function step(total, i)
  return (total + i) % 1000003
end

local function main()
  local total = 0
  for i = 0, N - 1 do
    total = step(total, i)
  end
  print(total)
end

main()
