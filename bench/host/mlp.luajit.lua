-- mlp.py's twin for LuaJIT (Lua 5.1: no integer division; mlp.lua is the Lua 5.4 one).
local N = 30000
local IN, HID = 4, 8
local seed = 1

local function rand()
  seed = (seed * 75 + 74) % 65537
  return seed
end

local function main()
  local w1, w2, x, h = {}, {}, {}, {}
  for i = 0, IN * HID - 1 do w1[i] = (i * 7) % 11 - 5 end
  for i = 0, 2 * HID - 1 do w2[i] = (i * 5) % 9 - 4 end
  for i = 0, IN - 1 do x[i] = 0 end
  for j = 0, HID - 1 do h[j] = 0 end
  local correct = 0
  for _ = 0, N - 1 do
    for i = 0, IN - 1 do x[i] = rand() % 32 - 16 end
    local label = (x[0] + x[1] > x[2] - x[3]) and 1 or 0
    for j = 0, HID - 1 do
      local s = 0
      for i = 0, IN - 1 do s = s + w1[j * IN + i] * x[i] end
      h[j] = s > 0 and math.floor(s / 8) or 0
    end
    local o0, o1 = 0, 0
    for j = 0, HID - 1 do
      o0 = o0 + w2[j] * h[j]
      o1 = o1 + w2[HID + j] * h[j]
    end
    if ((o1 > o0) and 1 or 0) == label then
      correct = correct + 1
    else
      local d = label == 1 and 1 or -1
      for j = 0, HID - 1 do
        w2[HID + j] = math.max(-64, math.min(64, w2[HID + j] + d * math.floor(h[j] / 4)))
        w2[j] = math.max(-64, math.min(64, w2[j] - d * math.floor(h[j] / 4)))
      end
    end
  end
  print("correct: " .. correct .. " of " .. N)
  local parts = {}
  for i = 0, 2 * HID - 1 do parts[#parts + 1] = tostring(w2[i]) end
  print("w2: [" .. table.concat(parts, ", ") .. "]")
end

main()
