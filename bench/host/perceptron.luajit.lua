-- samples/perceptron.py's twin for LuaJIT (Lua 5.1: the bit library, no integer division;
-- perceptron.lua is the Lua 5.4 one). bench/host_speed.py sets STEPS and PRINT_EVERY.
local STEPS = 300000
local PRINT_EVERY = 75000
local LEARNING_RATE = 1
local band, bor, bxor, rshift, lshift = bit.band, bit.bor, bit.bxor, bit.rshift, bit.lshift

local seed, w0, w1, bias = 12345, 0, 0, 0

local function next_bit()
  local bit = band(seed, 1)
  seed = rshift(seed, 1)
  if bit ~= 0 then seed = bxor(seed, 0x6000) end
  return bit
end

local function random_bits(n)
  local value = 0
  for _ = 1, n do value = bor(lshift(value, 1), next_bit()) end
  return value
end

local function clamp8(v) return math.max(-128, math.min(127, v)) end

local function predict(x0, x1)
  local total = bias + w0 * x0 + w1 * x1
  return total >= 0 and 1 or 0
end

local function train_step(x0, x1, target)
  local err = target - predict(x0, x1)
  if err ~= 0 then
    w0 = clamp8(w0 + LEARNING_RATE * err * x0)
    w1 = clamp8(w1 + LEARNING_RATE * err * x1)
    bias = clamp8(bias + LEARNING_RATE * err)
  end
end

local function main()
  local correct = 0
  for step = 0, STEPS - 1 do
    local x = random_bits(6)
    local y = random_bits(6)
    local label = y > x and 1 or 0
    if random_bits(7) % 10 == 0 then label = 1 - label end
    local x0, x1 = x - 32, y - 32
    if predict(x0, x1) == label then correct = correct + 1 end
    train_step(x0, x1, label)
    if (step + 1) % PRINT_EVERY == 0 then
      print("step " .. (step + 1) .. " accuracy so far " .. math.floor(correct * 100 / (step + 1)) .. " %")
    end
  end
  print("weights: " .. w0 .. " " .. w1 .. " bias: " .. bias)
  print("accuracy: " .. math.floor(correct * 100 / STEPS) .. " %")
end

main()
