-- wrk script: each request takes the next path from the arguments (after `--`), and the run ends by printing how
-- many answers were 5xx and 4xx, summed over wrk's threads. wrk's own "Non-2xx" figure lumps the two together.
local paths = {}
local next_index = 0
local threads = {}
fivexx = 0
fourxx = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for _, path in ipairs(args) do
    table.insert(paths, path)
  end
  if #paths == 0 then
    error("rotate-paths.lua needs at least one path after --")
  end
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format(nil, paths[next_index])
end

function response(status)
  if status >= 500 then
    fivexx = fivexx + 1
  elseif status >= 400 then
    fourxx = fourxx + 1
  end
end

function done()
  local five, four = 0, 0
  for _, thread in ipairs(threads) do
    five = five + thread:get("fivexx")
    four = four + thread:get("fourxx")
  end
  io.write(string.format("status-classes 5xx=%d 4xx=%d\n", five, four))
end
